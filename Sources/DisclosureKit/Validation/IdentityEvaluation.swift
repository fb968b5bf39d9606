// The checker's own evaluation of an `Identity` over a `ReportTable`.
//
// Internal on purpose: the Tables stage may publish an evaluation API of its
// own (`Model/Identity+Evaluation.swift`); when it lands, one of the two is
// kept and `TableIdentities` reads whichever remains. Names carry a leading
// underscore so the two can coexist in one module until then.

/// One application of an identity along its axis (a column for
/// ``Identity/Scope/eachColumn``, a row for ``Identity/Scope/eachRow``),
/// with the cells it summed.
struct _IdentityInstance: Sendable, Hashable {
  /// One cell that took part in a sum.
  struct Term: Sendable, Hashable {
    var row: String
    var column: String
    /// The value used in the sum: 0 for a blank cell.
    var value: Int
    /// The cell was blank and counted as 0.
    var wasBlank: Bool
    var range: SourceRange?
  }

  var identity: Identity
  /// The column (each-column scope) or row (each-row scope) the instance applies to.
  var axisKey: String
  var lhs: [Term]
  var rhs: [Term]
  var lhsSum: Int
  var rhsSum: Int

  /// Whether the identity's relation holds between the two sums.
  var holds: Bool {
    switch identity.relation {
    case .equal: lhsSum == rhsSum
    case .greaterThanOrEqual: lhsSum >= rhsSum
    }
  }

  /// The cells that were blank and counted as 0, in identity order.
  var blankTerms: [Term] { (lhs + rhs).filter(\.wasBlank) }

  /// The side that names a single cell — the stated total the other side is
  /// summed to check — if exactly one side does.
  var statedSide: Side? {
    if lhs.count == 1 && rhs.count != 1 { return .lhs }
    if rhs.count == 1 && lhs.count != 1 { return .rhs }
    if lhs.count == 1 && rhs.count == 1 { return .lhs }
    return nil
  }

  enum Side { case lhs, rhs }
}

extension Identity {
  /// Every instance of the identity that `table` has all the cells for.
  ///
  /// An instance applies along each key of ``only`` or, when that is `nil`,
  /// along every column (or row) for which every named cell exists. A blank
  /// cell counts as 0 and is marked so; an instance naming a cell that is
  /// missing or unreadable is not evaluated, since its sum would say nothing
  /// (the Tables stage reports such cells itself). An instance whose sum
  /// overflows `Int` is skipped too.
  ///
  /// - Complexity: O(r × c) in the table's rows and columns.
  func _instances(in table: ReportTable) -> [_IdentityInstance] {
    var rows: [String: ReportTable.Row] = [:]
    for row in table.rows where rows[row.key] == nil { rows[row.key] = row }
    var instances: [_IdentityInstance] = []
    for axisKey in _axisKeys(in: table) {
      let cellKeys: (String) -> (row: String, column: String) =
        scope == .eachColumn ? { ($0, axisKey) } : { (axisKey, $0) }
      guard let left = Self._terms(lhs.map(cellKeys), rows: rows),
        let right = Self._terms(rhs.map(cellKeys), rows: rows),
        let leftSum = Self._sum(left), let rightSum = Self._sum(right)
      else { continue }
      instances.append(
        _IdentityInstance(
          identity: self, axisKey: axisKey, lhs: left, rhs: right, lhsSum: leftSum, rhsSum: rightSum))
    }
    return instances
  }

  /// The keys along the repeated axis, in table order.
  private func _axisKeys(in table: ReportTable) -> [String] {
    if let only { return only }
    switch scope {
    case .eachRow:
      return table.rows.map(\.key)
    case .eachColumn:
      var seen: Set<String> = []
      var keys: [String] = []
      for row in table.rows where lhs.contains(row.key) || rhs.contains(row.key) {
        for cell in row.cells where seen.insert(cell.column).inserted { keys.append(cell.column) }
      }
      return keys
    }
  }

  private static func _terms(
    _ keys: [(row: String, column: String)], rows: [String: ReportTable.Row]
  ) -> [_IdentityInstance.Term]? {
    var terms: [_IdentityInstance.Term] = []
    terms.reserveCapacity(keys.count)
    for key in keys {
      guard let cell = rows[key.row]?[key.column] else { return nil }
      switch (cell.state, cell.value) {
      case (.value, let value?):
        terms.append(.init(row: key.row, column: key.column, value: value, wasBlank: false, range: cell.range))
      case (.blank, _):
        terms.append(.init(row: key.row, column: key.column, value: 0, wasBlank: true, range: cell.range))
      default:
        return nil
      }
    }
    return terms
  }

  private static func _sum(_ terms: [_IdentityInstance.Term]) -> Int? {
    var total = 0
    for term in terms {
      let (next, overflow) = total.addingReportingOverflow(term.value)
      if overflow { return nil }
      total = next
    }
    return total
  }
}
