import Foundation

/// Prints a ``_JSONNode`` tree byte for byte as Foundation's `JSONEncoder`
/// does with `.sortedKeys` and `.withoutEscapingSlashes`, indented or not.
///
/// What that means, as `JSONEncoder` on Linux prints it (the differential
/// tests compare the two on every fixture and on made-up values):
/// - Object members sorted by the UTF-8 bytes of their keys.
/// - Strings escaped only where JSON requires: `"` `\` and the control
///   characters below U+0020 (`\b \f \n \r \t`, the rest `\u00XX` in lower
///   case); `/`, DEL and everything else as it is.
/// - Numbers as Swift prints them, with a trailing `.0` dropped (`1`, `0.5`,
///   `1e+20`, `-0`).
/// - Indented: two spaces a level, `"key" : value`, and an empty object or
///   array printed open, its brackets on two lines.
struct _JSONWriter {
  private(set) var bytes: [UInt8] = []
  let prettyPrinted: Bool

  init(prettyPrinted: Bool, capacity: Int = 0) {
    self.prettyPrinted = prettyPrinted
    bytes.reserveCapacity(capacity)
  }

  mutating func append(_ byte: UInt8) {
    bytes.append(byte)
  }

  mutating func write(_ node: _JSONNode, depth: Int = 0) {
    switch node {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let value): bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    case .int(let value): writeInteger(magnitude: value.magnitude, negative: value < 0)
    case .unsigned(let value): writeInteger(magnitude: value, negative: false)
    case .double(let value): writeNumber(value.description)
    case .float(let value): writeNumber(value.description)
    case .string(let value): writeString(value)
    case .array(let array): writeArray(array.elements, depth: depth)
    case .object(let object): writeObject(object.members, depth: depth)
    }
  }

  private mutating func writeArray(_ elements: [_JSONNode], depth: Int) {
    bytes.append(UInt8(ascii: "["))
    open(depth)
    for (index, element) in elements.enumerated() {
      separate(depth, first: index == 0)
      write(element, depth: depth + 1)
    }
    close(depth)
    bytes.append(UInt8(ascii: "]"))
  }

  private mutating func writeObject(_ members: [(key: String, value: _JSONNode)], depth: Int) {
    bytes.append(UInt8(ascii: "{"))
    open(depth)
    for (position, index) in Self.sortedOrder(of: members).enumerated() {
      separate(depth, first: position == 0)
      writeString(members[index].key)
      if prettyPrinted {
        bytes.append(contentsOf: " : ".utf8)
      } else {
        bytes.append(UInt8(ascii: ":"))
      }
      write(members[index].value, depth: depth + 1)
    }
    close(depth)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func open(_ depth: Int) {
    if prettyPrinted { bytes.append(UInt8(ascii: "\n")) }
  }

  /// Before each element: a comma after the first, and the element's indent.
  private mutating func separate(_ depth: Int, first: Bool) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    guard prettyPrinted else { return }
    if !first { bytes.append(UInt8(ascii: "\n")) }
    indent(depth + 1)
  }

  private mutating func close(_ depth: Int) {
    guard prettyPrinted else { return }
    bytes.append(UInt8(ascii: "\n"))
    indent(depth)
  }

  private mutating func indent(_ depth: Int) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  /// The indices of `members` in key order, each key once: where a key was
  /// encoded twice, its last value.
  static func sortedOrder(of members: [(key: String, value: _JSONNode)]) -> [Int] {
    var order = Array(members.indices)
    // Keys encoded in order already (and each once) need no sort.
    if members.indices.dropFirst().allSatisfy({ compareUTF8(members[$0 - 1].key, members[$0].key) < 0 }) {
      return order
    }
    // Ties broken by position, so the sort is stable whatever the algorithm.
    order.sort { a, b in
      let comparison = compareUTF8(members[a].key, members[b].key)
      return comparison != 0 ? comparison < 0 : a < b
    }
    var kept: [Int] = []
    kept.reserveCapacity(order.count)
    for index in order {
      if let last = kept.last, compareUTF8(members[last].key, members[index].key) == 0 {
        kept[kept.count - 1] = index
      } else {
        kept.append(index)
      }
    }
    return kept
  }

  /// The order of `a` and `b` by their UTF-8 bytes: negative, zero or positive.
  static func compareUTF8(_ a: String, _ b: String) -> Int {
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Int in
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
          let order = memcmp(p, q, common)
          if order != 0 { return Int(order) }
        }
        return x.count - y.count
      }
    }
    if let order = fast ?? nil { return order }
    if a.utf8.elementsEqual(b.utf8) { return 0 }
    return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
  }

  private mutating func writeNumber(_ text: String) {
    // Swift prints whole numbers as `1.0`; JSON, as `JSONEncoder`, as `1`.
    var utf8 = Substring(text).utf8
    if utf8.count >= 2, utf8.suffix(2).elementsEqual(".0".utf8) { utf8 = utf8.dropLast(2) }
    bytes.append(contentsOf: utf8)
  }

  private mutating func writeInteger(magnitude: UInt64, negative: Bool) {
    if negative { bytes.append(UInt8(ascii: "-")) }
    guard magnitude >= 10 else {
      bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
      return
    }
    // `description` costs hundreds of instructions a number; a report has
    // thousands (every range's start and end). At most 20 digits, written
    // backwards into 24 bytes on the stack.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      var start = buffer.count
      var rest = magnitude
      while rest > 0, start > 0 {
        start -= 1
        buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
      }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
    }
  }

  private mutating func writeString(_ string: String) {
    bytes.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { utf8 in
      var run = 0
      for index in utf8.indices {
        let byte = utf8[index]
        // One comparison passes every byte of Chinese text (all ≥ 0x80).
        guard byte < 0x5D, byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
        writeEscape(byte)
        run = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func writeEscape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      // Below U+0020: `\u00` and two lower-case hex digits.
      bytes.append(contentsOf: "u00".utf8)
      bytes.append(Self.hexDigit(byte >> 4))
      bytes.append(Self.hexDigit(byte & 0xF))
    }
  }

  private static func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
  }
}
