// Groups the table-like lines of plain text into grids: a region runs from
// one line of prose to the next and becomes a grid when it holds values.

extension GridBuilder {
  /// Collects the rows of one text region.
  struct RegionBuilder {
    private var rows: [[TableGrid.Cell]] = []
    private var range: SourceRange?
    private var values = 0
    private var glued = 0
    private var structuredRows = 0
    private var pipeRows = 0

    /// Adds one line's items.
    mutating func add(_ items: ArraySlice<TableItem>, lineRange: SourceRange, cells: Int, pipe: Bool = false) {
      guard !items.isEmpty else { return }
      rows.append(items.map { TableGrid.Cell(text: $0.text, range: $0.range) })
      range = range.map { $0.union(lineRange) } ?? lineRange
      values += items.filter { $0.kind == .value }.count
      glued += items.filter { $0.glued != nil }.count
      if cells > 1 { structuredRows += 1 }
      if pipe { pipeRows += 1 }
    }

    /// The grid, when the region holds enough values to be a table.
    func finish() -> TableGrid? {
      guard let range, values + glued >= 3 else { return nil }
      let form: TableGrid.Form =
        if pipeRows * 2 >= rows.count { .pipe } else if structuredRows * 2 >= rows.count {
          .spaceAligned
        } else if glued
          > values
        { .runTogether } else { .cellPerLine }
      return TableGrid(form: form, rows: rows, range: range)
    }
  }
}
