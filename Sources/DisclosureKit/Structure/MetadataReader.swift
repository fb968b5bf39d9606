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
    let furniture = text.furniture.map { Self.prefix($0.text, characters: Self.headerLineCharacters) }
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
    return prefix(trimmed, characters: headerLineCharacters)
  }

  /// `String(text.prefix(limit))`, reading at most `limit + 1` scalars from
  /// the bytes when they are plain (then each is a character of its own).
  static func prefix(_ text: String, characters limit: Int) -> String {
    // No more bytes, or no more scalars, than the cap means no more characters.
    if text.utf8.count <= limit { return text }
    let scalarCount: Int? = text.utf8.withContiguousStorageIfAvailable { buffer in
      // Scalars are the bytes that are not continuation bytes (`10xxxxxx`),
      // counted eight at a time: a byte's bit 7 set and bit 6 clear.
      let raw = UnsafeRawBufferPointer(buffer)
      var continuation = 0
      var index = 0
      // Each load reads `index..<index + 8`, inside the buffer.
      while index + 8 <= raw.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        continuation &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
        index += 8
      }
      while index < raw.count {
        if raw[index] & 0xC0 == 0x80 { continuation &+= 1 }
        index += 1
      }
      return raw.count - continuation
    }
    if let scalarCount, scalarCount <= limit { return text }
    // The byte offset after `limit` plain scalars, the text's length when it
    // has no more; `nil` when a scalar up to there is not plain.
    let cut: Int?? = text.utf8.withContiguousStorageIfAvailable { buffer in
      var index = 0
      var taken = 0
      while taken < limit, index < buffer.count {
        let lead = buffer[index]
        if lead >= 0xE5, lead <= 0xE9 {
          // U+5000–U+9FFF, ideographs, all plain (the text is valid UTF-8).
          index += 3
        } else {
          let (value, length) = _UTF8Scalar.decode(buffer, at: index)
          guard _PlainScalar.isPlain(value) else { return nil }
          index += length
        }
        taken += 1
      }
      guard index <= buffer.count else { return nil }
      // The scalar after the cut is plain too, so the cut falls between characters.
      guard index == buffer.count || _PlainScalar.isPlain(_UTF8Scalar.decode(buffer, at: index).value) else {
        return nil
      }
      return index
    }
    guard let found = cut, let offset = found else {
      // No more scalars than the cap means no more characters.
      return text._hasAtMostScalars(limit) ? text : String(text.prefix(limit))
    }
    let utf8 = text.utf8
    if offset == utf8.count { return text }
    return String(text[..<utf8.index(utf8.startIndex, offsetBy: offset)])
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
      // Every label holds 时间, 時間 or 日期: a line with none of them names no label.
      guard dateLabelWords.contains(where: { line.utf8Contains($0) }),
        let rest = MetadataFields.textAfter(labels, in: line)
      else { continue }
      if let found = DateParsing.date(at: 0, in: Array(rest.prefix(20))) { return found.day }
    }
    for line in lines + trailer.reversed() {
      guard let chars = dateLineCharacters(line) else { continue }
      if let found = DateParsing.date(at: 0, in: chars), found.end == chars.count { return found.day }
    }
    return nil
  }

  /// A word of every label ``publicationDate(lines:trailer:)`` reads.
  private static let dateLabelWords = ["时间", "時間", "日期"]

  /// The most characters a date standing alone takes: `2018年02月21日`.
  private static let longestDate = 11

  /// The characters of `line` but white space and parentheses, or `nil`
  /// when they cannot be a date alone: a date starts with its year and is
  /// at most ``longestDate`` long, so other lines are given up early.
  static func dateLineCharacters(_ line: String) -> [Character]? {
    // A run of plain scalars is a run of one-scalar characters: read them
    // as scalars while the scalar after each is plain too.
    let scalars = line.unicodeScalars
    var plain: [Character] = []
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      guard _PlainScalar.isPlain(scalar.value), next == scalars.endIndex || _PlainScalar.isPlain(scalars[next].value)
      else { return dateLineCharactersOfAnyText(line) }
      index = next
      let value = scalar.value
      // `isWhitespace` of a plain scalar; then `()（）`.
      if value == 0x20 || value == 0x09 || value == 0x3000 || value == 0x28 || value == 0x29 || value == 0xFF08
        || value == 0xFF09
      {
        continue
      }
      let character = Character(scalar)
      if plain.isEmpty, !DateParsing.isDigit(character) { return nil }
      plain.append(character)
      if plain.count > longestDate { return nil }
    }
    return plain
  }

  /// ``dateLineCharacters(_:)`` by characters, for any text.
  static func dateLineCharactersOfAnyText(_ line: String) -> [Character]? {
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
    // The bytes after a `yyyy` run are looked at and then read again as
    // any other byte, so one pass by index does what re-reading does.
    let bytes = Array(text.utf8)
    let count = bytes.count
    var i = 0
    while i < count {
      let byte = bytes[i]
      if (0x30...0x39).contains(byte) {
        run += 1
        value = run <= 4 ? value * 10 + Int(byte - 0x30) : value
        i += 1
        continue
      }
      if run == 4, byte == 0xE5, i + 2 < count, bytes[i + 1] == 0xB9, bytes[i + 2] == 0xB4,
        (1990...2100).contains(value)
      {
        // `2018年11月27日` is an event's date; `2018年,我局` the year itself.
        if i + 3 >= count || !(0x30...0x39).contains(bytes[i + 3]) { counts[value, default: 0] += 1 }
      }
      run = 0
      value = 0
      i += 1
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }
}
