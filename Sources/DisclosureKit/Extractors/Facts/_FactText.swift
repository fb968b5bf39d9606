/// The normalised text as bytes, with the slicing the fact reader needs.
struct _FactText {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  /// The text of `start..<end`, clipped to the bytes and moved off split
  /// scalars, so a cap that falls inside a character never yields garbage.
  func string(_ start: Int, _ end: Int) -> String {
    var lower = min(max(0, start), bytes.count)
    let upper = min(max(lower, end), bytes.count)
    while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
    var top = upper
    if top < bytes.count {
      while top > lower, bytes[top] & 0xC0 == 0x80 { top -= 1 }
    }
    return String(decoding: bytes[lower..<top], as: UTF8.self)
  }

  func string(_ range: SourceRange) -> String { string(range.start, range.end) }

  /// The first scalar of ``string(_:)-(SourceRange)``, decoded in place
  /// rather than through a new string (a token's range is scalar-aligned).
  func firstScalar(_ range: SourceRange) -> Unicode.Scalar? {
    var lower = min(max(0, range.start), bytes.count)
    let upper = min(max(lower, range.end), bytes.count)
    while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
    guard lower < upper else { return nil }
    // The bytes are a `String`'s, so valid UTF-8: the lead byte gives the
    // length and the continuation bytes need no checking.
    let lead = bytes[lower]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard lower + length <= bytes.count else { return nil }
    // A sequence cut by the range's end is what `string` would drop.
    guard lower + length <= upper || upper == bytes.count else { return nil }
    var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> UInt32(length))
    for offset in 1..<max(1, length) { value = value << 6 | UInt32(bytes[lower + offset] & 0x3F) }
    return Unicode.Scalar(value)
  }
}

extension String {
  /// Whether the string holds a Han character.
  var _hasHan: Bool {
    unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
  }
}

extension Character {
  /// Whether the character is a Han character.
  var _isHan: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }
}
