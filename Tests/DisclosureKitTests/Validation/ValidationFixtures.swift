import DisclosureKit

/// Templates mirroring templates.md §5 and hand-built reports for the
/// validation tests, so they depend on no other stage.
enum ValidationFixtures {
  static let applicantColumns = [
    "naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
    "legalServiceInstitution", "otherOrganization",
  ]

  static let resultRows = [
    "granted", "partiallyGranted", "denied.stateSecret", "denied.prohibitedByLaw", "denied.securityStability",
    "denied.thirdPartyRights", "denied.internalAffairs", "denied.processInformation", "denied.enforcementFiles",
    "denied.administrativeQuery", "unableToProvide.notHeld", "unableToProvide.needsCreation",
    "unableToProvide.unclear", "notProcessed.petition", "notProcessed.duplicate", "notProcessed.publication",
    "notProcessed.excessive", "notProcessed.confirmation", "otherHandling",
  ]

  static let requestRows = ["newRequests", "carriedOver"] + resultRows + ["totalHandled", "carriedForward"]

  /// Table 3, 2019 edition, with the three identities of §5.
  static let requests2019 = TableTemplate(
    key: "requests", edition: 2019, sectionKind: .requests,
    columns: (applicantColumns + ["total"]).map { TableTemplate.Column($0, labels: [label(ofColumn: $0)]) },
    rows: requestRows.map { TableTemplate.Row($0, labels: [label(ofRow: $0)]) },
    identities: [
      Identity(
        .table3Balance, .eachColumn, lhs: ["newRequests", "carriedOver"], rhs: ["totalHandled", "carriedForward"]),
      Identity(.table3Results, .eachColumn, lhs: ["totalHandled"], rhs: resultRows),
      Identity(.table3RowTotal, .eachRow, lhs: ["total"], rhs: applicantColumns),
    ])

  /// Table 4, both editions: three blocks of five.
  static let reviewLitigation = TableTemplate(
    key: "reviewLitigation", edition: 2019, sectionKind: .reviewLitigation, layout: .blocks,
    columns: ["upheld", "corrected", "other", "pending", "total"].map { TableTemplate.Column($0, labels: [$0]) },
    rows: ["review", "litigationDirect", "litigationAfterReview"].map { TableTemplate.Row($0, labels: [$0]) },
    identities: [
      Identity(.table4BlockTotal, .eachRow, lhs: ["total"], rhs: ["upheld", "corrected", "other", "pending"])
    ])

  /// Table 2, 2019 edition.
  static let activeDisclosure2019 = TableTemplate(
    key: "activeDisclosure", edition: 2019, sectionKind: .proactiveDisclosure,
    columns: ["newlyMade", "newlyPublished", "totalPublished", "previousYearCount", "change", "decisions"].map {
      TableTemplate.Column($0, labels: [$0])
    },
    rows: [
      TableTemplate.Row("regulations", labels: ["规章"], columns: ["newlyMade", "newlyPublished", "totalPublished"]),
      TableTemplate.Row(
        "normativeDocuments", labels: ["规范性文件"], columns: ["newlyMade", "newlyPublished", "totalPublished"]),
      TableTemplate.Row("licensing", labels: ["行政许可"], columns: ["previousYearCount", "change", "decisions"]),
    ],
    identities: [
      Identity(.table2Published, .eachRow, lhs: ["totalPublished"], .greaterThanOrEqual, rhs: ["newlyPublished"])
    ])

  /// Table 2, 2021 edition.
  static let activeDisclosure2021 = TableTemplate(
    key: "activeDisclosure", edition: 2021, sectionKind: .proactiveDisclosure,
    columns: ["issued", "repealed", "inForce", "decisions"].map { TableTemplate.Column($0, labels: [$0]) },
    rows: [
      TableTemplate.Row("regulations", labels: ["规章"], columns: ["issued", "repealed", "inForce"]),
      TableTemplate.Row("normativeDocuments", labels: ["行政规范性文件"], columns: ["issued", "repealed", "inForce"]),
      TableTemplate.Row("licensing", labels: ["行政许可"], columns: ["decisions"]),
    ])

  static let vocabulary = Vocabulary(tables: [
    activeDisclosure2019, requests2019, reviewLitigation, activeDisclosure2021,
    requests2021,
  ])

  /// Table 3, 2021 edition: （六）其他处理 split into three rows, so the two
  /// editions can be told apart (table 4, the same in both, cannot).
  static let requests2021: TableTemplate = {
    let split = ["otherHandling.overdueCorrection", "otherHandling.unpaidFee", "otherHandling.other"]
    let results = resultRows.flatMap { $0 == "otherHandling" ? split : [$0] }
    let rows = ["newRequests", "carriedOver"] + results + ["totalHandled", "carriedForward"]
    return TableTemplate(
      key: "requests", edition: 2021, sectionKind: .requests, columns: requests2019.columns,
      rows: rows.map { TableTemplate.Row($0, labels: [$0]) },
      identities: [
        Identity(
          .table3Balance, .eachColumn, lhs: ["newRequests", "carriedOver"], rhs: ["totalHandled", "carriedForward"]),
        Identity(.table3Results, .eachColumn, lhs: ["totalHandled"], rhs: results),
        Identity(.table3RowTotal, .eachRow, lhs: ["total"], rhs: applicantColumns),
      ])
  }()

