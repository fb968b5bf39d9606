/// Finds a report's title among its header lines and splits it into agency
/// and year.
enum TitleReading {
  /// What a title says.
  struct Title: Sendable, Hashable {
    var text: String
    var agency: String?
    var year: Int?
  }

  /// The words that end a title: `年度报告`, `年报`.
  static let titleEndings = ["年度报告", "年度報告", "年报", "年報", "公开工作报告", "公開工作報告"]

  /// The title of a report whose header lines are `lines` (body lines
  /// first, then furniture), or `nil`.
  ///
  /// In order: a crawler's `标题:` field; a breadcrumb's last segment; a
  /// short line ending in `年度报告` (with the agency line above it when the
  /// title starts with its year, and spaced-out letters closed up); a
  /// sentence that announces the report (`现公布X工作年度报告`).
  static func title(header: [String], furniture: [String]) -> Title? {
    for line in furniture + header {
      if let value = MetadataFields.value(of: ["标题", "標題", "题名", "名称"], in: line), isTitle(value) {
        return split(closedUp(value))
      }
    }
    // A breadcrumb's last segment names the report only when it names an
    // agency or a year; `首页 > 政务公开 > 政府信息公开年报` names the column the
    // report is filed under, so the page's own title line wins over it.
    var column: Title?
    for line in furniture + header where line.utf8Contains(">") || line.utf8Contains("»") {
      let segments = breadcrumbSegments(line).map(closedUp)
      guard let last = segments.last(where: isTitle) else { continue }
      let title = split(last)
      if title.year != nil || title.agency != nil { return title }
      column = column ?? title
    }
    var previous: String?
    for line in header {
      let text = closedUp(line)
      if text.isEmpty { continue }
      if isTitle(text), !text.contains(where: { "。，,>»".contains($0) }), text.count <= 60,
        HeadingMarker(prefixOf: text) == nil
      {
        var title = text
        if let first = text.first, first.isNumber || text.hasPrefix("年度"), let agency = previous,
          agency.count <= 30, !agency.contains(where: { "。,，:：()（）".contains($0) })
        {
          title = agency + text
        }
        return split(title)
      }
      previous = text
    }
    for line in header {
      if let phrase = announcedTitle(in: line) { return split(phrase) }
    }
    return column
  }

  /// `line.split(whereSeparator: { $0 == ">" || $0 == "»" })`, cut on the
  /// bytes when every scalar is plain (then each is a character).
  static func breadcrumbSegments(_ line: String) -> [Substring] {
    guard line.unicodeScalars.allSatisfy({ _PlainScalar.isPlain($0.value) }) else {
      return line.split(whereSeparator: { $0 == ">" || $0 == "»" })
    }
    var segments: [Substring] = []
    let scalars = line.unicodeScalars
    var start = scalars.startIndex
    var index = start
    while index < scalars.endIndex {
      let value = scalars[index].value
      if value == 0x3E || value == 0xBB {
        if start < index { segments.append(line[start..<index]) }
        start = scalars.index(after: index)
      }
      scalars.formIndex(after: &index)
    }
    if start < scalars.endIndex { segments.append(line[start..<scalars.endIndex]) }
    return segments
  }

  static func isTitle(_ text: String) -> Bool {
    // On plain scalars (nearly every line) a character is a scalar and equal
    // plain strings have equal bytes: the endings are byte suffixes and the
    // length is the scalar count.
    var scalarCount = 0
    var plain = true
    for scalar in text.unicodeScalars {
      guard _PlainScalar.isPlain(scalar.value) else {
        plain = false
        break
      }
      scalarCount += 1
    }
    if plain {
      let utf8 = text.utf8
      let endsTitle = titleEndingBytes.contains { ending in
        utf8.count >= ending.count && utf8.suffix(ending.count).elementsEqual(ending)
      }
      return endsTitle || (scalarCount <= 40 && text.utf8Contains("年度报告"))
        || (scalarCount <= 60 && isSummaryTitleWords(text))
    }
    return titleEndings.contains { text.hasSuffix($0) } || (text.utf8Contains("年度报告") && text._hasAtMostCharacters(40))
      || isSummaryTitle(text)
  }

