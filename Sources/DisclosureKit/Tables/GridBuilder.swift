/// Rebuilds the tables of a report from whatever form the scraper left:
/// HTML grids, pipe or tab rows, markdown, space-aligned text, one cell per
/// line, and cells run together with no separator.
///
/// The builder does not decide which lines are tables: it turns the whole
/// text into one stream of labels and values (``TableItem``) in document
/// order, and groups table-like lines into ``TableGrid``s. The aligner finds
/// each template's rows in the stream by their labels. Page-break lines
/// (`- 4 -`, `第4页`) are dropped, so a table split by a page break reads as one.
struct GridBuilder: Sendable {
  var limits: ParseLimits

  /// What the builder produced.
  struct Output: Sendable {
    var items: [TableItem] = []
    var grids: [TableGrid] = []
    /// The normalised text's UTF-8 bytes, which the items' ranges index.
    var bytes: [UInt8] = []
  }

  /// One line's cells before classification.
  struct RawCell {
    var start: Int
    var end: Int
  }

  /// Builds the stream and grids of `text`.
  ///
  /// - Complexity: O(n) in the text's bytes.
  func build(_ text: NormalizedText) -> Output {
    let bytes = Array(text.text.utf8)
    var output = Output()
    output.bytes = bytes
    var rowNumber = 0
    let htmlTables = text.tables.sorted { $0.range.start < $1.range.start }
    var nextTable = 0
    var region = RegionBuilder()
    func flushRegion() {
      if let grid = region.finish(bytes) {
        output.grids.append(grid)
      }
      region = RegionBuilder()
    }
    func handleLine(_ start: Int, _ end: Int) {
      // HTML tables come from their grids; their rendered lines are skipped.
      while nextTable < htmlTables.count, htmlTables[nextTable].range.end <= start {
        nextTable += 1
      }
      if nextTable < htmlTables.count, htmlTables[nextTable].range.start <= start {
        return
      }
      let lineEnd = min(end, start + limits.maxLineBytes)
      if lineEnd <= start || Self.isBlank(bytes, start, lineEnd) { return }
      if Self.isPageBreak(bytes, start, lineEnd) || Self.isRuleLine(bytes, start, lineEnd) { return }
      // One pass says which of the line readers can find anything: most
      // lines, prose, have no separator and no white space inside.
      let shape = Self.shape(bytes, start, lineEnd)
      let pipe = shape.hasSeparator ? pipeCells(bytes, start, lineEnd) : nil
      let cells =
        pipe ?? (shape.hasWhitespace ? spaceAlignedCells(bytes, start, lineEnd) : nil)
        ?? [RawCell(start: start, end: lineEnd)]
      if pipe == nil, cells.count == 1, shape.hasWhitespace, let pieces = collapsedLines(bytes, start, lineEnd) {
        for piece in pieces { handleLine(piece.start, piece.end) }
        return
      }
      let isProse = cells.count == 1 && (shape.hasFullStop || Self.isLongProse(bytes, start, lineEnd))
      if isProse { flushRegion() }
      let gridIndex = -1
      let before = output.items.count
      appendRow(cells, bytes: bytes, grid: gridIndex, row: rowNumber, into: &output.items)
      rowNumber += 1
      if !isProse {
        region.add(
          output.items[before...], lineRange: SourceRange(start: start, end: lineEnd), cells: cells.count,
          pipe: pipe != nil)
      }
    }
    var tableIndex = 0
    var lineStart = 0
    while true {
      // Emit HTML tables when the text reaches them, in document order.
      while tableIndex < htmlTables.count, htmlTables[tableIndex].range.start <= lineStart {
        flushRegion()
        appendHTML(htmlTables[tableIndex], bytes: bytes, row: &rowNumber, into: &output)
        tableIndex += 1
      }
      let newline = Self.newline(in: bytes, from: lineStart)
      var end = newline
      if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
      handleLine(lineStart, end)
      guard newline < bytes.count else { break }
      lineStart = newline + 1
    }
    flushRegion()
    while tableIndex < htmlTables.count {
      appendHTML(htmlTables[tableIndex], bytes: bytes, row: &rowNumber, into: &output)
      tableIndex += 1
    }
    return output
  }

  /// Splits one line into cells: pipes or tabs first, then runs of two or
  /// more spaces, else the whole line is one cell.
  func splitLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [RawCell] {
    if let cells = pipeCells(bytes, start, end) { return cells }
    if let cells = spaceAlignedCells(bytes, start, end) { return cells }
    return [RawCell(start: start, end: end)]
  }

  /// Turns one row's cells into items.
  func appendRow(_ cells: [RawCell], bytes: [UInt8], grid: Int, row: Int, into items: inout [TableItem]) {
    let structured = cells.count > 1
    var sawLabel = false
    let texts = cells.map { cell in
      let (start, end) = Self.trimmed(bytes, cell.start, cell.end)
      return (start, end, CellValueParser.isValueLike(bytes, start, end))
    }
    let rowHasValue = texts.contains { $0.0 < $0.1 && $0.2 }
    for (column, (start, end, valueLike)) in texts.enumerated() {
      if valueLike {
        // A blank cell is a value only after a label in the same row, or in
        // a row of values: a blank corner of a header is nothing.
        if start == end && !(sawLabel || rowHasValue) { continue }
        items.append(
          TableItem(
            kind: .value, text: String(decoding: bytes[start..<end], as: UTF8.self),
            range: SourceRange(start: start, end: end), grid: grid, row: row, column: column,
            rowIsStructured: structured))
      } else {
        sawLabel = true
        for segment in LabelSegmenter.segments(bytes, start, end) {
          // Every segment of a label cell is a label item: digits set off
          // inside it (`1e309`'s `1`) are no cell of their own, and key to
          // nothing. A segment of the scalar path (a cell cut inside a
          // scalar) holds its repaired text, which its key is made from.
          var item = TableItem(
            kind: .label, text: segment.text ?? "", range: segment.range, grid: grid, row: row, column: column,
            rowIsStructured: structured, glued: segment.glued, ownsText: segment.text != nil)
          if segment.kind == .label {
            item.key =
              segment.text.map { LabelMatcher.key($0) }
              ?? LabelMatcher.key(bytes, segment.range.start, segment.range.end)
          }
          items.append(item)
        }
      }
    }
  }