  static let context = CheckContext(vocabulary: vocabulary)

  static func label(ofRow key: String) -> String {
    switch key {
    case "newRequests": "本年新收政府信息公开申请数量"
    case "carriedOver": "上年结转政府信息公开申请数量"
    case "totalHandled": "总计"
    case "carriedForward": "结转下年度继续办理"
    case "granted": "予以公开"
    default: key
    }
  }

  static func label(ofColumn key: String) -> String {
    switch key {
    case "naturalPerson": "自然人"
    case "total": "总计"
    default: key
    }
  }

  /// A consistent table 3 for `template` (whose result rows are the terms
  /// of its `table3.results` identity): every identity of §5 holds. Values
  /// are small and varied so that no perturbation is hidden.
  static func consistentRequestValues(_ template: TableTemplate = requests2019) -> [String: [String: Int]] {
    let results = template.identities.first { $0.code == .table3Results }?.rhs ?? resultRows
    var values: [String: [String: Int]] = [:]
    for (c, column) in applicantColumns.enumerated() {
      var handled = 0
      for (r, row) in results.enumerated() {
        let value = (r * 3 + c * 5) % 4
        values[row, default: [:]][column] = value
        handled += value
      }
      values["totalHandled", default: [:]][column] = handled
      values["carriedOver", default: [:]][column] = 1
      values["carriedForward", default: [:]][column] = 2
      values["newRequests", default: [:]][column] = handled + 1
    }
    for row in template.rows.map(\.key) {
      values[row, default: [:]]["total"] = applicantColumns.reduce(0) { $0 + (values[row]?[$1] ?? 0) }
    }
    return values
  }

  /// Renders `values` as pipe text (one row per line, `label | v | v …`) and
  /// builds the table with each cell's range in that text. A cell without a
  /// value is blank.
  static func table(
    _ template: TableTemplate, values: [String: [String: Int]], startingAt prefix: String = ""
  ) -> (table: ReportTable, text: String) {
    var text = prefix
    var rows: [ReportTable.Row] = []
    for row in template.rows {
      let labelStart = text.utf8.count
      text += row.labels.first ?? row.key
      let labelRange = SourceRange(start: labelStart, end: text.utf8.count)
      var cells: [ReportTable.Cell] = []
      for column in template.columnKeys(of: row) {
        text += " | "
        let value = values[row.key]?[column]
        let printed = value.map(String.init) ?? ""
        let start = text.utf8.count
        text += printed
        cells.append(
          ReportTable.Cell(
            column: column, value: value, state: value == nil ? .blank : .value, text: printed,
            range: SourceRange(start: start, end: text.utf8.count)))
      }
      text += "\n"
      rows.append(ReportTable.Row(key: row.key, cells: cells, labelRange: labelRange))
    }
    let range = SourceRange(start: prefix.utf8.count, end: text.utf8.count)
    return (
      ReportTable(key: template.key, edition: template.edition, layout: template.layout, rows: rows, range: range),
      text
    )
  }

  static func report(
    tables: [ReportTable], text: String = "", year: Int? = 2020, facts: [Fact] = [], sections: [Section] = [],
    diagnostics: [Diagnostic] = []
  ) -> AnnualReport {
    AnnualReport(
      source: SourceInfo(name: "fixture.txt", form: "text", encoding: "utf-8", bytes: text.utf8.count),
      template: "standard2019", extractor: "test", confidence: 1, metadata: ReportMetadata(year: year),
      sections: sections, tables: tables, facts: facts, diagnostics: diagnostics, normalizedText: text)
  }
}

extension ReportTable {
  /// A copy with the cell at `row`, `column` replaced.
  /// Subtotal rows and subtotal cells are found the same way.
  func replacing(_ row: String, _ column: String, with change: (inout ReportTable.Cell) -> Void) -> ReportTable {
    var copy = self
    func replace(in rows: inout [ReportTable.Row]) {
      for r in rows.indices where rows[r].key == row {
        for c in rows[r].cells.indices where rows[r].cells[c].column == column { change(&rows[r].cells[c]) }
        for c in rows[r].subtotalCells.indices where rows[r].subtotalCells[c].column == column {
          change(&rows[r].subtotalCells[c])
        }
      }
    }
    replace(in: &copy.rows)
    replace(in: &copy.subtotalRows)
    return copy
  }
}
