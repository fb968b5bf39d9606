// Finding a `.blocks` table's anchor means asking, of every label before the
// table, whether it contains one of a few row labels. One byte search per
// row label walked each label several times (about 1% of a parse); this
// walks it once, looking up each pair of bytes in a bitmap of the pairs the
// row labels start with, and compares bytes only where one does.

extension LabelMatcher {
  struct AnchorSearch: Sendable {
    private let needles: [[UInt8]]
    /// Every key has two bytes or more (a key of two characters has).
    private let complete: Bool
    /// Bit `pair` set when a needle starts with the two bytes `pair >> 8`, `pair & 0xFF`.
    private let starts: [UInt64]

    init(_ keys: [String]) {
      needles = keys.map { Array($0.utf8) }.filter { $0.count >= 2 }
      complete = needles.count == keys.count
      var starts = [UInt64](repeating: 0, count: 1024)
      for needle in needles {
        let pair = Int(needle[0]) << 8 | Int(needle[1])
        starts[pair >> 6] |= 1 << UInt64(pair & 63)
      }
      self.starts = starts
    }

    /// Whether `key` contains one of the needles, comparing UTF-8 bytes as
    /// `utf8Contains` does; `nil` when a needle is shorter than two bytes
    /// (the caller then searches itself).
    ///
    /// Only scalar starts are tried: the key is valid UTF-8, and a needle,
    /// valid UTF-8 too, starts with a byte that starts a scalar, which no
    /// byte inside a scalar equals.
    func found(in key: [UInt8]) -> Bool? {
      guard complete else { return nil }
      var i = 0
      let count = key.count
      while i + 1 < count {
        let lead = key[i]
        let pair = Int(lead) << 8 | Int(key[i + 1])
        if starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
          for needle in needles where matches(needle, in: key, at: i) { return true }
        }
        i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      }
      return false
    }

    private func matches(_ needle: [UInt8], in hay: [UInt8], at i: Int) -> Bool {
      guard hay.count - i >= needle.count else { return false }
      var j = 0
      while j < needle.count, hay[i + j] == needle[j] { j += 1 }
      return j == needle.count
    }
  }
}
