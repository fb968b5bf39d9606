/// A figure stated in the report's prose: `全市主动公开政府信息共389718条`.
public struct Fact: Sendable, Hashable, Codable {
  /// The canonical key (`proactiveDisclosed`, `requestsByChannel.online`),
  /// or `mention` for a counted figure with no canonical meaning.
  public var key: String
  /// The value, normalised (yuan for money, a fraction for percentages).
  public var value: Double
  /// The unit as printed: `条`, `件`, `元`.
  public var unit: String?
  /// The words that say what was counted: `主动公开政府信息`.
  public var label: String
  /// The sentence or clause the figure was read from.
  public var quote: String
  /// Where the figure stands in the normalised text.
  public var range: SourceRange
  /// The figure was stated as approximate (`余`, `多`, `近`, `约`).
  public var isApproximate: Bool

  public init(
    key: String, value: Double, unit: String?, label: String, quote: String, range: SourceRange,
    isApproximate: Bool = false
  ) {
    self.key = key
    self.value = value
    self.unit = unit
    self.label = label
    self.quote = quote
    self.range = range
    self.isApproximate = isApproximate
  }

  /// The value as an integer when it is whole and fits.
  public var integerValue: Int? {
    guard value.rounded() == value, abs(value) < 9.0e15 else { return nil }
    return Int(value)
  }
}
