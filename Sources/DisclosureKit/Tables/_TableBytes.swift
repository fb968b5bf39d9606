// Reading the normalised text's UTF-8 bytes scalar by scalar, for the byte
// paths of the Tables stage.
//
// The text is a `String`, so its bytes are valid UTF-8: a range whose two
// ends are scalar boundaries (`isBoundary`) holds whole, valid scalars, and
// the byte paths read only such ranges. A range cut inside a scalar (a line
// cut at `ParseLimits.maxLineBytes`, an HTML cell's odd range) goes to the
// `String` path, whose decoding repairs it. Every read is bounds-checked
// all the same: damaged bytes read as U+FFFD, never past the end.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

enum _TableBytes {
  /// Whether `i` starts a scalar of `bytes` or is their end.
  @inline(__always)
  static func isBoundary(_ bytes: [UInt8], _ i: Int) -> Bool {
    i == bytes.count || i >= 0 && i < bytes.count && bytes[i] & 0xC0 != 0x80
  }

  /// Whether `start..<end` is a range of whole scalars of `bytes`.
  static func isWholeScalars(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    0 <= start && start <= end && end <= bytes.count && isBoundary(bytes, start) && isBoundary(bytes, end)
  }

  /// The scalar value at `i` and its length, reading no byte at or past
  /// `end`; a damaged or cut sequence reads as U+FFFD of length 1.
  @inline(__always)
  static func scalar(_ bytes: [UInt8], at i: Int, end: Int) -> (value: UInt32, length: Int) {
    let limit = min(end, bytes.count)
    guard i >= 0, i < limit else { return (0xFFFD, 1) }
    let lead = bytes[i]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead & 0xF0 == 0xE0, i + 2 < limit {
      let b1 = bytes[i + 1]
      let b2 = bytes[i + 2]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      return (UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
    }
    if lead & 0xE0 == 0xC0, i + 1 < limit {
      let b1 = bytes[i + 1]
      guard b1 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      return (UInt32(lead & 0x1F) << 6 | UInt32(b1 & 0x3F), 2)
    }
    if lead & 0xF8 == 0xF0, i + 3 < limit {
      let b1 = bytes[i + 1]
      let b2 = bytes[i + 2]
      let b3 = bytes[i + 3]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      return (UInt32(lead & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F), 4)
    }
    return (0xFFFD, 1)
  }

  /// `CellValueParser.isWhitespace` by value: Unicode's White_Space scalars.
  @inline(__always)
  static func isWhitespace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    if value > 0x3000 { return false }
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether `needle` occurs in `bytes[start..<end]`.
  ///
  /// The needle's last byte is found with the C library's `memchr` (for Han
  /// text a continuation byte, one of 64 values, where a first byte would
  /// stop at nearly every character), and the rest compared where it stands.
  static func contains(_ bytes: [UInt8], _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
    let lower = max(0, start)
    let upper = min(end, bytes.count)
    guard let anchor = needle.last, upper - lower >= needle.count else { return false }
    let lead = needle.count - 1
    // Safe by construction: every pointer handed to `memchr` and `memcmp`
    // stays within `lower..<upper`, inside `bytes`: `position < upper` and
    // a match's first byte `candidate >= lower` (`position` starts at
    // `lower + lead`), and `memcmp` reads `lead` bytes from it.
    return bytes.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pin in
        guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
        var position = lower + lead
        while position < upper {
          guard let found = memchr(hayBase + position, Int32(anchor), upper - position) else { return false }
          let anchorOffset = UnsafeRawPointer(hayBase).distance(to: UnsafeRawPointer(found))
          let candidate = anchorOffset - lead
          if lead == 0 || memcmp(hayBase + candidate, pinBase, lead) == 0 { return true }
          position = anchorOffset + 1
        }
        return false
      }
    }
  }

  /// A hash of `bytes` from their length and their first and last eight
  /// bytes: constant time, whatever the key's length. The tables compare
  /// bytes wherever hashes agree, so keys that share these (a rare pair of
  /// long keys) only cost a comparison.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = bytes.count
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var k = 0
    while k < min(8, count) {
      head = head << 8 | UInt64(bytes[k])
      k += 1
    }
    k = max(0, count - 8)
    while k < count {
      tail = tail << 8 | UInt64(bytes[k])
      k += 1
    }
    // SplitMix64's finaliser over the three, for well-spread low bits.
    var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15 ^ head
    hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9 ^ tail
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}
