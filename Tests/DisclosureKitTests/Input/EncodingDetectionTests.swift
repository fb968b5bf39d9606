import Foundation
import Testing

@testable import DisclosureKit

@Suite("EncodingDetection")
struct EncodingDetectionTests {
  struct EncodedFixture: Sendable, CustomStringConvertible {
    var path: String
    var original: String
    var encoding: TextEncoding
    var description: String { path }
  }

  static let encoded: [EncodedFixture] = [
    EncodedFixture(path: "input/excerpt.utf8.txt", original: "input/excerpt.utf8.txt", encoding: .utf8),
    EncodedFixture(path: "input/excerpt.utf8bom.txt", original: "input/excerpt.utf8.txt", encoding: .utf8BOM),
    EncodedFixture(path: "input/excerpt.utf16le.txt", original: "input/excerpt.utf8.txt", encoding: .utf16LE),
    EncodedFixture(path: "input/excerpt.utf16be.txt", original: "input/excerpt.utf8.txt", encoding: .utf16BE),
    EncodedFixture(path: "input/excerpt.utf16le-nobom.txt", original: "input/excerpt.utf8.txt", encoding: .utf16LE),
    EncodedFixture(
      path: "input/seed001.gb18030.txt", original: "seeds/001_8b0f81164f1885f1.txt", encoding: .gb18030),
  ]

  @Test(arguments: encoded)
  func decodesToTheUTF8Original(_ fixture: EncodedFixture) throws {
    let data = try Fixtures.data(fixture.path)
    let original = String(decoding: try Fixtures.data(fixture.original), as: UTF8.self)
    let document = try SourceReader().read(data)
    #expect(document.encoding == fixture.encoding)
    #expect(document.form == .text)
    #expect(document.text == original)
    #expect(document.byteCount == data.count)
    #expect(document.diagnostics.isEmpty)
  }

  @Test func utf8BOMMapsPastTheMark() throws {
    let document = try SourceReader().read(try Fixtures.data("input/excerpt.utf8bom.txt"))
    #expect(document.sourceMap.sourceOffset(0) == 3)
    #expect(document.sourceMap.sourceRange(SourceRange(start: 0, end: 9)) == SourceRange(start: 3, end: 12))
  }

