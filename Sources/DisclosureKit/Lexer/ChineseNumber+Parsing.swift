extension ChineseNumber {
  /// Parses the whole of `cursor`'s bytes.
  static func parse(_ cursor: _UTF8Cursor) -> Result<ChineseNumber, ParseError> {
    parse(cursor, from: 0, to: cursor.count)
  }

  /// Parses bytes `from ..< to` of `c`, which must all belong to the number.
  static func parse(_ c: _UTF8Cursor, from: Int, to: Int) -> Result<ChineseNumber, ParseError> {
    if let plain = parsePlain(c, from: from, to: to) { return plain }
    if let short = parseShort(c, from: from, to: to) { return short }
    return parseFully(c, from: from, to: to)
  }

  /// ``parse(_:from:to:)`` without its fast paths: the whole grammar.
  static func parseFully(_ c: _UTF8Cursor, from: Int, to: Int) -> Result<ChineseNumber, ParseError> {
    var start = skipSpaces(c, from: from, to: to)
    var end = to
    trimTrailingSpaces(c, start: start, end: &end)
    guard start < end else { return .failure(.notANumber) }

    // 大约 / 将近: the scanner knows 约 and 近; 大 and 将 only lead into them.
    var approximate = false
    if let s = c.scalar(at: start), s.value == _Han.da || s.value == _Han.jiang,
      let next = c.scalar(at: start &+ 3), next.value == _Han.yue || next.value == _Han.jin
    {
      approximate = true
      start &+= 3
    }
    let outcome = _NumberScanner.scan(c, at: start, limit: end)
    guard var n = outcome.number else { return .failure(.notANumber) }
    var q = n.end
    var unit: String?
    if let unitLength = _Unit.length(in: c, at: q, allowWan: true), q &+ unitLength <= end {
      if unitLength == 6, c.scalar(at: q)?.value == _Han.wan {
        n.exponent &+= 4
        unit = "元"
      } else {
        unit = unitName(c, at: q)
      }
      q &+= unitLength
    }
    // 200人左右
    if q &+ 6 <= end, c.scalar(at: q)?.value == _Han.zuo, c.scalar(at: q &+ 3)?.value == _Han.you {
      approximate = true
      q &+= 6
    }
    guard q == end else { return .failure(.notANumber) }
    if n.overflow { return .failure(.overflow) }
    guard let magnitude = exactValue(significand: n.significand, exponent: n.exponent) else {
      return .failure(.overflow)
    }
    return .success(
      ChineseNumber(
        value: n.flags.contains(.negative) ? -magnitude : magnitude,
        isApproximate: approximate || n.flags.contains(.approximate),
        isPercent: n.flags.contains(.percent), unit: unit))
  }

  /// The fast path for most number tokens: `389718`, `12.35`, `91%` — ASCII digits,
  /// at most one point, an optional `%`. Nil for anything else, which the full
  /// grammar then reads.
  @inline(__always)
  private static func parsePlain(_ c: _UTF8Cursor, from: Int, to: Int) -> Result<ChineseNumber, ParseError>? {
    var end = to
    let percent = c.byte(at: end &- 1) == UInt8(ascii: "%")
    if percent { end &-= 1 }
    guard end > from, end &- from <= 18 else { return nil }
    var significand: Int64 = 0
    var exponent = 0
    var sawPoint = false
    var q = from
    while q < end, let b = c.byte(at: q) {
      if b >= 0x30, b <= 0x39 {
        // At most 18 digits: no overflow.
        significand = significand &* 10 &+ Int64(b &- 0x30)
        if sawPoint { exponent &-= 1 }
      } else if b == UInt8(ascii: "."), !sawPoint, q > from, q &+ 1 < end {
        sawPoint = true
      } else {
        return nil
      }
      q &+= 1
    }
    if percent { exponent &-= 2 }
    guard let value = exactValue(significand: significand, exponent: exponent) else { return .failure(.overflow) }
    return .success(ChineseNumber(value: value, isPercent: percent))
  }

  /// The fast path for the next most common number tokens: `2.5万余`, `60余`, `4215万`,
  /// `12％`, `一` — ASCII digits with at most one point and any of the suffixes
  /// 万 亿 余 多 and `%` `％`, as `_NumberScanner` reads them; or one numeral digit
  /// 零…九 alone. Nil for anything else, which the full grammar then reads.
  @inline(__always)
  private static func parseShort(_ c: _UTF8Cursor, from: Int, to: Int) -> Result<ChineseNumber, ParseError>? {
    guard to > from else { return nil }
    if to &- from == 3, let s = c.scalar(at: from), s.isValid, s.length == 3, let code = _Numeral.code(of: s.value),
      code <= 9
    {
      return .success(ChineseNumber(value: Double(code)))
    }
    var significand: Int64 = 0
    var exponent = 0
    var digits = 0
    var sawPoint = false
    var q = from
    while q < to, let b = c.byte(at: q) {
      if b &- 0x30 < 10 {
        // At most 18 digits: no overflow.
        digits &+= 1
        guard digits <= 18 else { return nil }
        significand = significand &* 10 &+ Int64(b &- 0x30)
        if sawPoint { exponent &-= 1 }
      } else if b == UInt8(ascii: "."), !sawPoint, digits > 0, let next = c.byte(at: q &+ 1), q &+ 1 < to,
        next &- 0x30 < 10
      {
        sawPoint = true
      } else {
        break
      }
      q &+= 1
    }
    guard digits > 0 else { return nil }
    var approximate = false
    suffixes: while q &+ 3 <= to, let s = c.scalar(at: q), s.length == 3 {
      switch s.value {
      case _Han.wan: exponent &+= 4
      case _Han.yi: exponent &+= 8
      case _Han.yu, _Han.duo:
        guard !approximate else { break suffixes }
        approximate = true
      default: break suffixes
      }
      q &+= 3
    }
    var percent = false
    if q < to, c.byte(at: q) == UInt8(ascii: "%") {
      percent = true
      q &+= 1
    } else if q &+ 3 <= to, c.matches(0xEF, 0xBC, 0x85, at: q) {
      percent = true
      q &+= 3
    }
    guard q == to else { return nil }
    if percent { exponent &-= 2 }
    guard let value = exactValue(significand: significand, exponent: exponent) else { return .failure(.overflow) }
    return .success(ChineseNumber(value: value, isApproximate: approximate, isPercent: percent))
  }

  private static func skipSpaces(_ c: _UTF8Cursor, from: Int, to: Int) -> Int {
    var q = from
    while q < to, let s = c.scalar(at: q), s.value == 0x20 || s.value == 0x09 || s.value == 0x3000 || s.value == 0xA0 {
      q &+= s.length
    }
    return q
  }

  /// Moves `end` back over trailing spaces, tabs, U+3000 and U+00A0.
  private static func trimTrailingSpaces(_ c: _UTF8Cursor, start: Int, end: inout Int) {
    while end > start {
      if let b = c.byte(at: end &- 1), b == 0x20 || b == 0x09 {
        end &-= 1
      } else if end &- 3 >= start, c.matches(0xE3, 0x80, 0x80, at: end &- 3) {
        end &-= 3
      } else if end &- 2 >= start, c.byte(at: end &- 2) == 0xC2, c.byte(at: end &- 1) == 0xA0 {
        end &-= 2
      } else {
        return
      }
    }
  }

  /// The unit at `index` as a string literal, so no storage is allocated.
  private static func unitName(_ c: _UTF8Cursor, at index: Int) -> String? {
    guard let s = c.scalar(at: index) else { return nil }
    switch s.value {
    case _Han.ren: return c.scalar(at: index &+ 3)?.value == _Han.ci ? "人次" : "人"
    case 0x6761: return "条"
    case 0x4EF6: return "件"
    case 0x5B97: return "宗"
    case 0x4E2A: return "个"
    case 0x9879: return "项"
    case _Han.ci: return "次"
    case 0x573A: return "场"
    case 0x7BC7: return "篇"
    case 0x671F: return "期"
    case _Han.yuan: return "元"
    case 0x5BB6: return "家"
    case 0x4EFD: return "份"
    case 0x6279: return "批"
    default: return nil
    }
  }

  /// `significand × 10^exponent` as a `Double`: exact integers up to 2⁵³, and one
  /// correctly rounded division for fractions. Nil when it does not fit.
  static func exactValue(significand: Int64, exponent: Int) -> Double? {
    guard significand != 0 else { return 0 }
    if exponent >= 0 {
      guard exponent <= 18 else { return nil }
      var m = significand
      for _ in 0..<exponent {
        let (r, o) = m.multipliedReportingOverflow(by: 10)
        guard !o else { return nil }
        m = r
      }
      return Double(m)
    }
    var k = -exponent
    var m = significand
    // Trailing zeros of the significand cancel against the exponent.
    while k > 0, m % 10 == 0 {
      m /= 10
      k &-= 1
    }
    guard k <= 22 else { return nil }
    return Double(m) / powersOfTen[k]
  }

  /// 10⁰ … 10²², all exactly representable.
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
  ]
}
