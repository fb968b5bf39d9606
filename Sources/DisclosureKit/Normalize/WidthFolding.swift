/// Folds character widths and invisible characters where parsing needs it.
///
/// The choice, made once for every later stage:
/// - full-width digits and Latin letters fold to ASCII (`１２３` → `123`),
///   and so do `％` → `%` and `．` → `.`, which appear inside numbers;
/// - every other full-width or CJK punctuation mark is kept as written —
///   `（一）` stays `（一）` and `(一)` stays `(一)`, `，` `。` `：` `；` stay — so
///   headings print as the source printed them and the lexer accepts both;
/// - NBSP, ideographic space U+3000 and the typographic spaces U+2000–U+200A,
///   U+202F, U+205F become an ASCII space;
/// - zero-width characters, soft hyphens, byte-order marks and control
///   characters other than tab and line feed are removed; CR LF and CR
///   become LF, as do vertical tab, form feed and U+2028/U+2029.
enum WidthFolding {
  /// What to do with one scalar.
  enum Action: Equatable {
    case keep
    case remove
    case replace(UInt8)
  }

  /// The action for `value`. Carriage returns are handled by the caller
  /// (CR LF is one line break).
  ///
  /// - Complexity: O(1).
  static func action(for value: UInt32) -> Action {
    switch value {
    case 0x09, 0x0A: return .keep
    case 0x0B, 0x0C, 0x2028, 0x2029: return .replace(0x0A)
    case 0x00...0x1F, 0x7F...0x9F: return .remove
    case 0xA0, 0x3000, 0x2000...0x200A, 0x202F, 0x205F: return .replace(0x20)
    case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return .remove
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .replace(UInt8(value - 0xFEE0))
    case 0xFF05: return .replace(UInt8(ascii: "%"))
    case 0xFF0E: return .replace(UInt8(ascii: "."))
    default: return .keep
    }
  }
}
