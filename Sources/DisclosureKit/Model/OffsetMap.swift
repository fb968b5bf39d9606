/// Maps UTF-8 offsets in a derived text back to byte offsets in the text it
/// was derived from.
///
/// Each stage that rewrites text (the HTML reader, the normaliser) records an
/// anchor wherever its output stops being a byte-for-byte copy of its input.
/// Between anchors the two advance together; inside a replacement every
/// offset maps to the start of what was replaced. Maps compose, so a range in
/// the normalised text maps to the original input bytes.
///
/// - Complexity: lookups are O(log n) in the number of anchors.
public struct OffsetMap: Sendable, Hashable {
  /// One anchor: from `derived` on, output offset `derived + k` came from
  /// input offset `source + k` while `k < copiedLength`; past that, from the
  /// input at `source + copiedLength` (the start of a replaced span).
  public struct Anchor: Sendable, Hashable {
    public var derived: Int
    public var source: Int
    public var copiedLength: Int
    public init(derived: Int, source: Int, copiedLength: Int) {
      self.derived = derived
      self.source = source
      self.copiedLength = copiedLength
    }
  }

  /// Anchors sorted by `derived`.
  public private(set) var anchors: [Anchor]

  /// The identity map.
  public static let identity = OffsetMap(anchors: [Anchor(derived: 0, source: 0, copiedLength: Int.max)])

  /// Creates a map from anchors; they are sorted by derived offset.
  public init(anchors: [Anchor]) {
    self.anchors = anchors.sorted { $0.derived < $1.derived }
  }

  /// The source offset of derived offset `offset`.
  public func sourceOffset(_ offset: Int) -> Int {
    // Last anchor whose derived offset is <= offset.
    var low = 0
    var high = anchors.count
    while low < high {
      let mid = low + (high - low) / 2
      if anchors[mid].derived <= offset { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return offset }
    let anchor = anchors[low - 1]
    let delta = offset - anchor.derived
    if delta < anchor.copiedLength { return anchor.source + delta }
    return anchor.source &+ anchor.copiedLength
  }

  /// The source range of a derived range.
  public func sourceRange(_ range: SourceRange) -> SourceRange {
    let start = sourceOffset(range.start)
    let end = range.isEmpty ? start : sourceOffset(range.end - 1) + 1
    return SourceRange(start: start, end: end)
  }
}
