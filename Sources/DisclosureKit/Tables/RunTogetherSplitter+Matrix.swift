// The combination search evaluates the column identities thousands of
// times; it does so on a matrix of integers with the identities compiled to
// cell positions, not on ReportTable (whose lookups are by key).

extension RunTogetherSplitter {
  /// The table's values by template row and column position: `nil` where a
  /// cell is missing or unreadable (an identity instance reading it is
  /// skipped), 0 where it is blank (counted as 0, as ``Identity`` does).
  struct Matrix {
    var values: [[Int?]]
    /// Each column identity instance as the cells it sums.
    var instances: [(lhs: [(Int, Int)], rhs: [(Int, Int)], relation: Identity)]

    init(_ table: ReportTable, template: TableTemplate) {
      values = template.rows.map { row in
        let cells = table[row: row.key]?.cells ?? []
        return template.columnKeys(of: row).map { key in
          guard let cell = cells.first(where: { $0.column == key }) else { return nil }
          switch cell.state {
          case .value: return cell.value
          case .blank: return 0
          case .unreadable, .missing: return nil
          }
        }
      }
      var instances: [(lhs: [(Int, Int)], rhs: [(Int, Int)], relation: Identity)] = []
      let rowIndex = Dictionary(template.rows.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
      for identity in template.identities where identity.scope == .eachColumn {
        guard let first = (identity.lhs + identity.rhs).lazy.compactMap({ rowIndex[$0] }).first else { continue }
        let axis = identity.only ?? template.columnKeys(of: template.rows[first])
        for column in axis {
          func cells(_ names: [String]) -> [(Int, Int)]? {
            var out: [(Int, Int)] = []
            for name in names {
              guard let r = rowIndex[name], let c = template.columnKeys(of: template.rows[r]).firstIndex(of: column)
              else { return nil }
              out.append((r, c))
            }
            return out
          }
          if let lhs = cells(identity.lhs), let rhs = cells(identity.rhs) {
            instances.append((lhs, rhs, identity))
          }
        }
      }
      self.instances = instances
    }

    /// Sets the cells of template row `row`.
    mutating func set(row: Int, _ cells: ArraySlice<Int>) {
      guard row < values.count else { return }
      for (c, value) in zip(values[row].indices, cells) { values[row][c] = value }
    }

    /// The number of column identity instances that fail.
    func failures() -> Int {
      var failed = 0
      for instance in instances {
        guard let left = sum(instance.lhs), let right = sum(instance.rhs) else { continue }
        if !instance.relation.relationHolds(left, right) { failed += 1 }
      }
      return failed
    }

    private func sum(_ cells: [(Int, Int)]) -> Int? {
      var total = 0
      for (r, c) in cells {
        guard r < values.count, c < values[r].count, let value = values[r][c] else { return nil }
        let (next, overflow) = total.addingReportingOverflow(value)
        guard !overflow else { return nil }
        total = next
      }
      return total
    }

    /// The value at template row `r`, column `c`.
    func value(_ r: Int, _ c: Int) -> Int? {
      r < values.count && c < values[r].count ? values[r][c] : nil
    }
  }
}
