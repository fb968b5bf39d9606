/// The bulk loop's byte-level tests: each decides, for the common forms only, what
/// `next()` would read at a position, and says so when unsure, so the loop hands
/// the position over. Bounds as in `_Tokenizer+Bulk.swift`: each read is guarded.
extension _Tokenizer {
  /// The length of the heading marker at the ASCII digit at `p`, where a heading may
  /// start: one or two digits, not 0, then 、 `)` ） `.` or ． (`_MarkerScanner.digitMarker()`),
  /// the dots only before neither a digit nor a dot. 0 where `lineStartToken` finds no
  /// marker (nor, at a digit, a document number); -1 when unsure (a full-width digit).
  ///
  /// Where a heading may start, the scalar before `p` ends a line break, space, cell
  /// separator or sentence: no word character, dot or bracket, so what
  /// ``HeadingMarker/match(in:at:)`` checks before a marker always passes.
  @inline(__always)
  static func digitMarkerLength(_ bytes: _BulkBytes, at p: Int) -> Int {
    let count = bytes.count
    var value = Int(bytes[p] &- 0x30)
    var q = p &+ 1
    if q < count, bytes[q] &- 0x30 < 10 {
      value = value &* 10 &+ Int(bytes[q] &- 0x30)
      q &+= 1
    }
    // A third digit makes it no ordinal (2019、).
    guard q < count, bytes[q] &- 0x30 >= 10 else { return 0 }
    let end: Int
    var dot = false
    switch bytes[q] {
    case UInt8(ascii: ")"):
      end = q &+ 1
    case UInt8(ascii: "."):
      end = q &+ 1
      dot = true
    case 0xE3:
      // 、 E3 80 81
      guard q &+ 3 <= count, bytes[q &+ 1] == 0x80, bytes[q &+ 2] == 0x81 else { return 0 }
      end = q &+ 3
    case 0xEF:
      guard q &+ 3 <= count, bytes[q &+ 1] == 0xBC else { return 0 }
      switch bytes[q &+ 2] {
      case 0x89: end = q &+ 3  // ）
      case 0x8E:  // ．
        end = q &+ 3
        dot = true
      case 0x90...0x99: return -1  // ０–９: the number goes on
      default: return 0
      }
    default:
      return 0
    }
    guard value > 0 else { return 0 }
    if end < count {
      let next = bytes[end]
      // A marker ends on a scalar boundary; 1.5 is a decimal and 1.1 a dotted number.
      if next & 0xC0 == 0x80 { return 0 }
      if dot, next &- 0x30 < 10 || next == UInt8(ascii: ".") || isWideDigit(bytes, at: end) { return 0 }
    }
    return end &- p
  }

  /// The length of the heading marker at `(` or `（` (`openLength` 1 or 3) at `p`, where
  /// a heading may start: one Han digit 一…十, or one or two ASCII digits not 0, then
  /// `)` or `）` (`_MarkerScanner.parenthesized()`). 0 where `next()` reads the bracket
  /// as punctuation: a Han character other than a digit follows it, so neither a marker
  /// nor a document number starts. -1 when unsure.
  @inline(never)
  static func bracketMarkerLength(_ bytes: _BulkBytes, at p: Int, openLength: Int) -> Int {
    let count = bytes.count
    let o = p &+ openLength
    guard o &+ 3 <= count else { return -1 }
    let b0 = bytes[o]
    var q: Int
    if b0 &- 0x30 < 10 {
      var value = Int(b0 &- 0x30)
      q = o &+ 1
      if bytes[q] &- 0x30 < 10 {
        value = value &* 10 &+ Int(bytes[q] &- 0x30)
        q &+= 1
      }
      guard value > 0 else { return -1 }
    } else if b0 &- 0xE4 < 6 {
      let w = bytes.triple(at: o)
      guard w & 0x00C0_C0F0 == 0x0080_80E0 else { return -1 }
      guard _MarkerScanner.hanDigit(_BulkBytes.scalar(w)) != nil else { return 0 }
      q = o &+ 3
    } else {
      return -1
    }
    guard q < count else { return -1 }
    let end: Int
    if bytes[q] == UInt8(ascii: ")") {
      end = q &+ 1
    } else if bytes[q] == 0xEF, q &+ 3 <= count, bytes[q &+ 1] == 0xBC, bytes[q &+ 2] == 0x89 {
      end = q &+ 3
    } else {
      return -1
    }
    // A marker ends on a scalar boundary.
    if end < count, bytes[end] & 0xC0 == 0x80 { return -1 }
    return end &- p
  }

