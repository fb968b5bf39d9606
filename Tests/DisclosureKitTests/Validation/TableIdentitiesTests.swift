import DisclosureKit
import Testing

/// A cell of a fixture table, for parameterised tests.
struct ValidationCell: Sendable, CustomTestStringConvertible {
  var row: String
  var column: String
  var testDescription: String { "\(row).\(column)" }

  static let requests = ValidationFixtures.requestRows.flatMap { row in
    (ValidationFixtures.applicantColumns + ["total"]).map { ValidationCell(row: row, column: $0) }
  }
  static let requests2021 = TableTemplate.requests2021.rows.flatMap { row in
    TableTemplate.requests2021.columnKeys(of: row).map { ValidationCell(row: row.key, column: $0) }
  }
  static let reviewLitigation = ["review", "litigationDirect", "litigationAfterReview"].flatMap { row in
    ["upheld", "corrected", "other", "pending", "total"].map { ValidationCell(row: row, column: $0) }
  }
}

@Suite("TableIdentities")
struct TableIdentitiesTests {
  typealias F = ValidationFixtures
  let check = ReportChecks.TableIdentities()

  static func consistentReviewValues() -> [String: [String: Int]] {
    [
      "review": ["upheld": 2, "corrected": 1, "other": 0, "pending": 3, "total": 6],
      "litigationDirect": ["upheld": 1, "corrected": 0, "other": 1, "pending": 0, "total": 2],
      "litigationAfterReview": ["upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0],
    ]
  }

  /// The (code, axis key) pairs the declarations predict fail when `cell` alone changes.
  /// Identities that name a cell `table` lacks (a subtotal it does not
  /// print) are not evaluated, so they predict nothing.
  static func predictedFailures(_ template: TableTemplate, _ cell: ValidationCell, in table: ReportTable)
    -> Set<String>
  {
    var predicted: Set<String> = []
    for identity in template.identities {
      let named = identity.lhs + identity.rhs
      let present =
        switch identity.scope {
        case .eachColumn: named.allSatisfy { table[row: $0]?[cell.column] != nil }
        case .eachRow: named.allSatisfy { table[row: cell.row]?[$0] != nil }
        }
      guard present else { continue }
      switch identity.scope {
      case .eachColumn where named.contains(cell.row):
        predicted.insert("\(identity.code.rawValue)@\(cell.column)")
      case .eachRow where named.contains(cell.column):
        predicted.insert("\(identity.code.rawValue)@\(cell.row)")
      default: break
      }
    }
    return predicted
  }

  /// The (code, axis key) pairs of the errors raised.
  static func failures(_ diagnostics: [Diagnostic], _ template: TableTemplate) -> [String] {
    diagnostics.filter { $0.severity == .error }.map { diagnostic in
      let scope = template.identities.first { $0.code == diagnostic.code }?.scope
      let axis = scope == .eachRow ? diagnostic.location?.row : diagnostic.location?.column
      return "\(diagnostic.code.rawValue)@\(axis ?? "?")"
    }
  }

  @Test func consistentTablesRaiseNothing() {
    let requests = F.table(F.requests2019, values: F.consistentRequestValues())
    let review = F.table(F.reviewLitigation, values: Self.consistentReviewValues())
    let report = F.report(tables: [requests.table, review.table], text: requests.text + review.text)
    #expect(check.check(report, in: F.context) == [])
  }

  @Test(arguments: ValidationCell.requests)
  func perturbingATable3CellFailsExactlyItsIdentities(_ cell: ValidationCell) throws {
    let (table, text) = F.table(F.requests2019, values: F.consistentRequestValues())
    let perturbed = table.replacing(cell.row, cell.column) { $0.value = ($0.value ?? 0) + 1 }
    let diagnostics = check.check(F.report(tables: [perturbed], text: text), in: F.context)
    let raised = Self.failures(diagnostics, F.requests2019)
    let predicted = Self.predictedFailures(F.requests2019, cell, in: table)
    #expect(Set(raised) == predicted)
    #expect(raised.count == predicted.count)
    // Every cell of table 3 takes part in at least two identities.
    #expect(predicted.count >= 2)
    #expect(diagnostics.allSatisfy { $0.severity == .error })
  }

  /// The same property over the built-in 2021 template, whose results sum three 其他处理 rows.
  @Test(arguments: ValidationCell.requests2021)
  func perturbingABuiltIn2021Table3CellFailsExactlyItsIdentities(_ cell: ValidationCell) {
    let template = TableTemplate.requests2021
    let (table, text) = F.table(template, values: F.consistentRequestValues(template))
    let context = CheckContext(vocabulary: Vocabulary(tables: TableTemplate.standard2021))
    #expect(check.check(F.report(tables: [table], text: text), in: context) == [])
    let perturbed = table.replacing(cell.row, cell.column) { $0.value = ($0.value ?? 0) + 1 }
    let raised = Self.failures(check.check(F.report(tables: [perturbed], text: text), in: context), template)
    let predicted = Self.predictedFailures(template, cell, in: table)
    #expect(Set(raised) == predicted)
    #expect(raised.count == predicted.count)
  }

  @Test(arguments: ValidationCell.reviewLitigation)
  func perturbingATable4CellFailsItsBlock(_ cell: ValidationCell) {
    let (table, text) = F.table(F.reviewLitigation, values: Self.consistentReviewValues())
    let perturbed = table.replacing(cell.row, cell.column) { $0.value = ($0.value ?? 0) + 1 }
    let diagnostics = check.check(F.report(tables: [perturbed], text: text), in: F.context)
    #expect(Self.failures(diagnostics, F.reviewLitigation) == ["table4.blockTotal@\(cell.row)"])
  }

  @Test func balanceFailureCarriesValuesLocationAndMessages() throws {
    var values = F.consistentRequestValues()
    values["carriedForward"]?["total"] = 13  // was 12: 新收 + 上年结转 no longer matches
    let (table, text) = F.table(F.requests2019, values: values)
    let diagnostics = check.check(F.report(tables: [table], text: text), in: F.context)
    // The total column's balance and the carriedForward row total both fail.
    #expect(diagnostics.map(\.code) == [.table3Balance, .table3RowTotal])
    let balance = try #require(diagnostics.first)
    let newTotal = try #require(table.value("newRequests", "total"))
    let handledTotal = try #require(table.value("totalHandled", "total"))
    #expect(balance.actual == Double(newTotal + 6))
    #expect(balance.expected == Double(handledTotal + 13))
    #expect(balance.location == Diagnostic.Location(table: "requests", column: "total", range: balance.location?.range))
    // Neither side is a single stated cell: the range covers the four cells.
    let range = try #require(balance.location?.range)
    #expect(text.slice(range).hasPrefix(String(newTotal)))
    #expect(text.slice(range).hasSuffix("13"))
    #expect(
      balance.message
        == "Table 3 does not balance: in requests, column total, newRequests + carriedOver (\(newTotal + 6)) ≠ "
        + "totalHandled + carriedForward (\(handledTotal + 13)).")
    #expect(
      balance.messageZh
        == "表三本列数据的勾稽关系不成立：requests表“总计”列，本年新收政府信息公开申请数量 + 上年结转政府信息公开申请数量"
        + "（\(newTotal + 6)）≠总计 + 结转下年度继续办理（\(handledTotal + 13)）。")
  }

  @Test func resultsFailurePointsAtTheStatedTotal() throws {
    var values = F.consistentRequestValues()
    let stated = (values["totalHandled"]?["naturalPerson"] ?? 0) + 5
    values["totalHandled"]?["naturalPerson"] = stated
    values["newRequests"]?["naturalPerson"] = stated + 1  // keep the balance
    values["totalHandled", default: [:]]["total", default: 0] += 5
    values["newRequests", default: [:]]["total", default: 0] += 5
    let (table, text) = F.table(F.requests2019, values: values)
    let diagnostics = check.check(F.report(tables: [table], text: text), in: F.context)
    #expect(Self.failures(diagnostics, F.requests2019) == ["table3.results@naturalPerson", "table3.results@total"])
    let first = try #require(diagnostics.first)
    #expect(first.location?.row == "totalHandled")
    #expect(first.actual == Double(stated))
    #expect(first.expected == Double(stated - 5))
    #expect(first.location?.range.map { text.slice($0) } == String(stated))
    #expect(first.message.contains("the sum of 19 cells from granted to otherHandling"))
    #expect(first.messageZh?.contains("“予以公开”至“otherHandling”共19项之和") == true)
  }

  @Test func blanksCountAsZeroAndAreNotedOncePerTable() throws {
    var values = F.consistentRequestValues()
    // Blank the carriedOver row (1 per column) and raise newRequests to match: every identity holds with blanks as 0.
    values["carriedOver"] = [:]
    for column in F.applicantColumns + ["total"] {
      values["newRequests", default: [:]][column, default: 0] += column == "total" ? 6 : 1
    }
    let (table, text) = F.table(F.requests2019, values: values)
    let diagnostics = check.check(F.report(tables: [table], text: text), in: F.context)
    #expect(diagnostics.map(\.code) == [.blankAsZero])
    let note = try #require(diagnostics.first)
    #expect(note.severity == .info)
    #expect(note.location?.table == "requests")
    #expect(
      note.message
        == "7 blank cell(s) of requests were counted as 0 in its arithmetic: carriedOver.naturalPerson, "
        + "carriedOver.commercialEnterprise, carriedOver.researchInstitution, carriedOver.socialWelfareOrganization, "
        + "carriedOver.legalServiceInstitution, ….")
  }

  @Test func aFailureThatNeededABlankSaysSo() throws {
    var values = Self.consistentReviewValues()
    values["review"]?["pending"] = nil  // total 6 now exceeds 2 + 1 + 0 + blank
    let (table, text) = F.table(F.reviewLitigation, values: values)
    let diagnostics = check.check(F.report(tables: [table], text: text), in: F.context)
    #expect(diagnostics.map(\.code) == [.table4BlockTotal, .blankAsZero])
    let failure = try #require(diagnostics.first)
    #expect(failure.expected == 3)
    #expect(failure.actual == 6)
    #expect(failure.location?.row == "review")
    #expect(failure.location?.column == "total")
    #expect(
      failure.message
        == "Table 4's total differs from upheld + corrected + other + pending: in reviewLitigation, row review, "
        + "total (6) ≠ upheld + corrected + other + pending (3). Blank cells counted as 0: pending.")
    #expect(failure.messageZh?.hasSuffix("空白单元格按0计算：pending。") == true)
  }

  @Test func unreadableOrMissingCellsSkipTheirInstances() {
    let (table, text) = F.table(F.reviewLitigation, values: Self.consistentReviewValues())
    let unreadable = table.replacing("review", "pending") {
      $0.value = nil
      $0.state = .unreadable
    }
    var missingRow = table
    missingRow.rows.removeAll { $0.key == "litigationDirect" }
    let broken = missingRow.replacing("litigationAfterReview", "total") { $0.value = 9 }
    #expect(check.check(F.report(tables: [unreadable], text: text), in: F.context) == [])
    #expect(
      Self.failures(check.check(F.report(tables: [broken], text: text), in: F.context), F.reviewLitigation)
        == ["table4.blockTotal@litigationAfterReview"])
  }

  @Test(arguments: [(5, 3, true), (5, 5, false), (0, 0, false), (2, 7, false)])
  func table2TotalPublishedIsAtLeastNewlyPublished(newly: Int, total: Int, fails: Bool) throws {
    let values: [String: [String: Int]] = [
      "regulations": ["newlyMade": newly, "newlyPublished": newly, "totalPublished": total],
      "normativeDocuments": ["newlyMade": 1, "newlyPublished": 1, "totalPublished": 4],
      "licensing": ["previousYearCount": 9, "change": -3, "decisions": 0],
    ]
    let (table, text) = F.table(F.activeDisclosure2019, values: values)
    let diagnostics = check.check(F.report(tables: [table], text: text), in: F.context)
    #expect(Self.failures(diagnostics, F.activeDisclosure2019) == (fails ? ["table2.published@regulations"] : []))
    if fails {
      let failure = try #require(diagnostics.first)
      #expect(failure.actual == Double(total))
      #expect(failure.expected == Double(newly))
      #expect(failure.location?.column == "totalPublished")
      #expect(failure.message.contains("totalPublished (\(total)) < newlyPublished (\(newly))"))
    }
  }

  @Test func tablesWithoutATemplateAreNotChecked() {
    let (table, text) = F.table(F.reviewLitigation, values: ["review": ["total": 5]])
    let context = CheckContext(vocabulary: Vocabulary(tables: [F.requests2019]))
    #expect(check.check(F.report(tables: [table], text: text), in: context) == [])
  }

  /// A custom template's identities are evaluated the same way, including a
  /// subtotal row and column that the statutory keys have no place for.
  @Test func customTemplateIdentitiesAndSubtotals() {
    let parts = ["a", "b"]
    let template = TableTemplate(
      key: "custom", columns: ["x", "y", "subtotal"].map { TableTemplate.Column($0, labels: [$0]) },
      rows: (parts + ["partsSubtotal"]).map { TableTemplate.Row($0, labels: [$0]) },
      identities: [
        Identity(.table3Subtotal, .eachColumn, lhs: ["partsSubtotal"], rhs: parts),
        Identity("custom.columns", .eachRow, lhs: ["subtotal"], rhs: ["x", "y"], only: ["a"]),
      ])
    let values: [String: [String: Int]] = [
      "a": ["x": 1, "y": 2, "subtotal": 4],
      "b": ["x": 3, "y": 0, "subtotal": 3],
      "partsSubtotal": ["x": 4, "y": 2, "subtotal": 6],
    ]
    let (table, text) = F.table(template, values: values)
    let diagnostics = check.check(
      F.report(tables: [table], text: text), in: CheckContext(vocabulary: Vocabulary(tables: [template])))
    #expect(Self.failures(diagnostics, template) == ["table3.subtotal@subtotal", "custom.columns@a"])
    #expect(diagnostics.last?.message.hasPrefix("An identity of table custom does not hold: in custom, row a") == true)
    #expect(diagnostics.last?.messageZh?.hasPrefix("custom表的勾稽关系不成立：custom表“a”行") == true)
  }

  @Test func hugeValuesDoNotTrap() {
    let values: [String: [String: Int]] = [
      "review": ["upheld": Int.max, "corrected": Int.max, "other": 0, "pending": 0, "total": 1]
    ]
    let (table, text) = F.table(F.reviewLitigation, values: values)
    // The sum overflows: the instance is not evaluated rather than trapping.
    #expect(check.check(F.report(tables: [table], text: text), in: F.context).map(\.code) == [.blankAsZero])
  }
}
