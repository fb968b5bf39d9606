/// The UTF-8 bytes of a text with the scalar-level helpers the structure
/// stage scans with. Every read is bounds-checked.
struct _TextBytes {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  var count: Int { bytes.count }

  subscript(_ offset: Int) -> UInt8? { offset >= 0 && offset < bytes.count ? bytes[offset] : nil }

  /// The scalar at `offset` and its length; an invalid byte reads as
  /// U+FFFD of length 1 so scans always advance.
  func scalar(at offset: Int) -> (value: UInt32, length: Int)? {
    guard offset >= 0, offset < bytes.count else { return nil }
    let decoded = bytes.withUnsafeBytes { _MarkerScanner.scalar(at: offset, in: $0) }
    return decoded ?? (0xFFFD, 1)
  }

  /// The scalar ending just before `offset`.
  func scalar(endingBefore offset: Int) -> UInt32? {
    bytes.withUnsafeBytes { _MarkerScanner.scalar(endingBefore: offset, in: $0) }
  }

  /// The heading marker at `offset`; `ignoringContext` skips the check on
  /// the word before it.
  func marker(at offset: Int, ignoringContext: Bool = false) -> HeadingMarker? {
    guard mayStartMarker(at: offset) else { return nil }
    return bytes.withUnsafeBytes { raw in
      ignoringContext
        ? HeadingMarker.matchIgnoringContext(in: raw, at: offset) : HeadingMarker.match(in: raw, at: offset)
    }
  }

  /// Whether the scalar at `offset` can start a heading marker: `(` `（`,
  /// a digit, `①`–`⒛`, `第`, or a Han digit `一`–`十` — the first scalars
  /// `_MarkerScanner.marker()` accepts. Most offsets a detector tries are
  /// ruled out here without decoding the scalar before them.
  func mayStartMarker(at offset: Int) -> Bool {
    guard let (value, _) = scalar(at: offset) else { return false }
    switch value {
    case 0x28, 0xFF08, 0x30...0x39, 0xFF10...0xFF19, 0x2460...0x249B, 0x7B2C: return true
    default: return _MarkerScanner.hanDigit(value) != nil
    }
  }

