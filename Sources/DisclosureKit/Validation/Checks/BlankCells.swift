extension ReportChecks {
  /// Notes, once per table, the cells left blank in the source
  /// (`table.blankCells`, info).
  ///
  /// Blank cells are reported as `null`, never as 0; arithmetic counts them
  /// as 0, which ``TableIdentities`` notes separately when it matters. A
  /// table already noted by an earlier stage is not noted again.
  ///
  /// - Complexity: O(cells).
  public struct BlankCells: ReportCheck {
    /// Creates the check.
    public init() {}

    /// One `table.blankCells` note per table with blank cells, naming the first five.
    ///
    /// - Parameters:
    ///   - report: The parsed report.
    ///   - context: Unused; blank cells need no template.
    /// - Returns: The notes, in table order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      let noted = Set(
        report.diagnostics.lazy.filter { $0.code == .blankCells }.compactMap { $0.location?.table })
      var diagnostics: [Diagnostic] = []
      for table in report.tables where !noted.contains(table.key) {
        var blanks: [(row: String, cell: ReportTable.Cell)] = []
        for row in table.rows {
          for cell in row.cells where cell.state == .blank { blanks.append((row.key, cell)) }
        }
        guard let first = blanks.first else { continue }
        let shown = blanks.prefix(5).map { "\($0.row).\($0.cell.column)" }.joined(separator: ", ")
        let more = blanks.count > 5 ? ", …" : ""
        diagnostics.append(
          Diagnostic(
            .blankCells, .info,
            "\(blanks.count) cell(s) of \(table.key) are blank and reported as null: \(shown)\(more).",
            zh: "\(table.key)表有\(blanks.count)个单元格为空，输出为null：\(shown)\(more)。",
            location: Diagnostic.Location(
              table: table.key, row: blanks.count == 1 ? first.row : nil,
              column: blanks.count == 1 ? first.cell.column : nil, range: first.cell.range ?? table.range)))
      }
      return diagnostics
    }
  }
}
