extension ReportChecks {
  /// Table 2 of the 2021 edition: a row that gives 本年制发件数 or
  /// 本年废止件数 must give 现行有效件数 too (`table2.inForce`).
  ///
  /// Applies to every table whose rows have the `issued`, `repealed` and
  /// `inForce` columns, so a custom template that reuses the keys is checked
  /// the same way. A blank 现行有效件数 next to a stated 制发 or 废止 count is
  /// a warning: the figure was left out, not contradicted.
  ///
  /// - Complexity: O(cells).
  public struct Table2InForce: ReportCheck {
    /// Creates the check.
    public init() {}

    /// One `table2.inForce` warning per row with 制发 or 废止 and a blank 现行有效件数.
    ///
    /// - Parameters:
    ///   - report: The parsed report.
    ///   - context: Unused; the check follows the column keys.
    /// - Returns: The warnings, in table and row order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      var diagnostics: [Diagnostic] = []
      for table in report.tables {
        for row in table.rows {
          guard let inForce = row["inForce"], inForce.state == .blank else { continue }
          let given = ["issued", "repealed"].filter { row[$0]?.value != nil }
          guard !given.isEmpty else { continue }
          let range = inForce.range ?? row.labelRange ?? table.range
          diagnostics.append(
            Diagnostic(
              .table2InForce, .warning,
              "Table 2 row \(row.key) gives \(given.joined(separator: " and ")) but no in-force count (现行有效件数).",
              zh: "表二“\(row.key)”行填写了本年制发或废止件数，但现行有效件数为空。",
              location: Diagnostic.Location(table: table.key, row: row.key, column: "inForce", range: range)))
        }
      }
      return diagnostics
    }
  }
}
