/// Checks the level-1 outline's numbering and order: a skipped number
/// (`五、` then `七、`) and sections in an order the template does not have
/// (`其他需要报告的事项` before `总体情况`).
///
/// The template order is the order of the section kinds in the extractor's
/// vocabulary; sections of kind `unknown` are not ordered.
public struct SectionNumbering: ReportCheck {
  /// The check; it has no options.
  public init() {}

  /// - Returns: ``Diagnostic/Code/sectionNumberingGap`` for each skip,
  ///   ``Diagnostic/Code/sectionOutOfOrder`` for each section whose kind the
  ///   template places before the one preceding it.
  public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var previous: (ordinal: Int, section: Section)?
    for section in report.sections {
      guard let ordinal = Self.ordinal(of: section.number) else { continue }
      if let last = previous, ordinal > last.ordinal + 1 {
        let missing = (last.ordinal + 1..<ordinal).map { Self.hanNumeral($0) }.joined(separator: "、")
        out.append(
          Diagnostic(
            .sectionNumberingGap, .warning,
            "Level-1 numbering skips \(missing): \(last.section.number) is followed by \(section.number).",
            zh: "一级标题序号跳过了\(missing)：\(last.section.number)之后是\(section.number)。",
            location: Diagnostic.Location(section: section.heading, range: section.headingRange)))
      }
      previous = (ordinal, section)
    }
    var order: [SectionKind: Int] = [:]
    for pattern in context.vocabulary.sections where order[pattern.kind] == nil && pattern.kind != .unknown {
      order[pattern.kind] = order.count
    }
    var highest: (rank: Int, section: Section)?
    for section in report.sections {
      guard let kind = section.kind, let rank = order[kind] else { continue }
      if let top = highest, rank < top.rank {
        out.append(
          Diagnostic(
            .sectionOutOfOrder, .warning,
            "Section \(section.heading) comes after \(top.section.heading), which the template places after it.",
            zh: "“\(section.heading)”位于“\(top.section.heading)”之后，与模板顺序不符。",
            location: Diagnostic.Location(section: section.heading, range: section.headingRange)))
      } else {
        highest = (rank, section)
      }
    }
    return out
  }

  /// The value of a heading number: `七` → 7, `十二` → 12, `3` → 3.
  static func ordinal(of number: String) -> Int? {
    if let value = Int(number), value > 0 { return value }
    let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    let chars = Array(number)
    switch chars.count {
    case 1: return chars[0] == "十" ? 10 : digits[chars[0]]
    case 2:
      if chars[0] == "十" { return digits[chars[1]].map { 10 + $0 } }
      if chars[1] == "十" { return digits[chars[0]].map { $0 * 10 } }
      return nil
    case 3:
      guard chars[1] == "十", let tens = digits[chars[0]], let units = digits[chars[2]] else { return nil }
      return tens * 10 + units
    default: return nil
    }
  }

  /// `6` → `六`, for messages.
  static func hanNumeral(_ value: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard value > 0, value < 100 else { return String(value) }
    if value < 10 { return digits[value] }
    return (value / 10 == 1 ? "" : digits[value / 10]) + "十" + digits[value % 10]
  }
}