  @Test func gb18030MapsRunsToTheirInputBytes() throws {
    let text = "政府信息公开123条，规章 | 0\n第二行"
    let data = try #require(text.data(using: TextEncoding.foundationGB18030))
    let document = try SourceReader().read(data)
    #expect(document.text == text)
    // "政府信息公开" is 6 two-byte characters; "123" follows byte for byte.
    #expect(document.sourceMap.sourceOffset(18) == 12)
    #expect(document.sourceMap.sourceOffset(20) == 14)
    #expect(document.sourceMap.sourceOffset(3) == 0)  // inside the first run
    let second = try #require(text.utf8.firstIndex(of: 0x0A))
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: second) + 1
    #expect(data[document.sourceMap.sourceOffset(offset)] == data[try #require(data.firstIndex(of: 0x0A)) + 1])
  }

  @Test func gb18030LineFallbackAnchorsEachLine() throws {
    let text = "规章\n0\n"
    let data = [UInt8](try #require(text.data(using: TextEncoding.foundationGB18030)))
    let decoded = TextEncoding._gb18030ByLine(data, output: Array(text.utf8))
    #expect(decoded.map.sourceOffset(7) == 5)  // "0": after 规章 (4 bytes in GB18030) and "\n"
    #expect(decoded.map.sourceOffset(4) == 0)  // inside 章: the line's start
  }

  @Test func gb18030MapsEachLineToItsInputBytes() throws {
    let data = try Fixtures.data("input/seed001.gb18030.txt")
    let document = try SourceReader().read(data)
    let bytes = [UInt8](data)
    // Every line of the text starts where the same line starts in the input.
    var derived = 0
    var source = 0
    for line in document.text.split(separator: "\n", omittingEmptySubsequences: false) {
      #expect(document.sourceMap.sourceOffset(derived) == source)
      derived += line.utf8.count + 1
      source = (bytes[source...].firstIndex(of: 0x0A) ?? bytes.count) + 1
    }
    // An ASCII line maps byte for byte: "0" cells of the tables.
    let text = document.text
    let zeroLine = try #require(text.utf8.firstRange(of: Array("\n0\n".utf8)))
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: zeroLine.lowerBound) + 1
    #expect(bytes[document.sourceMap.sourceOffset(offset)] == UInt8(ascii: "0"))
  }

  @Test func utf16MapsLines() throws {
    let data = try Fixtures.data("input/excerpt.utf16le.txt")
    let document = try SourceReader().read(data)
    let secondLine = try #require(document.text.utf8.firstIndex(of: 0x0A))
    let offset = document.text.utf8.distance(from: document.text.utf8.startIndex, to: secondLine) + 1
    // Line 1 is 31 characters and its line feed, 32 UTF-16 code units, after the 2-byte mark.
    #expect(document.sourceMap.sourceOffset(offset) == 2 + 2 * 32)
    #expect(document.sourceMap.sourceOffset(0) == 2)
  }

  @Test func oneBadByteInUTF8IsReplacedNotReadAsGB18030() throws {
    var bytes = Array("一、总体情况\n2020年，我局主动公开政府信息123条。\n".utf8)
    bytes.insert(0xFF, at: 9)
    let document = try SourceReader().read(Data(bytes))
    #expect(document.encoding == .utf8)
    #expect(document.text == "一、总\u{FFFD}体情况\n2020年，我局主动公开政府信息123条。\n")
    #expect(document.diagnostics.map(\.code) == [.inputEncoding])
    // The text after the replacement maps back to its own bytes.
    #expect(document.sourceMap.sourceOffset(12) == 10)
    #expect(document.sourceMap.sourceOffset(9) == 9)
  }

  @Test func gbkBytesAreDetectedWithoutAName() throws {
    let data = try #require("政府信息公开工作年度报告\n规章 | 0 | 0 | 0\n".data(using: TextEncoding.foundationGB18030))
    let document = try SourceReader().read(data)
    #expect(document.encoding == .gb18030)
    #expect(document.text == "政府信息公开工作年度报告\n规章 | 0 | 0 | 0\n")
  }

  struct ErrorCase: Sendable, CustomStringConvertible {
    var name: String
    var bytes: [UInt8]
    var error: InputError
    var description: String { name }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(name: "empty", bytes: [], error: .empty),
    ErrorCase(name: "white space only", bytes: Array(" \n\t\r\n\u{3000}\u{A0}\u{FEFF}".utf8), error: .empty),
    ErrorCase(name: "NUL bytes", bytes: [0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44, 0x00, 0x00, 0x00], error: .binary),
    ErrorCase(name: "PDF", bytes: Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), error: .binary),
    ErrorCase(name: "ZIP (docx)", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], error: .binary),
    ErrorCase(name: "OLE (doc)", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], error: .binary),
    ErrorCase(name: "GIF", bytes: Array("GIF89a\u{01}\u{02}".utf8), error: .binary),
    ErrorCase(name: "JPEG", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], error: .binary),
    ErrorCase(name: "undecodable", bytes: [0xFF, 0xFE - 1, 0x80, 0xFF, 0x81, 0xFF, 0xC0, 0xFF], error: .undecodable),
    ErrorCase(name: "empty HTML", bytes: Array("<html><body><p>&nbsp;</p></body></html>".utf8), error: .empty),
  ]

  @Test(arguments: errorCases)
  func throwsTypedErrors(_ errorCase: ErrorCase) {
    #expect(throws: errorCase.error) { try SourceReader().read(Data(errorCase.bytes)) }
  }

  @Test func pngHeaderIsBinary() throws {
    let data = try Fixtures.data("input/png-header.bin")
    #expect(throws: InputError.binary) { try SourceReader().read(data) }
  }

  @Test func inputAtTheLimitIsReadAndOnePastItThrows() throws {
    let limits = ParseLimits(maxInputBytes: 12)
    let atLimit = try SourceReader(limits: limits).read(Data("一二三四".utf8))
    #expect(atLimit.text == "一二三四")
    #expect(throws: InputError.limitExceeded(limit: 12, actual: 13)) {
      try SourceReader(limits: limits).read(Data("一二三四5".utf8))
    }
  }

  @Test func formIsDetectedFromContent() throws {
    #expect(try SourceReader().read(Data("规章 | 0 | 0 | 0\n5 < 6 and 7 > 2".utf8)).form == .text)
    #expect(try SourceReader().read(Data("  <div>一、总体情况</div>".utf8)).form == .html)
    #expect(try SourceReader().read(Data("<TABLE><TR><TD>规章</TD></TR></TABLE>".utf8)).form == .html)
  }
}
