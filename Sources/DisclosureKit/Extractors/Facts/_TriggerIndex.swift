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
  private let byFirstScalar: _FirstScalarTable<[Entry]>
  /// The low 16 bits of every key: most scalars of a label start no
  /// trigger, and this rules them out without hashing.
  private let keyFilter: _ScalarBitmap
  /// Where each pattern's triggers start in the flat list of slots.
  private let patternStarts: [Int]
  /// The pattern of each slot.
  private let slotPatterns: [Int]
  private let slotCount: Int

  /// The index of `triggers`, by pattern then trigger.
  init(_ triggers: [[String]]) {
    var table: [UInt32: [Entry]] = [:]
    var starts: [Int] = []
    var patterns: [Int] = []
    var slot = 0
    for (pattern, list) in triggers.enumerated() {
      starts.append(slot)
      for (index, trigger) in list.enumerated() {
        patterns.append(pattern)
        let bytes = Array(trigger.utf8)
        if let key = Self.key(bytes, at: 0) {
          table[key, default: []].append(Entry(pattern: pattern, trigger: index, bytes: bytes, slot: slot))
        }
        slot += 1
      }
    }
    byFirstScalar = _FirstScalarTable(table)
    keyFilter = _ScalarBitmap(table.keys.map { $0 & 0xFFFF })
    patternStarts = starts
    slotPatterns = patterns
    slotCount = slot
  }

  /// The first occurrence of every trigger in `label`.
  ///
  /// - Complexity: O(n · k) in the label's bytes, where k is the number of
  ///   triggers that share the scalar at an offset (a handful).
  func firstOffsets(in label: [UInt8]) -> Hits {
    var hits = emptyHits()
    firstOffsets(in: label, range: 0..<label.count, into: &hits)
    return hits
  }

  /// Hits with room for every trigger, none found: storage for
  /// ``firstOffsets(in:range:into:)`` to reuse from label to label.
  func emptyHits() -> Hits {
    Hits(offsets: [Int](repeating: -1, count: slotCount), patternStarts: patternStarts, slots: [], patterns: [])
  }

  /// The first occurrence of every trigger inside `range` of `bytes`, as
  /// offsets from `range.lowerBound`, written over `hits` (made by
  /// ``emptyHits()``), so a label is searched where it stands in the text
  /// with no copy and no allocation.
  func firstOffsets(in bytes: [UInt8], range: Range<Int>, into hits: inout Hits) {
    let lower = max(0, range.lowerBound)
    let upper = min(bytes.count, range.upperBound)
    if hits.offsets.count != slotCount { hits = emptyHits() }
    hits.patternStarts = patternStarts
    // Only the slots the last label set are cleared: a label holds a few
    // triggers of the hundred or so.
    var slots = hits.slots
    hits.slots = []
    hits.offsets.withUnsafeMutableBufferPointer { offsets in
      for slot in slots where slot < offsets.count { offsets[slot] = -1 }
      slots.removeAll(keepingCapacity: true)
      bytes.withUnsafeBufferPointer { label in
        var i = lower
        while i < upper {
          if label[i] & 0xC0 != 0x80, let key = Self.key(label, at: i, end: upper), keyFilter.contains(key & 0xFFFF),
            let entries = byFirstScalar.value(for: key)
          {
            for entry in entries where entry.slot < offsets.count && offsets[entry.slot] < 0 {
              if Self.matches(entry.bytes, in: label, at: i, end: upper) {
                offsets[entry.slot] = i - lower
                slots.append(entry.slot)
              }
            }
          }
          i += 1
        }
      }
    }
    // Slots are numbered pattern by pattern, so sorted slots give the
    // patterns in order.
    slots.sort()
    hits.patterns.removeAll(keepingCapacity: true)
    for slot in slots where slot < slotPatterns.count && hits.patterns.last != slotPatterns[slot] {
      hits.patterns.append(slotPatterns[slot])
    }
    hits.slots = slots
  }

  /// Where each trigger first stands in one label.
  struct Hits: Sendable {
    fileprivate var offsets: [Int]
    fileprivate var patternStarts: [Int]
    /// The slots found, in slot order.
    fileprivate var slots: [Int]
    /// The patterns with a trigger found, in order, each once.
    fileprivate(set) var patterns: [Int]

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
  /// length follows from the lead byte), or `nil` past `end`.
  private static func key(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
    guard i >= 0, i < end, end <= bytes.count else { return nil }
    let lead = bytes[i]
    let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard i + length <= end else { return nil }
    var key: UInt32 = 0
    for j in i..<(i + length) { key = key << 8 | UInt32(bytes[j]) }
    return key
  }

  /// The key of a trigger's first scalar.
  private static func key(_ bytes: [UInt8], at i: Int) -> UInt32? {
    bytes.withUnsafeBufferPointer { key($0, at: i, end: $0.count) }
  }

  private static func matches(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
    guard i >= 0, end <= hay.count, i + needle.count <= end else { return false }
    var j = 0
    while j < needle.count {
      if hay[i + j] != needle[j] { return false }
      j += 1
    }
    return true
  }
}

/// A fixed map from packed first scalars to values: open addressing with a
/// multiplicative hash, a few instructions a lookup where `Dictionary`
/// hashes with SipHash. Built once per pattern list; never grows.
struct _FirstScalarTable<Value: Sendable>: Sendable {
  private let keys: [UInt32]
  private let values: [Value?]
  private let shift: UInt32

  init(_ table: [UInt32: Value]) {
    // At most half full, so probes stay short.
    var bits: UInt32 = 4
    while (1 << bits) < 2 * table.count { bits += 1 }
    let size = 1 << Int(bits)
    var keys = [UInt32](repeating: 0, count: size)
    var values = [Value?](repeating: nil, count: size)
    let shift = 32 - bits
    for (key, value) in table.sorted(by: { $0.key < $1.key }) {
      var slot = Int((key &* 0x9E37_79B1) >> shift)
      while values[slot] != nil { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
  }

  func value(for key: UInt32) -> Value? {
    let mask = keys.count - 1
    var slot = Int((key &* 0x9E37_79B1) >> shift)
    // Empty slots end a probe; the table is never full.
    for _ in 0..<keys.count {
      guard let value = values[slot] else { return nil }
      if keys[slot] == key { return value }
      slot = (slot + 1) & mask
    }
    return nil
  }
}
