/// Reads one heading marker from UTF-8 bytes. Every read is bounds-checked
/// and returns `nil` past the end; a marker is short, so the scanner stops
/// after a few dozen bytes whatever the input holds.
struct _MarkerScanner {
  let bytes: UnsafeRawBufferPointer
  let start: Int
  var offset: Int

  init(bytes: UnsafeRawBufferPointer, offset: Int) {
    self.bytes = bytes
    self.start = offset
    self.offset = offset
  }

  /// The scalar at `offset` and its length, decoded strictly; `nil` at the
  /// end or on an invalid sequence.
  static func scalar(at offset: Int, in bytes: UnsafeRawBufferPointer) -> (value: UInt32, length: Int)? {
    guard offset >= 0, offset < bytes.count else { return nil }
    let b0 = bytes[offset]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let length: Int
    var value: UInt32
    switch b0 {
    case 0xC2...0xDF:
      length = 2
      value = UInt32(b0 & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(b0 & 0x0F)
    case 0xF0...0xF4:
      length = 4
      value = UInt32(b0 & 0x07)
    default: return nil
    }
    guard bytes.count - offset >= length else { return nil }
    for i in 1..<length {
      let b = bytes[offset + i]
      guard b & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(b & 0x3F)
    }
    return (value, length)
  }

  /// The scalar that ends just before `offset`, if it decodes.
  static func scalar(endingBefore offset: Int, in bytes: UnsafeRawBufferPointer) -> UInt32? {
    guard offset > 0, offset <= bytes.count else { return nil }
    var begin = offset - 1
    // Step back over at most three continuation bytes.
    while begin > 0, offset - begin < 4, bytes[begin] & 0xC0 == 0x80 { begin -= 1 }
    guard let (value, length) = scalar(at: begin, in: bytes), begin + length == offset else { return nil }
    return value
  }

  /// A Han ideograph, Latin letter or digit: a marker cannot follow one.
  static func isWordScalar(_ scalar: UInt32) -> Bool {
    isASCIIAlnum(scalar) || (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
      || (0xFF10...0xFF19).contains(scalar) || scalar == 0x3007
  }

  static func isASCIIAlnum(_ scalar: UInt32) -> Bool {
    (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
  }

  /// The value of a Han digit `一`…`九`, or 10 for `十`.
  static func hanDigit(_ scalar: UInt32) -> Int? {
    switch scalar {
    case 0x4E00: 1
    case 0x4E8C: 2
    case 0x4E09: 3
    case 0x56DB: 4
    case 0x4E94: 5
    case 0x516D: 6
    case 0x4E03: 7
    case 0x516B: 8
    case 0x4E5D: 9
    case 0x5341: 10
    default: nil
    }
  }

  /// The value of an ASCII or full-width digit.
  static func digit(_ scalar: UInt32) -> Int? {
    if (0x30...0x39).contains(scalar) { return Int(scalar - 0x30) }
    if (0xFF10...0xFF19).contains(scalar) { return Int(scalar - 0xFF10) }
    return nil
  }

  mutating func peek() -> UInt32? { Self.scalar(at: offset, in: bytes)?.value }

  mutating func advance() {
    if let (_, length) = Self.scalar(at: offset, in: bytes) { offset += length }
  }

  /// Consumes `scalar`, or its alternative `other`, if it is next. Two
  /// fixed parameters rather than a variadic list: this runs for every marker
  /// candidate on the tokenizer's hot path and must not allocate.
  mutating func take(_ scalar: UInt32, _ other: UInt32? = nil) -> Bool {
    guard let next = peek(), next == scalar || next == other else { return false }
    advance()
    return true
  }

  /// A Han numeral `一`…`九十九`, consumed.
  mutating func hanNumber() -> Int? {
    // At most three numerals, held in locals: an array here allocated once
    // per candidate on the tokenizer's hot path.
    var digits = (0, 0, 0)
    var count = 0
    while count < 3, let next = peek(), let value = Self.hanDigit(next) {
      switch count {
      case 0: digits.0 = value
      case 1: digits.1 = value
      default: digits.2 = value
      }
      count += 1
      advance()
    }
    switch count {
    case 1: return digits.0
    case 2:
      // 十一…十九, 二十…九十
      if digits.0 == 10, digits.1 < 10 { return 10 + digits.1 }
      if digits.0 < 10, digits.1 == 10 { return digits.0 * 10 }
      return nil
    case 3:
      if digits.0 < 10, digits.1 == 10, digits.2 < 10 { return digits.0 * 10 + digits.2 }
      return nil
    default: return nil
    }
  }

  /// A decimal number of one or two digits, consumed; a third digit makes it
  /// no ordinal (`2019、`).
  mutating func digitNumber() -> Int? {
    var value = 0
    var count = 0
    while let next = peek(), let d = Self.digit(next) {
      count += 1
      guard count <= 2 else { return nil }
      value = value * 10 + d
      advance()
    }
    return count > 0 && value > 0 ? value : nil
  }

  /// The marker at the scanner's offset.
  mutating func marker() -> HeadingMarker? {
    guard let first = peek() else { return nil }
    switch first {
    case 0x28, 0xFF08:  // ( （
      advance()
      return parenthesized()
    case 0x2460...0x2473:  // ① … ⑳
      advance()
      return HeadingMarker(style: .circled, ordinal: Int(first - 0x2460) + 1, length: offset - start)
    case 0x2474...0x2487:  // ⑴ … ⒇
      advance()
      return HeadingMarker(style: .digitParen, ordinal: Int(first - 0x2474) + 1, length: offset - start)
    case 0x2488...0x249B:  // ⒈ … ⒛
      advance()
      return HeadingMarker(style: .digitDot, ordinal: Int(first - 0x2488) + 1, length: offset - start)
    case 0x7B2C:  // 第
      advance()
      return ordinalPrefix()
    default:
      if Self.hanDigit(first) != nil { return hanComma() }
      if Self.digit(first) != nil { return digitMarker() }
      return nil
    }
  }

  private mutating func parenthesized() -> HeadingMarker? {
    while take(0x20) {}
    let style: HeadingMarker.Style
    let number: Int
    if let han = hanNumber() {
      style = .hanParen
      number = han
    } else if let digits = digitNumber() {
      style = .digitParen
      number = digits
    } else {
      return nil
    }
    while take(0x20) {}
    guard take(0x29, 0xFF09) else { return nil }
    return HeadingMarker(style: style, ordinal: number, length: offset - start)
  }

  private mutating func hanComma() -> HeadingMarker? {
    guard let number = hanNumber() else { return nil }
    // 一、 or 一．; `一.` with an ASCII dot only when no digit follows.
    if take(0x3001, 0xFF0E) {
      return HeadingMarker(style: .hanComma, ordinal: number, length: offset - start)
    }
    if peek() == 0x2E {
      advance()
      if let next = peek(), Self.digit(next) != nil { return nil }
      return HeadingMarker(style: .hanComma, ordinal: number, length: offset - start)
    }
    return nil
  }

  private mutating func digitMarker() -> HeadingMarker? {
    guard let number = digitNumber() else { return nil }
    if take(0x3001) { return HeadingMarker(style: .digitComma, ordinal: number, length: offset - start) }
    if take(0x29, 0xFF09) { return HeadingMarker(style: .digitHalfParen, ordinal: number, length: offset - start) }
    if take(0x2E, 0xFF0E) {
      // 1.5 is a decimal, 1.1 a dotted number.
      if let next = peek(), Self.digit(next) != nil || next == 0x2E { return nil }
      return HeadingMarker(style: .digitDot, ordinal: number, length: offset - start)
    }
    return nil
  }

  private mutating func ordinalPrefix() -> HeadingMarker? {
    guard let number = hanNumber() else { return nil }
    // 第一部分, 第一章, 第一节, 第一篇, 第一、 — not 第一时间 or 第一批.
    switch peek() {
    case 0x90E8:  // 部
      advance()
      guard take(0x5206) else { return nil }  // 分
    case 0x7AE0, 0x8282, 0x7BC7, 0x3001:  // 章 节 篇 、
      advance()
    default:
      return nil
    }
    return HeadingMarker(style: .ordinalPrefix, ordinal: number, length: offset - start)
  }
}
