// One cell per line, as a scraper leaves a table it flattened: header
// labels, row labels and values in sequence, blank lines between them. Each
// such line is a row of one cell; the aligner reads the row labels and
// takes the values that follow. Page furniture inside a table (`- 4 -`,
// `第4页`) is dropped here so a table split by a page break joins.

extension GridBuilder {
  /// Whether the line is a page number: `- 4 -`, `—4—`, `第4页`, `第 4 页 共 10 页`.
  static func isPageBreak(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    guard mayStartPageBreak(bytes, start, end) else { return false }
    let line = CellValueParser.trim(String(decoding: bytes[start..<end], as: UTF8.self))
    guard !line.isEmpty, line.count <= 16 else { return false }
    let chars = Array(line)
    let digits = chars.filter(\.isASCIIDigit)
    guard !digits.isEmpty else { return false }
    let dashes: Set<Character> = ["-", "—", "–", "－", "─"]
    if let first = chars.first, let last = chars.last, dashes.contains(first), dashes.contains(last) {
      return chars.allSatisfy { $0.isASCIIDigit || dashes.contains($0) }
    }
    if line.hasPrefix("第"), line.contains("页") {
      return chars.allSatisfy { $0.isASCIIDigit || "第页共".contains($0) }
    }
    return false
  }

  /// Whether the line's first scalar after white space (as
  /// `CellValueParser.trim` drops it) is a dash or `第`: what every page
  /// number starts with. Checked on bytes, so that the lines of prose, all of
  /// which fail it, make no `String`.
  static func mayStartPageBreak(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end {
      let b0 = bytes[i]
      if b0 < 0x80 {
        if b0 == 0x20 || (0x09...0x0D).contains(b0) {
          i += 1
          continue
        }
        return b0 == 0x2D
      }
      let b1: UInt8 = i + 1 < end ? bytes[i + 1] : 0
      let b2: UInt8 = i + 2 < end ? bytes[i + 2] : 0
      switch (b0, b1, b2) {
      // White space: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
      // U+202F, U+205F, U+3000, and the byte-order mark U+FEFF.
      case (0xC2, 0x85, _), (0xC2, 0xA0, _):
        i += 2
      case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9),
        (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80), (0xEF, 0xBB, 0xBF):
        i += 3
      // – — ─ － 第
      case (0xE2, 0x80, 0x93), (0xE2, 0x80, 0x94), (0xE2, 0x94, 0x80), (0xEF, 0xBC, 0x8D), (0xE7, 0xAC, 0xAC):
        return true
      default:
        return false
      }
    }
    return false
  }
}
