import Foundation

/// Reads a report's identity: title, agency, year, publication date,
/// statistics period, and the page's index fields.
///
/// Looks in the page furniture the normaliser set aside (breadcrumbs,
/// `发布时间` bars, a crawler's `标题:` header) and in the first lines of the
/// body, so it works whether or not the normaliser moved those lines out.
///
/// ```swift
/// let text = NormalizedText(text: "谢家集区人民政府2020年政府信息公开工作年度报告\n发布时间:2021-02-19 11:18\n")
/// let metadata = MetadataReader().read(text, tokens: [], sections: SectionTree())
/// metadata.agency      // "谢家集区人民政府"
/// metadata.published   // "2021-02-19"
/// ```
///
/// - Complexity: O(n) in the text's bytes.
public struct MetadataReader: Sendable {
  /// How many non-blank lines at the top of the body are read as header.
  static let headerLines = 30
  /// How many non-blank lines at the end are searched for a signature date.
  static let trailerLines = 12
  /// The longest header line considered, in characters.
  static let headerLineCharacters = 400

  /// A reader; it has no options.
  public init() {}

  /// The metadata of `text`.
  ///
  /// - Parameters:
  ///   - text: The normalised text and its furniture.
  ///   - tokens: Its tokens (unused: the fields are read from lines).
  ///   - sections: Its heading tree (unused).
  /// - Returns: What could be read; absent fields are `nil`.
  public func read(_ text: NormalizedText, tokens: [Token], sections: SectionTree) -> ReportMetadata {
    let (header, trailer) = Self.headerAndTrailer(of: text.text)
    let furniture = text.furniture.map(\.text).map { String($0.prefix(Self.headerLineCharacters)) }
    var metadata = ReportMetadata(script: text.script.rawValue)
    let title = TitleReading.title(header: header, furniture: furniture)
    metadata.title = title?.text
    metadata.agency = title?.agency
    metadata.published = Self.publicationDate(lines: furniture + header, trailer: trailer)?.iso
    let period = Self.statisticsPeriod(in: text.text)
    metadata.statisticsPeriod = period.map { ReportMetadata.Period(from: $0.0.iso, to: $0.1.iso) }
    metadata.year =
      title?.year ?? Self.breadcrumbYear(furniture + header) ?? period?.0.year ?? Self.mostFrequentYear(in: text.text)
    let fieldLines = furniture + header
    metadata.indexNumber = fieldLines.lazy.compactMap { MetadataFields.value(of: ["索引号", "索引號"], in: $0) }.first
    metadata.issuingOrgan =
      fieldLines.lazy.compactMap {
        MetadataFields.value(of: ["发文机关", "發文機關", "发布机构", "发布机关"], in: $0)
      }.first
    metadata.documentNumber =
      fieldLines.lazy.compactMap {
        MetadataFields.value(of: ["文号", "文號", "发文字号", "發文字號"], in: $0)
      }.first
    return metadata
  }

  /// The first and last non-blank lines of `text`, each capped in length.
  static func headerAndTrailer(of text: String) -> (header: [String], trailer: [String]) {
    if !text._utf8Contains(byte: 0x0D),
      let lines = text.utf8.withContiguousStorageIfAvailable({ lfHeaderAndTrailer(of: text, $0) })
    {
      return lines
    }
    var header: [String] = []
    // Raw lines: only the last few are trimmed and capped, not every line.
    var trailer: [Substring] = []
    let utf8 = text.utf8
    if !text._utf8Contains(byte: 0x0D) {
      // Without `\r` every `\n` is a character of its own: the header is
      // read from the front and the trailer from the back, and the lines
      // between are never cut out.
      var start = utf8.startIndex
      while header.count < headerLines, start < utf8.endIndex {
        let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
        let line = text[start..<end]
        if !line.isEmpty, !isBlank(line) { header.append(capped(line)) }
        start = end < utf8.endIndex ? utf8.index(after: end) : end
      }
      var end = utf8.endIndex
      while trailer.count < trailerLines, end > utf8.startIndex {
        let start = utf8[..<end].lastIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.startIndex
        let line = text[start..<end]
        if !line.isEmpty, !isBlank(line) { trailer.append(line) }
        guard start > utf8.startIndex else { break }
        end = utf8.index(before: start)
      }
      return (header, trailer.reversed().map(capped))
    }
    let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    for line in lines {
      guard !isBlank(line) else { continue }
      if header.count < headerLines { header.append(capped(line)) }
      trailer.append(line)
      if trailer.count > trailerLines { trailer.removeFirst() }
    }
    return (header, trailer.map(capped))
  }

