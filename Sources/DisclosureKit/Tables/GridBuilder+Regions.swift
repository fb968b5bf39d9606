// Groups the table-like lines of plain text into grids: a region runs from
// one line of prose to the next and becomes a grid when it holds values.

extension GridBuilder {
  /// Collects the rows of one text region.
  struct RegionBuilder {
    /// The rows' items; their cells are made only for a region that is a
    /// table (most regions are a line or two between paragraphs).
    private var rows: [[TableItem]] = []
    private var range: SourceRange?
    private var values = 0
    private var glued = 0
    private var structuredRows = 0
    private var pipeRows = 0

    /// Adds one line's items.
    mutating func add(_ items: ArraySlice<TableItem>, lineRange: SourceRange, cells: Int, pipe: Bool = false) {
      guard !items.isEmpty else { return }
      rows.append(Array(items))
      range = range.map { $0.union(lineRange) } ?? lineRange
      values += items.count { $0.kind == .value }
      glued += items.count { $0.glued != nil }
      if cells > 1 { structuredRows += 1 }
      if pipe { pipeRows += 1 }
    }

    /// The grid, when the region holds enough values to be a table; the
    /// labels' texts are read from `bytes`, the normalised text's.
    func finish(_ bytes: [UInt8]) -> TableGrid? {
      guard let range, values + glued >= 3 else { return nil }
      let form: TableGrid.Form =
        if pipeRows * 2 >= rows.count { .pipe } else if structuredRows * 2 >= rows.count {
          .spaceAligned
        } else if glued
          > values
        { .runTogether } else { .cellPerLine }
      let cells = rows.map { row in row.map { TableGrid.Cell(text: $0.text(in: bytes), range: $0.range) } }
      return TableGrid(form: form, rows: cells, range: range)
    }
  }
}
