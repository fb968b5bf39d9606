/// Says which edition of a template a report should use, when the text
/// names its year, and whether the table found follows it.
///
/// The table's own edition comes from its headers (``TableTemplate/editionMarkers``:
/// `本年新制作数量` vs `本年制发件数`, one or three 其他处理 rows). The
/// report's year comes from its title line (`…2021年政府信息公开工作年度报告`);
/// a report for 2021 that prints the 2019 table gets `table.editionMismatch`.
/// When the text names no year, nothing is said here: the checks, which
/// know the metadata, decide.
enum EditionDetector {
  /// The year of the first title-like line among the first bytes of `text`.
  static func reportYear(in text: String) -> Int? {
    let head = String(decoding: text.utf8.prefix(4096), as: UTF8.self)
    // The lines of `split(whereSeparator: \.isNewline)`, cut on bytes one at
    // a time: the title is usually the first. A newline scalar is always a
    // character of its own but for CR LF, which leaves an empty line here
    // that the split would not have either.
    let utf8 = head.utf8
    var lineStart = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      guard let width = newlineWidth(utf8, at: index) else {
        index = utf8.index(after: index)
        continue
      }
      if lineStart < index, let year = year(inTitle: head[lineStart..<index]) { return year }
      index = utf8.index(index, offsetBy: width)
      lineStart = index
    }
    return lineStart < utf8.endIndex ? year(inTitle: head[lineStart...]) : nil
  }

  /// The width of the newline scalar at `index` (`\n`, VT, FF, `\r`, NEL,
  /// U+2028, U+2029), if there is one.
  private static func newlineWidth(_ utf8: String.UTF8View, at index: String.Index) -> Int? {
    let byte = utf8[index]
    if (0x0A...0x0D).contains(byte) { return 1 }
    guard byte == 0xC2 || byte == 0xE2 else { return nil }
    let second = utf8.index(after: index)
    guard second < utf8.endIndex else { return nil }
    if byte == 0xC2 { return utf8[second] == 0x85 ? 2 : nil }
    let third = utf8.index(after: second)
    guard utf8[second] == 0x80, third < utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 else { return nil }
    return 3
  }

  /// The year of a line that names an annual report: four digits before 年.
  private static func year(inTitle line: Substring) -> Int? {
    guard line.utf8Contains("年度报告") || line.utf8Contains("年报") else { return nil }
    let chars = Array(line)
    var i = 0
    while i + 4 < chars.count {
      let digits = chars[i..<(i + 4)]
      if digits.allSatisfy(\.isASCIIDigit), chars[i + 4] == "年", i == 0 || !chars[i - 1].isASCIIDigit,
        let year = Int(String(digits)), (2000...2100).contains(year)
      {
        return year
      }
      i += 1
    }
    return nil
  }

  /// The edition a report of `year` should use among `editions`: the
  /// latest that is not after the year.
  static func expectedEdition(for year: Int, among editions: [Int]) -> Int? {
    editions.filter { $0 <= year }.max()
  }

  /// A `table.editionMismatch` when `table`'s edition is not the one its
  /// year calls for.
  static func mismatch(_ table: ReportTable, year: Int, editions: [Int]) -> Diagnostic? {
    guard let edition = table.edition, let expected = expectedEdition(for: year, among: editions),
      expected != edition
    else { return nil }
    return Diagnostic(
      .editionMismatch, .warning,
      "The \(year) report prints the \(edition) edition of \(table.key); the \(expected) edition applies",
      zh: "\(year)年度报告使用了\(edition)版的表格，应使用\(expected)版",
      location: Diagnostic.Location(table: table.key, range: table.range))
  }
}
