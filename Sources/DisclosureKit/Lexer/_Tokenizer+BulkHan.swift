/// The bulk loop's Han runs: what `next()` reads from an E4–E9 lead byte, read
/// two ideographs at a time. Bounds as in `_Tokenizer+Bulk.swift`.
extension _Tokenizer {
  /// The tokens from the Han character at `s.p` (lead E4–E9), as `next()` reads them;
  /// or what the caller must hand to `next()` instead.
  ///
  /// `@_transparent` rather than `@inline(__always)`, which the optimizer does not honour
  /// here (the loop is too large by its measure): called, the loop's state goes through
  /// memory, about 10% more instructions (callgrind).
  // swift-format-ignore: FunctionLength
  @_transparent
  mutating func hanRun(
    _ bytes: _BulkBytes, _ s: inout _BulkState, _ tables: _BulkTables, _ out: UnsafeMutablePointer<Token>
  ) -> _Handoff {
    let p = s.p
    let count = bytes.count
    // Where a heading may start, a marker may start here (一、 第一章); if none
    // does, `next()` goes on as below.
    if s.headingAllowed {
      let marker = Self.hanMarkerLength(bytes, at: p, tables)
      if marker > 0 {
        s.put(.headingMarker, p, marker, headingAllowed: false, out)
        return .none
      }
      if marker < 0, let token = lineStartToken(at: p) {
        s.put(token, headingAllowed: false, out)
        return .none
      }
      s.headingAllowed = false
    }
    // Ideographs from `p`, as `hanRun(at:)` reads them: plain ones, and numerals
    // that start no number here (一 in 统一); a number ends the run.
    let limit = min(count, p &+ _maxTokenLength)
    // Below this, six bytes are left in the run and eight in the text.
    let pairEnd = min(limit &- 6, count &- 8)
    let rows = tables.hanRows
    let bits = tables.hanRowBits
    var q = p
    scan: while true {
      // Two plain ideographs a step: two leads E0–EF, each with two continuation bytes,
      // whose third bytes' bits in their rows are clear (see `_hanRowTable`).
      while q <= pairEnd {
        let w = bytes.doubleWord(at: q)
        guard w & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
          bits[Int(rows[Int(truncatingIfNeeded: w & 0x3F0F)])] &>> (w &>> 16 & 0x3F) & 1 == 0
        else { break }
        guard bits[Int(rows[Int(truncatingIfNeeded: w &>> 24 & 0x3F0F)])] &>> (w &>> 40 & 0x3F) & 1 == 0 else {
          // The first is plain, the second is looked at below.
          q &+= 3
          break
        }
        q &+= 6
      }
      // One at a time near the end; or what ends the run.
      guard q &+ 3 <= limit else { break }
      let w = q &+ 4 <= count ? bytes.word(at: q) : bytes.triple(at: q)
      switch tables.hanClass(w) {
      case .plain:
        q &+= 3
        continue scan
      case .other:
        break scan
      case .numberStart:
        break
      }
      let scalar = _BulkBytes.scalar(w)
      // 一件 两个 三条: a numeral digit and a unit, the commonest numeral token.
      if let unit = Self.unitAfterNumeralDigit(scalar, bytes, at: q, tables.numberFollower, c) {
        // After 第 (第一批) a numeral is no number: the run goes on.
        if q >= 3, bytes[q &- 3] == 0xE7, bytes[q &- 2] == 0xAC, bytes[q &- 1] == 0xAC {
          q &+= 3
          continue scan
        }
        if q > p { s.put(.han, p, q &- p, headingAllowed: false, out) }
        s.put(.chineseNumeral, q, 3, headingAllowed: false, out)
        s.put(.unit, q &+ 3, unit, headingAllowed: false, out)
        return .none
      }
      if mayStartNumber(scalar, bytes, at: q, tables.numberFollower), let found = numberLike(at: q) {
        if q > p { s.put(.han, p, q &- p, headingAllowed: false, out) }
        s.put(found.0, headingAllowed: false, out)
        if let unit = found.1 { s.put(unit, headingAllowed: false, out) }
        return .none
      }
      q = max(q &+ 3, min(numberResume, limit))
    }
    if q == p { return .next }
    if q == count {
      s.put(.han, p, q &- p, headingAllowed: false, out)
      return .none
    }
    if q < limit {
      let next = bytes[q]
      // ASCII ends the run; only `[` and `(` before a digit may open a document number
      // whose issuer is the run's tail.
      if next < 0x80 {
        if (next != UInt8(ascii: "[") && next != UInt8(ascii: "(")) || !Self.digitMayStart(bytes, at: q &+ 1) {
          s.put(.han, p, q &- p, headingAllowed: false, out)
          return .none
        }
      } else if q &+ 3 <= limit {
        // Han text is mostly followed by full-width punctuation: the run, then it.
        if let sentenceEnd = Self.widePunctuationEnd(bytes, at: q, tables.widePunctuation) {
          s.put(.han, p, q &- p, headingAllowed: false, out)
          s.put(.punctuation, q, 3, headingAllowed: sentenceEnd, out)
          return .none
        }
        // （ 〔 【 before no digit open no document number.
        if Self.isDocumentNumberOpener(bytes, at: q), !Self.digitMayStart(bytes, at: q &+ 3) {
          s.put(.han, p, q &- p, headingAllowed: false, out)
          s.put(.punctuation, q, 3, headingAllowed: false, out)
          return .none
        }
      }
    }
    return .hanRun(resumingAt: q)
  }

