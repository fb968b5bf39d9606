// The three containers of ``_JSONTreeEncoder``. Each holds the box it adds
// to and the keys between its encoder and itself, so nested containers need
// no encoder of their own.

struct _JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: _JSONTreeEncoder
  let keys: [any CodingKey]
  let object: _JSONObject

  var codingPath: [any CodingKey] { encoder.codingPath + keys }

  private func put(_ node: _JSONNode, _ key: Key) {
    object.members.append((key.stringValue, node))
  }

  mutating func encodeNil(forKey key: Key) { put(.null, key) }
  mutating func encode(_ value: Bool, forKey key: Key) { put(.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) { put(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    put(try encoder.node(of: value, keys: keys, key: key), key)
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    put(try encoder.node(of: value, keys: keys, key: key), key)
  }
  mutating func encode(_ value: Int, forKey key: Key) { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int8, forKey key: Key) { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) { put(.int(Int64(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) { put(.int(value), key) }
  mutating func encode(_ value: UInt, forKey key: Key) { put(.unsigned(UInt64(value)), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) { put(.unsigned(UInt64(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) { put(.unsigned(UInt64(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) { put(.unsigned(UInt64(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) { put(.unsigned(value), key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    put(try encoder.node(of: value, keys: keys, key: key), key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = _JSONObject()
    put(.object(nested), key)
    return KeyedEncodingContainer(_JSONKeyedContainer<NestedKey>(encoder: encoder, keys: keys + [key], object: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = _JSONArray()
    put(.array(nested), key)
    return _JSONUnkeyedContainer(encoder: encoder, keys: keys + [key], array: nested)
  }

  mutating func superEncoder() -> any Encoder {
    superEncoder(named: "super", key: _JSONIndexKey(super: ()))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue, key: key)
  }

  /// An encoder whose value lands under `name`: an empty object until it encodes one.
  private func superEncoder(named name: String, key: any CodingKey) -> any Encoder {
    let index = object.members.count
    object.members.append((name, .object(_JSONObject())))
    return _JSONTreeEncoder(parent: encoder, keys: keys, key: key, slot: .member(object, index))
  }
}

struct _JSONUnkeyedContainer: UnkeyedEncodingContainer {
  let encoder: _JSONTreeEncoder
  let keys: [any CodingKey]
  let array: _JSONArray

  var codingPath: [any CodingKey] { encoder.codingPath + keys }
  var count: Int { array.elements.count }

  private var nextKey: _JSONIndexKey { _JSONIndexKey(index: array.elements.count) }

  private func put(_ node: _JSONNode) {
    array.elements.append(node)
  }

  mutating func encodeNil() { put(.null) }
  mutating func encode(_ value: Bool) { put(.bool(value)) }
  mutating func encode(_ value: String) { put(.string(value)) }
  mutating func encode(_ value: Double) throws { put(try encoder.node(of: value, keys: keys, key: nextKey)) }
  mutating func encode(_ value: Float) throws { put(try encoder.node(of: value, keys: keys, key: nextKey)) }
  mutating func encode(_ value: Int) { put(.int(Int64(value))) }
  mutating func encode(_ value: Int8) { put(.int(Int64(value))) }
  mutating func encode(_ value: Int16) { put(.int(Int64(value))) }
  mutating func encode(_ value: Int32) { put(.int(Int64(value))) }
  mutating func encode(_ value: Int64) { put(.int(value)) }
  mutating func encode(_ value: UInt) { put(.unsigned(UInt64(value))) }
  mutating func encode(_ value: UInt8) { put(.unsigned(UInt64(value))) }
  mutating func encode(_ value: UInt16) { put(.unsigned(UInt64(value))) }
  mutating func encode(_ value: UInt32) { put(.unsigned(UInt64(value))) }
  mutating func encode(_ value: UInt64) { put(.unsigned(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    put(try encoder.node(of: value, keys: keys, key: nextKey))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    let key = nextKey
    let nested = _JSONObject()
    put(.object(nested))
    return KeyedEncodingContainer(_JSONKeyedContainer<NestedKey>(encoder: encoder, keys: keys + [key], object: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let key = nextKey
    let nested = _JSONArray()
    put(.array(nested))
    return _JSONUnkeyedContainer(encoder: encoder, keys: keys + [key], array: nested)
  }

  mutating func superEncoder() -> any Encoder {
    let key = nextKey
    let index = array.elements.count
    put(.object(_JSONObject()))
    return _JSONTreeEncoder(parent: encoder, keys: keys, key: key, slot: .element(array, index))
  }
}

struct _JSONSingleValueContainer: SingleValueEncodingContainer {
  let encoder: _JSONTreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() { encoder.node = .null }
  mutating func encode(_ value: Bool) { encoder.node = .bool(value) }
  mutating func encode(_ value: String) { encoder.node = .string(value) }
  mutating func encode(_ value: Double) throws { encoder.node = try encoder.node(of: value, keys: [], key: nil) }
  mutating func encode(_ value: Float) throws { encoder.node = try encoder.node(of: value, keys: [], key: nil) }
  mutating func encode(_ value: Int) { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int8) { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int16) { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int32) { encoder.node = .int(Int64(value)) }
  mutating func encode(_ value: Int64) { encoder.node = .int(value) }
  mutating func encode(_ value: UInt) { encoder.node = .unsigned(UInt64(value)) }
  mutating func encode(_ value: UInt8) { encoder.node = .unsigned(UInt64(value)) }
  mutating func encode(_ value: UInt16) { encoder.node = .unsigned(UInt64(value)) }
  mutating func encode(_ value: UInt32) { encoder.node = .unsigned(UInt64(value)) }
  mutating func encode(_ value: UInt64) { encoder.node = .unsigned(value) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.node = try encoder.node(of: value, keys: [], key: nil)
  }
}

/// The key of an array element, or of `super`, in a coding path. An
/// element's name is only spelled out when a coding path is read.
struct _JSONIndexKey: CodingKey {
  let intValue: Int?
  private let name: String?

  var stringValue: String { name ?? "Index \(intValue ?? 0)" }

  init(index: Int) {
    intValue = index
    name = nil
  }

  init(super: Void) {
    intValue = nil
    name = "super"
  }

  init?(stringValue: String) {
    intValue = nil
    name = stringValue
  }

  init?(intValue: Int) {
    self.init(index: intValue)
  }
}
