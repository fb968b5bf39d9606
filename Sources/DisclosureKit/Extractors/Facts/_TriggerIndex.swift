/// Every fact pattern's triggers, indexed by their first scalar, so the
/// first occurrence of each trigger in a label is found in one pass over
/// the label rather than one search per trigger.
///
/// Triggers are compared as UTF-8 bytes, like `utf8Range(of:)`: the text is
/// normalised already. A trigger in valid UTF-8 can only start where a
/// scalar starts, so only those offsets are tried.
struct _TriggerIndex: Sendable {
  /// A trigger's place: which pattern, which of its triggers.
  private struct Entry: Sendable {
    var pattern: Int
    var trigger: Int
    var bytes: [UInt8]
    /// Its index in the flat list of every pattern's triggers.
    var slot: Int
  }

  /// The entries by the bytes of their first scalar, packed into an integer.
  private let byFirstScalar: [UInt32: [Entry]]
  /// The low 16 bits of every key: most scalars of a label start no
  /// trigger, and this rules them out without hashing.
  private let keyFilter: _ScalarBitmap
  /// Where each pattern's triggers start in the flat list of slots.
  private let patternStarts: [Int]
  private let slotCount: Int

  /// The index of `triggers`, by pattern then trigger.
  init(_ triggers: [[String]]) {
    var table: [UInt32: [Entry]] = [:]
    var starts: [Int] = []
    var slot = 0
    for (pattern, list) in triggers.enumerated() {
      starts.append(slot)
      for (index, trigger) in list.enumerated() {
        let bytes = Array(trigger.utf8)
        if let key = Self.key(bytes, at: 0) {
          table[key, default: []].append(Entry(pattern: pattern, trigger: index, bytes: bytes, slot: slot))
        }
        slot += 1
      }
    }
    byFirstScalar = table
    keyFilter = _ScalarBitmap(table.keys.map { $0 & 0xFFFF })
    patternStarts = starts
    slotCount = slot
  }

  /// The first occurrence of every trigger in `label`.
  ///
  /// - Complexity: O(n · k) in the label's bytes, where k is the number of
  ///   triggers that share the scalar at an offset (a handful).
  func firstOffsets(in label: [UInt8]) -> Hits {
    var offsets = [Int](repeating: -1, count: slotCount)
    var i = 0
    while i < label.count {
      if label[i] & 0xC0 != 0x80, let key = Self.key(label, at: i), keyFilter.contains(key & 0xFFFF),
        let entries = byFirstScalar[key]
      {
        for entry in entries where offsets[entry.slot] < 0 && Self.matches(entry.bytes, in: label, at: i) {
          offsets[entry.slot] = i
        }
      }
      i += 1
    }
    return Hits(offsets: offsets, patternStarts: patternStarts)
  }

  /// Where each trigger first stands in one label.
  struct Hits: Sendable {
    fileprivate var offsets: [Int]
    fileprivate var patternStarts: [Int]

    /// The byte offset of the first occurrence of `trigger` of `pattern`, or `nil`.
    func offset(pattern: Int, trigger: Int) -> Int? {
      guard pattern < patternStarts.count else { return nil }
      let slot = patternStarts[pattern] + trigger
      guard slot < offsets.count, pattern + 1 >= patternStarts.count || slot < patternStarts[pattern + 1] else {
        return nil
      }
      let offset = offsets[slot]
      return offset < 0 ? nil : offset
    }
  }

  /// The bytes of the scalar starting at `i` packed into an integer (its
  /// length follows from the lead byte), or `nil` past the end.
  private static func key(_ bytes: [UInt8], at i: Int) -> UInt32? {
    guard i < bytes.count else { return nil }
    let lead = bytes[i]
    let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard i + length <= bytes.count else { return nil }
    var key: UInt32 = 0
    for j in i..<(i + length) { key = key << 8 | UInt32(bytes[j]) }
    return key
  }

  private static func matches(_ needle: [UInt8], in hay: [UInt8], at i: Int) -> Bool {
    guard i + needle.count <= hay.count else { return false }
    var j = 0
    while j < needle.count {
      if hay[i + j] != needle[j] { return false }
      j += 1
    }
    return true
  }
}
