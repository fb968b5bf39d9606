/// One heading of a report and everything under it, up to the next heading
/// of the same or a higher level.
public struct Section: Sendable, Hashable, Codable {
  /// The heading as printed, marker included: `一、总体情况`.
  public var heading: String
  /// The marker's number as printed, without punctuation: `一`, `1`, `①`.
  public var number: String
  /// The heading without its marker: `总体情况`.
  public var title: String
  /// The canonical kind; set on level-1 sections only.
  public var kind: SectionKind?
  /// 1 for the top level.
  public var level: Int
  /// From the first byte of the heading to the end of the section's content.
  public var range: SourceRange
  /// The range of the heading itself.
  public var headingRange: SourceRange
  /// Sections one level down.
  public var children: [Section]

  public init(
    heading: String, number: String, title: String, kind: SectionKind? = nil, level: Int,
    range: SourceRange, headingRange: SourceRange, children: [Section] = []
  ) {
    self.heading = heading
    self.number = number
    self.title = title
    self.kind = kind
    self.level = level
    self.range = range
    self.headingRange = headingRange
    self.children = children
  }

  /// The section's content after its heading.
  public var bodyRange: SourceRange { SourceRange(start: headingRange.end, end: range.end) }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    heading = try c.decode(String.self, forKey: .heading)
    number = try c.decode(String.self, forKey: .number)
    title = try c.decode(String.self, forKey: .title)
    kind = try c.decodeIfPresent(SectionKind.self, forKey: .kind)
    level = try c.decode(Int.self, forKey: .level)
    range = try c.decode(SourceRange.self, forKey: .range)
    headingRange = try c.decode(SourceRange.self, forKey: .headingRange)
    children = try c.decodeIfPresent([Section].self, forKey: .children) ?? []
    guard level >= 1, range.contains(headingRange) else {
      throw DecodingError.dataCorruptedError(
        forKey: .headingRange, in: c, debugDescription: "heading range must lie inside the section range")
    }
  }
}
