/// Builds a rewritten UTF-8 text together with the ``OffsetMap`` from the
/// output back to the input it was rewritten from.
///
/// Every stage that rewrites text (the decoders, the HTML reader, the
/// normaliser) appends through this one type, so the map's anchors are made
/// in one place: a copy that continues the previous copy extends its anchor,
/// anything else starts a new one.
///
/// - Complexity: every operation is amortised O(k) in the bytes it appends.
struct _RewriteBuilder {
  private(set) var bytes: [UInt8] = []
  private(set) var anchors: [OffsetMap.Anchor] = []
  /// The input offset where the last copy ended, when the last operation was a copy.
  private var copyEnd: Int?

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The number of bytes written so far.
  var count: Int { bytes.count }

  /// The last byte written, if any.
  var last: UInt8? { bytes.last }

  /// Appends `input[range]` unchanged.
  mutating func copy(_ input: [UInt8], _ range: Range<Int>) {
    let lower = max(0, min(range.lowerBound, input.count))
    let upper = max(lower, min(range.upperBound, input.count))
    guard upper > lower else { return }
    if copyEnd == lower, let last = anchors.indices.last {
      anchors[last].copiedLength += upper - lower
    } else {
      anchors.append(OffsetMap.Anchor(derived: bytes.count, source: lower, copiedLength: upper - lower))
    }
    bytes.append(contentsOf: input[lower..<upper])
    copyEnd = upper
  }

  /// Appends `replacement` in place of input that started at `source`.
  ///
  /// Every byte of `replacement` maps to `source`. An empty replacement is a
  /// deletion: it only ends the running copy.
  mutating func replace(at source: Int, with replacement: some Collection<UInt8>) {
    copyEnd = nil
    guard !replacement.isEmpty else { return }
    anchors.append(OffsetMap.Anchor(derived: bytes.count, source: source, copiedLength: 0))
    bytes.append(contentsOf: replacement)
  }

  /// Appends `replacement` in place of the `length` input bytes at `source`.
  ///
  /// When the replacement has the same length as what it replaces (a
  /// traditional character folded to a simplified one, 3 bytes for 3), its
  /// bytes map one for one, as a copy would, so a range ending inside it
  /// still maps to the right input bytes and the map gains no anchor.
  mutating func replace(at source: Int, length: Int, with replacement: some Collection<UInt8>) {
    guard replacement.count == length, length > 0 else { return replace(at: source, with: replacement) }
    if copyEnd == source, let last = anchors.indices.last {
      anchors[last].copiedLength += length
    } else {
      anchors.append(OffsetMap.Anchor(derived: bytes.count, source: source, copiedLength: length))
    }
    bytes.append(contentsOf: replacement)
    copyEnd = source + length
  }

  /// ``replace(at:length:with:)`` with the UTF-8 encoding of `scalar`,
  /// appended without an intermediate array.
  mutating func replace(at source: Int, length: Int, scalar: Unicode.Scalar) {
    let width = UTF8.width(scalar)
    if width == length {
      if copyEnd == source, let last = anchors.indices.last {
        anchors[last].copiedLength += length
      } else {
        anchors.append(OffsetMap.Anchor(derived: bytes.count, source: source, copiedLength: length))
      }
      copyEnd = source + length
    } else {
      copyEnd = nil
      anchors.append(OffsetMap.Anchor(derived: bytes.count, source: source, copiedLength: 0))
    }
    UTF8.encode(scalar) { bytes.append($0) }
  }

  /// Appends one byte in place of input that started at `source`.
  mutating func replace(at source: Int, byte: UInt8) {
    replace(at: source, with: CollectionOfOne(byte))
  }

  /// Appends the UTF-8 encoding of `scalar` in place of input that started at `source`.
  mutating func replace(at source: Int, scalar: Unicode.Scalar) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(4)
    UTF8.encode(scalar) { buffer.append($0) }
    replace(at: source, with: buffer)
  }

  /// Changes the byte already written at `offset` (a replacement patched
  /// into a copied run); the map is unchanged.
  mutating func overwrite(at offset: Int, with byte: UInt8) {
    bytes[offset] = byte
  }

  /// Marks that input was skipped: the next copy starts a new anchor.
  mutating func skip() {
    copyEnd = nil
  }

  /// The finished map from output offsets to input offsets.
  var map: OffsetMap {
    anchors.isEmpty
      ? OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: 0, copiedLength: 0)]) : OffsetMap(anchors: anchors)
  }

  /// The output as a string (always valid: the builder is only fed whole scalars).
  var string: String { String(decoding: bytes, as: UTF8.self) }
}
