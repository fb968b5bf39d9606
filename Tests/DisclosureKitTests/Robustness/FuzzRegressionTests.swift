import Foundation
import Testing

@testable import DisclosureKit

/// Every input under `Fixtures/fuzz/` (crashes the fuzzers found, and
/// inputs they reached that exercise rare paths) replayed through what
/// each harness in `Fuzz/Harnesses/` runs, with the same invariants.
@Suite("FuzzRegression")
struct FuzzRegressionTests {
  static let names: [String] = {
    guard let url = Fixtures.url("fuzz"), let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
    else { return [] }
    return names.sorted()
  }()

  @Test func thereAreInputs() {
    #expect(!Self.names.isEmpty)
  }

  @Test(arguments: names)
  func replay(_ name: String) throws {
    let data = try Fixtures.data("fuzz/" + name)
    let text = String(decoding: data, as: UTF8.self)
    let limits = ParseLimits(maxInputBytes: 1 << 20)
    // Input
    if let document = try? SourceReader(limits: limits).read(data) {
      _ = Normalizer(limits: limits).normalize(document)
    }
    // Lexer and ChineseNumber
    let tokens = Lexer().tokenize(text)
    #expect(tokens.count <= text.utf8.count)
    var last = 0
    for token in tokens {
      #expect(Int(token.start) >= last && token.range.end <= text.utf8.count)
      last = token.range.end
    }
    ChineseNumber.forEachValue(of: tokens, in: text) { _, result in
      if case .success(let number) = result { #expect(number.value.isFinite) }
    }
    if let number = try? ChineseNumber(parsing: text) { #expect(number.value.isFinite) }
    // Tables
    _ = TableReader(templates: ReportParser().registry.vocabulary.tables, limits: limits).read(
      NormalizedText(text: text), tokens: tokens, sections: SectionTree())
    // The whole pipeline
    let (result, meter) = Metered.parse(data, limits: limits)
    if case .success(let report) = result {
      Metered.expectBounded(report, meter, inputBytes: data.count, limits: limits)
      _ = try JSONExport().encode(report)
    }
  }
}
