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
    /// Every scalar of `key` is its own normal form: compared with another
    /// such key, characters are equal exactly when their scalars are.
    var isOwnNormal: Bool
    /// `pairs` as packed scalar pairs, when every scalar of `key` is plain
    /// (``_PlainScalar``): two plain pairs are equal strings exactly when
    /// their scalars are.
    var plainPairs: Set<UInt64>?
  }

  private let entries: [Entry]
  /// The entries' scalars, kinds and pair counts side by side, so the hot
  /// loops read them without copying whole entries.
  private let entryScalars: [[UInt32]]
  private let entryKinds: [SectionKind]
  private let entryPairCounts: [Int]
  /// Every entry's key is its own normal form.
  private let allOwnNormal: Bool
  /// For each plain pair, the entries holding it, in entry order; `nil`
  /// unless every entry is plain.
  private let pairIndex: [UInt64: [Int]]?

  /// The titles, longest first, that the text at the start of `text` spells
  /// exactly: used to find a known heading run into the text around it.
  let titlesLongestFirst: [(kind: SectionKind, title: [UInt8])]

  init(patterns: [Vocabulary.SectionPattern]) {
    entries = patterns.flatMap { pattern in
      pattern.titles.map {
        let scalars = Self.keyScalars(of: $0)
        let key = Self.characters(scalars)
        return Entry(
          kind: pattern.kind, key: key, scalars: scalars, raw: $0, pairs: Self.pairs(key),
          isOwnNormal: scalars.allSatisfy(Self.isOwnNormalForm), plainPairs: Self.plainPairs(scalars))
      }
    }.filter { !$0.key.isEmpty }
    entryScalars = entries.map(\.scalars)
    entryKinds = entries.map(\.kind)
    entryPairCounts = entries.map { $0.pairs.count }
    allOwnNormal = entries.allSatisfy(\.isOwnNormal)
    var pairIndex: [UInt64: [Int]]? = [:]
    for (index, entry) in entries.enumerated() {
      guard let pairs = entry.plainPairs else {
        pairIndex = nil
        break
      }
      for pair in pairs { pairIndex?[pair, default: []].append(index) }
    }
    self.pairIndex = pairIndex
    titlesLongestFirst = entries.map { (kind: $0.kind, title: Array($0.raw.utf8)) }.sorted {
      $0.title.count > $1.title.count
    }
  }

  /// The kind of `title`, or `nil` when no pattern fits.
  ///
  /// - Parameter fuzzy: Also accept a pattern sharing most character pairs;
  ///   off when the match decides whether a candidate is a heading at all.
  func kind(of title: String, fuzzy: Bool = true) -> SectionKind? {
    kind(ofKey: Self.keyScalars(of: title.unicodeScalars), fuzzy: fuzzy)
  }

  /// ``kind(of:fuzzy:)`` for a title's key, its ``keyScalars(of:atMost:)``.
  func kind(ofKey scalars: [UInt32], fuzzy: Bool = true) -> SectionKind? {
    guard scalars.count >= 2 else { return nil }
    // Characters are made only when a scalar is not its own normal form.
    let isOwnNormal = scalars.allSatisfy(Self.isOwnNormalForm)
    var characters: [Character]?
    func key() -> [Character] {
      if let characters { return characters }
      let made = Self.characters(scalars)
      characters = made
      return made
    }
    var best: (kind: SectionKind, score: Int)?
    if isOwnNormal, allOwnNormal {
      // Every character on both sides is its own normal form: the keys
      // compare scalar for scalar, and only the scalars are read.
      for index in entryScalars.indices {
        let other = entryScalars[index]
        let score: Int
        if Self.containsScalars(scalars, other) {
          score = 1000 + other.count
        } else if scalars.count >= 4, scalars.count * 2 >= other.count, Self.containsScalars(other, scalars) {
          score = 500 + scalars.count
        } else {
          continue
        }
        if best == nil || score > (best?.score ?? 0) { best = (entryKinds[index], score) }
      }
    } else {
      best = exactKind(scalars, isOwnNormal, key)
    }
    if let best { return best.kind }
    guard fuzzy else { return nil }
    return fuzzyKind(scalars, key)
  }

  /// ``kind(ofKey:fuzzy:)`` by character comparisons and string pairs only,
  /// with none of the scalar paths: the reference a test holds them to.
  func _kindByCharacters(ofKey scalars: [UInt32], fuzzy: Bool = true) -> SectionKind? {
    guard scalars.count >= 2 else { return nil }
    let characters = Self.characters(scalars)
    if let best = exactKind(scalars, false, { characters }) { return best.kind }
    guard fuzzy else { return nil }
    let pairs = Self.pairs(characters)
    var found: (kind: SectionKind, score: Double)?
    for entry in entries {
      let other = entry.pairs
      guard !pairs.isEmpty, !other.isEmpty else { continue }
      let dice = 2 * Double(pairs.intersection(other).count) / Double(pairs.count + other.count)
      if dice >= 0.7, dice > (found?.score ?? 0) { found = (entry.kind, dice) }
    }
    return found?.kind
  }

  /// The best exact match of ``kind(ofKey:fuzzy:)`` when some key holds a
  /// character that is not its own normal form.
  private func exactKind(_ scalars: [UInt32], _ isOwnNormal: Bool, _ key: () -> [Character]) -> (
    kind: SectionKind, score: Int
  )? {
    func contains(
      _ haystack: [UInt32], _ haystackOwnNormal: Bool, _ needle: [UInt32], _ needleOwnNormal: Bool,
      haystackKey: () -> [Character], needleKey: () -> [Character]
    ) -> Bool {
      if haystackOwnNormal, needleOwnNormal { return Self.containsScalars(haystack, needle) }
      return Self.contains(haystackKey(), haystack, needleKey(), needle)
    }
    var best: (kind: SectionKind, score: Int)?
    for entry in entries {
      let score: Int
      if contains(scalars, isOwnNormal, entry.scalars, entry.isOwnNormal, haystackKey: key, needleKey: { entry.key }) {
        score = 1000 + entry.key.count
      } else if scalars.count >= 4, scalars.count * 2 >= entry.key.count,
        contains(entry.scalars, entry.isOwnNormal, scalars, isOwnNormal, haystackKey: { entry.key }, needleKey: key)
      {
        score = 500 + scalars.count
      } else {
        continue
      }
      if best == nil || score > (best?.score ?? 0) { best = (entry.kind, score) }
    }
    return best
  }

  /// The fuzzy match of ``kind(ofKey:fuzzy:)``.
  private func fuzzyKind(_ scalars: [UInt32], _ key: () -> [Character]) -> SectionKind? {
    // Fuzzy: most character pairs shared (Dice coefficient ≥ 0.7).
    let plainPairs = Self.plainPairs(scalars)
    if let plainPairs, let pairIndex { return fuzzyKind(plainPairs, pairIndex) }
    var stringPairs: Set<String>?
    var fuzzy: (kind: SectionKind, score: Double)?
    for entry in entries {
      let shared: Int
      let counts: (Int, Int)
      if let plainPairs, let other = entry.plainPairs {
        guard !plainPairs.isEmpty, !other.isEmpty else { continue }
        shared =
          plainPairs.count <= other.count
          ? plainPairs.reduce(0) { $0 + (other.contains($1) ? 1 : 0) }
          : other.reduce(0) { $0 + (plainPairs.contains($1) ? 1 : 0) }
        counts = (plainPairs.count, other.count)
      } else {
        let pairs = stringPairs ?? Self.pairs(key())
        stringPairs = pairs
        let other = entry.pairs
        guard !pairs.isEmpty, !other.isEmpty else { continue }
        shared = pairs.intersection(other).count
        counts = (pairs.count, other.count)
      }
      let dice = 2 * Double(shared) / Double(counts.0 + counts.1)
      if dice >= 0.7, dice > (fuzzy?.score ?? 0) { fuzzy = (entry.kind, dice) }
    }
    return fuzzy?.kind
  }

  /// The fuzzy match of a plain title against plain entries: the pairs
  /// each entry shares are counted from the index in one pass over the
  /// title's pairs, then entries are weighed in order as in ``kind(of:fuzzy:)``.
  private func fuzzyKind(_ pairs: Set<UInt64>, _ pairIndex: [UInt64: [Int]]) -> SectionKind? {
    guard !pairs.isEmpty else { return nil }
    var shared = [Int](repeating: 0, count: entries.count)
    for pair in pairs {
      for index in pairIndex[pair] ?? [] { shared[index] += 1 }
    }
    var fuzzy: (kind: SectionKind, score: Double)?
    for index in shared.indices where shared[index] > 0 {
      let count = entryPairCounts[index]
      guard count > 0 else { continue }
      let dice = 2 * Double(shared[index]) / Double(pairs.count + count)
      if dice >= 0.7, dice > (fuzzy?.score ?? 0) { fuzzy = (entryKinds[index], dice) }
    }
    return fuzzy?.kind
  }

  /// `title` folded for comparison.
  static func key(of title: String) -> [Character] {
    characters(keyScalars(of: title.unicodeScalars))
  }

  /// The scalars of ``key(of:)``: each character of a key is one scalar.
  static func keyScalars(of title: some StringProtocol) -> [UInt32] {
    keyScalars(of: title.unicodeScalars)
  }

  /// The key scalars of `scalars`; with `limit`, `nil` as soon as the key
  /// would be longer (no key of that length can equal a shorter one).
  static func keyScalars(of scalars: some Sequence<Unicode.Scalar>, atMost limit: Int) -> [UInt32]? {
    var out: [UInt32] = []
    out.reserveCapacity(min(limit, max(16, scalars.underestimatedCount)) + 1)
    let (mapped, skipped, table, plainHan) = (
      Self.hasTraditional, Self.ignoredBitmap, Self.droppedTable, Self.specialHan
    )
    for scalar in scalars {
      // Most scalars are CJK ideographs with no folding and not ignored.
      if (0x4E00...0x9FFF).contains(scalar.value), !plainHan.contains(scalar.value) {
        out.append(scalar.value)
        if out.count > limit { return nil }
        continue
      }
      // The bitmaps rule out most scalars before the table is hashed.
      let folded =
        mapped.contains(scalar.value) ? traditional[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar : scalar
      let value = folded.value
      if skipped.contains(value) { continue }
      // A CJK ideograph (Lo) is neither space, punctuation nor symbol.
      if !(0x4E00...0x9FFF).contains(value) {
        if let dropped = table.dropped(value) {
          if dropped { continue }
        } else if isDropped(folded) {
          continue
        }
      }
      out.append(value)
      if out.count > limit { return nil }
    }
    return out
  }

  /// ``keyScalars(of:atMost:)`` with no limit.
  static func keyScalars(of scalars: some Sequence<Unicode.Scalar>) -> [UInt32] {
    keyScalars(of: scalars, atMost: .max) ?? []
  }

  /// Whether ``key(of:)`` drops `scalar`: white space, punctuation, symbols.
  private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || Character(scalar).isPunctuation || Character(scalar).isSymbol
  }

  /// ``isDropped(_:)`` worked out once for the blocks titles draw their
  /// marks from (ASCII, CJK punctuation, full-width forms), with the same
  /// expression, rather than through a `Character` per scalar.
  private struct _DroppedTable: Sendable {
    static let ranges: [Range<UInt32>] = [0..<0x80, 0x3000..<0x3040, 0xFF00..<0xFFF0]
    var flags: [[Bool]]

    init() {
      flags = Self.ranges.map { range in
        range.map { Unicode.Scalar($0).map(SectionKindMatcher.isDropped) ?? false }
      }
    }

    func dropped(_ value: UInt32) -> Bool? {
      if value < 0x80 { return flags[0][Int(value)] }
      if (0x3000..<0x3040).contains(value) { return flags[1][Int(value - 0x3000)] }
      if (0xFF00..<0xFFF0).contains(value) { return flags[2][Int(value - 0xFF00)] }
      return nil
    }
  }

  private static let droppedTable = _DroppedTable()

  /// The characters of key scalars.
  private static func characters(_ scalars: [UInt32]) -> [Character] {
    scalars.compactMap { Unicode.Scalar($0).map(Character.init) }
  }

  /// Whether `needle` stands in `haystack`, scalar for scalar.
  private static func containsScalars(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
    guard let head = needle.first, needle.count <= haystack.count else { return false }
    let count = needle.count
    for start in 0...(haystack.count - count) where haystack[start] == head {
      var offset = 1
      while offset < count, haystack[start + offset] == needle[offset] { offset += 1 }
      if offset == count { return true }
    }
    return false
  }

  /// The adjacent pairs of key scalars, packed, when every scalar is plain.
  private static func plainPairs(_ scalars: [UInt32]) -> Set<UInt64>? {
    guard scalars.allSatisfy(_PlainScalar.isPlain) else { return nil }
    guard scalars.count >= 2 else { return [] }
    var out: Set<UInt64> = []
    for i in 0..<(scalars.count - 1) { out.insert(UInt64(scalars[i]) << 32 | UInt64(scalars[i + 1])) }
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
  static func isOwnNormalForm(_ value: UInt32) -> Bool {
    value < 0x80 || (0x3000...0x303F).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x4E00...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value)
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
  /// CJK ideographs a key does not keep as they are: folded or ignored.
  private static let specialHan = _ScalarBitmap(ignored.union(traditional.keys))
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
