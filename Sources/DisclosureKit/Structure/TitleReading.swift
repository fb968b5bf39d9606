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
      let segments = line.split(whereSeparator: { $0 == ">" || $0 == "»" }).map(closedUp)
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

  private static func isTitle(_ text: String) -> Bool {
    titleEndings.contains { text.hasSuffix($0) } || (text.utf8Contains("年度报告") && text._hasAtMostCharacters(40))
      || isSummaryTitle(text)
  }

  /// A work summary published in place of the report:
  /// `某街道2022年政府信息公开工作总结和2023年工作打算`.
  private static func isSummaryTitle(_ text: String) -> Bool {
    text._hasAtMostCharacters(60) && ["信息公开", "信息公開", "政务公开", "政務公開"].contains { text.utf8Contains($0) }
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
  private static func announcedTitle(in line: String) -> String? {
    let closed = closedUp(line)
    // Characters equal to `年度报告` are those scalars, when every scalar of
    // the line is plain; other lines take the character path.
    if !closed.utf8Contains("年度报告"), closed.unicodeScalars.allSatisfy({ _PlainScalar.isPlain($0.value) }) {
      return nil
    }
    let chars = Array(closed)
    let ending = announcedEnding
    guard chars.count >= ending.count else { return nil }
    for end in stride(from: chars.count - ending.count, through: 0, by: -1)
    where chars[end..<(end + ending.count)].elementsEqual(ending) {
      var start = end
      while start > 0, !"。，,；;：:、》)）(（《“”\"".contains(chars[start - 1]) { start -= 1 }
      var phrase = String(chars[start..<(end + ending.count)])
      for verb in ["现将", "现公布", "现发布", "特发布", "公布", "发布", "现予公布", "本"] where phrase.hasPrefix(verb) {
        phrase.removeFirst(verb.count)
        break
      }
      return phrase.count >= 6 ? phrase : nil
    }
    return nil
  }

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
    let chars = Array(title)
    for i in chars.indices {
      let found = DateParsing.number(at: i, in: chars, digits: 4...4) ?? DateParsing.chineseYear(at: i, in: chars)
      guard let (year, after) = found, (1990...2100).contains(year), after < chars.count, chars[after] == "年"
      else { continue }
      let agency = String(chars[..<i])
      return Title(text: title, agency: agency.isEmpty ? nil : agency, year: year)
    }
    for marker in ["人民政府信息公开", "政府信息公开", "政府信息公開", "信息公开", "信息公開", "政务公开", "政务公開"] {
      guard let range = title.utf8Range(of: marker) else { continue }
      var agency = String(title[..<range.lowerBound])
      if marker.hasPrefix("人民政府") { agency += "人民政府" }
      return Title(text: title, agency: agency.isEmpty ? nil : agency, year: nil)
    }
    return Title(text: title, agency: nil, year: nil)
  }
}
