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
    reportYear(in: Array(text.utf8))
  }

  /// The most bytes of a text looked at for its title.
  static let headBytes = 4096

  /// ``reportYear(in:)-(String)`` on the UTF-8 bytes of the text (valid
  /// UTF-8, as a `String`'s are).
  static func reportYear(in bytes: [UInt8]) -> Int? {
    let count = min(bytes.count, headBytes)
    // The lines of `split(whereSeparator: \.isNewline)`, cut on bytes one at
    // a time: the title is usually the first. A newline scalar is always a
    // character of its own but for CR LF, which leaves an empty line here
    // that the split would not have either. A scalar cut at `headBytes` is
    // no newline, no digit and no 年, on bytes as in the repaired `String`.
    var lineStart = 0
    var index = 0
    while index < count {
      guard let width = newlineWidth(bytes, at: index, count: count) else {
        index += 1
        continue
      }
      if lineStart < index, let year = year(inTitle: bytes, lineStart, index, cut: false) { return year }
      index += width
      lineStart = index
    }
    return lineStart < count ? year(inTitle: bytes, lineStart, count, cut: count < bytes.count) : nil
  }

  /// The width of the newline scalar at `index` (`\n`, VT, FF, `\r`, NEL,
  /// U+2028, U+2029), if there is one before `count`.
  private static func newlineWidth(_ bytes: [UInt8], at index: Int, count: Int) -> Int? {
    let byte = bytes[index]
    if (0x0A...0x0D).contains(byte) { return 1 }
    guard byte == 0xC2 || byte == 0xE2 else { return nil }
    if byte == 0xC2 { return index + 1 < count && bytes[index + 1] == 0x85 ? 2 : nil }
    guard index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
      return nil
    }
    return 3
  }

  /// `year(inTitle:)` on the line `bytes[start..<end]`; `cut` when the line
  /// ends where the head was cut, possibly inside a scalar.
  private static func year(inTitle bytes: [UInt8], _ start: Int, _ end: Int, cut: Bool) -> Int? {
    guard _TableBytes.contains(bytes, start, end, annualReport) || _TableBytes.contains(bytes, start, end, annual)
    else { return nil }
    let isInert = !cut && bytes[start..<end].withUnsafeBufferPointer { LabelMatcher.KeyFilter.isInert($0) }
    guard isInert else {
      return year(inTitle: Substring(String(decoding: bytes[start..<end], as: UTF8.self)))
    }
    // Each scalar is a character of its own: four ASCII digit bytes and 年.
    var i = start
    while i + 6 < end {
      if bytes[i + 4] == 0xE5, bytes[i + 5] == 0xB9, bytes[i + 6] == 0xB4, i == start || !isDigit(bytes[i - 1]),
        isDigit(bytes[i]), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3])
      {
        var year = 0
        for k in i..<(i + 4) { year = year * 10 + Int(bytes[k] - 0x30) }
        if (2000...2100).contains(year) { return year }
      }
      i += 1
    }
    return nil
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  private static let annualReport: [UInt8] = Array("年度报告".utf8)
  private static let annual: [UInt8] = Array("年报".utf8)

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