  static let titleEndingBytes = titleEndings.map { Array($0.utf8) }

  /// A work summary published in place of the report:
  /// `某街道2022年政府信息公开工作总结和2023年工作打算`.
  static func isSummaryTitle(_ text: String) -> Bool {
    text._hasAtMostCharacters(60) && isSummaryTitleWords(text)
  }

  /// The words of ``isSummaryTitle(_:)``, without its length test.
  static func isSummaryTitleWords(_ text: String) -> Bool {
    ["信息公开", "信息公開", "政务公开", "政務公開"].contains { text.utf8Contains($0) }
      && ["工作总结", "工作總結"].contains { text.utf8Contains($0) }
  }

  /// `line` without pipes and white space: `年 度 报 告` → `年度报告`.
  static func closedUp(_ line: some StringProtocol) -> String {
    // A character is white space when its first scalar is: text with no
    // white-space scalar and no pipe (most lines) is kept whole.
    let plain = line.unicodeScalars.allSatisfy { scalar in
      let value = scalar.value
      if value < 0x80 { return value != 0x7C && !(0x09...0x0D).contains(value) && value != 0x20 }
      // U+3000 is the last white-space scalar.
      return value > 0x3000 || !scalar.properties.isWhitespace
    }
    if plain { return String(line) }
    return String(line.filter { !$0.isWhitespace && $0 != "|" })
  }

  /// `…,现公布广州市政务服务数据管理局信息公开工作年度报告。` → the report's name.
  static func announcedTitle(in line: String) -> String? {
    let closed = closedUp(line)
    if let scalars = _PlainScalar.scalars(closed) { return announcedTitle(plain: scalars) }
    return announcedTitle(characters: Array(closed))
  }

  /// ``announcedTitle(in:)`` on the characters of a closed-up line.
  static func announcedTitle(characters chars: [Character]) -> String? {
    let ending = announcedEnding
    guard chars.count >= ending.count else { return nil }
    for end in stride(from: chars.count - ending.count, through: 0, by: -1)
    where chars[end..<(end + ending.count)].elementsEqual(ending) {
      var start = end
      while start > 0, !announcementStops.contains(chars[start - 1]) { start -= 1 }
      var phrase = String(chars[start..<(end + ending.count)])
      for verb in announcementVerbs where phrase.hasPrefix(verb) {
        phrase.removeFirst(verb.count)
        break
      }
      return phrase.count >= 6 ? phrase : nil
    }
    return nil
  }

  /// ``announcedTitle(in:)`` for a line of plain scalars: its characters
  /// are its scalars, and the stops, verbs and ending are plain too.
  static func announcedTitle(plain chars: [UInt32]) -> String? {
    let ending = announcedEndingScalars
    guard chars.count >= ending.count else { return nil }
    for end in stride(from: chars.count - ending.count, through: 0, by: -1)
    where chars[end..<(end + ending.count)].elementsEqual(ending) {
      var start = end
      while start > 0, !announcementStopScalars.contains(chars[start - 1]) { start -= 1 }
      var phrase = chars[start..<(end + ending.count)]
      for verb in announcementVerbScalars where phrase.starts(with: verb) {
        phrase = phrase.dropFirst(verb.count)
        break
      }
      guard phrase.count >= 6 else { return nil }
      var text = String.UnicodeScalarView()
      for value in phrase { if let scalar = Unicode.Scalar(value) { text.append(scalar) } }
      return String(text)
    }
    return nil
  }

  /// What ends the phrase before `…年度报告` in an announcement.
  private static let announcementStops = "。，,；;：:、》)）(（《“”\""
  private static let announcementStopScalars = Set(announcementStops.unicodeScalars.map(\.value))
  /// The verbs an announcement opens with, dropped from its phrase.
  private static let announcementVerbs = ["现将", "现公布", "现发布", "特发布", "公布", "发布", "现予公布", "本"]
  private static let announcementVerbScalars = announcementVerbs.map { $0.unicodeScalars.map(\.value) }
  private static let announcedEndingScalars = "年度报告".unicodeScalars.map(\.value)

