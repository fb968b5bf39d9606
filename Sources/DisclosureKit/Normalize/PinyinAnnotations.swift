/// Finds pinyin annotations that some sites insert after characters:
/// `領(lǐng)導` → `领导`, `關（guān）於` → `关于`.
///
/// The rule: right after a Han character, `(` or `（`, one to six pinyin
/// letters (a–z, tone-marked vowels, ü) with an optional tone digit, then
/// `)` or `）`; the letters must spell one valid pinyin syllable and carry a
/// tone (a mark or a digit). Real parentheses — `(一)`, `(以下简称《条例》)`,
/// `(2018年2月21日)`, `(网址:http://…)`, `系统(app)` — never match.
enum PinyinAnnotations {
  /// The byte length of the annotation starting at `index` (an opening
  /// parenthesis), or `nil` when there is none.
  ///
  /// - Complexity: O(1): at most seven scalars are examined.
  static func annotationLength(in bytes: [UInt8], at index: Int) -> Int? {
    var cursor = index
    let (open, openLength) = _UTF8Scalar.decode(bytes, at: cursor)
    guard open == 0x28 || open == 0xFF08 else { return nil }
    cursor += openLength
    var base: [UInt8] = []
    var toned = false
    while base.count <= 7 {
      guard cursor < bytes.count else { return nil }
      let (value, length) = _UTF8Scalar.decode(bytes, at: cursor)
      cursor += length
      if value == 0x29 || value == 0xFF09 { break }
      if (0x61...0x7A).contains(value) {
        base.append(UInt8(value))
      } else if (0x31...0x35).contains(value) {
        // A tone digit ends the syllable.
        guard !base.isEmpty, !toned else { return nil }
        toned = true
        base.append(UInt8(value))
      } else if let letter = toneLetters[value] {
        if letter.toned { toned = true }
        base.append(letter.base)
      } else {
        return nil
      }
    }
    guard base.count >= 1, base.count <= 7, toned || base.contains(UInt8(ascii: "v")) else { return nil }
    if let last = base.last, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(last) { base.removeLast() }
    guard base.count <= 6, isSyllable(base) else { return nil }
    return cursor - index
  }

  /// Tone-marked letters and ü, by their base letter (`v` for ü); ü and ê
  /// carry no tone themselves.
  private static let toneLetters: [UInt32: (base: UInt8, toned: Bool)] = {
    var table: [UInt32: (base: UInt8, toned: Bool)] = [
      0xFC: (UInt8(ascii: "v"), false), 0xEA: (UInt8(ascii: "e"), false),
    ]
    let groups: [(String, Character)] = [
      ("āáǎà", "a"), ("ēéěè", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"), ("ǖǘǚǜ", "v"), ("ńňǹ", "n"),
      ("ḿ", "m"),
    ]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar.value] = (base.asciiValue ?? 0, true) }
    }
    return table
  }()

  private static let initials = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y",
    "w",
  ]
  private static let finals: Set<String> = [
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ve", "ue", "er", "an", "en", "in",
    "un", "vn", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang",
    "van", "io",
  ]

  /// Whether the base letters spell one pinyin syllable.
  static func isSyllable(_ letters: [UInt8]) -> Bool {
    let text = String(decoding: letters, as: UTF8.self)
    if finals.contains(text) || text == "ng" { return true }
    for initial in initials where text.hasPrefix(initial) {
      if finals.contains(String(text.dropFirst(initial.count))) { return true }
    }
    return false
  }
}
