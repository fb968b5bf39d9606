// Substring search on UTF-8 bytes.
//
// Foundation's `contains(_:)` and `range(of:)` on Linux go through
// CFStringFind with Unicode cluster folding, and profiling the pipeline showed
// them taking half of all parse time. The texts here are normalised already,
// so byte equality is the comparison we want; these helpers do it in the
// standard library with no bridging.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension StringProtocol {
  /// Whether `needle` occurs in the string, comparing UTF-8 bytes. An empty
  /// needle is not contained (as with Foundation's `contains(_:)`).
  func utf8Contains(_ needle: some StringProtocol) -> Bool {
    utf8FirstOffset(of: needle, from: 0) != nil
  }

  /// The range of the first occurrence of `needle` at or after `lowerBound`,
  /// comparing UTF-8 bytes.
  func utf8Range(of needle: some StringProtocol, from lowerBound: Index? = nil) -> Range<Index>? {
    let view = utf8
    let startOffset = lowerBound.map { view.distance(from: view.startIndex, to: $0) } ?? 0
    guard let offset = utf8FirstOffset(of: needle, from: startOffset) else { return nil }
    let lower = view.index(view.startIndex, offsetBy: offset)
    let upper = view.index(lower, offsetBy: needle.utf8.count)
    return lower..<upper
  }

  /// Whether the string contains any of `needles`.
  func utf8ContainsAny(_ needles: [String]) -> Bool {
    needles.contains { utf8Contains($0) }
  }

  /// The string without leading and trailing white space (Unicode `isWhitespace`).
  func trimmingWhitespace() -> String {
    // `Character.isWhitespace` reads a character's first scalar. The first
    // scalar of the text starts its first character; a last scalar that is
    // ASCII graphic or a CJK ideograph cannot extend a cluster, so it ends
    // a character that is itself or starts with a prepended mark, neither
    // white space. Text with such ends (nearly all) has nothing to trim.
    let scalars = unicodeScalars
    if let head = scalars.first, let tail = scalars.last, Self._isPlainEdge(head), Self._isPlainEdge(tail) {
      return String(self)
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// Whether the string has at most `limit` characters, walking no more
  /// than `limit + 1` of them (`count` walks them all).
  func _hasAtMostCharacters(_ limit: Int) -> Bool {
    if utf8.count <= limit { return true }
    guard let index = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
    return index == endIndex
  }

  /// Whether the string has at most `limit` Unicode scalars, counted as the
  /// bytes that start one (no decoding).
  func _hasAtMostScalars(_ limit: Int) -> Bool {
    if utf8.count <= limit { return true }
    let count =
      utf8.withContiguousStorageIfAvailable { bytes in
        var starts = 0
        for byte in bytes where byte & 0xC0 != 0x80 { starts += 1 }
        return starts
      } ?? unicodeScalars.count
    return count <= limit
  }

  /// Whether the string holds the byte `byte`, scanning its storage directly.
  func _utf8Contains(byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    } ?? utf8.contains(byte)
  }

  /// ASCII graphic characters and CJK unified ideographs: not white space,
  /// and never joined to the scalar before them in a grapheme cluster.
  private static func _isPlainEdge(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x21...0x7E).contains(value) || (0x4E00...0x9FFF).contains(value)
  }

  private func utf8FirstOffset(of needle: some StringProtocol, from start: Int) -> Int? {
    let found: Int?? = utf8.withContiguousStorageIfAvailable { hay in
      needle.utf8.withContiguousStorageIfAvailable { pin in _firstOffset(of: pin, in: hay, from: start) } ?? nil
    }
    if let found { return found }
    // Bridged or non-contiguous strings: copy once, then search the same way.
    let hay = Array(utf8)
    let pin = Array(needle.utf8)
    return hay.withUnsafeBufferPointer { h in pin.withUnsafeBufferPointer { _firstOffset(of: $0, in: h, from: start) } }
  }
}

extension Array where Element == UInt8 {
  /// The offset of the first occurrence of `needle` at or after `start`; the
  /// same search as `utf8Contains(_:)`, for byte arrays.
  func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
    withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { _firstOffset(of: $0, in: hay, from: start) } }
  }

  /// The offset of the first occurrence of `needle` that lies wholly inside
  /// `range` (clipped to the array), or `nil`.
  func firstOffset(of needle: [UInt8], in range: Range<Int>) -> Int? {
    let lower = Swift.max(0, range.lowerBound)
    let upper = Swift.min(count, range.upperBound)
    guard lower < upper else { return nil }
    let found = withUnsafeBufferPointer { all in
      needle.withUnsafeBufferPointer {
        _firstOffset(of: $0, in: UnsafeBufferPointer(rebasing: all[lower..<upper]), from: 0)
      }
    }
    return found.map { $0 + lower }
  }
}

/// The offset of the first occurrence of `needle` in `hay` at or after `start`.
///
/// A scan for the needle's first byte stops at nearly every Han character
/// (a handful of lead bytes cover them all), which made this the hottest
/// function of the pipeline. The needle's last byte — for Han text a
/// continuation byte, one of 64 values — is found with the C library's
/// `memchr`, and only where it stands is the rest compared. Anchors are
/// visited in order, so the first match found is the first in the text.
private func _firstOffset(
  of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int
) -> Int? {
  guard let anchor = needle.last, start >= 0, hay.count >= needle.count, start <= hay.count - needle.count,
    let hayBase = hay.baseAddress, let needleBase = needle.baseAddress
  else { return nil }
  let lead = needle.count - 1
  var position = start + lead
  while position < hay.count {
    guard let found = memchr(hayBase + position, Int32(anchor), hay.count - position) else { return nil }
    let anchorOffset = UnsafeRawPointer(hayBase).distance(to: UnsafeRawPointer(found))
    let candidate = anchorOffset - lead
    if lead == 0 || memcmp(hayBase + candidate, needleBase, lead) == 0 { return candidate }
    position = anchorOffset + 1
  }
  return nil
}

extension String {
  /// The non-empty lines of the text cut at `\n`, found on UTF-8 bytes, or
  /// `nil` when the text holds a carriage return.
  ///
  /// Without `\r`, every `\n` is a character of its own (grapheme breaks
  /// always fall around a line feed), so the result equals
  /// `split(separator: "\n")` while skipping the grapheme walk over the
  /// whole text. With `\r` present, `\r\n` is one character and callers keep
  /// their own character-level split.
  ///
  /// - Complexity: O(n) in the text's UTF-8 length.
  func _lfLinesIfNoCR() -> [Substring]? {
    if _utf8Contains(byte: 0x0D) { return nil }
    return utf8.split(separator: 0x0A, omittingEmptySubsequences: true).map { Substring($0) }
  }
}
