import Foundation
import Testing

@testable import DisclosureKit

/// Hostile HTML: each case either reads with diagnostics, its work bounded
/// by the number of HTML tokens (at most one per input byte), or fails with
/// a typed error.
@Suite("AdversarialHTML")
struct AdversarialHTMLTests {
  static func read(_ html: String) throws -> (document: SourceDocument, meter: _WorkMeter) {
    let (result, meter) = Metered.read(Data(html.utf8))
    return (try result.get(), meter)
  }

  static func limitDiagnostics(_ document: SourceDocument) -> Int {
    document.diagnostics.filter { $0.code == .limitReached }.count
  }

  @Test func hundredThousandNestedTables() throws {
    let html = String(repeating: "<table><tr><td>", count: 100_000) + "底"
    let (document, meter) = try Self.read(html)
    #expect(document.form == .html)
    // Three tags per level and the text: every token rendered once.
    #expect(meter[.htmlTokens] == 300_001)
    #expect(document.text == "底")
    #expect(Self.limitDiagnostics(document) == 1)
    // The whole pipeline too.
    let (parsed, parseMeter) = Metered.parse(Data(html.utf8))
    Metered.expectBounded(try parsed.get(), parseMeter, inputBytes: html.utf8.count)
  }

  @Test func hugeRowspanIsClamped() throws {
    let (document, _) = try Self.read(
      "<table><tr><td rowspan=\"1000000000\">甲</td><td>1</td></tr><tr><td>2</td></tr></table>")
    let table = try #require(document.tables.first)
    #expect(table.rows.map { $0.map(\.text) } == [["甲", "1"], ["甲", "2"]])
    #expect(Self.limitDiagnostics(document) == 1)
  }

  @Test func negativeColspanIsOne() throws {
    let (document, _) = try Self.read("<table><tr><td colspan=\"-1\">甲</td><td>1</td></tr></table>")
    let table = try #require(document.tables.first)
    #expect(table.rows.map { $0.map(\.text) } == [["甲", "1"]])
    #expect(document.text == "甲 | 1")
  }

  @Test func cellsOutsideAnyTableAreLineBreaks() throws {
    let (document, _) = try Self.read("<p>前言</p><td>甲</td><td>乙</td><tr>丙")
    #expect(document.tables.isEmpty)
    #expect(document.text == "前言\n甲\n乙\n丙")
  }

  @Test func hundredThousandUnclosedTags() throws {
    let html = "<p>开始</p>" + String(repeating: "<div><span><b>", count: 33_334) + "结束"
    let (document, meter) = try Self.read(html)
    #expect(meter[.htmlTokens] == 3 + 100_002 + 1)
    #expect(document.text == "开始\n结束")
  }

  @Test func scriptThatNeverEnds() throws {
    let (document, _) = try Self.read(
      "<p>正文</p><script>var s = '<p>不是正文</p>';" + String(repeating: "x<", count: 50_000))
    #expect(document.text == "正文")
  }

  @Test func commentThatNeverEnds() throws {
    let (document, _) = try Self.read("<p>正文</p><!-- <p>注释</p>" + String(repeating: "<td>", count: 10_000))
    #expect(document.text == "正文")
  }

  @Test(arguments: [
    ("&#99999999999;", "\u{FFFD}"), ("&#x110000;", "\u{FFFD}"), ("&#0;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"),
    ("&#x4E00;", "一"), ("&#19968;", "一"), ("&#150;", "–"), ("&amp;", "&"), ("&nosuchentity;", "&nosuchentity;"),
    ("&#" + String(repeating: "9", count: 10_000) + ";", "\u{FFFD}"),
  ])
  func entities(_ entity: String, _ expected: String) throws {
    let (document, _) = try Self.read("<p>甲" + entity + "乙</p>")
    #expect(document.text == "甲" + expected + "乙")
  }
}
