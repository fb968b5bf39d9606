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
      // Only these bytes start white space: skip the others without a call.
      guard Self.mayStartWhitespace(bytes[i]) else {
        i += 1
        continue
      }
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
      if spaces >= 2, !Self.separatesBlankCells(bytes, lower, i, runEnd, upper, spaces: spaces) {
        cells.append(RawCell(start: cellStart, end: i))
        cellStart = runEnd
      }
      i = runEnd
    }
    cells.append(RawCell(start: cellStart, end: upper))
    return cells.count > 1 ? cells : nil
  }

  /// Whether the white space `gap..<gapEnd` holds blank cells of a row run
  /// together (`出版物00  0004.`) rather than separates columns: digits on
  /// both sides, one group of which cannot be a cell of its own (`00`).
  /// `LabelSegmenter` then reads the digits and blanks as one run.
  static func separatesBlankCells(
    _ bytes: [UInt8], _ lower: Int, _ gap: Int, _ gapEnd: Int, _ upper: Int, spaces: Int
  ) -> Bool {
    guard spaces <= LabelSegmenter.maxBlankCells else { return false }
    func isDigit(_ k: Int) -> Bool { k >= lower && k < upper && (0x30...0x39).contains(bytes[k]) }
    var left = gap
    while isDigit(left - 1) { left -= 1 }
    var right = gapEnd
    while isDigit(right) { right += 1 }
    guard left < gap, right > gapEnd else { return false }
    return LabelSegmenter.cannotStandAlone(first: UInt32(bytes[left]), length: gap - left)
      || LabelSegmenter.cannotStandAlone(first: UInt32(bytes[gapEnd]), length: right - gapEnd)
  }
}
