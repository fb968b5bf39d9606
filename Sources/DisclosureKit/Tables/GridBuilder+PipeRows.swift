// Pipe-separated rows (`规章 | 0 | 0 | 0`), tab-separated rows and markdown
// tables (`| a | b |` with `|---|` rule lines).

extension GridBuilder {
  /// The cells of a line separated by `|`, `｜` or tabs; `nil` when the line
  /// has no such separator. Markdown's outer pipes add no empty edge cells.
  func pipeCells(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [RawCell]? {
    var cells: [RawCell] = []
    var cellStart = start
    var i = start
    var found = false
    while i < end {
      var width = 0
      if bytes[i] == 0x7C || bytes[i] == 0x09 {
        width = 1
      } else if bytes[i] == 0xEF, i + 2 < end, bytes[i + 1] == 0xBD, bytes[i + 2] == 0x9C {
        width = 3
      }
      if width > 0 {
        found = true
        cells.append(RawCell(start: cellStart, end: i))
        i += width
        cellStart = i
      } else {
        i += 1
      }
    }
    guard found else { return nil }
    cells.append(RawCell(start: cellStart, end: end))
    // Only a line framed by pipes on both sides is markdown; a trailing
    // pipe alone closes a blank last cell.
    if Self.startsWithPipe(bytes, start, end), Self.endsWithPipe(bytes, start, end), cells.count >= 2 {
      cells.removeFirst()
      cells.removeLast()
    }
    return cells
  }

  /// A markdown rule line (`|---|:---:|`) or a line of box-drawing dashes.
  static func isRuleLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var dashes = 0
    var pipes = 0
    for byte in bytes[start..<end] {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "="): dashes += 1
      case UInt8(ascii: "|"): pipes += 1
      case UInt8(ascii: ":"), UInt8(ascii: "+"), 0x20, 0x09: continue
      default: return false
      }
    }
    return dashes > 0 && (pipes > 0 || dashes >= 3)
  }

  private static func startsWithPipe(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    let (lower, upper) = trimmed(bytes, start, end)
    return lower < upper && (bytes[lower] == 0x7C || isWidePipe(bytes, lower, upper))
  }

  private static func endsWithPipe(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    let (lower, upper) = trimmed(bytes, start, end)
    return lower < upper && (bytes[upper - 1] == 0x7C || upper - lower >= 3 && isWidePipe(bytes, upper - 3, upper))
  }

  /// `｜` (U+FF5C) at `i`.
  private static func isWidePipe(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
    i + 2 < end && bytes[i] == 0xEF && bytes[i + 1] == 0xBD && bytes[i + 2] == 0x9C
  }
}
