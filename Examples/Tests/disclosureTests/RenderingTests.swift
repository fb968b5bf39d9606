import DisclosureKit
import Testing

@testable import disclosure

@Suite("check's rendering")
struct RenderingTests {
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
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "dir/x.txt: 1 error, 1 warning")
    #expect(lines.last == "", "the text ends with a line break")
    // Each diagnostic as the library renders it, with its source line, indented under the file.
    let expected = report.diagnostics.flatMap {
      $0.description(in: text).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
    }
    #expect(Array(lines.dropFirst().dropLast()) == expected)
    #expect(lines.contains("  2 | 新收 | 2 | 3"))
    #expect(lines.contains("    |            ^"))
    #expect(lines.contains("  error[table3.balance]: newRequests + carriedOver = 2, totalHandled + carriedForward = 3"))
  }

  @Test("Chinese messages with --language zh; a clean report says so")
  func chineseAndClean() {
    let report = AnnualReport(
      source: SourceInfo(name: "x.txt", form: "text", encoding: "utf-8", bytes: 3), template: "unknown",
      extractor: "none", confidence: 0, metadata: ReportMetadata(), sections: [], tables: [], facts: [],
      diagnostics: [Diagnostic(.sectionMissing, .warning, "section 二 is missing", zh: "缺少第二部分")],
      normalizedText: "abc")
    let zh = DiagnosticRenderer(language: .zh).render(report, path: "x.txt")
    #expect(zh == "x.txt: 0 errors, 1 warning\n  warning[section.missing]: 缺少第二部分\n")
    var clean = report
    clean.diagnostics = []
    #expect(DiagnosticRenderer().render(clean, path: "x.txt") == "x.txt: no diagnostics\n")
  }

  @Test("CSV: the library's columns for the registered templates; the file column is the path")
  func csvAdapter() {
    let template = TableTemplate(
      key: "t", edition: 2019, columns: [.init("a", labels: ["甲"]), .init("b", labels: ["乙"])],
      rows: [.init("r", labels: ["行"])])
    let adapter = CSVAdapter(vocabulary: Vocabulary(tables: [template]))
    #expect(adapter.header == "file,template,agency,year,published,t.r.a,t.r.b,errors,warnings\r\n")
    let report = AnnualReport(
      source: SourceInfo(name: "x.txt", form: "text", encoding: "utf-8", bytes: 1), template: "standard2019",
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
    #expect(adapter.row(for: report, file: "d/x.txt") == "d/x.txt,standard2019,\"某局, 办公室\",2019,,5,,1,0\r\n")
  }
}
