import DisclosureKit

/// The line of a report's normalised text a range falls on, shown with a
/// caret under the range, as a compiler shows a source error:
///
/// ```
///   41 | 一、本年新收政府信息公开申请数量 | 2 | 0 | 3
///      |                                  ^
/// ```
///
/// Chinese characters take two columns on a terminal, so carets are placed by
/// display width, not by character count. Scraped reports often hold a whole
/// body on one line; only a window around the range is shown then, with `…`
/// where the line was cut.
struct SourceExcerpt {
  private let bytes: [UInt8]
  /// The byte offset where each line starts; the first is 0.
  private let lineStarts: [Int]

  /// The most display columns of a line shown.
  var maxColumns = 100
  /// The most display columns kept before the range when the line is cut.
  var leadingColumns = 60

  /// - Complexity: O(n) in the text's bytes.
  init(_ text: String) {
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// The 1-based number of the line holding `offset`.
  ///
  /// - Complexity: O(log n) in the number of lines.
  func lineNumber(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count
    while low < high {
      let mid = low + (high - low) / 2
      if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
    }
    return max(low, 1)
  }

  /// The two lines showing `range`: the source line, and the caret line under
  /// it. A range running past its first line is underlined to the line's end.
  /// `nil` when the range lies outside the text.
  ///
  /// - Parameter gutter: The width of the line-number column.
  /// - Complexity: O(``maxColumns``) past the line lookup, whatever the line's length.
  func render(_ range: SourceRange, gutter: Int? = nil) -> [String]? {
    guard range.start >= 0, range.start <= bytes.count else { return nil }
    let number = lineNumber(of: range.start)
    let lineStart = lineStarts[number - 1]
    var lineEnd = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
    if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
    let start = min(max(range.start, lineStart), lineEnd)
    let end = min(max(range.end, start), lineEnd)

    // Decode only a bounded window of bytes around the range: at most four
    // bytes per column on either side is enough to fill the columns shown.
    let windowStart = boundary(atOrAfter: max(lineStart, start - leadingColumns * 4), limit: start)
    let windowEnd = boundary(atOrBefore: min(lineEnd, end + maxColumns * 4), limit: end)
    let before = Self.cells(bytes[windowStart..<start])
    let marked = Self.cells(bytes[start..<end])
    let after = Self.cells(bytes[end..<windowEnd])

    // Keep at most `leadingColumns` before the range, and cut the rest at `maxColumns`.
    var shownBefore = before[...]
    var cutBefore = windowStart > lineStart
    var widthBefore = before.reduce(0) { $0 + $1.width }
    while widthBefore > leadingColumns, let first = shownBefore.first {
      widthBefore -= first.width
      shownBefore = shownBefore.dropFirst()
      cutBefore = true
    }
    var line = cutBefore ? "…" : ""
    var caretIndent = cutBefore ? 1 : 0
    var columns = caretIndent
    for cell in shownBefore {
      line += cell.text
      columns += cell.width
      caretIndent += cell.width
    }
    var caretWidth = 0
    var cutAfter = false
    for cell in marked + after {
      guard columns + cell.width <= maxColumns else {
        cutAfter = true
        break
      }
      line += cell.text
      columns += cell.width
    }
    for cell in marked {
      guard caretIndent + caretWidth + cell.width <= maxColumns else { break }
      caretWidth += cell.width
    }
    if cutAfter || windowEnd < lineEnd { line += "…" }

    let label = String(number)
    let width = max(gutter ?? label.count, label.count)
    let pad = String(repeating: " ", count: width - label.count)
    let blank = String(repeating: " ", count: width)
    return [
      "\(pad)\(label) | \(line)",
      "\(blank) | " + String(repeating: " ", count: caretIndent) + String(repeating: "^", count: max(caretWidth, 1)),
    ]
  }

  /// The first scalar boundary at or after `offset`, not past `limit`.
  private func boundary(atOrAfter offset: Int, limit: Int) -> Int {
    var offset = offset
    while offset < limit, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
    return offset
  }

  /// The last scalar boundary at or before `offset`, not before `limit`.
  private func boundary(atOrBefore offset: Int, limit: Int) -> Int {
    var offset = offset
    while offset > limit, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  private struct Cell {
    var text: String
    var width: Int
  }

  private static func cells(_ slice: ArraySlice<UInt8>) -> [Cell] {
    String(decoding: slice, as: UTF8.self).map { character in
      // A tab would move the caret line out of step; show it as one space.
      if character == "\t" { return Cell(text: " ", width: 1) }
      return Cell(text: String(character), width: displayWidth(of: character))
    }
  }

  /// The columns a character takes on a terminal: 2 for East Asian wide and
  /// full-width characters, 0 for a lone combining mark or control, else 1.
  static func displayWidth(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control, .format: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
