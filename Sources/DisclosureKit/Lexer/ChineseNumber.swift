/// A number as Chinese reports print it: `1,234`, `99.9%`, `1814万元`,
/// `一千二百三十四`, `二〇一九`, `百分之九十`, `三百余件`, `减3`.
///
/// The grammar, with optional parts in brackets:
///
///     [大约|约|将近|近] [- + － 减 负] [百分之] body [万|亿]* [余|多] [万|亿]* [% ％] [unit] [左右]
///
/// where `body` is Arabic digits (ASCII or full-width, with `1,234` grouping and a
/// decimal point) or Chinese numerals (`一千二百三十四`, `二〇一九`, `十一`, `两万`,
/// `一亿二千万`, and a bare `百` or `千` alone as in `近百场`), and `unit` is one of
/// 条 件 宗 个 项 次 人次 场 篇 期 元 万元 家 人 份 批. Spaces around the number are
/// ignored; anything else makes it ``ParseError/notANumber``.
///
/// The value is computed exactly as an integer significand and a power of ten and
/// converted to `Double` once, with one correctly rounded division for fractions:
/// `12.35万元` is exactly 123500 and `0.34%` is exactly the `Double` nearest 0.0034.
///
/// ```swift
/// let n = try ChineseNumber(parsing: "2.5万余条")
/// // n.value == 25000, n.isApproximate == true, n.unit == "条"
/// ```
public struct ChineseNumber: Sendable, Hashable {
  /// Why a string is not a number.
  public enum ParseError: Error, Sendable, Hashable {
    /// The text is not a number.
    case notANumber
    /// The value does not fit: more than 18 significant digits (`9223372036854775808`
    /// is an overflow, not a rounded `Double`), or a scale that pushes it past `Int64`.
    case overflow
  }

  /// The value, scaled (万 ×10⁴, 亿 ×10⁸) and as a fraction for percentages.
  public var value: Double
  /// Stated as approximate (余, 多, 近, 约, 左右).
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
  ///
  /// - Parameter text: A number, such as `1814万元`, `百分之九十` or `约200人次`.
  /// - Throws: ``ParseError/notANumber`` when `text` is not a number in the grammar
  ///   above (`1e309` is not), ``ParseError/overflow`` when it does not fit.
  /// - Complexity: O(n) in the text's bytes.
  public init(parsing text: some StringProtocol) throws(ParseError) {
    let string = String(text)
    let result = _UTF8Cursor.withCursor(over: string) { ChineseNumber.parse($0) }
    self = try result.get()
  }

  /// Parses UTF-8 `bytes` without creating a `String`: the lexer's fast path.
  ///
  /// - Parameter bytes: The UTF-8 bytes of a number, for example a ``Token``'s range.
  /// - Throws: As ``init(parsing:)-(StringProtocol)``.
  /// - Complexity: O(n) in `bytes.count`.
  public init(parsing bytes: UnsafeRawBufferPointer) throws(ParseError) {
    let result = _UTF8Cursor.withCursor(overBytes: bytes) { ChineseNumber.parse($0) }
    self = try result.get()
  }

  /// Parses the text of `token` in `text`, reading the bytes in place.
  ///
  /// - Parameters:
  ///   - token: A token of `text`, typically a ``Token/Kind/number`` or ``Token/Kind/chineseNumeral``.
  ///   - text: The text the token was read from.
  /// - Throws: As ``init(parsing:)-(StringProtocol)``; ``ParseError/notANumber`` when
  ///   the token's range lies outside `text`.
  /// - Complexity: O(n) in the token's length.
  public init(parsing token: Token, in text: borrowing String) throws(ParseError) {
    let start = Int(token.start)
    let end = start + Int(token.length)
    func parse(_ cursor: inout _UTF8Cursor) -> Result<ChineseNumber, ParseError> {
      guard end <= cursor.count else { return .failure(.notANumber) }
      return ChineseNumber.parse(cursor, from: start, to: end)
    }
    // One call per token: read a native string's bytes in place, borrowing it, so
    // the call retains and releases nothing.
    if let inPlace = text.utf8.withContiguousStorageIfAvailable({ buffer in
      _UTF8Cursor.withCursor(overBytes: UnsafeRawBufferPointer(buffer), parse)
    }) {
      self = try inPlace.get()
      return
    }
    self = try _UTF8Cursor.withCursor(over: copy text, parse).get()
  }

  /// Parses the text of each of `tokens` in `text`, reading the bytes in place
  /// once for the whole batch: the fast way to read every number of a report.
  ///
  /// ```swift
  /// let numbers = tokens.filter { $0.kind == .number }
  /// ChineseNumber.forEachValue(of: numbers, in: text) { token, result in … }
  /// ```
  ///
  /// - Parameters:
  ///   - tokens: Tokens of `text`, typically its ``Token/Kind/number`` and
  ///     ``Token/Kind/chineseNumeral`` tokens.
  ///   - text: The text the tokens were read from.
  ///   - body: Called once per token, in order, with the token and its value or
  ///     error (``ParseError/notANumber`` for a range outside `text`).
  /// - Complexity: O(n) in the tokens' total length.
  public static func forEachValue(
    of tokens: [Token], in text: String, _ body: (Token, Result<ChineseNumber, ParseError>) -> Void
  ) {
    _UTF8Cursor.withCursor(over: text) { cursor in
      for token in tokens {
        let end = token.end
        body(token, end <= cursor.count ? parse(cursor, from: Int(token.start), to: end) : .failure(.notANumber))
      }
    }
  }

  /// The value as an integer when it is whole and fits in `Int`.
  public var integerValue: Int? {
    guard value.rounded() == value, abs(value) < 9.0e15 else { return nil }
    return Int(value)
  }
}
