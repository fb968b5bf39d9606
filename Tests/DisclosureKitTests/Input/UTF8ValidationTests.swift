import Foundation
import Testing

@testable import DisclosureKit

/// The reader validates UTF-8 once with the standard library and scans byte
/// by byte only to repair; both must call the same inputs valid.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  static let edges: [[UInt8]] = [
    [], [0x41], [0xC2, 0xA0], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
    [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
    [0xF4, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE4, 0xB8], [0xE4, 0xB8, 0x80, 0x80],
  ]

  @Test func standardLibraryAndScanAgree() {
    var generator = FastPathSamples.Generator(seed: 7)
    // Bytes biased towards lead and continuation bytes, so most inputs sit
    // near the edge between valid and invalid.
    let alphabet: [UInt8] = [
      0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    ]
    var inputs = Self.edges
    for _ in 0..<3000 {
      let length = Int.random(in: 1...8, using: &generator)
      inputs.append((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 })
    }
    for text in FastPathSamples.texts(count: 200, maxPieces: 20, seed: 8) { inputs.append(Array(text.utf8)) }
    for input in inputs {
      let valid = TextEncoding._validUTF8(input, from: 0, encoding: .utf8)
      #expect((valid != nil) == (_UTF8Scan(input).errors == 0), "\(input)")
      if let valid { #expect(valid.text.map { Array($0.utf8) } == input) }
    }
  }

  /// The reader's shortcut for plain UTF-8 takes exactly what the decoder
  /// would take unchanged as UTF-8, and reads it the same.
  @Test func plainShortcutAgreesWithTheDecoder() throws {
    var inputs: [[UInt8]] =
      Self.edges + FastPathSamples.texts(count: 300, maxPieces: 20, seed: 9).map { Array($0.utf8) }
    inputs += [[0xEF, 0xBB, 0xBF, 0x41], [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41], Array("%PDF-1.4".utf8)]
    inputs += [[0x41, 0x00, 0x42, 0x00], Array("<html><body>一</body></html>".utf8), [0x20, 0x0A, 0xE3, 0x80, 0x80]]
    for input in inputs where !input.isEmpty {
      let decoded = try? TextEncoding._decode(input)
      if let text = TextEncoding._plainUTF8(Data(input)) {
        #expect(decoded?.text == text && decoded?.encoding == .utf8 && decoded?.replacements == 0, "\(input)")
        #expect(decoded?.map == OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: 0, copiedLength: Int.max)]))
      } else if let decoded {
        #expect(decoded.encoding != .utf8 || decoded.replacements > 0 || input.contains(0), "\(input)")
      }
      let document = try? SourceReader().read(Data(input))
      if let decoded, !SourceReader.isBlank(decoded.bytes), !HTMLReader.looksLikeHTML(decoded.bytes) {
        #expect(document?.text == String(decoding: decoded.bytes, as: UTF8.self))
        #expect(document?.sourceMap == decoded.map)
      }
    }
  }

  @Test func aByteOrderMarkIsSkippedWhenValid() throws {
    let document = try SourceReader().read(Data([0xEF, 0xBB, 0xBF] + Array("一、总体情况".utf8)))
    #expect(document.encoding == .utf8BOM)
    #expect(document.text == "一、总体情况")
    #expect(document.sourceMap.sourceOffset(0) == 3)
  }
}
