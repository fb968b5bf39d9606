extension HTMLReader {
  /// Decodes the character reference at `index` (which holds `&`).
  ///
  /// Numeric references (`&#19968;`, `&#x4E00;`) and the named references a
  /// report page uses. A reference to 0, a surrogate or a value past
  /// U+10FFFF decodes to U+FFFD; 0x80–0x9F are read as Windows-1252, as
  /// browsers do. Unknown names are not references: the `&` stays literal.
  ///
  /// - Returns: the decoded scalar and the number of bytes consumed, or `nil`.
  /// - Complexity: O(1): at most 32 bytes are examined.
  static func entity(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "&") else { return nil }
    if bytes[index + 1] == UInt8(ascii: "#") { return numericEntity(in: bytes, at: index) }
    var end = index + 1
    while end < bytes.count, end - index <= 32, isAlphanumeric(bytes[end]) { end += 1 }
    guard end > index + 1 else { return nil }
    let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
    if end < bytes.count, bytes[end] == UInt8(ascii: ";"), let scalar = namedEntities[name] {
      return (scalar, end + 1 - index)
    }
    // Legacy references that browsers accept without the semicolon, even
    // when letters follow (`&nbspB`).
    for (legacy, scalar) in legacyEntities where name.hasPrefix(legacy) {
      return (scalar, legacy.utf8.count + 1)
    }
    return nil
  }

  private static func numericEntity(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    var cursor = index + 2
    var radix: UInt32 = 10
    if cursor < bytes.count, bytes[cursor] | 0x20 == UInt8(ascii: "x") {
      radix = 16
      cursor += 1
    }
    var value: UInt32 = 0
    var digits = 0
    var tooLarge = false
    while cursor < bytes.count, let digit = digitValue(bytes[cursor], radix: radix) {
      if !tooLarge {
        value = value * radix + digit
        if value > 0x10FFFF { tooLarge = true }
      }
      digits += 1
      cursor += 1
    }
    guard digits > 0 else { return nil }
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
    let length = cursor - index
    if tooLarge || value == 0 { return ("\u{FFFD}", length) }
    if (0x80...0x9F).contains(value) {
      let mapped = windows1252[Int(value - 0x80)]
      return (Unicode.Scalar(mapped) ?? "\u{FFFD}", length)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static let legacyEntities: KeyValuePairs<String, Unicode.Scalar> = [
    "nbsp": "\u{A0}", "quot": "\"", "copy": "\u{A9}", "amp": "&", "reg": "\u{AE}", "lt": "<", "gt": ">",
  ]

  private static let namedEntities: [String: Unicode.Scalar] = [
    "nbsp": "\u{A0}", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "copy": "\u{A9}",
    "reg": "\u{AE}", "middot": "\u{B7}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}",
    "rsquo": "\u{2019}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "times": "\u{D7}",
    "divide": "\u{F7}", "yen": "\u{A5}", "emsp": "\u{2003}", "ensp": "\u{2002}", "thinsp": "\u{2009}",
    "deg": "\u{B0}", "plusmn": "\u{B1}", "laquo": "\u{AB}", "raquo": "\u{BB}", "bull": "\u{2022}",
    "rarr": "\u{2192}", "larr": "\u{2190}", "permil": "\u{2030}", "sect": "\u{A7}", "para": "\u{B6}",
    "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
    "trade": "\u{2122}", "euro": "\u{20AC}", "cent": "\u{A2}", "pound": "\u{A3}", "sup2": "\u{B2}",
    "sup3": "\u{B3}", "frac12": "\u{BD}", "frac14": "\u{BC}", "iexcl": "\u{A1}", "Alpha": "\u{391}",
  ]

  /// Windows-1252 for 0x80–0x9F, which browsers use for numeric references there.
  private static let windows1252: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}
