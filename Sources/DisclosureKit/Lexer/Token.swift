/// One token of normalised text: a kind, flags, and a byte range.
///
/// Eight bytes, so a report's tokens cost little more than its text. Runs
/// longer than `UInt16.max` bytes are split into several tokens of the same
/// kind.
public struct Token: Sendable, Hashable {
  /// What a token is.
  public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
    /// A run of Han characters that is none of the kinds below.
    case han
    /// A run of Latin letters or ASCII word characters.
    case word
    /// Arabic digits, with decimals, separators, sign (`-3`, `减3`), `%`, 万/亿, 余/多 and a
    /// leading 近/约, all inside the token and recorded in ``Flags``: `2.5万余`, `约200`, `99.9%`.
    case number
    /// A number in Chinese numerals: `一千二百三十四`, `二〇一九`, `两万`, `三百余`, `百分之九十`.
    /// Only when a unit follows, or when positional or holding a zero and two characters
    /// or longer, so `一是` and `统一` stay Han (see ``Lexer``).
    case chineseNumeral
    /// A unit right after a number: 条 件 宗 个 项 次 人次 场 篇 期 元 家 人 份 批, or 万元
    /// when the number has no 万 of its own (`1814万元` is `1814万` + `元`).
    case unit
    /// A heading marker: `一、` `（一）` `1、` `1.` `（1）` `1)` `①` `第一`.
    case headingMarker
    /// A date: `2019年1月1日`, `2018年` (year precision), `2018年度`, `2021-02-19 11:18`,
    /// `20181231`, `二〇一九年`.
    case date
    /// A document number, issuer included: `国办公开办函〔2019〕60号`.
    case documentNumber
    /// Punctuation, full-width or ASCII.
    case punctuation
    /// A table cell separator: `|`, `｜` or a tab.
    case cellSeparator
    /// A line break: `\n`, `\r\n` or `\r`, one token each.
    case lineBreak
    /// Spaces.
    case space
    /// An invalid UTF-8 sequence: one token per maximal invalid subpart.
    case invalid
  }

  /// Properties of a ``Kind/number`` or ``Kind/chineseNumeral`` token; empty for other kinds.
  public struct Flags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Followed by `%` or `％`, or written `百分之…`.
    public static let percent = Flags(rawValue: 1 << 0)
    /// Scaled by 万.
    public static let wan = Flags(rawValue: 1 << 1)
    /// Scaled by 亿.
    public static let yi = Flags(rawValue: 1 << 2)
    /// Approximate: 余, 多, 近, 约.
    public static let approximate = Flags(rawValue: 1 << 3)
    /// Negative: `-3`, `减3`.
    public static let negative = Flags(rawValue: 1 << 4)
    /// Has a decimal point.
    public static let decimal = Flags(rawValue: 1 << 5)
    /// Has thousands separators.
    public static let grouped = Flags(rawValue: 1 << 6)
  }

  public var start: UInt32
  public var length: UInt16
  public var kind: Kind
  public var flags: Flags

  public init(kind: Kind, start: Int, length: Int, flags: Flags = Flags()) {
    self.kind = kind
    self.flags = flags
    self.start = UInt32(clamping: start)
    self.length = UInt16(clamping: length)
  }

  /// A token whose start and length are known to fit.
  @inline(__always)
  init(kind: Kind, start: UInt32, length: UInt16, flags: Flags = Flags()) {
    self.kind = kind
    self.flags = flags
    self.start = start
    self.length = length
  }

  /// The byte range in the normalised text.
  public var range: SourceRange { SourceRange(start: Int(start), end: Int(start) + Int(length)) }
}
