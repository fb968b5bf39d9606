/// An `Encoder` that builds a ``_JSONNode`` tree, for ``_JSONWriter`` to print
/// the bytes Foundation's `JSONEncoder` would.
///
/// `JSONEncoder` costs several thousand instructions per value (its generic
/// boxing, and key sorting through `UTF8View`): a quarter of a whole parse.
/// The report types keep their one `Encodable` conformance — the contract's
/// shape is written once — and this encoder reads it at a fraction of the
/// cost. Strings, numbers and booleans are stored as they come; every other
/// value gets an encoder of its own, linked to its parent only to answer
/// `codingPath`, which nothing asks for unless encoding fails.
final class _JSONTreeEncoder: Encoder {
  /// Where a nested encoder's value goes when it is set after its slot was
  /// made (`superEncoder()`).
  enum Slot {
    case none
    case member(_JSONObject, Int)
    case element(_JSONArray, Int)
  }

  /// What was encoded here; `nil` until something is.
  var node: _JSONNode? {
    didSet {
      guard let node else { return }
      switch slot {
      case .none: break
      case .member(let object, let index):
        if index < object.members.count { object.members[index].value = node }
      case .element(let array, let index):
        if index < array.elements.count { array.elements[index] = node }
      }
    }
  }

  private let parent: _JSONTreeEncoder?
  private let parentKeys: [any CodingKey]
  private let key: (any CodingKey)?
  private let slot: Slot

  init() {
    parent = nil
    parentKeys = []
    key = nil
    slot = .none
  }

  init(parent: _JSONTreeEncoder, keys: [any CodingKey], key: (any CodingKey)?, slot: Slot = .none) {
    self.parent = parent
    self.parentKeys = keys
    self.key = key
    self.slot = slot
  }

  var codingPath: [any CodingKey] {
    var path = parent?.codingPath ?? []
    path += parentKeys
    if let key { path.append(key) }
    return path
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(_JSONKeyedContainer<Key>(encoder: self, keys: [], object: object()))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    _JSONUnkeyedContainer(encoder: self, keys: [], array: array())
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    _JSONSingleValueContainer(encoder: self)
  }

  /// The object encoded here, made on first use; asking twice gives the
  /// same object, as `JSONEncoder` does.
  private func object() -> _JSONObject {
    if case .object(let object) = node { return object }
    let object = _JSONObject()
    node = .object(object)
    return object
  }

  private func array() -> _JSONArray {
    if case .array(let array) = node { return array }
    let array = _JSONArray()
    node = .array(array)
    return array
  }

  /// The node of one value, `keys` (then `key`) below this encoder.
  func node<T: Encodable>(of value: T, keys: [any CodingKey], key: (any CodingKey)?) throws -> _JSONNode {
    // The values the report is made of, without an encoder each. Comparing
    // metadata is a pointer comparison; a dynamic cast (`as? String`) would
    // search conformances and cost more than the encoding.
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
    if T.self == Double.self { return try node(of: unsafeBitCast(value, to: Double.self), keys: keys, key: key) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == String?.self { return unsafeBitCast(value, to: String?.self).map { .string($0) } ?? .null }
    if T.self == Int?.self { return unsafeBitCast(value, to: Int?.self).map { .int(Int64($0)) } ?? .null }
    if T.self == Double?.self {
      guard let double = unsafeBitCast(value, to: Double?.self) else { return .null }
      return try node(of: double, keys: keys, key: key)
    }
    let encoder = _JSONTreeEncoder(parent: self, keys: keys, key: key)
    try value.encode(to: encoder)
    // A value that encodes nothing is an empty object, as in `JSONEncoder`.
    return encoder.node ?? .object(_JSONObject())
  }

  func node(of double: Double, keys: [any CodingKey], key: (any CodingKey)?) throws -> _JSONNode {
    guard double.isFinite else { throw nonFinite(double, keys: keys, key: key) }
    return .double(double)
  }

  func node(of float: Float, keys: [any CodingKey], key: (any CodingKey)?) throws -> _JSONNode {
    guard float.isFinite else { throw nonFinite(float, keys: keys, key: key) }
    return .float(float)
  }

  private func nonFinite<F: FloatingPoint>(_ value: F, keys: [any CodingKey], key: (any CodingKey)?) -> EncodingError {
    var path = codingPath + keys
    if let key { path.append(key) }
    return EncodingError.invalidValue(
      value,
      EncodingError.Context(
        codingPath: path, debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
  }
}
