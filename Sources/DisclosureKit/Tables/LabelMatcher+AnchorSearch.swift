// Finding a `.blocks` table's anchor means asking, of every label before the
// table, whether it contains one of a few row labels. One byte search per
// row label walked each label several times (about 1% of a parse); this
// walks it once, scalar by scalar, looking up the bytes that start there in
// a bitmap of how the row labels start, and compares bytes only where one
// may: the first four bytes (hashed) when every row label has four, else
// the first two.

extension LabelMatcher {
  struct AnchorSearch: Sendable {
    private let needles: [[UInt8]]
    /// Every key has two bytes or more (a key of two characters has).
    private let complete: Bool
    /// Every needle has four bytes or more: the bitmap is of their first four.
    private let byFour: Bool
    /// The fewest bytes a needle has.
    private let shortest: Int
    /// Bit `start(…)` set for the start of every needle.
    private let starts: [UInt64]

    init(_ keys: [String]) {
      needles = keys.map { Array($0.utf8) }.filter { $0.count >= 2 }
      complete = needles.count == keys.count
      shortest = needles.map(\.count).min() ?? 2
      byFour = shortest >= 4
      var starts = [UInt64](repeating: 0, count: 1024)
      for needle in needles {
        let bit = Self.start(needle, at: 0, byFour: byFour)
        starts[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      self.starts = starts
    }

    /// The bit of the bytes at `i`: their first four hashed to 16 bits, or
    /// their first two. The caller has checked that as many bytes are there.
    @inline(__always)
    private static func start(_ bytes: [UInt8], at i: Int, byFour: Bool) -> Int {
      guard byFour else { return Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
      let word = UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
      return Int((word &* 0x9E37_79B1) >> 16)
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
      var from = 0
      while let i = candidate(in: key, from: from) {
        for needle in needles where matches(needle, in: key, at: i) { return true }
        from = i + Self.scalarLength(key[i])
      }
      return false
    }

    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// The first scalar start at or after `from` where the bitmap says a
    /// needle may start.
    private func candidate(in key: [UInt8], from: Int) -> Int? {
      let count = key.count
      let byFour = byFour
      let shortest = shortest
      // Every label's every scalar is looked at: the loop reads raw bytes.
      // Safe by construction: `i + shortest <= count` with `shortest` at least
      // 2 (4 when `byFour`) keeps every read of `bytes` below `count`, and a
      // bit is below 65536, so `bits[bit >> 6]` is below 1024, their count.
      return key.withUnsafeBufferPointer { bytes in
        starts.withUnsafeBufferPointer { bits in
          var i = max(0, from)
          while i + shortest <= count {
            let lead = bytes[i]
            let bit: Int
            if byFour {
              let word =
                UInt32(lead) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
              bit = Int((word &* 0x9E37_79B1) >> 16)
            } else {
              bit = Int(lead) << 8 | Int(bytes[i + 1])
            }
            if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return i }
            i += Self.scalarLength(lead)
          }
          return nil
        }
      }
    }

    private func matches(_ needle: [UInt8], in hay: [UInt8], at i: Int) -> Bool {
      guard hay.count - i >= needle.count else { return false }
      var j = 0
      while j < needle.count, hay[i + j] == needle[j] { j += 1 }
      return j == needle.count
    }
  }
}
