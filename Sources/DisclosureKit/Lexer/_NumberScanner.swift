/// A number found in UTF-8 bytes: its extent, flags, and exact value.
///
/// Shared by the lexer (which wants the extent and flags) and ``ChineseNumber``
/// (which wants the value), so the two always agree on what a number is.
struct _ScannedNumber {
  /// The end of the number, after its suffixes (万, 亿, 余, 多, %), before any unit.
  var end: Int = 0
  /// Percent, 万/亿, approximate, negative, decimal, grouped.
  var flags = Token.Flags()
  /// Whether the body is written in Chinese numerals.
  var isNumeral = false
  /// The numeral characters in the body (Chinese numerals only).
  var numeralCount = 0
  /// Whether the numeral body has 十百千万亿.
  var hasPositional = false
  /// Whether the numeral body has 零 or 〇.
  var hasZero = false
  /// The value is `significand × 10^exponent` (sign in ``flags``).
  var significand: Int64 = 0
  /// See ``significand``.
  var exponent = 0
  /// The significand did not fit in `Int64`.
  var overflow = false
}

/// The grammar of numbers, over a ``_UTF8Cursor``:
///
///     [近|约] [- + － 减 负] [百分之] body [万|亿]* [余|多] [万|亿]* [% ％]
///     body = digits [,ddd]* [. digits]   |   Chinese numerals (一千二百三十四, 二〇一九, 两万)
enum _NumberScanner {
  /// The outcome of ``scan(_:at:limit:)``.
  struct Outcome {
    /// The number, if the bytes at the position form one.
    var number: _ScannedNumber?
    /// Where a caller that rejects the position may resume without missing a
    /// number: past a Chinese numeral run that is not a valid number.
    var resume: Int
  }

  /// Reads the number starting at `start`, never reading at or past `limit`.
  static func scan(_ c: _UTF8Cursor, at start: Int, limit: Int) -> Outcome {
    var n = _ScannedNumber()
    var q = start
    let fail = Outcome(number: nil, resume: start)
    // 近/约 before the number: approximate.
    if let s = c.scalar(at: q), s.value == _Han.jin || s.value == _Han.yue, startsNumber(c, at: q &+ 3, limit: limit) {
      n.flags.insert(.approximate)
      q &+= 3
    }
    // A sign.
    if let s = c.scalar(at: q), let sign = signLength(s) {
      guard startsNumber(c, at: q &+ s.length, limit: limit, allowSign: false) else { return fail }
      if s.value != 0x2B { n.flags.insert(.negative) }
      q &+= sign
    }
    // 百分之 before the number: a percentage.
    if isPercentPrefix(c, at: q), startsNumber(c, at: q &+ 9, limit: limit, allowSign: false, allowPercent: false) {
      n.flags.insert(.percent)
      n.exponent &-= 2
      q &+= 9
    }
    if digit(c, at: q, limit: limit) != nil {
      q = scanDigits(c, at: q, limit: limit, into: &n)
    } else if let s = c.scalar(at: q), _Numeral.code(of: s.value) != nil {
      let end = scanNumeral(c, at: q, limit: limit, into: &n)
      guard let end else {
        return Outcome(number: nil, resume: numeralRunEnd(c, at: q, limit: limit))
      }
      q = end
    } else {
      return fail
    }
    q = scanSuffixes(c, at: q, limit: limit, into: &n)
    n.end = q
    return Outcome(number: n, resume: q)
  }

  /// The digit (ASCII or full-width) at `index` and its length.
  @inline(__always)
  static func digit(_ c: _UTF8Cursor, at index: Int, limit: Int) -> (value: Int64, length: Int)? {
    guard index < limit, let b = c.byte(at: index) else { return nil }
    if b >= 0x30, b <= 0x39 { return (Int64(b &- 0x30), 1) }
    // ０–９ are EF BC 90–99.
    guard b == 0xEF, index &+ 3 <= limit, c.byte(at: index &+ 1) == 0xBC, let b2 = c.byte(at: index &+ 2),
      b2 >= 0x90, b2 <= 0x99
    else { return nil }
    return (Int64(b2 &- 0x90), 3)
  }

