// The item stream of a grid given directly (a custom extractor aligning an
// unmatched grid, or a test).

extension GridBuilder {
  /// The items of `grid`, each cell classified and segmented like text.
  func items(of grid: TableGrid) -> [TableItem] {
    var items: [TableItem] = []
    for (rowIndex, row) in grid.rows.enumerated() {
      var sawLabel = false
      let structured = row.count > 1
      let rowHasValue = row.contains { !$0.isBlank && CellValueParser.isValueLike($0.text) }
      for (column, cell) in row.enumerated() {
        let bytes = Array(cell.text.utf8)
        let (start, end) = Self.trimmed(bytes, 0, bytes.count)
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let base = cell.range.start
        if CellValueParser.isValueLike(text) {
          if start == end && !(sawLabel || rowHasValue) { continue }
          items.append(
            TableItem(
              kind: .value, text: text, range: SourceRange(start: base + start, end: base + end), grid: 0,
              row: rowIndex, column: column, rowIsStructured: structured))
          continue
        }
        sawLabel = true
        for segment in LabelSegmenter.segments(bytes, start, end) {
          var glued = segment.glued
          if let range = segment.glued?.range {
            glued?.range = SourceRange(start: base + range.start, end: base + range.end)
          }
          // The cell's bytes are not the text's at its range: a label keeps its own text.
          let text = segment.text(in: bytes)
          items.append(
            TableItem(
              kind: segment.kind, text: text,
              range: SourceRange(start: base + segment.range.start, end: base + segment.range.end), grid: 0,
              row: rowIndex, column: column, rowIsStructured: structured,
              key: segment.kind == .label ? LabelMatcher.key(text) : LabelKey(), glued: glued,
              ownsText: segment.kind == .label))
        }
      }
    }
    return items
  }
}
