// One cell per line, as a scraper leaves a table it flattened: header
// labels, row labels and values in sequence, blank lines between them. Each
// such line is a row of one cell; the aligner reads the row labels and
// takes the values that follow. Page furniture inside a table (`- 4 -`,
// `第4页`) is dropped here so a table split by a page break joins.

extension GridBuilder {
  /// Whether the line is a page number: `- 4 -`, `—4—`, `第4页`, `第 4 页 共 10 页`.
  static func isPageBreak(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
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
}
