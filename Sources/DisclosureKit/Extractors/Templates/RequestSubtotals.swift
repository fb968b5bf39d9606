// The subtotals some reports add to table 3 (templates.md §5: 不予公开 小计,
// 法人或其他组织 小计), as data: where they are printed they are read and
// checked; where they are not, nothing is expected of them.

extension TableTemplate {
  /// The organisation columns 法人或其他组织 groups.
  static let legalPersonColumns = [
    "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution",
    "otherOrganization",
  ]

  /// A subtotal row for each block of result rows (`denied.*` → `denied.subtotal`)
  /// with more than one row, and the 法人或其他组织 小计 column.
  static func requestSubtotals(_ rows: [Row]) -> [Subtotal] {
    let blocks: [(prefix: String, label: String)] = [
      ("denied", "不予公开"), ("unableToProvide", "无法提供"), ("notProcessed", "不予处理"), ("otherHandling", "其他处理"),
    ]
    var subtotals: [Subtotal] = []
    for block in blocks {
      let parts = rows.map(\.key).filter { $0.hasPrefix(block.prefix + ".") }
      guard parts.count > 1 else { continue }
      subtotals.append(
        Subtotal(
          block.prefix + ".subtotal", axis: .row,
          // Not `合计`: some tables print it for the 总计 row after the last block.
          labels: ["小计", block.label + "小计", "小计(" + block.label + ")"],
          blockLabels: [block.label], parts: parts))
    }
    subtotals.append(
      Subtotal(
        "legalPersons.subtotal", axis: .column, labels: ["小计", "法人或其他组织小计"],
        blockLabels: ["法人或其他组织"], parts: legalPersonColumns))
    return subtotals
  }

  /// `subtotal = Σ parts`, along every column for a row subtotal and along
  /// every row for a column subtotal; instances whose subtotal the report
  /// does not print are not evaluated.
  static func subtotalIdentities(_ subtotals: [Subtotal]) -> [Identity] {
    subtotals.map { subtotal in
      Identity(
        .table3Subtotal, subtotal.axis == .row ? .eachColumn : .eachRow, lhs: [subtotal.key], rhs: subtotal.parts)
    }
  }

  /// A table 3 template with `rows` and the subtotals and identities that go with them.
  static func requests(edition: Int, editionMarkers: [String] = [], rows: [Row]) -> TableTemplate {
    let subtotals = requestSubtotals(rows)
    var template = TableTemplate(
      key: "requests", edition: edition, sectionKind: .requests, editionMarkers: editionMarkers,
      columns: requestColumns, rows: rows,
      identities: requestIdentities(resultRows: resultRows(rows)) + subtotalIdentities(subtotals))
    template.proseCues = requestCues
    template.subtotals = subtotals
    return template
  }
}
