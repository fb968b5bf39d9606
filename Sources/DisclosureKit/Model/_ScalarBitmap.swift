/// A set of Unicode scalar values tested with one shift and mask: scanners
/// that ask "is this scalar one of a few marks?" for every scalar of a text
/// would otherwise hash each one.
struct _ScalarBitmap: Sendable {
  /// One bit per BMP scalar.
  private var words: [UInt64]
  /// Values past the BMP, rare enough to hash.
  private var supplementary: Set<UInt32>

  init(_ values: some Sequence<UInt32>) {
    var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    var supplementary: Set<UInt32> = []
    for value in values {
      if value < 0x10000 {
        words[Int(value >> 6)] |= 1 << UInt64(value & 63)
      } else {
        supplementary.insert(value)
      }
    }
    self.words = words
    self.supplementary = supplementary
  }

  /// The scalars of `text`.
  init(scalarsOf text: String) { self.init(text.unicodeScalars.map(\.value)) }

  func contains(_ value: UInt32) -> Bool {
    guard value < 0x10000 else { return supplementary.contains(value) }
    return words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }
}
