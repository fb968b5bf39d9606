import Foundation
import Testing

@testable import DisclosureKit

/// Bytes that are not clean UTF-8 text: each reads with a diagnostic or
/// fails with the exact ``InputError``.
@Suite("AdversarialEncoding")
struct AdversarialEncodingTests {
  static let excerpt = "一、总体情况\n本年共收到政府信息公开申请23件，答复23件。\n二、主动公开政府信息情况\n"

  /// An invalid byte (0xFF, never valid in UTF-8 or GB18030) at every
  /// position of a UTF-8 report: it reads as UTF-8 with one
  /// ``Diagnostic/Code/inputEncoding`` diagnostic, and the text holds one
  /// U+FFFD per byte of the damaged character (the decoder replaces each
  /// byte of a broken sequence, `E4 B8 FF` → three).
  @Test func invalidByteInEveryPosition() throws {
    let valid = [UInt8](Self.excerpt.utf8)
    for position in valid.indices {
      var bytes = valid
      bytes[position] = 0xFF
      let (result, meter) = Metered.parse(Data(bytes))
      let report = try result.get()
      Metered.expectBounded(report, meter, inputBytes: bytes.count)
      #expect(report.source.encoding == "utf-8", "at \(position)")
      let expected = Self.sequenceLength(containing: position, in: valid)
      let encoding = report.diagnostics.filter { $0.code == .inputEncoding }
      #expect(encoding.count == 1, "at \(position)")
      #expect(Metered.replacements(in: report.normalizedText) == expected, "at \(position)")
    }
  }

  /// The length of the UTF-8 sequence of valid `bytes` that holds `position`.
  static func sequenceLength(containing position: Int, in bytes: [UInt8]) -> Int {
    var start = position
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    switch bytes[start] {
    case 0xF0...: return 4
    case 0xE0...: return 3
    case 0xC0...: return 2
    default: return 1
    }
  }

  @Test func truncatedSequenceAtTheEnd() throws {
    let bytes = [UInt8](Self.excerpt.utf8) + [0xE4, 0xB8]
    let report = try Metered.parse(Data(bytes)).result.get()
    #expect(report.source.encoding == "utf-8")
    #expect(report.diagnostics.contains { $0.code == .inputEncoding })
  }

  @Test(arguments: [false, true])
  func utf16WithoutBOM(_ bigEndian: Bool) throws {
    var bytes: [UInt8] = []
    for unit in Self.excerpt.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += bigEndian ? pair.reversed() : pair
    }
    let (result, meter) = Metered.parse(Data(bytes))
    let report = try result.get()
    Metered.expectBounded(report, meter, inputBytes: bytes.count)
    #expect(report.source.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
    #expect(report.normalizedText.hasPrefix("一、总体情况\n本年共收到政府信息公开申请23件"))
  }

  @Test func nulBytesAreBinary() {
    #expect(throws: InputError.binary) { try Metered.parse(Data(count: 65_536)).result.get() }
  }

  @Test func anEmptyFileIsEmpty() {
    #expect(throws: InputError.empty) { try Metered.parse(Data()).result.get() }
    #expect(throws: InputError.empty) { try Metered.parse(Data(" \n\u{3000}\r\n".utf8)).result.get() }
  }

  /// A PDF and a PNG renamed to `.txt`: the content decides, not the name.
  @Test(arguments: ["%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "png"])
  func binaryRenamedToText(_ content: String) throws {
    let data = content == "png" ? try Fixtures.data("input/png-header.bin") : Data(content.utf8)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).txt")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: InputError.binary) { try ReportParser().parse(contentsOf: url) }
  }
}
