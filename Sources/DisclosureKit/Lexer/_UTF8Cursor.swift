// With the tokenizer's bulk loop (`_Tokenizer+Bulk*.swift`, `_BulkTables.swift`), the only
// code in DisclosureKit that touches raw memory.
//
// Invariants (checked by `_checkInvariants()` under DISCLOSUREKIT_INTERNAL_CHECKS):
//  1. `0 <= offset <= count`.
//  2. No pointer outlives the closure that produced it: a cursor is only ever created inside
//     `_UTF8Cursor.withCursor(over:_:)` or `withCursor(overBytes:_:)`, is handed to the body as
//     `inout`, and is never stored anywhere that outlives that call.
//  3. Every read checks bounds and returns `nil` outside `0 ..< count`; callers never index the
//     buffer themselves — except the tokenizer's bulk loop (`_Tokenizer+Bulk*.swift`), which reads
//     the buffer from `withRawBytes(_:)` at indices a guard right before each read proves below
//     `count`; its differential tests and the Lexer fuzz harness cover it.
//  4. A multi-byte sequence is validated (lead byte, continuation bytes, overlongs, surrogates,
//     values above U+10FFFF) before it is decoded; an invalid one is reported with the length of
//     its maximal invalid subpart, so scanning always advances by at least one byte.

/// The class of a byte, for the lexer's ASCII fast path.
enum _ByteClass: UInt8 {
  /// ASCII punctuation and symbols.
  case punctuation
  /// `A`–`Z`, `a`–`z`, `_`.
  case letter
  /// `0`–`9`.
  case digit
  /// Space, vertical tab, form feed.
  case space
  /// Tab or `|`.
  case cellSeparator
  /// `\n`.
  case lineFeed
  /// `\r`.
  case carriageReturn
  /// Other C0 controls and DEL.
  case control
  /// The lead byte of a multi-byte sequence (C2–F4).
  case lead
  /// A byte that cannot start a sequence (80–C1, F5–FF).
  case invalid
}

/// A scalar decoded from UTF-8, or the length of an invalid sequence.
struct _DecodedScalar {
  /// The scalar value; 0xFFFD when ``isValid`` is false.
  var value: UInt32
  /// The bytes consumed, 1…4.
  var length: Int
  /// Whether the bytes formed a valid scalar.
  var isValid: Bool
}

/// A bounds-checked reader over UTF-8 bytes.
///
/// All the lexer's and ``ChineseNumber``'s byte reads go through here; see the
/// invariants at the top of this file.
struct _UTF8Cursor {
  private let base: UnsafeRawBufferPointer
  /// The number of bytes.
  let count: Int
  /// The current position, `0 ... count`.
  var offset: Int {
    didSet { _checkInvariants() }
  }

  private init(_ base: UnsafeRawBufferPointer) {
    self.base = base
    self.count = base.count
    self.offset = 0
  }

  /// Runs `body` with a cursor over the UTF-8 bytes of `text`.
  ///
  /// Native strings are read in place; any other string is copied once.
  static func withCursor<R>(over text: String, _ body: (inout _UTF8Cursor) -> R) -> R {
    let inPlace = text.utf8.withContiguousStorageIfAvailable { buffer -> R in
      var cursor = _UTF8Cursor(UnsafeRawBufferPointer(buffer))
      return body(&cursor)
    }
    if let inPlace { return inPlace }
    let copy = Array(text.utf8)
    return copy.withUnsafeBytes { buffer -> R in
      var cursor = _UTF8Cursor(buffer)
      return body(&cursor)
    }
  }

  /// Runs `body` with a cursor over `bytes`, which must stay valid for the call.
  static func withCursor<R>(overBytes bytes: UnsafeRawBufferPointer, _ body: (inout _UTF8Cursor) -> R) -> R {
    var cursor = _UTF8Cursor(bytes)
    return body(&cursor)
  }