  /// Reads up to `maxCount` digits at `index`: their value, count and end.
  static func readDigits(_ c: _UTF8Cursor, at index: Int, maxCount: Int) -> (value: Int, count: Int, end: Int) {
    var value = 0
    var n = 0
    var q = index
    while n < maxCount, let d = digit(c, at: q, limit: c.count) {
      value = value &* 10 &+ Int(d.value)
      n &+= 1
      q &+= d.length
    }
    return (value, n, q)
  }

  private static func signLength(_ s: _DecodedScalar) -> Int? {
    switch s.value {
    case 0x2D, 0x2B, 0xFF0D, 0x2212, _Han.jian, _Han.fu: return s.length
    default: return nil
    }
  }

  private static func isPercentPrefix(_ c: _UTF8Cursor, at index: Int) -> Bool {
    // 百分之 = E7 99 BE E5 88 86 E4 B9 8B
    c.matches(0xE7, 0x99, 0xBE, at: index) && c.matches(0xE5, 0x88, 0x86, at: index &+ 3)
      && c.matches(0xE4, 0xB9, 0x8B, at: index &+ 6)
  }

  /// Whether a number body (optionally signed or 百分之-prefixed) starts at `index`.
  static func startsNumber(
    _ c: _UTF8Cursor, at index: Int, limit: Int, allowSign: Bool = true, allowPercent: Bool = true
  ) -> Bool {
    if digit(c, at: index, limit: limit) != nil { return true }
    guard index < limit, let s = c.scalar(at: index), index &+ s.length <= limit else { return false }
    if _Numeral.code(of: s.value) != nil { return true }
    if allowSign, signLength(s) != nil {
      return startsNumber(c, at: index &+ s.length, limit: limit, allowSign: false, allowPercent: allowPercent)
    }
    if allowPercent, isPercentPrefix(c, at: index) {
      return startsNumber(c, at: index &+ 9, limit: limit, allowSign: false, allowPercent: false)
    }
    return false
  }

  @inline(__always)
  private static func push(_ d: Int64, into n: inout _ScannedNumber) {
    guard !n.overflow else { return }
    let (m, o1) = n.significand.multipliedReportingOverflow(by: 10)
    let (a, o2) = m.addingReportingOverflow(d)
    if o1 || o2 { n.overflow = true } else { n.significand = a }
  }

  /// `digits [,ddd]* [. digits]`; returns the end.
  private static func scanDigits(_ c: _UTF8Cursor, at start: Int, limit: Int, into n: inout _ScannedNumber) -> Int {
    var q = start
    var firstGroup = 0
    var leadingZero = false
    while let d = digit(c, at: q, limit: limit) {
      if firstGroup == 0 { leadingZero = d.value == 0 }
      push(d.value, into: &n)
      firstGroup &+= 1
      q &+= d.length
    }
    // 1,234,567: groups of exactly three after a first group of one to three.
    if firstGroup <= 3, !leadingZero {
      while c.byte(at: q) == UInt8(ascii: ","), q &+ 4 <= limit, let d1 = digit(c, at: q &+ 1, limit: limit),
        d1.length == 1, let d2 = digit(c, at: q &+ 2, limit: limit), d2.length == 1,
        let d3 = digit(c, at: q &+ 3, limit: limit), d3.length == 1, digit(c, at: q &+ 4, limit: limit) == nil
      {
        push(d1.value, into: &n)
        push(d2.value, into: &n)
        push(d3.value, into: &n)
        n.flags.insert(.grouped)
        q &+= 4
      }
    }
    // The decimal point, ASCII or full-width, only when a digit follows.
    let pointLength: Int
    if c.byte(at: q) == UInt8(ascii: ".") {
      pointLength = 1
    } else if c.matches(0xEF, 0xBC, 0x8E, at: q) {
      pointLength = 3
    } else {
      return q
    }
    guard digit(c, at: q &+ pointLength, limit: limit) != nil else { return q }
    q &+= pointLength
    n.flags.insert(.decimal)
    while let d = digit(c, at: q, limit: limit) {
      push(d.value, into: &n)
      n.exponent &-= 1
      q &+= d.length
    }
    return q
  }

  /// The end of the run of numeral characters at `start`.
  static func numeralRunEnd(_ c: _UTF8Cursor, at start: Int, limit: Int) -> Int {
    var q = start
    while q < limit, let s = c.scalar(at: q), q &+ s.length <= limit, _Numeral.code(of: s.value) != nil {
      q &+= s.length
    }
    return q
  }

