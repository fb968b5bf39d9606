#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fact reader's questions about labels, answered on the text's bytes
/// where it stands, with no `String` made.
///
/// Each answer is the one the same question asked of `string(range)`
/// would get. Byte search is what the `String` helpers do already
/// (`utf8Contains`); trimming and `hasPrefix` compare characters, so they
/// answer on bytes only where characters and bytes cannot differ, and ask
/// the `String` otherwise.
extension _FactText {
  /// The range ``string(_:_:)`` reads: clipped to the bytes and moved off split scalars.
  func aligned(_ start: Int, _ end: Int) -> Range<Int> {
    var lower = min(max(0, start), bytes.count)
    let upper = min(max(lower, end), bytes.count)
    while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
    var top = upper
    if top < bytes.count {
      while top > lower, bytes[top] & 0xC0 == 0x80 { top -= 1 }
    }
    return lower..<top
  }

  /// The text of an aligned range.
  func string(_ range: Range<Int>) -> String {
    let lower = min(max(0, range.lowerBound), bytes.count)
    let upper = min(max(lower, range.upperBound), bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  /// The part of an aligned range that `string(range).trimmingWhitespace()` keeps.
  func trimmingWhitespace(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else { return range }
    // A character is white space when its first scalar is. Ends that are
    // plain scalars other than white space (nearly every clause's: Han,
    // digits, brackets, quotes) start characters that are not, and the
    // last one extends nothing before it: nothing to trim.
    let last = max(range.lowerBound, scalarStart(before: range.upperBound))
    if isPlainNonWhitespace(at: range.lowerBound), isPlainNonWhitespace(at: last) { return range }
    let text = string(range)
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let end = text.lastIndex(where: { !$0.isWhitespace }).map({ text.index(after: $0) })
    else { return range.lowerBound..<range.lowerBound }
    let utf8 = text.utf8
    return
      (range.lowerBound + utf8.distance(from: utf8.startIndex, to: first))..<(range.lowerBound
      + utf8.distance(from: utf8.startIndex, to: end))
  }

  /// Whether the scalar at `i` is plain (see ``isPlainForComparison(_:)``) and not white space.
  private func isPlainNonWhitespace(at i: Int) -> Bool {
    guard i >= 0, i < bytes.count else { return false }
    let length = bytes[i] < 0x80 ? 1 : 3
    return isPlainForComparison(i..<(i + length)) && !Self.isPlainWhitespace(plainScalar(at: i))
  }

  /// Whether `byte` stands in `range`.
  func contains(byte: UInt8, in range: Range<Int>) -> Bool {
    let lower = max(0, range.lowerBound)
    let upper = min(bytes.count, range.upperBound)
    guard lower < upper else { return false }
    return bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return false }
      return memchr(base + lower, Int32(byte), upper - lower) != nil
    }
  }

  /// Whether `needle` stands in `range`; an empty needle does not, as in `utf8Contains`.
  func contains(_ needle: [UInt8], in range: Range<Int>) -> Bool {
    firstOffset(of: needle, in: range) != nil
  }

  /// The offset in the text of the first `needle` inside `range`.
  func firstOffset(of needle: [UInt8], in range: Range<Int>) -> Int? {
    bytes.firstOffset(of: needle, in: range)
  }

  /// Whether the text of `range` starts with `prefix` (whose bytes are
  /// `prefixBytes`) as `String.hasPrefix` decides it: comparing characters
  /// under canonical equivalence.
  func hasPrefix(_ prefix: String, bytes prefixBytes: [UInt8], in range: Range<Int>) -> Bool {
    let end = range.lowerBound + prefixBytes.count
    // Where every scalar compared, and the one after (which could extend the
    // last character), has no decomposition and extends nothing, characters
    // are equal exactly when bytes are.
    let window = range.lowerBound..<min(range.upperBound, end + 3)
    guard isPlainForComparison(window) else { return string(range).hasPrefix(prefix) }
    guard end <= range.upperBound else { return false }
    return bytes[range.lowerBound..<end].elementsEqual(prefixBytes)
  }

  /// Whether every scalar starting in `range` is ASCII other than `\r`, a
  /// CJK ideograph or symbol of U+4000–U+9FFF, full-width ASCII
  /// (U+FF01–U+FF5F), CJK punctuation other than the tone marks
  /// (U+3000–U+3029, U+3030–U+303F) or general punctuation U+2010–U+2027
  /// (dashes, curly quotes, `…`): scalars with no canonical decomposition
  /// that never join another in a character. In such text a character is a
  /// scalar, and comparing characters is comparing bytes.
  func isPlainForComparison(_ range: Range<Int>) -> Bool {
    var i = max(0, range.lowerBound)
    let upper = min(bytes.count, range.upperBound)
    while i < upper {
      let lead = bytes[i]
      if lead < 0x80 {
        // `\r\n` is one character of two scalars.
        if lead == 0x0D { return false }
        i += 1
        continue
      }
      guard i + 2 < bytes.count else { return false }
      let second = bytes[i + 1]
      let third = bytes[i + 2]
      switch lead {
      case 0xE4...0xE9: break
      case 0xE2 where second == 0x80 && (0x90...0xA7).contains(third): break
      case 0xE3 where second == 0x80 && !(0xAA...0xAF).contains(third): break
      case 0xEF where second == 0xBC || (second == 0xBD && third < 0xA0): break
      default: return false
      }
      i += 3
    }
    return true
  }

  /// The scalar value starting at `i` of plain text (see
  /// ``isPlainForComparison(_:)``): one or three bytes.
  func plainScalar(at i: Int) -> UInt32 {
    guard i >= 0, i < bytes.count else { return 0 }
    let lead = bytes[i]
    guard lead >= 0x80 else { return UInt32(lead) }
    guard i + 2 < bytes.count else { return 0xFFFD }
    return UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
  }

  /// The start of the scalar before `i`.
  func scalarStart(before i: Int) -> Int {
    var j = min(i, bytes.count) - 1
    while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
    return max(0, j)
  }

  /// Whether `value` is white space in plain text: `\t \n \v \f`, space, U+3000.
  static func isPlainWhitespace(_ value: UInt32) -> Bool {
    (0x09...0x0C).contains(value) || value == 0x20 || value == 0x3000
  }

  /// An aligned range of plain text without white space at its ends.
  func trimmingPlainWhitespace(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, Self.isPlainWhitespace(plainScalar(at: lower)) {
      lower += bytes[lower] < 0x80 ? 1 : 3
    }
    while upper > lower {
      let last = scalarStart(before: upper)
      guard Self.isPlainWhitespace(plainScalar(at: last)) else { break }
      upper = last
    }
    return lower..<upper
  }

  /// The number of scalars in an aligned range: the bytes that start one.
  func scalarCount(_ range: Range<Int>) -> Int {
    let lower = max(0, range.lowerBound)
    let upper = min(bytes.count, range.upperBound)
    guard lower < upper else { return 0 }
    var count = 0
    for byte in bytes[lower..<upper] where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The number an aligned range spells, parsed in place.
  func number(_ range: Range<Int>) -> ChineseNumber? {
    let lower = max(0, range.lowerBound)
    let upper = min(bytes.count, range.upperBound)
    guard lower <= upper else { return nil }
    return bytes.withUnsafeBytes { all in
      try? ChineseNumber(parsing: UnsafeRawBufferPointer(rebasing: all[lower..<upper]))
    }
  }
}
