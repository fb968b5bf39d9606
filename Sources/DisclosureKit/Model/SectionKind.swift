/// The canonical kind of a level-1 section (templates.md).
///
/// A struct over a string so custom extractors can declare kinds of their
/// own; the built-in kinds are static members.
public struct SectionKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }

  public static let overview = Self(rawValue: "overview")
  public static let proactiveDisclosure = Self(rawValue: "proactiveDisclosure")
  public static let requests = Self(rawValue: "requests")
  public static let fees = Self(rawValue: "fees")
  public static let reviewLitigation = Self(rawValue: "reviewLitigation")
  public static let problems = Self(rawValue: "problems")
  public static let other = Self(rawValue: "other")
  public static let unknown = Self(rawValue: "unknown")

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
