/// A data table while it is being read: raw rows of cells as written, before
/// spans are expanded.
struct _HTMLTableState {
  struct RawCell {
    var range: Range<Int>
    var rowspan: Int
    var colspan: Int
  }
  struct RawRow {
    var cells: [RawCell]
    /// Where the row's line ends in the rendered text.
    var end: Int
  }

  var start: Int
  var rows: [RawRow] = []
  var currentRow: [RawCell]?
  /// The open cell's start in the rendered text and its spans.
  var openCell: (start: Int, rowspan: Int, colspan: Int)?
}

extension _HTMLRenderer {
  var cellIsEmpty: Bool {
    guard let cell = dataTable?.openCell else { return false }
    return out.count == cell.start
  }

  mutating func openTable(at source: Int) {
    let ordinal = tableOrdinal
    tableOrdinal += 1
    guard tableStack.count < limits.maxNesting else {
      ignoredTables += 1
      if !reportedNesting {
        reportedNesting = true
        diagnostics.append(
          Diagnostic(
            .limitReached, .warning,
            "Tables nested deeper than \(limits.maxNesting) levels were read as plain text.",
            zh: "表格嵌套超过\(limits.maxNesting)层，内层表格按正文读取。"))
      }
      return newline(at: source)
    }
    newline(at: source)
    let isLayout = ordinal < layoutTables.count ? layoutTables[ordinal] : false
    tableStack.append(isLayout ? nil : _HTMLTableState(start: out.count))
  }

  mutating func closeTable(at source: Int) {
    if ignoredTables > 0 {
      ignoredTables -= 1
      return newline(at: source)
    }
    guard let top = tableStack.popLast() else { return newline(at: source) }
    inCaption = false
    if var table = top {
      closeRow(&table, at: source)
      if let grid = expand(table) { tables.append(grid) }
    }
    newline(at: source)
  }

  mutating func startRow(_ table: inout _HTMLTableState, at source: Int) {
    newline(at: source)
    table.currentRow = []
  }

  mutating func closeRow(_ table: inout _HTMLTableState, at source: Int) {
    closeCell(&table, at: source)
    guard let cells = table.currentRow else { return }
    table.currentRow = nil
    if !cells.isEmpty { table.rows.append(_HTMLTableState.RawRow(cells: cells, end: out.count)) }
    newline(at: source)
  }

  mutating func openCell(_ table: inout _HTMLTableState, at source: Int, attributes: Range<Int>) {
    beginContent()
    if let row = table.currentRow, !row.isEmpty {
      out.replace(at: source, with: Array(" | ".utf8))
    } else if table.rows.isEmpty {
      table.start = out.count
    }
    lineHasContent = true
    pendingSpace = nil
    joinInCell = false
    let rowspan = span("rowspan", in: attributes)
    let colspan = span("colspan", in: attributes)
    table.openCell = (out.count, rowspan, colspan)
  }

  mutating func closeCell(_ table: inout _HTMLTableState, at source: Int) {
    guard let cell = table.openCell else { return }
    pendingSpace = nil
    joinInCell = false
    table.openCell = nil
    let raw = _HTMLTableState.RawCell(range: cell.start..<out.count, rowspan: cell.rowspan, colspan: cell.colspan)
    table.currentRow?.append(raw)
  }

