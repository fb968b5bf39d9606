import DisclosureKit
import Testing

@testable import disclosure

@Suite("check's rendering")
struct RenderingTests {
  @Test("the caret sits under the range, counting Chinese characters as two columns")
  func caretUnderWideText() throws {
    let text = "标题\n一、本年新收政府信息公开申请数量 | 2 | 0 | 3\n下一行"
    let start = try #require(text.utf8.firstIndex(of: UInt8(ascii: "3")))
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
    let lines = try #require(SourceExcerpt(text).render(SourceRange(start: offset, end: offset + 1)))
    #expect(
      lines == [
        "2 | 一、本年新收政府信息公开申请数量 | 2 | 0 | 3",
        "  |                                            ^",
      ])
  }

  @Test("a range is underlined over its whole width; line numbers count from 1")
  func underline() throws {
    let text = "ab\ncd 政府 ef"
    // 政府 is bytes 6..<12.
    let lines = try #require(SourceExcerpt(text).render(SourceRange(start: 6, end: 12), gutter: 3))
    #expect(lines == ["  2 | cd 政府 ef", "    |    ^^^^"])
    #expect(SourceExcerpt(text).lineNumber(of: 0) == 1)
    #expect(SourceExcerpt(text).lineNumber(of: 2) == 1)
    #expect(SourceExcerpt(text).lineNumber(of: 3) == 2)
  }

  @Test("a very long line is cut around the range")
  func longLine() throws {
    let text = String(repeating: "甲", count: 5000) + "错误" + String(repeating: "乙", count: 5000)
    let start = 5000 * 3
    var excerpt = SourceExcerpt(text)
    excerpt.maxColumns = 40
    excerpt.leadingColumns = 10
    let lines = try #require(excerpt.render(SourceRange(start: start, end: start + 6)))
    #expect(lines[0] == "1 | …甲甲甲甲甲错误乙乙乙乙乙乙乙乙乙乙乙乙…")
    #expect(lines[1] == "  |            ^^^^")
  }

  @Test("a range outside the text shows nothing; an empty range one caret")
  func edges() {
    let excerpt = SourceExcerpt("abc")
    #expect(excerpt.render(SourceRange(start: 10, end: 12)) == nil)
    #expect(excerpt.render(SourceRange(start: 3, end: 3)) == ["1 | abc", "  |    ^"])
  }

  @Test("a report's diagnostics, verbatim")
  func diagnostics() {
    let text = "一、总体情况\n新收 | 2 | 3\n"
    let report = AnnualReport(
      source: SourceInfo(name: "x.txt", form: "text", encoding: "utf-8", bytes: 30), template: "standard2019",
      extractor: "standard-table", confidence: 1, metadata: ReportMetadata(), sections: [], tables: [], facts: [],
      diagnostics: [
        Diagnostic(
          .table3Balance, .error, "newRequests + carriedOver = 2, totalHandled + carriedForward = 3",
          zh: "本列数据不平衡",
          location: Diagnostic.Location(
            table: "requests", row: "newRequests", column: "total", range: SourceRange(start: 32, end: 33))),
        Diagnostic(.sectionMissing, .warning, "section 二 is missing", location: Diagnostic.Location(section: "二")),
      ],
      normalizedText: text)
    let rendered = DiagnosticRenderer().render(report, path: "dir/x.txt")
    #expect(
      rendered == """
        dir/x.txt: 1 error, 1 warning
          error[table3.balance]: newRequests + carriedOver = 2, totalHandled + carriedForward = 3
            本列数据不平衡
            at requests › newRequests › total
            2 | 新收 | 2 | 3
              |            ^
          warning[section.missing]: section 二 is missing
            at section 二

        """)
  }

  @Test("CSV fields with commas, quotes or line breaks are quoted")
  func csvEscaping() {
    #expect(CSVAdapter.escape("plain") == "plain")
    #expect(CSVAdapter.escape("a,b") == "\"a,b\"")
    #expect(CSVAdapter.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVAdapter.escape("two\nlines") == "\"two\nlines\"")
  }

  @Test("CSV columns: one per template cell, editions merged, in template order")
  func csvColumns() {
    let table2019 = TableTemplate(
      key: "t", edition: 2019, columns: [.init("a", labels: ["甲"]), .init("b", labels: ["乙"])],
      rows: [.init("r", labels: ["行"]), .init("s", labels: ["列"], columns: ["b"])])
    let table2021 = TableTemplate(
      key: "t", edition: 2021, columns: [.init("a", labels: ["甲"]), .init("c", labels: ["丙"])],
      rows: [.init("r", labels: ["行"])])
    let adapter = CSVAdapter(vocabulary: Vocabulary(tables: [table2019, table2021]))
    #expect(adapter.header == "file,template,agency,year,published,t.r.a,t.r.b,t.s.b,t.r.c,errors,warnings")
    let report = AnnualReport(
      source: SourceInfo(name: "x", form: "text", encoding: "utf-8", bytes: 1), template: "standard2019",
      extractor: "standard-table", confidence: 1, metadata: ReportMetadata(agency: "某局, 办公室", year: 2019),
      sections: [],
      tables: [
        ReportTable(
          key: "t", edition: 2019,
          rows: [
            .init(
              key: "r",
              cells: [.init(column: "a", value: 5, state: .value), .init(column: "b", value: nil, state: .blank)])
          ])
      ], facts: [], diagnostics: [Diagnostic(.tableMissing, .error, "x")])
    #expect(adapter.row(for: report, file: "d/x.txt") == "d/x.txt,standard2019,\"某局, 办公室\",2019,,5,,,,1,0")
  }
}
