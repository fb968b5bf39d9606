// A template's label keys and what each names, looked up by the bytes of
// the key asked for. A `[String: Int]` hashes every key through NFC
// normalisation, and nearly every key asked for is a report's label; when
// every key of the table is inert (the built-in vocabularies are ASCII and
// CJK), an inert key equals one of them exactly when its bytes do, so the
// table hashes bytes (the hash `LabelKey` carries) and compares bytes. Keys
// that are not inert, on either side, take the `String` dictionary.

struct _KeyTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    var bytes: [UInt8]
    var hash: UInt64
    var value: Value
  }

  /// Every key, for keys that are not inert.
  private let strings: [String: Value]
  /// Every key is inert: `slots` and `entries` hold them by bytes.
  private let byBytes: Bool
  /// Open addressing over `entries`, a power of two long, -1 when empty.
  private let slots: [Int]
  private let entries: [Entry]

  /// The table of `pairs`; of keys that are equal, the first wins.
  init(_ pairs: some Sequence<(key: LabelKey, value: Value)>) {
    var strings: [String: Value] = [:]
    var entries: [Entry] = []
    var byBytes = true
    for (key, value) in pairs where strings[key.text] == nil {
      strings[key.text] = value
      byBytes = byBytes && key.isInert
      entries.append(Entry(bytes: key.bytes, hash: key.hash, value: value))
    }
    var capacity = 8
    while capacity < entries.count * 2 { capacity *= 2 }
    var slots = [Int](repeating: -1, count: capacity)
    for (index, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = index
    }
    self.strings = strings
    self.byBytes = byBytes
    self.slots = slots
    self.entries = entries
  }

  var isEmpty: Bool { entries.isEmpty }

  /// The value of the key equal to `key`.
  func value(for key: LabelKey) -> Value? {
    guard byBytes, key.isInert else { return strings[key.text] }
    return key.bytes.withUnsafeBufferPointer { value(forInert: $0, hash: key.hash) }
  }

  /// The value of the key whose bytes are `bytes` (an inert key's bytes,
  /// hashing to `hash`), when every key of the table is inert; otherwise the
  /// value of the key equal to the `String` of `bytes`.
  func value(forInert bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
    guard byBytes else { return strings[String(decoding: bytes, as: UTF8.self)] }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = slots[slot]
      guard index >= 0 else { return nil }
      if entries[index].hash == hash, entries[index].bytes.elementsEqual(bytes) { return entries[index].value }
      slot = (slot + 1) & mask
    }
  }
}

extension _KeyTable where Value == Bool {
  /// The set of `keys`.
  init(set keys: some Sequence<LabelKey>) {
    self.init(keys.map { (key: $0, value: true) })
  }

  func contains(_ key: LabelKey) -> Bool { value(for: key) != nil }
}
