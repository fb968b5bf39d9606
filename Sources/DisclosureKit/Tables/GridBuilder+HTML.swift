// HTML tables arrive from the Input stage as grids with spans expanded,
// every cell pointing into the text. Their rendered lines are not read again
// as pipe text.

extension GridBuilder {
  /// Appends the items and the grid of one HTML table.
  func appendHTML(_ table: SourceDocument.Table, bytes: [UInt8], row: inout Int, into output: inout Output) {
    let gridIndex = output.grids.count
    var rows: [[TableGrid.Cell]] = []
    for cells in table.rows {
      var raw: [RawCell] = []
      var gridRow: [TableGrid.Cell] = []
      for cell in cells {
        let lower = max(0, min(cell.range.start, bytes.count))
        let upper = max(lower, min(cell.range.end, bytes.count))
        // A span copy repeats its original's text under another column; as a
        // label it is read once, as a value it keeps its place.
        raw.append(RawCell(start: lower, end: upper))
        gridRow.append(TableGrid.Cell(text: cell.text, range: SourceRange(start: lower, end: upper)))
      }
      appendHTMLRow(cells, raw: raw, bytes: bytes, grid: gridIndex, row: row, into: &output.items)
      rows.append(gridRow)
      row += 1
    }
    output.grids.append(TableGrid(form: .html, rows: rows, range: table.range))
  }

  private func appendHTMLRow(
    _ cells: [SourceDocument.Cell], raw: [RawCell], bytes: [UInt8], grid: Int, row: Int, into items: inout [TableItem]
  ) {
    var kept: [RawCell] = []
    var columns: [Int] = []
    for (index, cell) in cells.enumerated() {
      // Label copies made by a rowspan or colspan repeat a header: keep values only.
      if cell.isSpanCopy, !CellValueParser.isValueLike(cell.text) { continue }
      if index > 0, cell.isSpanCopy, cells[index - 1].range == cell.range { continue }
      kept.append(raw[index])
      columns.append(index)
    }
    let before = items.count
    appendRow(kept, bytes: bytes, grid: grid, row: row, into: &items)
    // Keep each item's column as the grid's, so headers line up with values.
    var k = before
    for (position, cell) in kept.enumerated() {
      while k < items.count, items[k].range.start >= cell.start, items[k].range.end <= max(cell.end, cell.start) {
        items[k].column = columns[position]
        items[k].rowIsStructured = true
        k += 1
      }
    }
  }
}