  /// Whether `byte` can start what ``isWhitespace(_:_:)`` reads as white space.
  @inline(__always)
  static func mayStartWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0xC2 || byte == 0xE3 || byte == 0xEF
  }

  static func isWhitespace(_ bytes: [UInt8], _ i: Int) -> Int {
    guard i < bytes.count else { return 0 }
    switch bytes[i] {
    case 0x20, 0x09, 0x0D: return 1
    case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: return 2
    case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80: return 3
    case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF: return 3
    default: return 0
    }
  }

  /// `start..<end` without leading and trailing white space.
  static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
    var lower = start
    var upper = end
    while lower < upper {
      let width = isWhitespace(bytes, lower)
      guard width > 0, lower + width <= upper else { break }
      lower += width
    }
    while upper > lower {
      var matched = false
      for width in [1, 2, 3] where upper - width >= lower && isWhitespace(bytes, upper - width) == width {
        upper -= width
        matched = true
        break
      }
      if !matched { break }
    }
    return (lower, upper)
  }

  static func isBlank(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    let (lower, upper) = trimmed(bytes, start, end)
    return lower == upper
  }

  /// The offset of the first `\n` at or after `start`, or the end.
  static func newline(in bytes: [UInt8], from start: Int) -> Int {
    // Every byte of the text is looked at: the loop reads raw bytes. Safe by
    // construction: `i < count` before each read.
    bytes.withUnsafeBufferPointer { bytes in
      var i = max(0, start)
      while i < bytes.count {
        let byte = bytes[i]
        if byte == 0x0A { break }
        // An ideograph's other two bytes are continuation bytes: skip them.
        i += (0xE4...0xE9).contains(byte) ? 3 : 1
      }
      return min(i, bytes.count)
    }
  }

  /// What one pass over a line finds: a cell separator (what `pipeCells`
  /// splits at), white space (what `isWhitespace` reads), a `。`.
  struct LineShape {
    var hasSeparator = false
    var hasWhitespace = false
    var hasFullStop = false
  }

  /// The shape of `bytes[start..<end]`, by the same tests the readers make
  /// (`isWhitespace` looks past `end`, up to the text's end, as here).
  static func shape(_ bytes: [UInt8], _ start: Int, _ end: Int) -> LineShape {
    var shape = LineShape()
    let lower = max(0, start)
    let upper = min(end, bytes.count)
    // Every byte of every line is looked at: the loop reads raw bytes. Safe
    // by construction: `i < upper <= count` before each read at `i`, and
    // each read past it is guarded against `count`.
    bytes.withUnsafeBufferPointer { bytes in
      let count = bytes.count
      var i = lower
      while i < upper {
        switch bytes[i] {
        case 0xE4...0xE9:
          // An ideograph: its two other bytes are continuation bytes, none
          // of the bytes looked for.
          i += 3
          continue
        case 0x7C:
          shape.hasSeparator = true
        case 0x09:
          shape.hasSeparator = true
          shape.hasWhitespace = true
        case 0x20, 0x0D:
          shape.hasWhitespace = true
        case 0xC2:
          if i + 1 < count, bytes[i + 1] == 0xA0 { shape.hasWhitespace = true }
        case 0xE3:
          if i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { shape.hasWhitespace = true }
          if i + 2 < upper, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { shape.hasFullStop = true }
        case 0xEF:
          if i + 2 < count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { shape.hasWhitespace = true }
          if i + 2 < upper, bytes[i + 1] == 0xBD, bytes[i + 2] == 0x9C { shape.hasSeparator = true }
        default:
          break
        }
        i += 1
      }
    }
    return shape
  }

  /// A sentence of prose: it ends a table region. Long lines that hold
  /// digits run together are not prose: a scraper may have put a whole
  /// table on one line.
  static func isProse(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    // `。` is whole in the line's bytes, whether or not the line was cut
    // inside a scalar: the search on bytes is the search on the `String`.
    _TableBytes.contains(bytes, start, end, Self.fullStop) || isLongProse(bytes, start, end)
  }

  /// `isProse` of a line with no `。`.
  static func isLongProse(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    // A line cannot hold more characters than bytes: count only long lines.
    guard end - start > 120 else { return false }
    let lower = max(0, min(start, bytes.count))
    let upper = max(lower, min(end, bytes.count))
    if _TableBytes.isWholeScalars(bytes, lower, upper) {
      let isInert = bytes[lower..<upper].withUnsafeBufferPointer { LabelMatcher.KeyFilter.isInert($0) }
      if isInert {
        // Each scalar is a character of its own, and an ASCII digit one.
        var characters = 0
        var i = lower
        while i < upper {
          if (0x30...0x39).contains(bytes[i]) { return false }
          if bytes[i] & 0xC0 != 0x80 { characters += 1 }
          i += 1
        }
        return characters > 120
      }
    }
    let line = String(decoding: bytes[lower..<upper], as: UTF8.self)
    return line.count > 120 && !line.contains(where: \.isASCIIDigit)
  }

  private static let fullStop: [UInt8] = Array("。".utf8)
}
