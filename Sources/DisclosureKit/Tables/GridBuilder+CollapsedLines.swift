// One cell per line collapsed into one line: a scraper joined the lines of a
// cell-per-line table with single spaces (`规章 0 0 0 规范性文件 5 5 37 …`), often
// with the whole body on that one line.

extension GridBuilder {
  /// The shortest line considered collapsed: prose lines are shorter.
  static let collapsedMinimumBytes = 200
  /// The fewest space-separated values a collapsed line holds: a table row
  /// of table 3 alone has seven, a sentence of prose a handful.
  static let collapsedMinimumValues = 12

  /// The space-separated pieces of `start..<end` when it is a collapsed
  /// cell-per-line table, each to be read as a line of its own; `nil` otherwise.
  ///
  /// - Complexity: O(n) in the line's bytes.
  func collapsedLines(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [RawCell]? {
    guard end - start >= Self.collapsedMinimumBytes else { return nil }
    var pieces: [RawCell] = []
    var pieceStart = start
    var i = start
    while i <= end {
      if i < end, !Self.mayStartWhitespace(bytes[i]) {
        i += 1
        continue
      }
      let width = i < end ? Self.isWhitespace(bytes, i) : 1
      guard width > 0 else {
        i += 1
        continue
      }
      if i > pieceStart {
        pieces.append(RawCell(start: pieceStart, end: i))
      }
      i += width
      pieceStart = i
    }
    // Prose has few spaces: count pieces before reading any as a value.
    guard pieces.count >= Self.collapsedMinimumValues else { return nil }
    var values = 0
    for piece in pieces where values < Self.collapsedMinimumValues {
      if CellValueParser.isValueLike(bytes, piece.start, piece.end) { values += 1 }
    }
    return values >= Self.collapsedMinimumValues ? pieces : nil
  }
}
