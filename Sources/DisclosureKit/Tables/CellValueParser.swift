/// Reads one table cell's text as a value: an integer, a blank, or
/// something unreadable.
///
/// `1814万元` → 18,140,000; `251000元` → 251,000; `减3` and `-3` → -3;
/// `-`, `—`, `/`, `无` → unreadable; white space and NBSP → blank. A column
/// printed in 万元 declares `scale: 10000`, and a bare `12.35` under it reads
/// as 123,500; a cell that prints its own unit (`12.35万元`, `500元`) is not
/// scaled again.
enum CellValueParser {
  /// A parsed cell.
  struct Parsed: Hashable, Sendable {
    var value: Int?
    var state: ReportTable.CellState
  }

  /// Texts that stand for "nothing here" in a table cell.
  static let unreadableMarks: Set<String> = ["-", "—", "——", "–", "－", "/", "／", "\\", "无", "不适用", "—/—", "*", "×"]

  /// Whether `text` reads as a cell value (a number, a blank or a mark)
  /// rather than a label.
  static func isValueLike(_ text: some StringProtocol) -> Bool {
    let trimmed = trim(text)
    // Nearly every line of a report comes here, most of them prose: rule
    // prose out before hashing it or building a folded copy of it.
    if trimmed.isEmpty || trimmed.utf8.count <= maxMarkBytes && unreadableMarks.contains(trimmed) { return true }
    return mayStartNumber(trimmed) && number(trimmed) != nil
  }

  /// The most bytes a text equal to an unreadable mark can have: `String`
  /// equality is canonical equivalence, and a string equivalent to a mark
  /// (none has a decomposition) has at most as many scalars as the mark, each
  /// at most four bytes long.
  static let maxMarkBytes = 4 * (unreadableMarks.map(\.unicodeScalars.count).max() ?? 0)

  /// What `number(_:)` can read starts with, after width folding and one
  /// sign word: an ASCII digit, or a scalar `ChineseNumber` can start with —
  /// a numeral (百 of 百分之 among them), a sign, 近, 约, 大 or 将 (大约, 将近).
  /// A test probes `ChineseNumber` with every scalar of the BMP to keep this
  /// set complete.
  static let numberStarts: Set<UInt32> = [
    0x2D, 0x2B, 0x2212, 0x51CF, 0x8D1F,  // - + − 减 负
    0x8FD1, 0x7EA6, 0x5927, 0x5C06,  // 近 约 大 将
    0x96F6, 0x3007, 0x4E00, 0x58F9, 0x4E8C, 0x8D30, 0x4E24, 0x8CB3, 0x5169, 0x4E09, 0x53C1, 0x56DB, 0x8086,
    0x4E94, 0x4F0D, 0x516D, 0x9646, 0x9678, 0x4E03, 0x67D2, 0x516B, 0x634C, 0x4E5D, 0x7396, 0x5341, 0x62FE,
    0x767E, 0x4F70, 0x5343, 0x4EDF, 0x4E07, 0x842C, 0x4EBF, 0x5104,
  ]

