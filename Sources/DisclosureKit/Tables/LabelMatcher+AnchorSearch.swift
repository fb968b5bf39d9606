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
    /// `utf8Contains` does; `nil` when the key's bytes are not contiguous or
    /// a needle is shorter than two bytes (the caller then searches itself).
    func found(in key: String) -> Bool? {
      guard complete else { return nil }
      return key.utf8.withContiguousStorageIfAvailable { hay -> Bool in
        var i = 0
        while i + 1 < hay.count {
          let pair = Int(hay[i]) << 8 | Int(hay[i + 1])
          if starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
            for needle in needles where matches(needle, in: hay, at: i) { return true }
          }
          i += 1
        }
        return false
      }
    }

    private func matches(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
      guard hay.count - i >= needle.count else { return false }
      var j = 0
      while j < needle.count, hay[i + j] == needle[j] { j += 1 }
      return j == needle.count
    }
  }
}
