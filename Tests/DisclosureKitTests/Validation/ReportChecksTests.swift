import DisclosureKit
import Testing

@Suite("ReportChecks")
struct ReportChecksTests {
  typealias F = ValidationFixtures

  /// An extractor that returns one fixed table 4, to run the checks through the parser.
  struct FixedExtractor: ReportExtractor {
    var table: ReportTable
    var id: String { "fixed" }
    var vocabulary: Vocabulary { Vocabulary(tables: [F.reviewLitigation]) }
    func score(_ document: Document) -> Double { 1 }
    func extract(_ document: Document) -> ExtractionResult {
      ExtractionResult(template: "fixed", confidence: 1, tables: [table])
    }
  }

  @Test func everyBuiltInCheckIsRegistered() {
    let names = ReportChecks.all.map { String(describing: type(of: $0)) }
    for expected in [
      "SectionPresence", "SectionNumbering", "DateAgreement", "TablePresence", "EditionAgreement", "TableIdentities",
      "Table2InForce", "BlankCells", "NarrativeAgreement",
      "EncodingNoise",
    ] {
      #expect(names.contains(expected), "\(expected)")
    }
  }

  @Test func aConsistentCompleteReportRaisesNothing() {
    let requests = F.table(F.requests2019, values: F.consistentRequestValues())
    let review = F.table(
      F.reviewLitigation,
      values: [
        "review": ["upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1],
        "litigationDirect": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
        "litigationAfterReview": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
      ], startingAt: requests.text)
    let active = F.table(
      F.activeDisclosure2019,
      values: [
        "regulations": ["newlyMade": 0, "newlyPublished": 0, "totalPublished": 2],
        "normativeDocuments": ["newlyMade": 1, "newlyPublished": 1, "totalPublished": 9],
        "licensing": ["previousYearCount": 3, "change": 0, "decisions": 120],
      ], startingAt: review.text)
    let report = F.report(tables: [active.table, requests.table, review.table], text: active.text, year: 2020)
    let diagnostics = ReportChecks.all.flatMap { $0.check(report, in: F.context) }
    #expect(diagnostics == [])
  }

  @Test func theParserRunsTheChecksAndKeepsTheData() throws {
    let values: [String: [String: Int]] = [
      "review": ["upheld": 1, "corrected": 1, "other": 0, "pending": 0, "total": 3],
      "litigationDirect": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
      "litigationAfterReview": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
    ]
    let table = F.table(F.reviewLitigation, values: values).table
    let parser = ReportParser(extractors: [FixedExtractor(table: table)])
    let report = try parser.parse(string: "某某局2020年政府信息公开工作年度报告")
    #expect(report.diagnostics.map(\.code).contains(.table4BlockTotal))
    #expect(report.table("reviewLitigation")?.value("review", "total") == 3)
    let unchecked = ReportParser(extractors: [FixedExtractor(table: table)], options: ParseOptions(runsChecks: false))
    #expect(try !unchecked.parse(string: "报告").diagnostics.map(\.code).contains(.table4BlockTotal))
  }
}