  /// A Chinese numeral: 一千二百三十四, 二〇一九, 十一, 两万, 一亿二千万.
  /// Returns the end, or nil when the run is not a well-formed numeral.
  private static func scanNumeral(_ c: _UTF8Cursor, at start: Int, limit: Int, into n: inout _ScannedNumber) -> Int? {
    n.isNumeral = true
    var q = start
    var total: Int64 = 0
    var section: Int64 = 0
    var pending: Int64 = -1
    var lastSmall: Int64 = 10_000
    var digitString: Int64 = 0
    var digitsOnly = true
    var digitAfterDigit = false
    var previousWasDigit = false
    var bareHigh = false
    var wanInSection = false
    var overflow = false

    func mul(_ a: Int64, _ b: Int64) -> Int64 {
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o { overflow = true }
      return o ? 0 : r
    }
    func add(_ a: Int64, _ b: Int64) -> Int64 {
      let (r, o) = a.addingReportingOverflow(b)
      if o { overflow = true }
      return o ? 0 : r
    }

    while q < limit, let s = c.scalar(at: q), q &+ s.length <= limit, let code = _Numeral.code(of: s.value) {
      n.numeralCount &+= 1
      q &+= s.length
      if code <= 9 {
        if code == 0 { n.hasZero = true }
        digitString = add(mul(digitString, 10), Int64(code))
        if previousWasDigit, code != 0, pending >= 0 { digitAfterDigit = true }
        pending = code == 0 ? -1 : Int64(code)
        previousWasDigit = true
        continue
      }
      digitsOnly = false
      n.hasPositional = true
      previousWasDigit = false
      switch code {
      case 10, 11, 12:
        let unit: Int64 = code == 10 ? 10 : code == 11 ? 100 : 1000
        guard unit < lastSmall else { return nil }
        var coefficient = pending
        if coefficient < 0 {
          guard code == 10 || n.numeralCount == 1 else { return nil }
          if code != 10 { bareHigh = true }
          coefficient = 1
        }
        section = add(section, mul(coefficient, unit))
        lastSmall = unit
        pending = -1
      case 13:  // 万
        let v = add(section, max(pending, 0))
        guard v > 0, !wanInSection else { return nil }
        total = add(total, mul(v, 10_000))
        section = 0
        pending = -1
        lastSmall = 10_000
        wanInSection = true
      default:  // 亿
        let v = add(add(total, section), max(pending, 0))
        guard v > 0 else { return nil }
        total = mul(v, 100_000_000)
        section = 0
        pending = -1
        lastSmall = 10_000
        wanInSection = false
      }
    }
    guard n.numeralCount > 0 else { return nil }
    if digitsOnly {
      n.significand = digitString
    } else {
      guard !digitAfterDigit, !(bareHigh && n.numeralCount > 1) else { return nil }
      n.significand = add(total, add(section, max(pending, 0)))
    }
    n.overflow = overflow
    return q
  }

  /// `[万|亿]* [余|多] [万|亿]* [% ％]`; returns the end.
  private static func scanSuffixes(_ c: _UTF8Cursor, at start: Int, limit: Int, into n: inout _ScannedNumber) -> Int {
    var q = start
    var sawApproximate = false
    while q &+ 3 <= limit, let s = c.scalar(at: q), s.length == 3 {
      switch s.value {
      case _Han.wan:
        n.flags.insert(.wan)
        n.exponent &+= 4
      case _Han.yi:
        n.flags.insert(.yi)
        n.exponent &+= 8
      case _Han.yu, _Han.duo:
        guard !sawApproximate else { return percentSuffix(c, at: q, limit: limit, into: &n) }
        sawApproximate = true
        n.flags.insert(.approximate)
      default:
        return percentSuffix(c, at: q, limit: limit, into: &n)
      }
      q &+= 3
    }
    return percentSuffix(c, at: q, limit: limit, into: &n)
  }

  private static func percentSuffix(_ c: _UTF8Cursor, at q: Int, limit: Int, into n: inout _ScannedNumber) -> Int {
    guard !n.flags.contains(.percent) else { return q }
    if q < limit, c.byte(at: q) == UInt8(ascii: "%") {
      n.flags.insert(.percent)
      n.exponent &-= 2
      return q &+ 1
    }
    if q &+ 3 <= limit, c.matches(0xEF, 0xBC, 0x85, at: q) {
      n.flags.insert(.percent)
      n.exponent &-= 2
      return q &+ 3
    }
    return q
  }
}