  /// The number or date `numberLike(at:)` reads at the ASCII digit at `p`, for the
  /// common forms: up to seven ASCII digits, maybe a decimal part, then any of
  /// `_NumberScanner`'s suffixes 万 亿 余 多 and `%` `％`; or a year 1900–2100 with 年 or
  /// 年度 and no month after it. Nil where the grammar might read more or something
  /// else: eight digits or more (maybe a date), a grouping comma, full-width digits or
  /// a full-width point, a month 月 after one or two digits, a year before `-` `/` `.`.
  /// Any unit after the number is the caller's. Transparent for the reason given on
  /// `hanRun`.
  @_transparent
  static func shortNumber(_ bytes: _BulkBytes, at p: Int, _ tables: _BulkTables) -> Token? {
    let count = bytes.count
    var q = p
    var value = 0
    while q < count, q &- p < 8 {
      let d = bytes[q] &- 0x30
      guard d < 10 else { break }
      value = value &* 10 &+ Int(d)
      q &+= 1
    }
    let digits = q &- p
    guard digits < 8 else { return nil }
    let year = digits == 4 && value >= 1900 && value <= 2100
    var flags = Token.Flags()
    if q < count {
      let next = bytes[q]
      if next < 0x80 {
        switch next {
        case UInt8(ascii: ","):
          return nil
        case UInt8(ascii: "."):
          // 2019.02.22 may be a date; a point is a decimal point only before a digit.
          guard !year else { return nil }
          if q &+ 1 < count {
            let d = bytes[q &+ 1]
            if d == 0xEF { return nil }
            if d &- 0x30 < 10 {
              flags = .decimal
              q &+= 2
              while q < count, bytes[q] &- 0x30 < 10 { q &+= 1 }
              // Full-width digits would go on with it.
              if q < count, bytes[q] == 0xEF { return nil }
            }
          }
        case UInt8(ascii: "-"), UInt8(ascii: "/"):
          // 2019-02-22, 2019/2/22
          if year { return nil }
        default:
          break
        }
      } else if next == 0xEF {
        // Full-width digits or point go on with the number.
        return nil
      } else if next &- 0xE4 < 6, q &+ 3 <= count, bytes.triple(at: q) & 0x00C0_C000 == 0x0080_8000 {
        switch _BulkBytes.scalar(bytes.triple(at: q)) {
        case _Han.nian:
          if year { return yearDate(bytes, from: p, nian: q, tables) }
        case _Han.yueMonth:
          // 1月1日
          if digits <= 2 { return nil }
        default:
          break
        }
      }
    }
    return numberSuffixes(bytes, from: p, at: q, flags)
  }

  /// `_NumberScanner.scanSuffixes` after the body `p ..< q`: `[万|亿]* [余|多] [万|亿]* [% ％]`.
  @inline(__always)
  static func numberSuffixes(_ bytes: _BulkBytes, from p: Int, at body: Int, _ bodyFlags: Token.Flags) -> Token? {
    let limit = min(bytes.count, p &+ _maxTokenLength)
    var q = body
    var flags = bodyFlags
    suffixes: while q &+ 3 <= limit, bytes[q] &- 0xE4 < 6 {
      let w = bytes.triple(at: q)
      guard w & 0x00C0_C000 == 0x0080_8000 else { break }
      switch _BulkBytes.scalar(w) {
      case _Han.wan: flags.insert(.wan)
      case _Han.yi: flags.insert(.yi)
      case _Han.yu, _Han.duo:
        guard !flags.contains(.approximate) else { break suffixes }
        flags.insert(.approximate)
      default: break suffixes
      }
      q &+= 3
    }
    if q < limit, bytes[q] == UInt8(ascii: "%") {
      flags.insert(.percent)
      q &+= 1
    } else if q &+ 3 <= limit, bytes[q] == 0xEF, bytes[q &+ 1] == 0xBC, bytes[q &+ 2] == 0x85 {
      flags.insert(.percent)
      q &+= 3
    }
    return Token(
      kind: .number, start: UInt32(truncatingIfNeeded: p), length: UInt16(truncatingIfNeeded: q &- p), flags: flags)
  }

  /// The date of the year at `p` with 年 at `nian`: `2018年`, `2018年度`; nil when a
  /// month may follow (a digit or numeral after 年), which `dateEnd` reads.
  @inline(never)
  static func yearDate(_ bytes: _BulkBytes, from p: Int, nian: Int, _ tables: _BulkTables) -> Token? {
    let count = bytes.count
    var end = nian &+ 3
    if end < count {
      let b = bytes[end]
      if b &- 0x30 < 10 { return nil }
      if end &+ 3 <= count, b >= 0xE0, b <= 0xEF {
        let w = bytes.triple(at: end)
        if w == 0xA6BAE5 {
          // 度 E5 BA A6
          end &+= 3
        } else if w & 0x00C0_C0F0 == 0x0080_80E0 {
          // 零〇一…十 (a month) are number starts; ０–９ (EF BC 90–99) digits.
          if w == 0x8780E3 || (w & 0xFFFF == 0xBCEF && (w &>> 16) &- 0x90 < 10) { return nil }
          if tables.hanClass(w) == .numberStart { return nil }
        }
      } else if b >= 0xE0 {
        // A truncated sequence: leave it.
        return nil
      }
    }
    return Token(kind: .date, start: UInt32(truncatingIfNeeded: p), length: UInt16(truncatingIfNeeded: end &- p))
  }

