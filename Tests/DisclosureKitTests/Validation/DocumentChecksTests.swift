import DisclosureKit
import Testing

@Suite("DocumentChecks")
struct DocumentChecksTests {
  typealias F = ValidationFixtures

  static func reviewTable(review: Int, direct: Int, afterReview: Int) -> (table: ReportTable, text: String) {
    F.table(
      F.reviewLitigation,
      values: [
        "review": ["upheld": review, "corrected": 0, "other": 0, "pending": 0, "total": review],
        "litigationDirect": ["upheld": direct, "corrected": 0, "other": 0, "pending": 0, "total": direct],
        "litigationAfterReview": [
          "upheld": afterReview, "corrected": 0, "other": 0, "pending": 0, "total": afterReview,
        ],
      ], startingAt: "")
  }

  // MARK: Table presence

  @Test func missingStatutoryTablesAreReportedOnce() throws {
    let (table, text) = F.table(F.requests2019, values: F.consistentRequestValues())
    let heading = "四、政府信息公开行政复议、行政诉讼情况"
    let prefix = text + heading + "\n"
    let section = Section(
      heading: heading, number: "四", title: "政府信息公开行政复议、行政诉讼情况", kind: .reviewLitigation, level: 1,
      range: SourceRange(start: text.utf8.count, end: prefix.utf8.count),
      headingRange: SourceRange(start: text.utf8.count, end: text.utf8.count + heading.utf8.count))
    let alreadyReported = Diagnostic(.tableMissing, .error, "no table 2", location: .init(table: "activeDisclosure"))
    let report = F.report(tables: [table], text: prefix, sections: [section], diagnostics: [alreadyReported])
    let diagnostics = ReportChecks.TablePresence().check(report, in: F.context)
    #expect(diagnostics.count == 1)
    let missing = try #require(diagnostics.first)
    #expect(missing.code == .tableMissing)
    #expect(missing.severity == .error)
    #expect(missing.location == .init(table: "reviewLitigation", section: heading, range: section.headingRange))
    #expect(missing.message == "The report has no reviewLitigation table in section \(heading).")
    #expect(missing.messageZh == "报告缺少reviewLitigation表（应在“\(heading)”中）。")
  }

