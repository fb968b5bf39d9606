/// A value of the JSON tree that ``_JSONTreeEncoder`` builds and ``_JSONWriter`` prints.
///
/// Objects and arrays are boxes, so a container handed out by the encoder
/// keeps adding to the node its parent already holds, as `Encoder`'s
/// containers must.
enum _JSONNode {
  case null
  case bool(Bool)
  case int(Int64)
  case unsigned(UInt64)
  /// Finite: the encoder refuses NaN and infinities, as `JSONEncoder` does.
  case double(Double)
  /// Finite, and printed as a `Float` (`0.1`, not `0.10000000149011612`).
  case float(Float)
  case string(String)
  case array(_JSONArray)
  case object(_JSONObject)
}

/// The elements of a JSON array, in order.
final class _JSONArray {
  // Only the encoder of one value touches a box, on one thread: the
  // run-time exclusivity check on every append is pure cost.
  @exclusivity(unchecked) var elements: [_JSONNode] = []
}

/// The members of a JSON object, in the order they were encoded. The writer
/// sorts them by key; a key encoded twice keeps its last value, as a
/// dictionary would.
final class _JSONObject {
  @exclusivity(unchecked) var members: [(key: String, value: _JSONNode)] = []
}