  /// Whether `０`–`９` (EF BC 90–99) starts at `i`.
  @inline(__always)
  static func isWideDigit(_ bytes: _BulkBytes, at i: Int) -> Bool {
    i &+ 3 <= bytes.count && bytes[i] == 0xEF && bytes[i &+ 1] == 0xBC && bytes[i &+ 2] &- 0x90 < 10
  }

  /// The end of the run of spaces at `p`, as `spaceRun(at:)` reads it: ASCII spaces,
  /// NBSP (C2 A0), 　 (E3 80 80), U+2000–U+200B, U+202F, U+205F (E2 …) and U+FEFF
  /// (EF BB BF), each whole below `limit`.
  @inline(__always)
  static func spaceEnd(_ bytes: _BulkBytes, from p: Int, limit: Int, _ actions: UnsafePointer<_BulkAction>) -> Int {
    var q = p
    while q < limit {
      let b = bytes[q]
      if actions[Int(b)] == .space {
        q &+= 1
      } else if b == 0xC2, q &+ 2 <= limit, bytes[q &+ 1] == 0xA0 {
        q &+= 2
      } else if b >= 0xE2, q &+ 3 <= limit, isWideSpace(bytes.triple(at: q)) {
        q &+= 3
      } else {
        break
      }
    }
    return q
  }

  /// Whether the three bytes in the low bytes of `w` are 　, U+2000–U+200B, U+202F,
  /// U+205F or U+FEFF.
  @inline(__always)
  static func isWideSpace(_ w: UInt32) -> Bool {
    switch w {
    case 0x8080E3, 0xBFBBEF, 0xAF80E2, 0x9F81E2: return true
    default: return w & 0xFFFF == 0x80E2 && (w &>> 16) &- 0x80 < 0x0C
    }
  }

  /// Whether a unit may start at `i`: an ideograph whose bit in `follower` (a superset
  /// of the units' first characters) is set. Most numbers end before punctuation or text.
  @inline(__always)
  static func mayBeUnit(_ bytes: _BulkBytes, at i: Int, _ follower: UnsafePointer<UInt64>) -> Bool {
    guard i &+ 3 <= bytes.count else { return false }
    let b0 = bytes[i]
    let b1 = bytes[i &+ 1]
    let b2 = bytes[i &+ 2]
    guard b0 &- 0xE4 < 6, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
    let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
    return follower[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0
  }

  /// Whether an ASCII or full-width digit (EF …) may start at `i`: what a sign,
  /// or the bracket of a document number, needs after it.
  @inline(__always)
  static func digitMayStart(_ bytes: _BulkBytes, at i: Int) -> Bool {
    guard i < bytes.count else { return false }
    let b = bytes[i]
    return b &- 0x30 < 10 || b == 0xEF
  }

  /// Whether the three bytes at `q` (which exist) are 〔 【 〖 （ or ［, which open a
  /// document number when a year follows.
  @inline(__always)
  static func isDocumentNumberOpener(_ bytes: _BulkBytes, at q: Int) -> Bool {
    let b0 = bytes[q]
    let b1 = bytes[q &+ 1]
    let b2 = bytes[q &+ 2]
    // 〔 E3 80 94, 【 E3 80 90, 〖 E3 80 96, （ EF BC 88, ［ EF BC BB
    if b0 == 0xE3 { return b1 == 0x80 && (b2 == 0x94 || b2 == 0x90 || b2 == 0x96) }
    return b0 == 0xEF && b1 == 0xBC && (b2 == 0x88 || b2 == 0xBB)
  }

  /// Whether the three bytes at `q` (which exist) are punctuation that `next()` would
  /// emit as a lone token, and if so whether it ends a sentence; nil otherwise.
  @inline(__always)
  static func widePunctuationEnd(_ bytes: _BulkBytes, at q: Int, _ table: UnsafePointer<UInt64>) -> Bool? {
    let b0 = bytes[q]
    let row: Int
    switch b0 {
    case 0xE2: row = 0
    case 0xE3: row = 64
    case 0xEF: row = 128
    default: return nil
    }
    let b1 = bytes[q &+ 1]
    let b2 = bytes[q &+ 2]
    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
      table[row | Int(b1 & 0x3F)] & (1 &<< UInt64(b2 & 0x3F)) != 0
    else { return nil }
    // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B
    if b0 == 0xE3 { return b1 == 0x80 && b2 == 0x82 }
    return b0 == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F || b2 == 0x9B)
  }
}
