/// Document numbers: an issuer, a bracketed year, a serial and 号 —
/// `国办公开办函〔2019〕60号`, `景府办字〔2018〕72号`, `国发[2019]3号`, `国发（2019）3号`.
///
/// Checked before numbers, so `〔2019〕60号` is one document number, not 2019 and 60.
/// The brackets may be 〔〕 【】 〖〗 [] ［］ (号 optional) or () （） (号 required,
/// since `(2019)` alone is too common). The issuer is the tail of the Han run right
/// before the bracket: at most ten characters, cut after the last function word
/// (的 了 和 与 及 按 据 对 将 为 以 由 是 …), so `印发了景府办字〔2018〕72号` gives
/// the issuer `景府办字`.
extension _Tokenizer {
  /// The end of the bracketed part of a document number starting at `p`.
  func documentNumberEnd(at p: Int) -> Int? {
    // Most calls come at the end of a Han run and stop at the first byte or two.
    let openLength: Int
    let isParen: Bool
    switch c.byte(at: p) {
    case 0x5B:
      (openLength, isParen) = (1, false)
    case 0x28:
      (openLength, isParen) = (1, true)
    case 0xE3:
      // 〔 E3 80 94, 【 E3 80 90, 〖 E3 80 96
      guard
        c.matches(0xE3, 0x80, 0x94, at: p) || c.matches(0xE3, 0x80, 0x90, at: p) || c.matches(0xE3, 0x80, 0x96, at: p)
      else { return nil }
      (openLength, isParen) = (3, false)
    case 0xEF:
      // （ EF BC 88, ［ EF BC BB
      if c.matches(0xEF, 0xBC, 0x88, at: p) {
        (openLength, isParen) = (3, true)
      } else if c.matches(0xEF, 0xBC, 0xBB, at: p) {
        (openLength, isParen) = (3, false)
      } else {
        return nil
      }
    default:
      return nil
    }
    let year = _NumberScanner.readDigits(c, at: p &+ openLength, maxCount: 5)
    guard year.count == 4, (1900...2100).contains(year.value), let close = c.scalar(at: year.end) else { return nil }
    switch close.value {
    case 0x5D, 0x3015, 0x3011, 0x3017, 0xFF3D, 0x29, 0xFF09: break
    default: return nil
    }
    var q = year.end &+ close.length
    if c.scalar(at: q)?.value == _Han.di { q &+= 3 }
    let serial = _NumberScanner.readDigits(c, at: q, maxCount: 7)
    guard (1...6).contains(serial.count) else { return nil }
    q = serial.end
    if c.scalar(at: q)?.value == _Han.hao { return q &+ 3 }
    return isParen ? nil : q
  }

  /// Where the issuer of a document number whose bracket is at `bracket` starts,
  /// within the Han run `runStart ..< bracket`.
  func issuerStart(runStart: Int, bracket: Int) -> Int {
    var start = bracket
    var characters = 0
    while characters < 10, start > runStart {
      var k = start &- 1
      while k > runStart, let b = c.byte(at: k), b & 0xC0 == 0x80 { k &-= 1 }
      guard let s = c.scalar(at: k), s.isValid, k &+ s.length == start, !Self.isFunctionWord(s.value) else { break }
      start = k
      characters &+= 1
    }
    return start
  }

  private static func isFunctionWord(_ scalar: UInt32) -> Bool {
    switch scalar {
    // 的 了 和 与 及 或 按 照 据 依 于 在 对 将 把 被 为 以 由 是 等 见 即 经 并 转 第
    case 0x7684, 0x4E86, 0x548C, 0x4E0E, 0x53CA, 0x6216, 0x6309, 0x7167, 0x636E, 0x4F9D, 0x4E8E, 0x5728, 0x5BF9,
      0x5C06, 0x628A, 0x88AB, 0x4E3A, 0x4EE5, 0x7531, 0x662F, 0x7B49, 0x89C1, 0x5373, 0x7ECF, 0x5E76, 0x8F6C,
      0x7B2C:
      return true
    default:
      return false
    }
  }
}