  /// ``headerAndTrailer(of:)`` for a text without `\r` whose UTF-8 is
  /// `buffer`: its lines found with `memchr` from the front and a byte scan
  /// from the back, so the bytes between header and trailer are never read.
  private static func lfHeaderAndTrailer(of text: String, _ buffer: UnsafeBufferPointer<UInt8>) -> (
    header: [String], trailer: [String]
  ) {
    let utf8 = text.utf8
    // A `\n` is a character of its own, so the offsets around one are
    // character boundaries of `text`.
    func line(_ start: Int, _ end: Int) -> Substring {
      let lower = utf8.index(utf8.startIndex, offsetBy: start)
      return text[lower..<utf8.index(lower, offsetBy: end - start)]
    }
    var header: [String] = []
    var start = 0
    while header.count < headerLines, start < buffer.count {
      let end = _ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start) ?? buffer.count
      if end > start {
        let text = line(start, end)
        if !isBlank(text) { header.append(capped(text)) }
      }
      start = end < buffer.count ? end + 1 : end
    }
    var trailer: [Substring] = []
    var end = buffer.count
    while trailer.count < trailerLines, end > 0 {
      var start = end
      while start > 0, buffer[start - 1] != 0x0A { start -= 1 }
      if end > start {
        let text = line(start, end)
        if !isBlank(text) { trailer.append(text) }
      }
      guard start > 0 else { break }
      end = start - 1
    }
    return (header, trailer.reversed().map(capped))
  }

  /// The line trimmed of `.whitespaces` and cut to ``headerLineCharacters``.
  private static func capped(_ line: Substring) -> String {
    // Foundation's `trimmingCharacters(in:)` bridges to NSString; the same
    // trim on Unicode scalars stays in the standard library.
    let scalars = line.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpaceOrTab($0) }),
      let last = scalars.lastIndex(where: { !isSpaceOrTab($0) })
    else { return "" }
    let trimmed = String(scalars[first...last])
    // No more scalars than the cap means no more characters.
    return trimmed._hasAtMostScalars(headerLineCharacters) ? trimmed : String(trimmed.prefix(headerLineCharacters))
  }

  /// Whether `scalar` is in `CharacterSet.whitespaces` (Zs and tab).
  private static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || value == 0x09 }
    // U+3000 is the last scalar of Zs.
    return value <= 0x3000 && CharacterSet.whitespaces.contains(scalar)
  }

  /// Whether trimming `.whitespaces` (Zs and tab) leaves nothing, decided
  /// at the first scalar outside the set, without building the trimmed text.
  private static func isBlank(_ line: Substring) -> Bool {
    for scalar in line.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value == 0x20 || value == 0x09 { continue }
        return false
      }
      // U+3000 is the last scalar of Zs.
      if value > 0x3000 || !CharacterSet.whitespaces.contains(scalar) { return false }
    }
    return true
  }

  /// `发布时间:2021-02-19 11:18`, `发布时间: 2019-02-22`, or a line that is
  /// only a date (`(2018年2月21日)`) at the top or the signature at the end.
  static func publicationDate(lines: [String], trailer: [String]) -> DateParsing.Day? {
    let labels = ["发布时间", "发布日期", "發布時間", "發布日期", "成文日期", "发文日期", "公开日期", "印发日期"]
    for line in lines {
      guard let rest = MetadataFields.textAfter(labels, in: line) else { continue }
      if let found = DateParsing.date(at: 0, in: Array(rest.prefix(20))) { return found.day }
    }
    for line in lines + trailer.reversed() {
      guard let chars = dateLineCharacters(line) else { continue }
      if let found = DateParsing.date(at: 0, in: chars), found.end == chars.count { return found.day }
    }
    return nil
  }

  /// The most characters a date standing alone takes: `2018年02月21日`.
  private static let longestDate = 11

  /// The characters of `line` but white space and parentheses, or `nil`
  /// when they cannot be a date alone: a date starts with its year and is
  /// at most ``longestDate`` long, so other lines are given up early.
  private static func dateLineCharacters(_ line: String) -> [Character]? {
    var chars: [Character] = []
    for character in line where !character.isWhitespace && !"()（）".contains(character) {
      if chars.isEmpty, !DateParsing.isDigit(character) { return nil }
      chars.append(character)
      if chars.count > longestDate { return nil }
    }
    return chars
  }

  /// A breadcrumb segment that is a year: `首页 > 年报 > 2018年 > …`.
  static func breadcrumbYear(_ lines: [String]) -> Int? {
    for line in lines where line.utf8Contains(">") {
      for segment in line.split(separator: ">") {
        let chars = Array(TitleReading.closedUp(segment))
        if let (year, end) = DateParsing.number(at: 0, in: chars, digits: 4...4), (1990...2100).contains(year),
          end == chars.count || (end + 1 == chars.count && chars[end] == "年")
        {
          return year
        }
      }
    }
    return nil
  }

  /// The year most often written `yyyy年` (not as part of a full date) in
  /// `text`; on a tie the later.
  static func mostFrequentYear(in text: String) -> Int? {
    var counts: [Int: Int] = [:]
    var run = 0
    var value = 0
    var utf8 = text.utf8.makeIterator()
    var pending: [UInt8] = []
    while let byte = pending.isEmpty ? utf8.next() : pending.removeFirst() {
      if (0x30...0x39).contains(byte) {
        run += 1
        value = run <= 4 ? value * 10 + Int(byte - 0x30) : value
        continue
      }
      if run == 4, byte == 0xE5, let b1 = utf8.next(), let b2 = utf8.next() {
        pending = [b1, b2]
        if b1 == 0xB9, b2 == 0xB4, (1990...2100).contains(value) {
          // `2018年11月27日` is an event's date; `2018年,我局` the year itself.
          let next = utf8.next()
          if let next { pending.append(next) }
          if next.map({ !(0x30...0x39).contains($0) }) ?? true { counts[value, default: 0] += 1 }
        }
      }
      run = 0
      value = 0
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }
}
