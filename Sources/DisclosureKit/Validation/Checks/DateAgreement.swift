/// Checks that the report's dates agree with the year it reports on.
///
/// A report for year Y covers Y (its statistics period runs within Y) and is
/// published in Y+1. The check also flags a title year that disagrees with
/// the statistics period, and prose that states a different year's figures
/// (`本单位2017年度发生…行政复议案9宗` in a report for 2018).
public struct DateAgreement: ReportCheck {
  /// The most foreign-year references reported per report.
  static let referenceLimit = 8

  /// The check; it has no options.
  public init() {}

  /// - Returns: ``Diagnostic/Code/publicationDate``,
  ///   ``Diagnostic/Code/periodMismatch``, ``Diagnostic/Code/yearMismatch``
  ///   and ``Diagnostic/Code/foreignYearReference`` diagnostics.
  public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
    let metadata = report.metadata
    // A page no extractor recognised is not a report: its year is a guess
    // from the prose, and a news item dated in its own year is no error.
    guard let year = metadata.year, report.template != "unknown" else { return [] }
    var out: [Diagnostic] = []
    if let published = metadata.published, let publishedYear = Self.year(of: published), publishedYear != year + 1 {
      out.append(
        Diagnostic(
          .publicationDate, .warning,
          "The report on \(year) is dated \(published); it should be published in \(year + 1).",
          zh: "\(year)年度报告的发布日期为\(published)，应在\(year + 1)年发布。"))
    }
    if let period = metadata.statisticsPeriod, let from = Self.year(of: period.from), let to = Self.year(of: period.to),
      from != year || to != year
    {
      out.append(
        Diagnostic(
          .periodMismatch, .warning,
          "The statistics period \(period.from) to \(period.to) does not lie in the report year \(year).",
          zh: "数据统计期限\(period.from)至\(period.to)与报告年度\(year)年不符。"))
    }
    if let title = metadata.title, let titleYear = TitleReading.split(title).year,
      let period = metadata.statisticsPeriod, let from = Self.year(of: period.from), titleYear != from
    {
      out.append(
        Diagnostic(
          .yearMismatch, .error,
          "The title names \(titleYear) but the statistics period starts in \(from).",
          zh: "标题年度\(titleYear)年与数据统计期限起始年\(from)年不一致。"))
    }
    out += foreignYearReferences(in: report.normalizedText, year: year)
    return out
  }

  /// `yyyy年度` with yyyy before the report year, in a sentence that states
  /// a counted figure (`9宗`, `12件`).
  func foreignYearReferences(in text: String, year: Int) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var reported: Set<Int> = []
    let bytes = Array(text.utf8)
    let nianDu: [UInt8] = Array("年度".utf8)
    // Each `年度` is found by a byte search and the four digits before it
    // checked, rather than testing for digits at every byte.
    var from = 0
    while out.count < Self.referenceLimit, let found = bytes.firstOffset(of: nianDu, from: from) {
      from = found + nianDu.count
      let i = found - 4
      guard i >= 0, bytes[i..<found].allSatisfy({ (0x30...0x39).contains($0) }),
        i == 0 || !(0x30...0x39).contains(bytes[i - 1])
      else { continue }
      let value = bytes[i...(i + 3)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
      let end = i + 4 + nianDu.count
      if value < year, value > 1990, !reported.contains(value), let sentence = Self.sentence(in: bytes, from: end),
        Self.statesFigure(sentence)
      {
        reported.insert(value)
        out.append(
          Diagnostic(
            .foreignYearReference, .warning,
            "The report on \(year) states figures for \(value)年度.",
            zh: "\(year)年度报告中引用了\(value)年度的数据。",
            location: Diagnostic.Location(range: SourceRange(start: i, end: end))))
      }
    }
    return out
  }

  /// The text from `start` to the end of its sentence, at most 300 bytes.
  static func sentence(in bytes: [UInt8], from start: Int) -> String? {
    // 。 is E3 80 82.
    var end = start
    while end < bytes.count, end - start < 300, bytes[end] != 0x0A {
      if bytes[end] == 0xE3, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x82 { break }
      end += 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Whether `sentence` holds a number followed by a counting unit.
  static func statesFigure(_ sentence: String) -> Bool {
    let units: Set<Character> = ["件", "宗", "条", "项", "次", "个", "篇", "场", "人", "例", "起"]
    var previousIsDigit = false
    for c in sentence {
      if previousIsDigit, units.contains(c) { return true }
      previousIsDigit = c.isASCII && c.isNumber
    }
    return false
  }

  /// The year of an ISO date.
  static func year(of iso: String) -> Int? { Int(iso.prefix(4)) }
}