  @Test func presentTablesAndUneditionedTemplatesRaiseNothing() {
    let requests = F.table(F.requests2019, values: F.consistentRequestValues()).table
    let review = Self.reviewTable(review: 1, direct: 0, afterReview: 0).table
    let active = F.table(F.activeDisclosure2021, values: [:]).table
    let report = F.report(tables: [requests, review, active])
    #expect(ReportChecks.TablePresence().check(report, in: F.context) == [])
    // A narrative vocabulary with an optional, edition-less statistics table requires nothing.
    let optional = TableTemplate(key: "statistics", columns: [], rows: [])
    #expect(
      ReportChecks.TablePresence().check(
        F.report(tables: []), in: CheckContext(vocabulary: Vocabulary(tables: [optional])))
        == [])
  }

  // MARK: Edition

  @Test(
    arguments: [
      (2021, 2019, 2021), (2023, 2019, 2021), (2020, 2021, 2019), (2019, 2021, 2019), (2020, 2019, nil),
      (2022, 2021, nil), (2018, 2019, nil),
    ] as [(Int, Int, Int?)])
  func editionMustFitTheYear(year: Int, edition: Int, expected: Int?) throws {
    var table = F.table(F.requests2019, values: F.consistentRequestValues()).table
    table.edition = edition
    let diagnostics = ReportChecks.EditionAgreement().check(F.report(tables: [table], year: year), in: F.context)
    guard let expected else {
      #expect(diagnostics == [])
      return
    }
    let mismatch = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(mismatch.code == .editionMismatch)
    #expect(mismatch.severity == .warning)
    #expect(mismatch.expected == Double(expected))
    #expect(mismatch.actual == Double(edition))
    #expect(mismatch.location?.table == "requests")
    #expect(
      mismatch.message
        == "Table requests follows the \(edition) edition, but a report for \(year) uses the \(expected) edition.")
    #expect(mismatch.messageZh == "requests表采用\(edition)年版格式，而\(year)年度报告应采用\(expected)年版格式。")
  }

  @Test func noYearNoEditionCheck() {
    var table = F.table(F.requests2019, values: [:]).table
    table.edition = 2021
    #expect(ReportChecks.EditionAgreement().check(F.report(tables: [table], year: nil), in: F.context) == [])
  }

  // MARK: Table 2 in force

  @Test(
    arguments: [
      (2, nil, nil, true), (nil, 1, nil, true), (2, 1, 7, false), (nil, nil, nil, false), (0, 0, nil, true),
    ] as [(Int?, Int?, Int?, Bool)])
  func inForceMustAccompanyIssuedOrRepealed(issued: Int?, repealed: Int?, inForce: Int?, raises: Bool) throws {
    var row: [String: Int] = [:]
    row["issued"] = issued
    row["repealed"] = repealed
    row["inForce"] = inForce
    let (table, text) = F.table(
      F.activeDisclosure2021,
      values: ["regulations": row, "normativeDocuments": ["issued": 1, "repealed": 0, "inForce": 5]])
    let diagnostics = ReportChecks.Table2InForce().check(
      F.report(tables: [table], text: text, year: 2021), in: F.context)
    #expect(diagnostics.count == (raises ? 1 : 0))
    if raises {
      let diagnostic = try #require(diagnostics.first)
      #expect(diagnostic.code == .table2InForce)
      #expect(diagnostic.location?.row == "regulations")
      #expect(diagnostic.location?.column == "inForce")
      let range = try #require(diagnostic.location?.range)
      #expect(range.isEmpty)  // the blank cell's (empty) place in the row
      #expect(text.slice(SourceRange(start: 0, end: range.start)).hasSuffix(" | "))
    }
  }

  @Test func unreadableInForceIsLeftToTheTablesStage() {
    let (table, text) = F.table(F.activeDisclosure2021, values: ["regulations": ["issued": 1, "repealed": 0]])
    let unreadable = table.replacing("regulations", "inForce") { $0.state = .unreadable }
    #expect(ReportChecks.Table2InForce().check(F.report(tables: [unreadable], text: text), in: F.context) == [])
  }

  // MARK: Blank cells

  @Test func blankCellsAreNotedOncePerTable() throws {
    let (requests, text) = F.table(F.reviewLitigation, values: ["review": ["upheld": 1, "total": 1]])
    let complete = Self.reviewTable(review: 0, direct: 0, afterReview: 0).table
    var other = complete
    other.key = "other"
    let diagnostics = ReportChecks.BlankCells().check(F.report(tables: [requests, other], text: text), in: F.context)
    #expect(diagnostics.count == 1)
    let note = try #require(diagnostics.first)
    #expect(note.code == .blankCells)
    #expect(note.severity == .info)
    #expect(note.location?.table == "reviewLitigation")
    #expect(
      note.message
        == "13 cell(s) of reviewLitigation are blank and reported as null: review.corrected, review.other, "
        + "review.pending, litigationDirect.upheld, litigationDirect.corrected, ….")
    #expect(note.messageZh?.hasPrefix("reviewLitigation表有13个单元格为空，输出为null：") == true)
  }

  @Test func oneBlankCellIsLocatedAndNotNotedTwice() throws {
    let (table, text) = F.table(
      F.reviewLitigation,
      values: [
        "review": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0],
        "litigationDirect": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
        "litigationAfterReview": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
      ])
    let diagnostics = ReportChecks.BlankCells().check(F.report(tables: [table], text: text), in: F.context)
    #expect(diagnostics.first?.location?.row == "review")
    #expect(diagnostics.first?.location?.column == "total")
    let earlier = Diagnostic(.blankCells, .info, "noted", location: .init(table: "reviewLitigation"))
    let again = F.report(tables: [table], text: text, diagnostics: [earlier])
    #expect(ReportChecks.BlankCells().check(again, in: F.context) == [])
  }

  // MARK: Narrative against tables

  static func fact(_ key: String, _ value: Int, quote: String, in text: inout String, approximate: Bool = false)
    -> Fact
  {
    let start = text.utf8.count
    text += quote
    return Fact(
      key: key, value: Double(value), unit: "件", label: key, quote: quote,
      range: SourceRange(start: start, end: text.utf8.count), isApproximate: approximate)
  }

  @Test func aRestatedFigureThatContradictsTheTableIsReportedWithBothRanges() throws {
    var (table, text) = F.table(F.requests2019, values: F.consistentRequestValues())
    let stated = try #require(table.value("newRequests", "total"))
    text += "全年"
    let fact = Self.fact("requestsReceived", stated + 1, quote: "受理政府信息公开申请\(stated + 1)件", in: &text)
    let report = F.report(tables: [table], text: text, facts: [fact])
    let diagnostics = ReportChecks.NarrativeAgreement().check(report, in: F.context)
    #expect(diagnostics.count == 1)
    let mismatch = try #require(diagnostics.first)
    #expect(mismatch.code == .narrativeMismatch)
    #expect(mismatch.severity == .warning)
    #expect(mismatch.expected == Double(stated))
    #expect(mismatch.actual == Double(stated + 1))
    #expect(mismatch.location?.range == fact.range)
    #expect(mismatch.related?.table == "requests")
    #expect(mismatch.related?.row == "newRequests")
    #expect(mismatch.related?.column == "total")
    #expect(mismatch.related?.range.map { text.slice($0) } == String(stated))
    #expect(
      mismatch.message
        == "The prose states requestsReceived = \(stated + 1) (“受理政府信息公开申请\(stated + 1)件”), "
        + "but table requests has newRequests.total = \(stated).")
    #expect(
      mismatch.messageZh
        == "正文所述“受理政府信息公开申请\(stated + 1)件”（\(stated + 1)）与requests表newRequests.total（\(stated)）不一致。")
  }

  @Test func agreeingApproximateAndInTableFiguresRaiseNothing() throws {
    var (table, text) = F.table(F.requests2019, values: F.consistentRequestValues())
    let stated = try #require(table.value("newRequests", "total"))
    let agreeing = Self.fact("requestsReceived", stated, quote: "收到申请\(stated)件", in: &text)
    // A part of the whole under the same key is not a contradiction when the whole is also stated.
    let part = Self.fact("requestsReceived", 3, quote: "其中市本级收到申请3件", in: &text)
    let approximate = Self.fact("requestsReceived", 100, quote: "收到申请近百件", in: &text, approximate: true)
    let insideTable = Fact(
      key: "requestsReceived", value: 1, unit: nil, label: "", quote: "1", range: SourceRange(start: 0, end: 1))
    let check = ReportChecks.NarrativeAgreement()
    #expect(check.check(F.report(tables: [table], text: text, facts: [agreeing, part]), in: F.context) == [])
    #expect(check.check(F.report(tables: [table], text: text, facts: [approximate, insideTable]), in: F.context) == [])
  }

  @Test(arguments: [(2, 1, 0, 2, 1, false), (2, 1, 1, 2, 1, true), (2, 1, 0, 3, 1, true), (0, 0, 0, 0, 0, false)])
  func reviewAndLitigationCasesRestateTable4(
    review: Int, direct: Int, afterReview: Int, statedReview: Int, statedLitigation: Int, raises: Bool
  ) {
    var (table, text) = Self.reviewTable(review: review, direct: direct, afterReview: afterReview)
    let facts = [
      Self.fact("reviewCases", statedReview, quote: "行政复议\(statedReview)件", in: &text),
      Self.fact("litigationCases", statedLitigation, quote: "行政诉讼\(statedLitigation)件", in: &text),
    ]
    let diagnostics = ReportChecks.NarrativeAgreement().check(
      F.report(tables: [table], text: text, facts: facts), in: F.context)
    #expect(diagnostics.isEmpty == !raises)
    for diagnostic in diagnostics where diagnostic.related?.row == nil {
      // litigationCases restates two cells: no single row, and the range covers both.
      #expect(diagnostic.expected == Double(direct + afterReview))
      #expect(diagnostic.related?.column == nil)
      #expect(diagnostic.message.contains("litigationDirect.total + litigationAfterReview.total"))
    }
  }

  @Test func blankRestatedCellsCountAsZeroAndSaySo() throws {
    var (table, text) = F.table(F.requests2019, values: [:])
    let fact = Self.fact("requestsReceived", 4, quote: "受理申请4件", in: &text)
    let diagnostics = ReportChecks.NarrativeAgreement().check(
      F.report(tables: [table], text: text, facts: [fact]), in: F.context)
    let mismatch = try #require(diagnostics.first)
    #expect(mismatch.expected == 0)
    #expect(mismatch.message.hasSuffix(" Blank cells counted as 0: newRequests.total."))
    #expect(mismatch.messageZh?.hasSuffix("空白单元格按0计算：newRequests.total。") == true)
  }

  @Test func customRestatements() {
    var (table, text) = F.table(F.activeDisclosure2019, values: ["regulations": ["totalPublished": 12]])
    let fact = Self.fact("regulationsPublished", 10, quote: "公开规章10件", in: &text)
    let check = ReportChecks.NarrativeAgreement(restatements: [
      .init(fact: "regulationsPublished", table: "activeDisclosure", cells: [.init("regulations", "totalPublished")])
    ])
    #expect(check.check(F.report(tables: [table], text: text, facts: [fact]), in: F.context).map(\.expected) == [12])
  }
}
