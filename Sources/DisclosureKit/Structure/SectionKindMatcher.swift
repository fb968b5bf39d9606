/// Matches a level-1 heading's title to a canonical ``SectionKind`` from the
/// vocabulary's section patterns.
///
/// Titles are compared after folding a few traditional characters to
/// simplified and dropping the words reports vary freely (`的`, `和`, `及`,
/// `与`, punctuation, spaces): `政府信息公开的收费及减免情况` matches
/// `收费及减免情况`. A title matches a pattern that it contains or that
/// contains it; failing that, one whose character pairs it mostly shares.
struct SectionKindMatcher: Sendable {
  private struct Entry: Sendable {
    var kind: SectionKind
    var key: [Character]
    /// `key`'s scalars (each character of a key is one scalar).
    var scalars: [UInt32]
    var raw: String
    var pairs: Set<String>
  }

  private let entries: [Entry]

  /// The titles, longest first, that the text at the start of `text` spells
  /// exactly: used to find a known heading run into the text around it.
  let titlesLongestFirst: [(kind: SectionKind, title: [UInt8])]

  init(patterns: [Vocabulary.SectionPattern]) {
    entries = patterns.flatMap { pattern in
      pattern.titles.map {
        let key = Self.key(of: $0)
        return Entry(kind: pattern.kind, key: key, scalars: Self.scalars(of: key), raw: $0, pairs: Self.pairs(key))
      }
    }.filter { !$0.key.isEmpty }
    titlesLongestFirst = entries.map { (kind: $0.kind, title: Array($0.raw.utf8)) }.sorted {
      $0.title.count > $1.title.count
    }
  }

  /// The kind of `title`, or `nil` when no pattern fits.
  ///
  /// - Parameter fuzzy: Also accept a pattern sharing most character pairs;
  ///   off when the match decides whether a candidate is a heading at all.
  func kind(of title: String, fuzzy: Bool = true) -> SectionKind? {
    let key = Self.key(of: title)
    guard key.count >= 2 else { return nil }
    let scalars = Self.scalars(of: key)
    var best: (kind: SectionKind, score: Int)?
    for entry in entries {
      let score: Int
      if Self.contains(key, scalars, entry.key, entry.scalars) {
        score = 1000 + entry.key.count
      } else if key.count >= 4, key.count * 2 >= entry.key.count,
        Self.contains(entry.key, entry.scalars, key, scalars)
      {
        score = 500 + key.count
      } else {
        continue
      }
      if best == nil || score > (best?.score ?? 0) { best = (entry.kind, score) }
    }
    if let best { return best.kind }
    guard fuzzy else { return nil }
    // Fuzzy: most character pairs shared (Dice coefficient ≥ 0.7).
    let pairs = Self.pairs(key)
    var fuzzy: (kind: SectionKind, score: Double)?
    for entry in entries {
      let other = entry.pairs
      guard !pairs.isEmpty, !other.isEmpty else { continue }
      let shared = pairs.intersection(other).count
      let dice = 2 * Double(shared) / Double(pairs.count + other.count)
      if dice >= 0.7, dice > (fuzzy?.score ?? 0) { fuzzy = (entry.kind, dice) }
    }
    return fuzzy?.kind
  }

  /// `title` folded for comparison.
  static func key(of title: String) -> [Character] {
    var out: [Character] = []
    let (mapped, skipped) = (Self.hasTraditional, Self.ignoredBitmap)
    for scalar in title.unicodeScalars {
      // The bitmaps rule out most scalars before the table is hashed.
      let folded =
        mapped.contains(scalar.value) ? traditional[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar : scalar
      if skipped.contains(folded.value) { continue }
      // A CJK ideograph is a letter (Lo): neither space, punctuation nor symbol.
      if !(0x4E00...0x9FFF).contains(folded.value),
        folded.properties.isWhitespace || Character(folded).isPunctuation || Character(folded).isSymbol
      {
        continue
      }
      out.append(Character(folded))
    }
    return out
  }

  /// Whether `needle` stands in `haystack`, each given as characters and
  /// their scalars.
  private static func contains(
    _ haystack: [Character], _ haystackScalars: [UInt32], _ needle: [Character], _ needleScalars: [UInt32]
  ) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count, haystack.count == haystackScalars.count,
      needle.count == needleScalars.count
    else { return false }
    for start in 0...(haystack.count - needle.count) {
      var offset = 0
      while offset < needle.count,
        same(haystackScalars[start + offset], needleScalars[offset], haystack[start + offset], needle[offset])
      {
        offset += 1
      }
      if offset == needle.count { return true }
    }
    return false
  }

  /// Whether two one-scalar characters are equal. Characters compare by
  /// canonical equivalence, which costs a string comparison; two scalars
  /// that are each their own normal form (ASCII, CJK ideographs and
  /// punctuation, full-width forms) are equal only when they are the same.
  private static func same(_ a: UInt32, _ b: UInt32, _ first: Character, _ second: Character) -> Bool {
    if a == b { return true }
    if isOwnNormalForm(a), isOwnNormalForm(b) { return false }
    return first == second
  }

  /// Scalars with no canonical decomposition that no other scalar
  /// decomposes to alone. (CJK compatibility ideographs, U+F900 on,
  /// decompose to unified ones, so those stay with `Character` equality.)
  private static func isOwnNormalForm(_ value: UInt32) -> Bool {
    value < 0x80 || (0x3000...0x303F).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x4E00...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value)
  }

  private static func scalars(of key: [Character]) -> [UInt32] {
    key.map { $0.unicodeScalars.first?.value ?? 0 }
  }

  private static func pairs(_ key: [Character]) -> Set<String> {
    guard key.count >= 2 else { return [] }
    var out: Set<String> = []
    for i in 0..<(key.count - 1) { out.insert(String([key[i], key[i + 1]])) }
    return out
  }

  /// 的 和 及 与 以及 — words reports add or drop freely.
  private static let ignored: Set<UInt32> = [0x7684, 0x548C, 0x53CA, 0x4E0E, 0x8207, 0x4EE5]

  private static let ignoredBitmap = _ScalarBitmap(ignored)
  private static let hasTraditional = _ScalarBitmap(traditional.keys)

  /// The traditional characters of section titles, folded, so a title
  /// matches even when the normaliser did not fold the script.
  private static let traditional: [UInt32: UInt32] = [
    0x7E3D: 0x603B, 0x9AD4: 0x4F53, 0x6CC1: 0x51B5, 0x52D5: 0x52A8, 0x958B: 0x5F00, 0x8ACB: 0x8BF7,
    0x8655: 0x5904, 0x5FA9: 0x590D, 0x8B70: 0x8BAE, 0x8A34: 0x8BC9, 0x8A1F: 0x8BBC, 0x984C: 0x9898,
    0x554F: 0x95EE, 0x9032: 0x8FDB, 0x5831: 0x62A5, 0x9805: 0x9879, 0x8CBB: 0x8D39, 0x6E1B: 0x51CF,
    0x95DC: 0x5173, 0x8AAA: 0x8BF4, 0x6A5F: 0x673A, 0x5340: 0x533A, 0x73FE: 0x73B0, 0x5BE6: 0x5B9E,
    0x52D9: 0x52A1, 0x8CC7: 0x8D44, 0x64DA: 0x636E,
  ]
}