  /// Runs `body` with the whole buffer, for ``HeadingMarker/match(in:at:)``,
  /// whose signature takes raw bytes. The buffer must not escape `body`.
  func withRawBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    body(base)
  }

  /// The byte at `index`, or nil outside the buffer.
  @inline(__always)
  func byte(at index: Int) -> UInt8? {
    guard index >= 0, index < count else { return nil }
    return base.load(fromByteOffset: index, as: UInt8.self)
  }

  /// Whether the bytes at `index` are exactly `bytes`.
  @inline(__always)
  func matches(_ a: UInt8, _ b: UInt8, _ c: UInt8, at index: Int) -> Bool {
    guard index >= 0, index <= count &- 3 else { return false }
    return base.load(fromByteOffset: index, as: UInt8.self) == a
      && base.load(fromByteOffset: index &+ 1, as: UInt8.self) == b
      && base.load(fromByteOffset: index &+ 2, as: UInt8.self) == c
  }

  /// The scalar starting at `index`, validated; nil at or past the end.
  @inline(__always)
  func scalar(at index: Int) -> _DecodedScalar? {
    guard index >= 0, index < count else { return nil }
    let b0 = base.load(fromByteOffset: index, as: UInt8.self)
    if b0 < 0x80 { return _DecodedScalar(value: UInt32(b0), length: 1, isValid: true) }
    // The common case in Chinese text: three bytes, lead E1–EC or EE–EF, where any
    // two continuation bytes are valid.
    if b0 >= 0xE1, b0 != 0xED, index &+ 2 < count {
      let b1 = base.load(fromByteOffset: index &+ 1, as: UInt8.self)
      let b2 = base.load(fromByteOffset: index &+ 2, as: UInt8.self)
      if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b0 <= 0xEF {
        let value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
        return _DecodedScalar(value: value, length: 3, isValid: true)
      }
    }
    return decodeMultiByte(b0, at: index)
  }

  /// Decodes the sequence whose lead byte `b0` sits at `index` (Unicode table 3-7).
  private func decodeMultiByte(_ b0: UInt8, at index: Int) -> _DecodedScalar {
    let invalid1 = _DecodedScalar(value: 0xFFFD, length: 1, isValid: false)
    let needed: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: needed = 1
    case 0xE0:
      needed = 2
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: needed = 2
    case 0xED:
      needed = 2
      high = 0x9F
    case 0xF0:
      needed = 3
      low = 0x90
    case 0xF1...0xF3: needed = 3
    case 0xF4:
      needed = 3
      high = 0x8F
    default: return invalid1
    }
    var value = UInt32(b0) & (needed == 1 ? 0x1F : needed == 2 ? 0x0F : 0x07)
    var consumed = 1
    while consumed <= needed {
      guard let next = byte(at: index &+ consumed), next >= low, next <= high else {
        return _DecodedScalar(value: 0xFFFD, length: consumed, isValid: false)
      }
      value = (value << 6) | UInt32(next & 0x3F)
      consumed &+= 1
      low = 0x80
      high = 0xBF
    }
    return _DecodedScalar(value: value, length: consumed, isValid: true)
  }

  /// The class of the byte at `index`, or nil outside the buffer.
  @inline(__always)
  func byteClass(at index: Int) -> _ByteClass? {
    guard let byte = byte(at: index) else { return nil }
    return _UTF8Cursor.byteClass(of: byte)
  }

  /// The class of `byte`, from a 256-entry table.
  @inline(__always)
  static func byteClass(of byte: UInt8) -> _ByteClass {
    _byteClassTable.withUnsafeBufferPointer { table in table[Int(byte)] }
  }

  /// The index one past the last byte of the run starting at `index` whose
  /// bytes all have class `wanted`, stopping at `limit`.
  @inline(__always)
  func endOfRun(of wanted: _ByteClass, from index: Int, limit: Int) -> Int {
    let end = Swift.min(limit, count)
    var i = Swift.max(index, 0)
    return _byteClassTable.withUnsafeBufferPointer { table in
      while i < end, table[Int(base.load(fromByteOffset: i, as: UInt8.self))] == wanted { i &+= 1 }
      return i
    }
  }

  /// The end of the run of plain Han characters starting at `index`: three-byte
  /// sequences for U+4000–U+9FFF (lead bytes E4–E9, so every such sequence is
  /// valid) whose bit in `_numberStartBitmap` is clear. The lexer's hot loop.
  @inline(__always)
  func endOfPlainHanRun(from index: Int, limit: Int) -> Int {
    let end = Swift.min(limit, count) &- 2
    var i = Swift.max(index, 0)
    return _numberStartBitmap.withUnsafeBufferPointer { bitmap in
      while i < end {
        let b0 = base.load(fromByteOffset: i, as: UInt8.self)
        guard b0 >= 0xE4, b0 <= 0xE9 else { break }
        let b1 = base.load(fromByteOffset: i &+ 1, as: UInt8.self)
        let b2 = base.load(fromByteOffset: i &+ 2, as: UInt8.self)
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { break }
        // (b0 & 0x0F) is 4…9, so the scalar is 0x4000…0x9FFF and the index below 0x6000.
        let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
        guard bitmap[bit &>> 6] & (1 &<< UInt64(bit & 63)) == 0 else { break }
        i &+= 3
      }
      return i
    }
  }

  /// Checks the invariants listed at the top of this file.
  @inline(__always)
  func _checkInvariants() {
    #if DISCLOSUREKIT_INTERNAL_CHECKS
      precondition(offset >= 0 && offset <= count, "_UTF8Cursor offset \(offset) outside 0...\(count)")
      precondition(count == base.count, "_UTF8Cursor count changed")
    #endif
  }
}

/// Byte → ``_ByteClass``: the 256-entry table of the ASCII fast path.
private let _byteClassTable: [_ByteClass] = {
  var table = [_ByteClass](repeating: .invalid, count: 256)
  for byte in 0..<0x80 {
    let scalar = UInt8(byte)
    let cls: _ByteClass
    switch scalar {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): cls = .digit
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): cls = .letter
    case 0x20, 0x0B, 0x0C: cls = .space
    case 0x09, UInt8(ascii: "|"): cls = .cellSeparator
    case 0x0A: cls = .lineFeed
    case 0x0D: cls = .carriageReturn
    case 0x00...0x1F, 0x7F: cls = .control
    default: cls = .punctuation
    }
    table[byte] = cls
  }
  for byte in 0xC2...0xF4 { table[byte] = .lead }
  return table
}()
