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
    bytes.withUnsafeBufferPointer { annotationLength(in: $0, at: index) }
  }

  /// ``annotationLength(in:at:)-([UInt8],_)`` read through a buffer.
  static func annotationLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    var cursor = index
    let (open, openLength) = _UTF8Scalar.decode(bytes, at: cursor)
    guard open == 0x28 || open == 0xFF08 else { return nil }
    cursor += openLength
    // Only a pinyin letter can follow: a–z, or a Latin letter with a tone
    // mark (led by C3, C4, C5, C7, or E1 for ḿ). Most parentheses, `（一）`,
    // stop here.
    guard cursor < bytes.count else { return nil }
    switch bytes[cursor] {
    case 0x61...0x7A, 0xC3, 0xC4, 0xC5, 0xC7, 0xE1: break
    default: return nil
    }
    // The base letters packed one byte each into a word (no heap array per
    // parenthesis): at most eight are read before giving up.
    var base: UInt64 = 0
    var count = 0
    var last: UInt8 = 0
    var toned = false
    var hasV = false
    let letters = toneLetterTable
    while count <= 7 {
      guard cursor < bytes.count else { return nil }
      let (value, length) = _UTF8Scalar.decode(bytes, at: cursor)
      cursor += length
      if value == 0x29 || value == 0xFF09 { break }
      let letter: UInt8
      if (0x61...0x7A).contains(value) {
        letter = UInt8(value)
      } else if (0x31...0x35).contains(value) {
        // A tone digit ends the syllable.
        guard count > 0, !toned else { return nil }
        toned = true
        letter = UInt8(value)
      } else if value < UInt32(letters.count), letters[Int(value)] != 0 {
        let entry = letters[Int(value)]
        if entry & 0x100 != 0 { toned = true }
        letter = UInt8(truncatingIfNeeded: entry)
      } else {
        return nil
      }
      if letter == UInt8(ascii: "v") { hasV = true }
      base |= UInt64(letter) << (8 * UInt64(count))
      count += 1
      last = letter
    }
    guard count >= 1, count <= 7, toned || hasV else { return nil }
    if (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(last) {
      count -= 1
      base &= (1 << (8 * UInt64(count))) - 1
    }
    guard count <= 6, syllables.contains(base) else { return nil }
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
    guard let packed = pack(letters) else { return false }
    return syllables.contains(packed)
  }

  /// ``toneLetters`` as a dense table by scalar value (every key is below
  /// U+1E40): the base letter in the low byte, bit 8 set when toned, 0 for
  /// no entry.
  private static let toneLetterTable: [UInt16] = {
    var table = [UInt16](repeating: 0, count: Int((toneLetters.keys.max() ?? 0) + 1))
    for (value, letter) in toneLetters {
      table[Int(value)] = UInt16(letter.base) | (letter.toned ? 0x100 : 0)
    }
    return table
  }()

  /// Every syllable: a final alone, `ng`, or an initial and a final —
  /// exactly what a final, `ng`, or an initial prefix followed by a final
  /// spells — each packed by ``pack(_:)``.
  private static let syllables: Set<UInt64> = {
    // Packed from the bytes directly: an initial's bytes, then the final's
    // shifted past them, is the packing of the two spelled together.
    let finalWords = finals.compactMap { final in pack(Array(final.utf8)).map { (word: $0, count: final.utf8.count) } }
    var out = Set(finalWords.map(\.word))
    out.reserveCapacity(finalWords.count * (initials.count + 1) + 1)
    if let ng = pack(Array("ng".utf8)) { out.insert(ng) }
    for initial in initials {
      let count = initial.utf8.count
      guard let head = pack(Array(initial.utf8)) else { continue }
      for final in finalWords where count + final.count <= 8 {
        out.insert(head | final.word << (8 * UInt64(count)))
      }
    }
    return out
  }()

  /// Up to eight non-zero bytes, one per byte of a word, first byte lowest;
  /// `nil` for more, or for a zero byte (which would alias a shorter text).
  private static func pack(_ letters: [UInt8]) -> UInt64? {
    guard letters.count <= 8 else { return nil }
    var packed: UInt64 = 0
    for (index, letter) in letters.enumerated() {
      guard letter != 0 else { return nil }
      packed |= UInt64(letter) << (8 * UInt64(index))
    }
    return packed
  }
}
