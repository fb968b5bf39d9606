/// Scalars on which `Character` and `String` semantics reduce to scalar and
/// byte semantics, so a scanner may work on bytes and stay exact.
///
/// A text made only of plain scalars has one grapheme cluster per scalar
/// (none is a mark, joiner, prepended or Hangul jamo scalar, nor CR), is in
/// NFC and NFD already, and no two plain texts that differ in bytes are
/// canonically equivalent (no plain scalar has a canonical decomposition or
/// composes with another). So on such a text `count` is the scalar count,
/// `==`, `hasPrefix` and `Set<String>` lookups against plain constants
/// compare bytes, and `lowercased()` changes ASCII letters only.
///
/// Covered: tab and printable ASCII; `·` `»`; general punctuation
/// U+2010–U+2027 and U+2030–U+205E; the arrows U+2190–U+2199; box drawing and
/// geometric shapes U+2500–U+25FF; CJK symbols and punctuation U+3000–U+3029
/// and U+3030–U+303F; CJK ideographs U+3400–U+4DBF and U+4E00–U+9FFF;
/// full-width forms but the Latin letters and the half-width sound marks.
/// Everything else (NBSP, other controls, U+302A–U+302F tone marks,
/// compatibility ideographs, letters with case) is left to the `String` path.
enum _PlainScalar {
  /// Whether `value` is plain.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isPlain(_ value: UInt32) -> Bool {
    // The common cases first: ASCII text and CJK ideographs.
    if value < 0x80 { return value >= 0x20 ? value != 0x7F : value == 0x09 }
    if value >= 0x4E00, value <= 0x9FFF { return true }
    return switch value {
    case 0x09, 0x20...0x7E, 0xB7, 0xBB: true
    case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2199, 0x2500...0x25FF: true
    case 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
    case 0xFF01...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF9D, 0xFFE0...0xFFE6: true
    default: false
    }
  }

  /// The scalars of `text` when every one is plain, else `nil`.
  ///
  /// - Complexity: O(n) in the text's UTF-8 length.
  static func scalars(_ text: some StringProtocol) -> [UInt32]? {
    var out: [UInt32] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard isPlain(scalar.value) else { return nil }
      out.append(scalar.value)
    }
    return out
  }
}
