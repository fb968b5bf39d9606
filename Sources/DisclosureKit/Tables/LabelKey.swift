/// A label's comparison key (``LabelMatcher/key(_:)``) with what every
/// lookup of it needs, computed once when the label is keyed: the hash of
/// its UTF-8 bytes, whether it is inert (see `LabelMatcher.KeyFilter`), and
/// where its first `(` byte is.
///
/// Two inert keys are equal as `String`s exactly when their bytes are, so
/// the matcher's tables compare inert keys by bytes (`_KeyTable`); a key
/// that is not inert is looked up as a `String`. Equality and hashing of the
/// key itself are its text's, canonical equivalence included.
struct LabelKey: Sendable, Hashable, CustomStringConvertible {
  /// The key's text.
  let text: String
  /// FNV-1a of the text's UTF-8 bytes.
  let hash: UInt64
  /// Every scalar of the text is inert: the text is its own NFC and NFD,
  /// and each scalar is a character of its own.
  let isInert: Bool
  /// The byte offset of the first `(`, or -1.
  let firstParenthesis: Int

  /// The empty key, which values carry and which matches nothing.
  init() {
    text = ""
    hash = 0xcbf2_9ce4_8422_2325
    isInert = true
    firstParenthesis = -1
  }

  init(_ text: String) {
    var copy = text
    self = copy.withUTF8 { LabelKey(text: text, bytes: $0) }
  }

  /// The key `text`, whose UTF-8 bytes are `bytes`.
  init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
    self.text = text
    hash = _TableBytes.hash(bytes)
    isInert = LabelMatcher.KeyFilter.isInert(bytes)
    firstParenthesis = bytes.firstIndex(of: 0x28) ?? -1
  }

  var isEmpty: Bool { text.isEmpty }

  /// The text's length in UTF-8 bytes.
  var byteCount: Int { text.utf8.count }

  var description: String { text }

  /// Calls `body` with the key's UTF-8 bytes.
  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var copy = text
    return copy.withUTF8(body)
  }

  static func == (a: LabelKey, b: LabelKey) -> Bool { a.text == b.text }

  func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
