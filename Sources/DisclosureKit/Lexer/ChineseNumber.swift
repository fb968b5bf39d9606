/// A number as Chinese reports print it: `1,234`, `99.9%`, `1814万元`,
/// `一千二百三十四`, `二〇一九`, `百分之九十`, `三百余件`, `减3`.
public struct ChineseNumber: Sendable, Hashable {
  /// Why a string is not a number.
  public enum ParseError: Error, Sendable, Hashable {
    /// The text is not a number.
    case notANumber
    /// The value does not fit.
    case overflow
  }

  /// The value, scaled (万 ×10⁴, 亿 ×10⁸) and as a fraction for percentages.
  public var value: Double
  /// Stated as approximate (余, 多, 近, 约).
  public var isApproximate: Bool
  /// Stated as a percentage.
  public var isPercent: Bool
  /// The unit that followed, if any (`件`, `元`, `万元` is folded into the value and reported as `元`).
  public var unit: String?

  public init(value: Double, isApproximate: Bool = false, isPercent: Bool = false, unit: String? = nil) {
    self.value = value
    self.isApproximate = isApproximate
    self.isPercent = isPercent
    self.unit = unit
  }

  /// Parses `text`.
  public init(parsing text: some StringProtocol) throws(ParseError) {
    // Placeholder until the Lexer stage lands: plain ASCII integers.
    var result = 0
    var sawDigit = false
    for byte in text.utf8 {
      guard byte >= 0x30, byte <= 0x39 else { throw .notANumber }
      let (m, o1) = result.multipliedReportingOverflow(by: 10)
      let (a, o2) = m.addingReportingOverflow(Int(byte - 0x30))
      guard !o1, !o2 else { throw .overflow }
      result = a
      sawDigit = true
    }
    guard sawDigit else { throw .notANumber }
    self.init(value: Double(result))
  }

  /// The value as an integer when it is whole and fits in `Int`.
  public var integerValue: Int? {
    guard value.rounded() == value, abs(value) < 9.0e15 else { return nil }
    return Int(value)
  }
}