  /// ``_Tokenizer/mayStartNumber(_:at:)`` for the number start `scalar` (an ideograph
  /// U+4000–U+9FFF) at `q`, with one table load for the character after it.
  @inline(__always)
  func mayStartNumber(
    _ scalar: UInt32, _ bytes: _BulkBytes, at q: Int, _ follower: UnsafePointer<UInt64>
  ) -> Bool {
    switch scalar {
    // 近 约 减 负 (no numerals), 十 拾 百 佰: always worth a look.
    case _Han.jin, _Han.yue, _Han.jian, _Han.fu, 0x5341, 0x62FE, 0x767E, 0x4F70: return true
    default: break
    }
    // A numeral then: only before a numeral, unit, 余 多 年 分, ％ or %.
    let n = q &+ 3
    guard n < bytes.count else { return false }
    let b0 = bytes[n]
    if b0 < 0x80 { return b0 == UInt8(ascii: "%") }
    guard n &+ 3 <= bytes.count else { return false }
    let b1 = bytes[n &+ 1]
    let b2 = bytes[n &+ 2]
    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
    if b0 &- 0xE4 < 6 {
      let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
      return follower[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0
    }
    // 〇 E3 80 87, ％ EF BC 85
    return (b0 == 0xE3 && b1 == 0x80 && b2 == 0x87) || (b0 == 0xEF && b1 == 0xBC && b2 == 0x85)
  }

  /// The length of the unit after the number start `scalar` at `q` when `numberLike(at: q)`
  /// reads just a numeral digit and a unit (一件, 两个, 三人次): `scalar` is a digit
  /// 零…九 (no 十百千, no 万亿, which the numeral would go on with), and a unit follows
  /// (条 件 宗 个 项 次 场 篇 期 元 家 份 批 人 人次, none of them a numeral, 万, 余, 多 or
  /// %, so the numeral ends there, is no date, and takes a unit). Nil otherwise.
  @inline(never)
  static func unitAfterNumeralDigit(
    _ scalar: UInt32, _ bytes: _BulkBytes, at q: Int, _ follower: UnsafePointer<UInt64>, _ c: _UTF8Cursor
  ) -> Int? {
    guard mayBeUnit(bytes, at: q &+ 3, follower), let code = _Numeral.code(of: scalar), code <= 9 else { return nil }
    return _Unit.length(in: c, at: q &+ 3, allowWan: false)
  }

  /// The length of the heading marker at the ideograph at `p`, where a heading may
  /// start: 6 for 一、 … 十、 (see `_MarkerScanner.hanComma()`); 0 where `lineStartToken`
  /// finds nothing (no numeral, no 第, or not a full sequence); -1 when it must look.
  @inline(__always)
  static func hanMarkerLength(_ bytes: _BulkBytes, at p: Int, _ tables: _BulkTables) -> Int {
    guard p &+ 3 <= bytes.count else { return -1 }
    let w = bytes.triple(at: p)
    // `lineStartToken` finds nothing at an invalid sequence, nor at a plain ideograph
    // other than 第: a marker starts with a numeral or 第 (E7 AC AC).
    if w == 0xACACE7 { return -1 }
    switch tables.hanClass(w) {
    case .plain, .other: return 0
    case .numberStart: break
    }
    // 一、: one Han digit then 、 (E3 80 81), ending on a scalar boundary.
    if _MarkerScanner.hanDigit(_BulkBytes.scalar(w)) != nil, p &+ 6 <= bytes.count, bytes[p &+ 3] == 0xE3,
      bytes[p &+ 4] == 0x80, bytes[p &+ 5] == 0x81, p &+ 6 == bytes.count || bytes[p &+ 6] & 0xC0 != 0x80
    {
      return 6
    }
    return mayStartHanMarker(bytes, at: p) ? -1 : 0
  }

  /// Whether a heading marker may start at the numeral at `p`: one to three of 一…十
  /// followed by 、 ． or `.` — the only markers other than 第… that start with an
  /// ideograph (see `_MarkerScanner.marker()`).
  @inline(never)
  static func mayStartHanMarker(_ bytes: _BulkBytes, at p: Int) -> Bool {
    let count = bytes.count
    func scalar(at i: Int) -> UInt32? {
      guard i &+ 3 <= count else { return nil }
      let w = bytes.triple(at: i)
      guard w & 0x00C0_C0F0 == 0x0080_80E0 else { return nil }
      return _BulkBytes.scalar(w)
    }
    var q = p
    var digits = 0
    while digits < 3, let s = scalar(at: q), _MarkerScanner.hanDigit(s) != nil {
      digits &+= 1
      q &+= 3
    }
    guard digits > 0, q < count else { return false }
    if bytes[q] == UInt8(ascii: ".") { return true }
    let next = scalar(at: q)
    return next == 0x3001 || next == 0xFF0E
  }
}

/// What the bulk loop hands to `next()` after a step.
enum _Handoff {
  /// Nothing: the step wrote its tokens.
  case none
  /// The position: `next()` reads it.
  case next
  /// A Han run whose plain start the step read: `hanRun(at:resumingAt:)` goes on.
  case hanRun(resumingAt: Int)
}
