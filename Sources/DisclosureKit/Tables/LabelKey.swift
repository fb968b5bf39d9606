/// A label's comparison key (``LabelMatcher/key(_:)``) as UTF-8 bytes, with
/// what every lookup of it needs, computed once when the label is keyed:
/// a hash of the bytes, whether they are inert (see `LabelMatcher.KeyFilter`),
/// and where the first `(` is.
///
/// Two inert keys are equal as `String`s exactly when their bytes are, so
/// the matcher's tables compare inert keys by bytes (`_KeyTable`); a key
/// that is not inert is looked up as a `String` (``text``). Every label of
/// a report is keyed, prose included, and nearly none is ever read as a
/// `String`: the bytes are kept, and the `String` made when asked for.
/// Equality and hashing of the key itself are its text's, canonical
/// equivalence included.
struct LabelKey: Sendable, Hashable, CustomStringConvertible {
  /// The key's UTF-8 bytes (valid UTF-8: a `String`'s, or a fold of one).
  let bytes: [UInt8]
  /// Every scalar of the key is inert: the key is its own NFC and NFD, and
  /// each scalar is a character of its own.
  let isInert: Bool
  /// The byte offset of the first `(`, or -1.
  let firstParenthesis: Int
  /// `_TableBytes.hash` of the bytes.
  let hash: UInt64

  /// The empty key, which values carry and which matches nothing.
  init() {
    self.init(bytes: [], isInert: true, firstParenthesis: -1)
  }

  /// The key whose text is `text`.
  init(_ text: String) {
    let bytes = Array(text.utf8)
    let isInert = bytes.withUnsafeBufferPointer { LabelMatcher.KeyFilter.isInert($0) }
    self.init(bytes: bytes, isInert: isInert, firstParenthesis: bytes.firstIndex(of: 0x28) ?? -1)
  }

  /// The key of `bytes`, whose inertness and first `(` the caller has
  /// established.
  init(bytes: [UInt8], isInert: Bool, firstParenthesis: Int) {
    self.bytes = bytes
    self.isInert = isInert
    self.firstParenthesis = firstParenthesis
    hash = bytes.withUnsafeBufferPointer { _TableBytes.hash($0) }
  }

  /// The value of an inert key's last scalar (one byte long when ASCII,
  /// three otherwise); `nil` for an empty key or one that is not inert.
  var lastInertScalar: UInt32? {
    guard isInert, let last = bytes.last else { return nil }
    if last < 0x80 { return UInt32(last) }
    let count = bytes.count
    guard count >= 3 else { return nil }
    return UInt32(bytes[count - 3] & 0x0F) << 12 | UInt32(bytes[count - 2] & 0x3F) << 6 | UInt32(last & 0x3F)
  }

  /// The key as a `String`.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  var isEmpty: Bool { bytes.isEmpty }

  /// The key's length in UTF-8 bytes.
  var byteCount: Int { bytes.count }

  var description: String { text }

  /// Whether `needle`'s bytes occur in the key's, as `utf8Contains` finds
  /// them (an empty needle does not).
  func contains(_ needle: [UInt8]) -> Bool { _TableBytes.contains(bytes, 0, bytes.count, needle) }

  static func == (a: LabelKey, b: LabelKey) -> Bool { a.bytes == b.bytes || a.text == b.text }

  func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
