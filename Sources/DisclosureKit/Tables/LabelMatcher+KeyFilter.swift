// A cheap test that rules out most lookups before a key is hashed. Nearly
// every label in a report is a line of prose, and hashing a `String` walks
// it through NFC normalisation: profiling showed the aligner spending
// about 40% of its time hashing prose that could never equal a label.
//
// The test is exact, never a guess. `String` equality is canonical
// equivalence, so it cannot compare byte lengths alone. It can when both
// sides are *inert*: made only of scalars that have no canonical
// decomposition, combine with nothing and are never combined (ASCII, CJK
// ideographs and punctuation, the full-width forms, common dashes and
// quotes; no control character). Such a string is its own NFC and NFD form,
// and each of its scalars is a character of its own. So an inert key equals
// an inert template key only when their bytes are equal. And any string
// equal to an inert key has at most as many scalars as that key, hence at
// most four bytes per scalar of it.

extension LabelMatcher {
  struct KeyFilter: Sendable {
    /// The longest key, in bytes, that can equal one of the keys;
    /// `Int.max` when a key is not inert (nothing is ruled out).
    private let maxBytes: Int
    /// `lengths[n]`: some key is `n` bytes long.
    private let lengths: [Bool]

    init(_ keys: some Sequence<String>) {
      var maxScalars = 0
      var longest = 0
      var allInert = true
      for key in keys {
        allInert = allInert && Self.isInert(key)
        maxScalars = max(maxScalars, key.unicodeScalars.count)
        longest = max(longest, key.utf8.count)
      }
      guard allInert else {
        maxBytes = Int.max
        lengths = []
        return
      }
      let (bound, overflow) = maxScalars.multipliedReportingOverflow(by: 4)
      maxBytes = overflow ? Int.max : bound
      var lengths = [Bool](repeating: false, count: longest + 1)
      for key in keys { lengths[key.utf8.count] = true }
      self.lengths = lengths
    }

    /// Whether `key` may equal one of the keys; `false` only when it cannot.
    func mayMatch(_ key: String) -> Bool {
      guard maxBytes != Int.max else { return true }
      let count = key.utf8.count
      if count > maxBytes { return false }
      if count < lengths.count, lengths[count] { return true }
      // No key has this length: an inert key cannot equal any of them.
      return !Self.isInert(key)
    }

    /// ``mayMatch(_:)-(String)`` with the inertness the key carries.
    @inline(__always)
    func mayMatch(_ key: LabelKey) -> Bool {
      guard maxBytes != Int.max else { return true }
      let count = key.byteCount
      if count > maxBytes { return false }
      if count < lengths.count, lengths[count] { return true }
      return !key.isInert
    }

    /// Whether `key`, or the key without its trailing parenthetical (as
    /// the matcher's lookup drops it), may equal one of the keys.
    func mayName(_ key: LabelKey) -> Bool {
      if mayMatch(key) { return true }
      guard key.firstParenthesis >= 0 else { return false }
      guard key.isInert else { return true }
      return key.firstParenthesis > 0 && mayMatch(inertLength: key.firstParenthesis)
    }

    /// Whether an inert key of `count` bytes may equal one of the keys.
    func mayMatch(inertLength count: Int) -> Bool {
      maxBytes == Int.max || count < lengths.count && lengths[count]
    }

    /// Whether every scalar of `key` is one whose string is its own NFC
    /// and NFD, whatever stands next to it (see the file's header).
    static func isInert(_ key: String) -> Bool {
      var key = key
      return key.withUTF8 { isInert($0) }
    }

    /// Whether the three-byte scalar `b0 b1 b2` is inert.
    @inline(__always)
    static func isInert(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
      switch b0 {
      case 0xE2: b1 == 0x80 && (0x90...0xA7).contains(b2)
      // U+302A–U+302F are combining tone marks.
      case 0xE3: (b1 == 0x80 && !(0xAA...0xAF).contains(b2)) || (0x90...0xBF).contains(b1)
      case 0xE4...0xE9: true
      case 0xEF: b1 == 0xBC || b1 == 0xBD
      default: false
      }
    }

    static func isInert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var i = 0
      let n = bytes.count
      while i < n {
        let lead = bytes[i]
        if lead < 0x80 {
          // Controls are left out: CR LF is one character of two scalars.
          guard (0x20...0x7E).contains(lead) else { return false }
          i += 1
          continue
        }
        // Only three-byte scalars can be inert here: U+2010–U+2027,
        // U+3000–U+3029, U+3030–U+303F, U+3400–U+9FFF, U+FF00–U+FF7F.
        guard i + 2 < n else { return false }
        let inert = isInert(lead, bytes[i + 1], bytes[i + 2])
        guard inert else { return false }
        i += 3
      }
      return true
    }
  }
}
