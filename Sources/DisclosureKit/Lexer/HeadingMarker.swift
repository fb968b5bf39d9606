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
  ///
  /// A marker must start a word: `一、` in `统一、规范` is not one, nor is
  /// `1.` in `2.1.` or the `1)` of `(1)`; `（一）` after `第` (`第（一）项`)
  /// is a citation. The numbers are `一`…`九十九` and `1`…`99` (ASCII or
  /// full-width digits); `1.5` is a decimal, not a marker. Also read: the
  /// enclosed forms `①`…`⑳` (circled), `⑴` (digit paren), `⒈` (digit dot),
  /// and `第一部分` / `第一章` / `第一节` / `第一、`.
  ///
  /// ```swift
  /// HeadingMarker(prefixOf: "（三）不予公开")  // style .hanParen, ordinal 3, length 9
  /// HeadingMarker(prefixOf: "1.5亿元")        // nil
  /// ```
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 text.
  ///   - offset: Where the marker would start.
  /// - Returns: The marker, or `nil`.
  /// - Complexity: O(1): a marker is at most a few dozen bytes, and at most
  ///   one scalar before `offset` is read.
  public static func match(in bytes: UnsafeRawBufferPointer, at offset: Int) -> HeadingMarker? {
    guard offset >= 0, offset < bytes.count else { return nil }
    let before = _MarkerScanner.scalar(endingBefore: offset, in: bytes)
    guard let marker = matchIgnoringContext(in: bytes, at: offset) else { return nil }
    if let before {
      // 一 after 十 or 统: part of a longer numeral or word.
      if _MarkerScanner.isWordScalar(before) {
        switch marker.style {
        case .hanParen, .digitParen:
          // `（一）` may follow prose directly, but not `第` or `条` (a citation).
          if before == 0x7B2C || before == 0x6761 || _MarkerScanner.isASCIIAlnum(before) { return nil }
        case .circled:
          break
        default:
          return nil
        }
      }
      // `2.1.`: the `1.` continues a dotted number.
      if marker.style != .circled, before == 0x2E || before == 0xFF0E {
        return nil
      }
      // The `1)` of `(1)` is the tail of a parenthesised marker.
      if marker.style == .digitHalfParen, before == 0x28 || before == 0xFF08 {
        return nil
      }
    }
    return marker
  }

  /// The marker at `offset` without looking at what precedes it: the
  /// heading detector uses it to find a known section's marker run into the
  /// text before it (`…成效二、主动公开政府信息情况`).
  static func matchIgnoringContext(in bytes: UnsafeRawBufferPointer, at offset: Int) -> HeadingMarker? {
    guard offset >= 0, offset < bytes.count else { return nil }
    var scanner = _MarkerScanner(bytes: bytes, offset: offset)
    return scanner.marker()
  }

  /// The marker at the start of `text`, if any.
  public init?(prefixOf text: some StringProtocol) {
    var utf8 = Array(text.utf8.prefix(32))
    guard let marker = utf8.withUnsafeMutableBytes({ HeadingMarker.match(in: UnsafeRawBufferPointer($0), at: 0) })
    else { return nil }
    self = marker
  }
}