  private static let announcedEnding = Array("年度报告")

  /// `title` cut after its ending (`…年度报告（来源：某局）` → `…年度报告`).
  static func endingAtReport(_ title: String) -> String {
    for ending in titleEndings + ["年度工作报告", "工作报告"] {
      if let range = title.utf8Range(of: ending) { return String(title[..<range.upperBound]) }
    }
    return title
  }

  /// Splits a title into agency (the text before the year, or before
  /// `政府信息公开`) and year.
  static func split(_ raw: String) -> Title {
    let title = endingAtReport(raw)
    if let scalars = _PlainScalar.scalars(title) {
      if let found = yearSplit(plain: scalars, of: title) { return found }
      return markerSplit(title)
    }
    return yearSplit(characters: Array(title), of: title) ?? markerSplit(title)
  }

  /// The year split of ``split(_:)`` on the title's characters.
  static func yearSplit(characters chars: [Character], of title: String) -> Title? {
    for i in chars.indices {
      let found = DateParsing.number(at: i, in: chars, digits: 4...4) ?? DateParsing.chineseYear(at: i, in: chars)
      guard let (year, after) = found, (1990...2100).contains(year), after < chars.count, chars[after] == "年"
      else { continue }
      let agency = String(chars[..<i])
      return Title(text: title, agency: agency.isEmpty ? nil : agency, year: year)
    }
    return nil
  }

  /// The agency before `政府信息公开` (or a similar word) in a title without a year.
  private static func markerSplit(_ title: String) -> Title {
    for marker in ["人民政府信息公开", "政府信息公开", "政府信息公開", "信息公开", "信息公開", "政务公开", "政务公開"] {
      guard let range = title.utf8Range(of: marker) else { continue }
      var agency = String(title[..<range.lowerBound])
      if marker.hasPrefix("人民政府") { agency += "人民政府" }
      return Title(text: title, agency: agency.isEmpty ? nil : agency, year: nil)
    }
    return Title(text: title, agency: nil, year: nil)
  }

  /// The year split of ``split(_:)`` for a title of plain scalars: its
  /// characters are its scalars, so digits, Han year digits and `年` are
  /// compared as scalars (every one of them is plain; a test checks).
  static func yearSplit(plain chars: [UInt32], of title: String) -> Title? {
    func digit(_ value: UInt32) -> Int? {
      if (0x30...0x39).contains(value) { return Int(value - 0x30) }
      if (0xFF10...0xFF19).contains(value) { return Int(value - 0xFF10) }
      return nil
    }
    // `DateParsing.number(at:in:digits: 4...4)`.
    func number(at i: Int) -> (Int, Int)? {
      guard i < chars.count, i == 0 || digit(chars[i - 1]) == nil else { return nil }
      var value = 0
      var j = i
      while j < chars.count, let d = digit(chars[j]) {
        guard j - i < 4 else { return nil }
        value = value * 10 + d
        j += 1
      }
      return j - i == 4 ? (value, j) : nil
    }
    // `DateParsing.chineseYear(at:in:)`.
    func chineseYear(at i: Int) -> (Int, Int)? {
      guard i + 4 <= chars.count else { return nil }
      var value = 0
      for j in i..<(i + 4) {
        guard let d = DateParsing.chineseYearScalarDigits[chars[j]] else { return nil }
        value = value * 10 + d
      }
      return (1900...2100).contains(value) ? (value, i + 4) : nil
    }
    for i in chars.indices {
      guard let (year, after) = number(at: i) ?? chineseYear(at: i), (1990...2100).contains(year),
        after < chars.count, chars[after] == 0x5E74
      else { continue }
      var agency = String.UnicodeScalarView()
      for value in chars[..<i] { if let scalar = Unicode.Scalar(value) { agency.append(scalar) } }
      return Title(text: title, agency: agency.isEmpty ? nil : String(agency), year: year)
    }
    return nil
  }
}
