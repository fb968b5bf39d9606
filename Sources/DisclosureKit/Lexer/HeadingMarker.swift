/// A heading marker at the start of a heading: `一、` `（一）` `(一)` `1、`
/// `1.` `（1）` `1)` `1）` `①` `第一`.
///
/// Shared by the lexer, which emits it as a ``Token/Kind/headingMarker``
/// token, and the heading detector, which infers levels from its ``style``.
public struct HeadingMarker: Sendable, Hashable {
  /// The printed form of a marker; the heading detector infers levels from
  /// the order styles appear in, with this order as the default.
  public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    /// `一、`
    case hanComma
    /// `（一）` or `(一)`
    case hanParen
    /// `1、`
    case digitComma
    /// `1.` or `1．`
    case digitDot
    /// `（1）` or `(1)`
    case digitParen
    /// `1)` or `1）`
    case digitHalfParen
    /// `①`
    case circled
    /// `第一`, as in `第一部分`
    case ordinalPrefix
  }

  public var style: Style
  /// The marker's number: 1 for `一、`, `（一）`, `1.`, `①`.
  public var ordinal: Int
  /// The marker's length in UTF-8 bytes.
  public var length: Int

  public init(style: Style, ordinal: Int, length: Int) {
    self.style = style
    self.ordinal = ordinal
    self.length = length
  }

  /// The marker that starts at `offset` in `bytes` (UTF-8), if any.
  public static func match(in bytes: UnsafeRawBufferPointer, at offset: Int) -> HeadingMarker? {
    // Placeholder until the Structure stage lands.
    nil
  }

  /// The marker at the start of `text`, if any.
  public init?(prefixOf text: some StringProtocol) {
    var utf8 = Array(text.utf8.prefix(32))
    guard let marker = utf8.withUnsafeMutableBytes({ HeadingMarker.match(in: UnsafeRawBufferPointer($0), at: 0) })
    else { return nil }
    self = marker
  }
}
