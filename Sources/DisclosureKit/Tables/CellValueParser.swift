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
    if trimmed.isEmpty || unreadableMarks.contains(trimmed) { return true }
    return number(trimmed) != nil
  }

  /// Parses `text` under a column of `scale`.
  static func parse(_ text: some StringProtocol, scale: Int = 1) -> Parsed {
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

  /// Drops white space of every kind, NBSP and the ideographic space included.
  static func trim(_ text: some StringProtocol) -> String {
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
    if body.hasPrefix("减") || body.hasPrefix("-") || body.hasPrefix("−") {
      sign = -1
      body = body.dropFirst()
    } else if body.hasPrefix("增") || body.hasPrefix("+") {
      body = body.dropFirst()
    }
    var multiplier = 1.0
    var ownUnit = false
    for (suffix, factor) in [("万元", 10_000.0), ("亿元", 100_000_000.0), ("元", 1.0), ("万", 10_000.0), ("亿", 1e8)]
    where body.hasSuffix(suffix) {
      body = body.dropLast(suffix.count)
      multiplier = factor
      ownUnit = true
      break
    }
    if !ownUnit {
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
