// The English and Chinese wording of a failed identity. English names cells
// by their canonical keys (what a program reading the JSON sees); Chinese by
// the template's first label (what the reader of the report sees).

struct _IdentityNames {
  private var rowLabels: [String: String] = [:]
  private var columnLabels: [String: String] = [:]

  /// A side with more terms than this is named by its count and its ends.
  private static let listedTerms = 4

  init(template: TableTemplate) {
    for row in template.rows where rowLabels[row.key] == nil { rowLabels[row.key] = row.labels.first }
    for column in template.columns where columnLabels[column.key] == nil {
      columnLabels[column.key] = column.labels.first
    }
  }

  /// The headline of a code, in English and Chinese.
  static func headline(_ code: Diagnostic.Code, table: String) -> (en: String, zh: String) {
    switch code {
    case .table3Balance:
      ("Table 3 does not balance", "表三本列数据的勾稽关系不成立")
    case .table3Results:
      ("Table 3's total differs from the sum of its results", "表三办理结果总计与各项结果之和不符")
    case .table3RowTotal:
      ("Table 3's total column differs from the sum of its applicant columns", "表三总计与各类申请人数量之和不符")
    case .table3Subtotal:
      ("A subtotal of table 3 differs from its parts", "表三小计与其组成项之和不符")
    case .table4BlockTotal:
      (
        "Table 4's total differs from upheld + corrected + other + pending",
        "表四总计与结果维持、结果纠正、其他结果、尚未审结之和不符"
      )
    case .table2Published:
      ("Table 2's total published is less than the newly published", "表二对外公开总数量小于本年新公开数量")
    default:
      ("An identity of table \(table) does not hold", "\(table)表的勾稽关系不成立")
    }
  }

  func message(
    for instance: Identity.Instance, of identity: Identity, table: String
  ) -> (en: String, zh: String) {
    let headline = Self.headline(identity.code, table: table)
    let axis: (en: String, zh: String)
    let name: (String) -> (en: String, zh: String)
    let blankNames: [String]
    switch identity.scope {
    case .eachColumn:
      axis = ("column \(instance.key)", "“\(columnLabels[instance.key] ?? instance.key)”列")
      name = { ($0, rowLabels[$0] ?? $0) }
      blankNames = instance.blanksCountedAsZero.map(\.row)
    case .eachRow:
      axis = ("row \(instance.key)", "“\(rowLabels[instance.key] ?? instance.key)”行")
      name = { ($0, columnLabels[$0] ?? $0) }
      blankNames = instance.blanksCountedAsZero.map(\.column)
    }
    let left = side(identity.lhs.map(name))
    let right = side(identity.rhs.map(name))
    let relation =
      switch identity.relation {
      case .equal: "≠"
      case .greaterThanOrEqual: "<"
      }
    var en =
      "\(headline.en): in \(table), \(axis.en), \(left.en) (\(instance.lhs)) \(relation) "
      + "\(right.en) (\(instance.rhs))."
    var zh =
      "\(headline.zh)：\(table)表\(axis.zh)，\(left.zh)（\(instance.lhs)）\(relation)"
      + "\(right.zh)（\(instance.rhs)）。"
    if !blankNames.isEmpty {
      let blanks = blankNames.map(name)
      en += " Blank cells counted as 0: \(blanks.map(\.en).joined(separator: ", "))."
      zh += "空白单元格按0计算：\(blanks.map(\.zh).joined(separator: "、"))。"
    }
    return (en, zh)
  }

  private func side(_ names: [(en: String, zh: String)]) -> (en: String, zh: String) {
    guard let first = names.first, let last = names.last else { return ("nothing", "无") }
    if names.count <= Self.listedTerms {
      return (names.map(\.en).joined(separator: " + "), names.map(\.zh).joined(separator: " + "))
    }
    return (
      "the sum of \(names.count) cells from \(first.en) to \(last.en)",
      "“\(first.zh)”至“\(last.zh)”共\(names.count)项之和"
    )
  }
}
