import Foundation
import Testing

@testable import DisclosureKit

/// The small hostile files committed under `Fixtures/adversarial/`.
@Suite("AdversarialFixture")
struct AdversarialFixtureTests {
  @Test func renamedPDFIsBinary() throws {
    let url = try #require(Fixtures.url("adversarial/renamed-pdf.txt"))
    #expect(throws: InputError.binary) { try ReportParser().parse(contentsOf: url) }
  }

  /// Huge and negative spans, a cell outside any table, out-of-range
  /// entities and a script that never ends, in one page.
  @Test func hostilePage() throws {
    let data = try Fixtures.data("adversarial/hostile-page.html")
    let (result, meter) = Metered.parse(data)
    let report = try result.get()
    Metered.expectBounded(report, meter, inputBytes: data.count)
    #expect(report.source.form == "html")
    #expect(
      report.normalizedText
        == "一、总体情况\n表外单元格\n规章 | 0 | \u{FFFD}\n1 | 2\n二、主动公开政府信息情况 \u{FFFD}\u{FFFD}&")
    #expect(report.diagnostics.filter { $0.code == .limitReached }.count == 1)
  }

  @Test func invalidUTF8Everywhere() throws {
    let data = try Fixtures.data("adversarial/invalid-utf8.txt")
    let (result, meter) = Metered.parse(data)
    let report = try result.get()
    Metered.expectBounded(report, meter, inputBytes: data.count)
    #expect(report.source.encoding == "utf-8-bom")
    // FF FE C0 80 ED A0 80 F4 90 80 80 E4 B8: the decoder replaces each
    // byte of a broken sequence, so thirteen.
    let expected = 13
    #expect(report.diagnostics.contains { $0.code == .inputEncoding })
    #expect(Metered.replacements(in: report.normalizedText) == expected)
  }
}
