/// A half-open range of UTF-8 byte offsets into a report's normalised text.
///
/// Every value DisclosureKit extracts keeps the range it was read from, so a
/// consumer can show the evidence: `text.utf8[start..<end]` of
/// ``NormalizedText/text``. ``OffsetMap`` maps a range back to the bytes of
/// the original input.
public struct SourceRange: Sendable, Hashable, Codable, Comparable {
  /// The offset of the first byte.
  public var start: Int
  /// The offset one past the last byte.
  public var end: Int

  /// Creates a range; a reversed pair is stored as an empty range at `start`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The number of bytes covered.
  public var count: Int { end - start }

  /// Whether the range covers no bytes.
  public var isEmpty: Bool { start == end }

  /// Whether `offset` lies inside the range.
  public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }

  /// Whether `other` lies wholly inside this range.
  public func contains(_ other: SourceRange) -> Bool { start <= other.start && other.end <= end }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let start = try container.decode(Int.self, forKey: .start)
    let end = try container.decode(Int.self, forKey: .end)
    guard start >= 0, end >= start else {
      throw DecodingError.dataCorruptedError(
        forKey: .end, in: container, debugDescription: "range end \(end) is before start \(start)")
    }
    self.init(start: start, end: end)
  }
}

extension String {
  /// The text of `range`, a UTF-8 byte range into this string; out-of-bounds
  /// parts are clipped and a split scalar is repaired, never trapped on.
  public func slice(_ range: SourceRange) -> String {
    let bytes = utf8
    let lower = min(max(0, range.start), bytes.count)
    let upper = min(max(lower, range.end), bytes.count)
    let from = bytes.index(bytes.startIndex, offsetBy: lower)
    let to = bytes.index(bytes.startIndex, offsetBy: upper)
    return String(decoding: bytes[from..<to], as: UTF8.self)
  }
}
