// Space-aligned text, as `pdftotext -layout` prints a PDF table: columns
// separated by runs of two or more spaces (ASCII, NBSP or ideographic).

extension GridBuilder {
  /// The cells of a line whose columns are separated by runs of two or more
  /// spaces; `nil` when the line has at most one cell.
  func spaceAlignedCells(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [RawCell]? {
    let (lower, upper) = Self.trimmed(bytes, start, end)
    var cells: [RawCell] = []
    var cellStart = lower
    var i = lower
    while i < upper {
      let width = Self.isWhitespace(bytes, i)
      guard width > 0 else {
        i += 1
        continue
      }
      var runEnd = i
      var spaces = 0
      while runEnd < upper {
        let w = Self.isWhitespace(bytes, runEnd)
        guard w > 0 else { break }
        // One ideographic space is as wide as two ASCII ones.
        spaces += w == 3 ? 2 : 1
        runEnd += w
      }
      if spaces >= 2 {
        cells.append(RawCell(start: cellStart, end: i))
        cellStart = runEnd
      }
      i = runEnd
    }
    cells.append(RawCell(start: cellStart, end: upper))
    return cells.count > 1 ? cells : nil
  }
}
