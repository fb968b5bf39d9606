/// What the lexer makes of a non-ASCII scalar.
enum _ScalarClass: UInt8 {
  /// Part of a Han run (CJK ideographs, kana, anything not listed below).
  case han
  /// A Han character that may start a number or numeral: 零〇一二两…十百千万亿, 近 约 减 负.
  case numberStart
  /// Full-width or Latin letters: part of a word.
  case letter
  /// A full-width digit `０`–`９`.
  case digit
  /// Punctuation and symbols, full-width or not.
  case punctuation
  /// `｜` and box-drawing verticals.
  case cellSeparator
  /// NBSP, ideographic space, the U+2000 spaces, BOM.
  case space
  /// U+0085, U+2028, U+2029.
  case lineBreak

  /// The class of `scalar` (which is ≥ 0x80).
  static func of(_ scalar: UInt32) -> _ScalarClass {
    // Split by block first: most scalars in a report are ideographs or a handful
    // of CJK punctuation, and each branch below tests only a few ranges.
    if scalar >= 0x4E00, scalar <= 0x9FFF {
      return _Numeral.code(of: scalar) != nil || scalar == _Han.jin || scalar == _Han.yue || scalar == _Han.jian
        || scalar == _Han.fu ? .numberStart : .han
    }
    if scalar < 0x2000 {
      switch scalar {
      case 0x0085: return .lineBreak
      case 0x00A0: return .space
      case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x024F, 0x0370...0x03FF, 0x0400...0x052F: return .letter
      case 0x0080...0x00BF, 0x00D7, 0x00F7: return .punctuation
      default: return .han
      }
    }
    if scalar < 0x3000 {
      switch scalar {
      case 0x2000...0x200B, 0x202F, 0x205F: return .space
      case 0x2028, 0x2029: return .lineBreak
      case 0x2502, 0x2503: return .cellSeparator
      case 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2BFF: return .punctuation
      default: return .han
      }
    }
    if scalar < 0x3100 {
      switch scalar {
      case 0x3000: return .space
      case 0x3007: return .numberStart  // 〇
      case 0x3001...0x3004, 0x3008...0x3020, 0x3030, 0x303D: return .punctuation
      default: return .han
      }
    }
    if scalar >= 0xFE10, scalar <= 0xFFEE {
      switch scalar {
      case 0xFF10...0xFF19: return .digit
      case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .letter
      case 0xFF5C: return .cellSeparator
      case 0xFEFF: return .space
      case 0xFE10...0xFE1F, 0xFE30...0xFE6B, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B,
        0xFF5D...0xFF65, 0xFFE0...0xFFEE:
        return .punctuation
      default: return .han
      }
    }
    return .han
  }
}

/// One bit per scalar U+4000–U+9FFF, set for ``_ScalarClass/numberStart``, so
/// the lexer's hot loop skips plain Han text without classifying each character.
let _numberStartBitmap: [UInt64] = {
  var bitmap = [UInt64](repeating: 0, count: 0x6000 / 64)
  for scalar in UInt32(0x4000)..<0xA000 where _ScalarClass.of(scalar) == .numberStart {
    let bit = Int(scalar - 0x4000)
    bitmap[bit / 64] |= 1 << UInt64(bit % 64)
  }
  return bitmap
}()

/// Han scalars the lexer and number parser look for.
enum _Han {
  static let jin: UInt32 = 0x8FD1  // 近
  static let yue: UInt32 = 0x7EA6  // 约
  static let da: UInt32 = 0x5927  // 大
  static let jiang: UInt32 = 0x5C06  // 将
  static let jian: UInt32 = 0x51CF  // 减
  static let fu: UInt32 = 0x8D1F  // 负
  static let bai: UInt32 = 0x767E  // 百
  static let fen: UInt32 = 0x5206  // 分
  static let zhi: UInt32 = 0x4E4B  // 之
  static let yu: UInt32 = 0x4F59  // 余
  static let duo: UInt32 = 0x591A  // 多
  static let wan: UInt32 = 0x4E07  // 万
  static let yi: UInt32 = 0x4EBF  // 亿
  static let nian: UInt32 = 0x5E74  // 年
  static let du: UInt32 = 0x5EA6  // 度
  static let yueMonth: UInt32 = 0x6708  // 月
  static let ri: UInt32 = 0x65E5  // 日
  static let hao: UInt32 = 0x53F7  // 号
  static let di: UInt32 = 0x7B2C  // 第
  static let yuan: UInt32 = 0x5143  // 元
  static let zuo: UInt32 = 0x5DE6  // 左
  static let you: UInt32 = 0x53F3  // 右
  static let ren: UInt32 = 0x4EBA  // 人
  static let ci: UInt32 = 0x6B21  // 次
  static let fullPercent: UInt32 = 0xFF05  // ％
}

/// Chinese numeral characters.
enum _Numeral {
  /// 0–9 for digits, 10/11/12 for 十/百/千, 13/14 for 万/亿; nil otherwise.
  static func code(of scalar: UInt32) -> Int8? {
    switch scalar {
    case 0x96F6, 0x3007: return 0  // 零 〇
    case 0x4E00, 0x58F9: return 1  // 一 壹
    case 0x4E8C, 0x8D30, 0x4E24, 0x8CB3, 0x5169: return 2  // 二 贰 两 貳 兩
    case 0x4E09, 0x53C1: return 3  // 三 叁
    case 0x56DB, 0x8086: return 4  // 四 肆
    case 0x4E94, 0x4F0D: return 5  // 五 伍
    case 0x516D, 0x9646, 0x9678: return 6  // 六 陆 陸
    case 0x4E03, 0x67D2: return 7  // 七 柒
    case 0x516B, 0x634C: return 8  // 八 捌
    case 0x4E5D, 0x7396: return 9  // 九 玖
    case 0x5341, 0x62FE: return 10  // 十 拾
    case 0x767E, 0x4F70: return 11  // 百 佰
    case 0x5343, 0x4EDF: return 12  // 千 仟
    case 0x4E07, 0x842C: return 13  // 万 萬
    case 0x4EBF, 0x5104: return 14  // 亿 億
    default: return nil
    }
  }
}

/// The units the lexer splits off after a number, longest first.
enum _Unit {
  /// The length in bytes of the unit starting at `index`, if any.
  ///
  /// `人次` wins over `人`; `万元` is only reported when `allowWan` (the
  /// number did not already take its 万).
  static func length(in cursor: _UTF8Cursor, at index: Int, allowWan: Bool) -> Int? {
    guard let first = cursor.scalar(at: index), first.isValid, first.length == 3 else { return nil }
    switch first.value {
    case _Han.ren:
      if let next = cursor.scalar(at: index &+ 3), next.value == _Han.ci { return 6 }
      return 3
    case _Han.wan:
      guard allowWan, let next = cursor.scalar(at: index &+ 3), next.value == _Han.yuan else { return nil }
      return 6
    case 0x6761, 0x4EF6, 0x5B97, 0x4E2A, 0x9879, _Han.ci, 0x573A, 0x7BC7, 0x671F, _Han.yuan, 0x5BB6, 0x4EFD,
      0x6279:
      // 条 件 宗 个 项 次 场 篇 期 元 家 份 批
      return 3
    default: return nil
    }
  }
}
