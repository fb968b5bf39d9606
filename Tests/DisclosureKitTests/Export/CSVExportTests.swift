import DisclosureKit
import Testing

@Suite("CSVExport")
struct CSVExportTests {
  static let first = TableTemplate(
    key: "t", edition: 2019, columns: [.init("a", labels: ["甲"]), .init("b", labels: ["乙"])],
    rows: [.init("r1", labels: ["一"]), .init("other", labels: ["其他"]), .init("r9", labels: ["九"])])
  static let second = TableTemplate(
    key: "t", edition: 2021, columns: [.init("a", labels: ["甲"]), .init("c", labels: ["丙"])],
    rows: [
      .init("r1", labels: ["一"]), .init("other.x", labels: ["其他一"]), .init("other.y", labels: ["其他二"]),
      .init("r9", labels: ["九"]),
    ])
  static let blocks = TableTemplate(
    key: "b", layout: .blocks, columns: [.init("upheld", labels: ["维持"])], rows: [.init("review", labels: ["复议"])])

  @Test func columnsAreTheUnionInTemplateOrder() {
    let export = CSVExport(templates: [Self.first, Self.second, Self.blocks])
    #expect(
      export.cellColumns == [
        "t.r1.a", "t.r1.b", "t.r1.c", "t.other.a", "t.other.b", "t.other.x.a", "t.other.x.c", "t.other.y.a",
        "t.other.y.c", "t.r9.a", "t.r9.b", "t.r9.c", "b.review.upheld",
      ])
    #expect(export.columns.prefix(5) == ["file", "template", "agency", "year", "published"])
    #expect(export.columns.suffix(2) == ["errors", "warnings"])
  }

  @Test func theHeaderDoesNotDependOnTheReports() {
    let export = CSVExport(templates: [Self.first, Self.second])
    let none = export.encode([AnnualReport]())
    let some = export.encode([Self.report(edition: 2021)])
    #expect(some.hasPrefix(none))
    #expect(none == export.header())
  }

  static func report(edition: Int) -> AnnualReport {
    let table = ReportTable(
      key: "t", edition: edition,
      rows: [
        ReportTable.Row(
          key: "r1",
          cells: [
            ReportTable.Cell(column: "a", value: 5, state: .value),
            ReportTable.Cell(column: "c", value: nil, state: .blank),
          ])
      ])
    return AnnualReport(
      source: SourceInfo(name: "x, \"y\".txt", form: "text", encoding: "utf-8", bytes: 1), template: "standard2021",
      extractor: "standard-table", confidence: 1,
      metadata: ReportMetadata(agency: "某局\n办公室", year: 2021, published: "2022-01-30"), sections: [],
      tables: [table], facts: [],
      diagnostics: [
        Diagnostic(.table3Balance, .error, "e"), Diagnostic(.blankCells, .warning, "w"),
        Diagnostic(.blankCells, .warning, "w"), Diagnostic(.sectionEmpty, .info, "i"),
      ])
  }

  @Test func aRowQuotesAndLeavesMissingAndBlankCellsEmpty() {
    let export = CSVExport(templates: [Self.first, Self.second])
    #expect(
      export.row(Self.report(edition: 2021))
        == "\"x, \"\"y\"\".txt\",standard2021,\"某局\n办公室\",2021,2022-01-30,5,,,,,,,,,,,,1,2\r\n")
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
    ("cr\r", "\"cr\r\""), ("", ""), ("全角，逗号", "全角，逗号"),
  ])
  func fieldsAreQuotedAsRFC4180Says(_ value: String, _ expected: String) {
    #expect(CSVExport.field(value) == expected)
  }

  @Test func reportsWrittenSeparatelyConcatenate() {
    let export = CSVExport(templates: [Self.first, Self.second])
    let whole = export.encode([Self.report(edition: 2021), Self.report(edition: 2019)])
    let parts =
      export.encode([Self.report(edition: 2021)]) + export.encode([Self.report(edition: 2019)], includeHeader: false)
    #expect(whole == parts)
  }
}

@Suite("CSVExport defaults")
struct CSVExportDefaultTests {
  @Test func theDefaultColumnsAreTheUnionOfBothEditions() {
    let columns = CSVExport().cellColumns
    // Table 2: 22 cells in 2019, plus issued/repealed/inForce of two rows and fees.amountYuan in 2021;
    // table 3: 23 rows in 2019 plus the three rows 2021 splits （六）其他处理 into, 7 columns each; table 4: 15.
    #expect(columns.count == 29 + 26 * 7 + 15)
    #expect(Set(columns).count == columns.count)
    #expect(columns.first == "activeDisclosure.regulations.newlyMade")
    #expect(columns.last == "reviewLitigation.litigationAfterReview.total")
    for column in [
      "activeDisclosure.regulations.issued", "activeDisclosure.procurement.amountYuan",
      "activeDisclosure.fees.amountYuan",
      "requests.newRequests.total", "requests.otherHandling.total", "requests.otherHandling.overdueCorrection.total",
      "requests.carriedForward.naturalPerson", "reviewLitigation.review.upheld",
    ] {
      #expect(columns.contains(column), "\(column)")
    }
    let index = { (name: String) in columns.firstIndex(of: name) ?? -1 }
    #expect(index("requests.otherHandling.total") < index("requests.otherHandling.overdueCorrection.naturalPerson"))
    #expect(index("requests.otherHandling.other.total") < index("requests.totalHandled.naturalPerson"))
  }

  @Test func aSeedRowCarriesItsCells() throws {
    let report = try ReportParser().parse(data: try Fixtures.seed(1), name: Fixtures.seedNames[1])
    let export = CSVExport()
    let fields = export.row(report).dropLast(2).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    #expect(fields.count == export.columns.count)
    let value = { (column: String) in export.columns.firstIndex(of: column).map { fields[$0] } }
    #expect(value("file") == "001_8b0f81164f1885f1.txt")
    #expect(value("template") == "standard2019")
    #expect(value("agency") == "谢家集区人民政府")
    #expect(value("year") == "2020")
    #expect(value("published") == "2021-02-19")
    #expect(value("requests.newRequests.total") == "2")
    #expect(value("activeDisclosure.procurement.amountYuan") == "18140000")
    #expect(value("activeDisclosure.regulations.issued") == "")
    #expect(value("requests.otherHandling.overdueCorrection.total") == "")
    #expect(value("errors") == "0")
  }
}