  /// The lines, as byte ranges without their line break (`\n`, `\r\n`, `\r`).
  func lines() -> [SourceRange] {
    var out: [SourceRange] = []
    bytes.withUnsafeBufferPointer { buffer in
      // Normalised text has no `\r`: then each line ends at the next `\n`,
      // found by `memchr` rather than byte by byte.
      guard _ByteSearch.firstIndex(of: 0x0D, in: buffer, from: 0) != nil else {
        var start = 0
        while let end = _ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start) {
          out.append(SourceRange(start: start, end: end))
          start = end + 1
        }
        if start < buffer.count { out.append(SourceRange(start: start, end: buffer.count)) }
        return
      }
      var start = 0
      var i = 0
      while i < buffer.count {
        let b = buffer[i]
        if b == 0x0A || b == 0x0D {
          out.append(SourceRange(start: start, end: i))
          if b == 0x0D, i + 1 < buffer.count, buffer[i + 1] == 0x0A { i += 1 }
          start = i + 1
        }
        i += 1
      }
      if start < buffer.count { out.append(SourceRange(start: start, end: buffer.count)) }
    }
    return out
  }

  /// Calls `body` for every scalar in `start..<end` that is white space
  /// (``isSpace(_:)``), a full stop (`。` `；` `！` `？` `;`, see
  /// `HeadingDetector.endsSentence`) or a `、`, in order, with its offset,
  /// its length in bytes, and whether it is the `、`.
  ///
  /// The text is valid UTF-8 (it was a `String`), so these scalars' byte
  /// patterns can only match at the start of a scalar: no other byte needs
  /// decoding.
  ///
  /// - Complexity: O(n) in the bytes, one comparison for most.
  func forEachBreak(from start: Int, to end: Int, _ body: (_ offset: Int, _ length: Int, _ isComma: Bool) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
      let end = min(end, buffer.count)
      var i = max(0, start)
      while i < end {
        switch buffer[i] {
        case 0x20, 0x09, 0x3B:
          body(i, 1, false)
          i += 1
        case 0xC2:
          // NBSP, U+00A0.
          if i + 1 < end, buffer[i + 1] == 0xA0 {
            body(i, 2, false)
            i += 2
          } else {
            i += 1
          }
        case 0xE3:
          // U+3000 (ideographic space), U+3001 (、), U+3002 (。).
          guard i + 2 < end else {
            i += 1
            continue
          }
          if buffer[i + 1] == 0x80 {
            switch buffer[i + 2] {
            case 0x80, 0x82: body(i, 3, false)
            case 0x81: body(i, 3, true)
            default: break
            }
          }
          i += 3
        case 0xEF:
          // U+FF01 (！), U+FF1B (；), U+FF1F (？).
          guard i + 2 < end else {
            i += 1
            continue
          }
          if buffer[i + 1] == 0xBC {
            switch buffer[i + 2] {
            case 0x81, 0x9B, 0x9F: body(i, 3, false)
            default: break
            }
          }
          i += 3
        case 0xE4...0xEE:
          // Any other three-byte scalar (a CJK ideograph, mostly): none of
          // its bytes can start a break.
          i += 3
        default:
          i += 1
        }
      }
    }
  }

  /// The scalars of `start..<end` (bounds clamped as ``string(_:_:)``
  /// clamps them), decoded in place rather than through a new string.
  func scalars(_ start: Int, _ end: Int) -> _TextScalars {
    let lower = min(max(0, start), bytes.count)
    return _TextScalars(bytes: bytes, index: lower, end: min(max(lower, end), bytes.count))
  }

  /// Whether `scalar` is white space: ASCII space or tab, NBSP, ideographic space.
  static func isSpace(_ scalar: UInt32) -> Bool {
    scalar == 0x20 || scalar == 0x09 || scalar == 0xA0 || scalar == 0x3000
  }

  /// Whether `scalar` is a Han ideograph.
  static func isHan(_ scalar: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
  }

  /// The first offset at or after `offset`, before `end`, that is not white space.
  func skipSpaces(from offset: Int, to end: Int) -> Int {
    var i = offset
    while i < end, let (value, length) = scalar(at: i), Self.isSpace(value) { i += length }
    return i
  }

  /// The first offset at or after `offset` past white space and Markdown
  /// heading or emphasis marks (`#`, `*`).
  func skipMarkup(from offset: Int, to end: Int) -> Int {
    var i = offset
    while i < end, let (value, length) = scalar(at: i), Self.isSpace(value) || value == 0x23 || value == 0x2A {
      i += length
    }
    return i
  }

  /// The last offset after `start`, at or before `end`, not preceded by white space.
  func trimTrailingSpaces(from start: Int, to end: Int) -> Int {
    var e = end
    while e > start, let value = scalar(endingBefore: e), Self.isSpace(value) {
      e -= value < 0x80 ? 1 : (value < 0x800 ? 2 : 3)
    }
    return e
  }

  /// Whether `range` holds a number-only cell or line: digits with
  /// separators, signs and counting units (`1814万元`, `-3`, `12件`), and
  /// nothing else.
  func isNumberOnly(_ range: SourceRange) -> Bool {
    var digits = 0
    var i = range.start
    while i < range.end, let (value, length) = scalar(at: i) {
      switch value {
      case 0x30...0x39, 0xFF10...0xFF19: digits += 1
      case 0x20, 0x09, 0x3000, 0xA0, 0x2E, 0x2C, 0x25, 0x2D, 0x2F, 0x7C, 0xFF05, 0xFF0C, 0x2B: break
      default:
        guard Self.units.contains(value) else { return false }
      }
      i += length
    }
    return digits > 0
  }

  /// 万 亿 元 件 条 个 项 次 人 宗 篇 场 减 增: what may stand beside a table figure.
  static let units: Set<UInt32> = [
    0x4E07, 0x4EBF, 0x5143, 0x4EF6, 0x6761, 0x4E2A, 0x9879, 0x6B21, 0x4EBA, 0x5B97, 0x7BC7, 0x573A, 0x51CF, 0x589E,
  ]

  /// The end of the cell starting at `start`: the next space, `|` or tab,
  /// or `limit` bytes on, whichever is first.
  func cellEnd(from start: Int, to end: Int, limit: Int) -> Int {
    var offset = start
    while offset < end, offset - start < limit, let (value, length) = scalar(at: offset), !Self.isSpace(value),
      value != 0x7C
    {
      offset += length
    }
    return offset
  }

  /// Whether `range` holds only white space and cell separators.
  func isBlank(_ range: SourceRange) -> Bool {
    var i = range.start
    while i < range.end, let (value, length) = scalar(at: i) {
      guard Self.isSpace(value) || value == 0x7C else { return false }
      i += length
    }
    return true
  }
}

/// The scalars of a byte range of a ``_TextBytes``, which is valid UTF-8
/// (it was a `String`) and is cut at scalar boundaries by the detector.
struct _TextScalars: Sequence, IteratorProtocol {
  let bytes: [UInt8]
  var index: Int
  let end: Int

  /// At least a scalar per four bytes.
  var underestimatedCount: Int { Swift.max(0, end - index) / 4 }

  mutating func next() -> Unicode.Scalar? {
    guard index < end else { return nil }
    let (value, length) = _UTF8Scalar.decode(bytes, at: index)
    // A scalar running past `end` reads as one replaced byte, as the slice would.
    guard index + length <= end else {
      index += 1
      return "\u{FFFD}"
    }
    index += length
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
