/// A marker-led piece of text that may be a heading, with what the detector
/// learnt about it.
struct HeadingCandidate: Sendable, Hashable {
  /// How much a candidate looks like a heading by its shape alone.
  enum Shape: Sendable, Hashable {
    /// Short: a heading whatever its neighbours.
    case strong
    /// A long first sentence: a heading only beside numbered siblings.
    case weak
  }

  var marker: HeadingMarker
  /// The first byte of the marker.
  var start: Int
  /// Where the title starts (after the marker and any spaces).
  var titleStart: Int
  /// One past the heading's last byte.
  var end: Int
  /// The line the candidate stands on.
  var line: SourceRange
  /// The index of that line.
  var lineIndex: Int
  /// The marker starts its line (after white space).
  var startsLine: Bool
  var shape: Shape
  /// The kind its title matches, for any level.
  var matchedKind: SectionKind?
  /// Found by a known section title inside running text.
  var foundByTitle: Bool = false
  /// The inferred level, once known.
  var level: Int = 0

  /// The marker's family: markers of one family share a level.
  var family: Int { Self.family(of: marker.style) }

  /// `1、` and `1.` share a level, as do `(1)` and `1)`; the default order of
  /// families is the usual nesting of Chinese outlines.
  static func family(of style: HeadingMarker.Style) -> Int {
    switch style {
    case .ordinalPrefix: 0
    case .hanComma: 1
    case .hanParen: 2
    case .digitComma, .digitDot: 3
    case .digitParen, .digitHalfParen: 4
    case .circled: 5
    }
  }
}