  /// Whether `text` (trimmed) may read as a number: `false` only when its
  /// first scalar, or its second after a sign word, cannot start one.
  static func mayStartNumber(_ text: String) -> Bool {
    func folded(_ scalar: Unicode.Scalar) -> UInt32 {
      (0xFF01...0xFF5E).contains(scalar.value) ? scalar.value - 0xFEE0 : scalar.value
    }
    func starts(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) || numberStarts.contains(value) }
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next().map(folded) else { return false }
    if starts(first) { return true }
    // 增 is a sign word `number(_:)` drops, but not one `ChineseNumber` reads.
    guard first == 0x589E, let second = scalars.next().map(folded) else { return false }
    return starts(second)
  }

  /// Parses `text` under a column of `scale`.
  static func parse(_ text: some StringProtocol, scale: Int = 1) -> Parsed {
    if let digits = plainDigits(text) {
      // What `number(_:)` reads these as, exactly: at most 15 digits are an
      // integer a `Double` holds, whether `ChineseNumber` or `decimal`
      // reads them.
      let value = (Double(digits) * Double(scale)).rounded()
      guard abs(value) < 9.0e15 else { return Parsed(value: nil, state: .unreadable) }
      return Parsed(value: Int(value), state: .value)
    }
    return parseByCharacters(text, scale: scale)
  }

  /// `parse(_:scale:)` without its fast path for plain digits: the reference
  /// a differential test holds it to.
  static func parseByCharacters(_ text: some StringProtocol, scale: Int = 1) -> Parsed {
    let trimmed = trim(text)
    if trimmed.isEmpty { return Parsed(value: nil, state: .blank) }
    if unreadableMarks.contains(trimmed) { return Parsed(value: nil, state: .unreadable) }
    guard let parsed = number(trimmed) else { return Parsed(value: nil, state: .unreadable) }
    var value = parsed.value
    if !parsed.hasOwnUnit, scale != 1 { value *= Double(scale) }
    value = value.rounded()
    guard abs(value) < 9.0e15 else { return Parsed(value: nil, state: .unreadable) }
    return Parsed(value: Int(value), state: .value)
  }

  /// The value of `text` when it is one to 15 ASCII digits and nothing
  /// else (most cells): read without trimming, folding or parsing.
  static func plainDigits(_ text: some StringProtocol) -> Int? {
    let utf8 = text.utf8
    guard (1...15).contains(utf8.count) else { return nil }
    var value = 0
    for byte in utf8 {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// Drops white space of every kind, NBSP and the ideographic space included.
  static func trim(_ text: some StringProtocol) -> String {
    // Most texts have nothing to drop: keep their storage.
    if !text.unicodeScalars.contains(where: { isWhitespace($0) || $0 == "\u{FEFF}" }) { return String(text) }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isWhitespace(scalar) && scalar != "\u{FEFF}" { out.append(scalar) }
    return String(out)
  }

  /// `scalar.properties.isWhitespace`, without the property-table lookup for
  /// ASCII and for everything above U+3000 (the last White_Space scalar):
  /// almost every scalar of a report.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    if value > 0x3000 { return false }
    return scalar.properties.isWhitespace
  }

  /// A number with an optional sign word and unit; `hasOwnUnit` when the
  /// text scaled itself (万, 亿) or named 元.
  static func number(_ text: String) -> (value: Double, hasOwnUnit: Bool)? {
    var body = Substring(foldWidth(text))
    var sign = 1.0
    // A prefix of one scalar starts with that scalar: compare characters
    // only when the first scalar is a sign.
    let head = body.unicodeScalars.first ?? "\u{0}"
    if isSign(head) {
      if body.hasPrefix("减") || body.hasPrefix("-") || body.hasPrefix("−") {
        sign = -1
        body = body.dropFirst()
      } else if body.hasPrefix("增") || body.hasPrefix("+") {
        body = body.dropFirst()
      }
    }
    var multiplier = 1.0
    var ownUnit = false
    // A suffix ends with the body's last scalar: compare characters only
    // when that scalar ends one of the units below (most cells end in a digit).
    let hasNoUnit = !(body.unicodeScalars.last.map(endsUnit) ?? false)
    for (suffix, factor) in [("万元", 10_000.0), ("亿元", 100_000_000.0), ("元", 1.0), ("万", 10_000.0), ("亿", 1e8)]
    where !hasNoUnit && body.hasSuffix(suffix) {
      body = body.dropLast(suffix.count)
      multiplier = factor
      ownUnit = true
      break
    }
    if !ownUnit, !hasNoUnit {
      for suffix in ["件", "个", "项", "条", "次", "宗", "人次", "份"] where body.hasSuffix(suffix) {
        body = body.dropLast(suffix.count)
        break
      }
    }
    if let chinese = try? ChineseNumber(parsing: body) {
      return (sign * chinese.value * multiplier, ownUnit)
    }
    guard let plain = decimal(body) else { return nil }
    return (sign * plain * multiplier, ownUnit)
  }

  /// 减 - − 增 +: the sign words `number(_:)` drops.
  private static func isSign(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "减", "-", "−", "增", "+": true
    default: false
    }
  }

  /// The last scalars of the units `number(_:)` drops.
  private static func endsUnit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "元", "万", "亿", "件", "个", "项", "条", "次", "宗", "份": true
    default: false
    }
  }

  /// `1,234.5` as a Double; `nil` for anything else.
  private static func decimal(_ text: Substring) -> Double? {
    var integer = 0.0
    var fraction = 0.0
    var scale = 1.0
    var sawDigit = false
    var inFraction = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9":
        let digit = Double(scalar.value - 48)
        if inFraction {
          scale /= 10
          fraction += digit * scale
        } else {
          integer = integer * 10 + digit
        }
        sawDigit = true
      case "," where !inFraction && sawDigit:
        continue
      case "." where !inFraction && sawDigit:
        inFraction = true
      default:
        return nil
      }
    }
    guard sawDigit, scale < 1 || !inFraction else { return nil }
    return integer + fraction
  }

  /// Folds full-width ASCII forms to ASCII.
  static func foldWidth(_ text: String) -> String {
    // Full-width forms are U+FF01…U+FF5E, all led by byte 0xEF in UTF-8.
    guard text.utf8.contains(0xEF) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
        out.append(folded)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