  /// The value of a `rowspan` or `colspan` attribute: invalid, zero or
  /// negative is 1; larger than ``ParseLimits/maxSpan`` is clamped.
  mutating func span(_ name: String, in attributes: Range<Int>) -> Int {
    let key = Array(name.utf8)
    var index = attributes.lowerBound
    while index + key.count <= attributes.upperBound {
      let matches = zip(html[index..<(index + key.count)], key).allSatisfy { ($0 | 0x20) == $1 }
      guard matches else {
        index += 1
        continue
      }
      var cursor = index + key.count
      func skip(_ bytes: Set<UInt8>) {
        while cursor < attributes.upperBound, bytes.contains(html[cursor]) { cursor += 1 }
      }
      skip([0x20, 0x09, 0x0A, 0x0D])
      guard cursor < attributes.upperBound, html[cursor] == UInt8(ascii: "=") else { return 1 }
      cursor += 1
      skip([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'")])
      var value = 0
      var digits = 0
      while cursor < attributes.upperBound, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(html[cursor]) {
        if value <= limits.maxSpan {
          // Stop growing once past the cap; a caller's cap near Int.max must not overflow.
          let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
          let (sum, carried) = shifted.addingReportingOverflow(Int(html[cursor] - UInt8(ascii: "0")))
          value = overflowed || carried ? Int.max : sum
        }
        digits += 1
        cursor += 1
      }
      guard digits > 0, value > 0 else { return 1 }
      if value > limits.maxSpan {
        noteLimit("A \(name) of more than \(limits.maxSpan) was clamped to \(limits.maxSpan).")
        return max(1, limits.maxSpan)
      }
      return value
    }
    return 1
  }

  mutating func noteLimit(_ message: String) {
    guard !diagnostics.contains(where: { $0.message == message }) else { return }
    diagnostics.append(Diagnostic(.limitReached, .warning, message))
  }

  /// Expands row and column spans into a rectangular grid.
  ///
  /// A cell with `colspan` n fills n columns, one with `rowspan` n the same
  /// column in n rows (clipped at the table's end); the extra positions are
  /// copies (``SourceDocument/Cell/isSpanCopy``) pointing at the original's
  /// range. Short rows are padded with blank cells at the end of their line.
  /// Expansion stops at ``ParseLimits/maxTableCells``.
  mutating func expand(_ table: _HTMLTableState) -> SourceDocument.Table? {
    guard !table.rows.isEmpty else { return nil }
    let cap = max(0, limits.maxTableCells)
    var grid: [[SourceDocument.Cell]] = []
    var rowEnds: [Int] = []
    var carry: [(remaining: Int, cell: SourceDocument.Cell)?] = []
    var total = 0
    var truncated = false
    rows: for row in table.rows {
      var cells: [SourceDocument.Cell?] = []
      var column = 0
      func takeCarry() -> Bool {
        guard column < carry.count, let pending = carry[column], pending.remaining > 0 else { return false }
        cells.append(pending.cell)
        carry[column] = pending.remaining > 1 ? (pending.remaining - 1, pending.cell) : nil
        column += 1
        return true
      }
      for raw in row.cells {
        while takeCarry() {}
        let text = String(decoding: out.bytes[raw.range], as: UTF8.self)
        let original = SourceDocument.Cell(
          text: text, range: SourceRange(start: raw.range.lowerBound, end: raw.range.upperBound))
        var copy = original
        copy.isSpanCopy = true
        for offset in 0..<raw.colspan {
          if total + cells.count >= cap {
            truncated = true
            break rows
          }
          while carry.count <= column { carry.append(nil) }
          cells.append(offset == 0 ? original : copy)
          carry[column] = raw.rowspan > 1 ? (raw.rowspan - 1, copy) : nil
          column += 1
        }
      }
      while column < carry.count {
        if !takeCarry() {
          cells.append(nil)
          column += 1
        }
      }
      let blank = SourceDocument.Cell(text: "", range: SourceRange(start: row.end, end: row.end))
      grid.append(cells.map { $0 ?? blank })
      rowEnds.append(row.end)
      total += cells.count
    }
    let width = grid.map(\.count).max() ?? 0
    guard width > 0 else { return nil }
    // Padding short rows must not inflate the grid past the cap either.
    let maxRows = max(1, cap / width)
    if grid.count > maxRows {
      grid.removeLast(grid.count - maxRows)
      rowEnds.removeLast(rowEnds.count - maxRows)
      truncated = true
    }
    if truncated {
      noteLimit("A table was cut at \(cap) cells (ParseLimits.maxTableCells).")
    }
    for index in grid.indices where grid[index].count < width {
      let blank = SourceDocument.Cell(text: "", range: SourceRange(start: rowEnds[index], end: rowEnds[index]))
      grid[index].append(contentsOf: repeatElement(blank, count: width - grid[index].count))
    }
    let end = rowEnds.last ?? table.start
    return SourceDocument.Table(rows: grid, range: SourceRange(start: table.start, end: end))
  }
}
