/// Folds traditional Chinese to simplified, one code point at a time.
///
/// Foundation's ICU transform `Hant-Hans` is correct but runs at about
/// 7 MB/s, so its answers for every CJK code point were recorded once by
/// `Scripts/generate-script-table.swift` into ``encodedTable``, decoded here
/// on first use into a dense array (BMP) and a dictionary (supplementary
/// planes): a lookup is O(1).
///
/// Folding is applied to text detected as traditional (``detectScript(_:)``)
/// and, in a simplified text, to the lines or sentences that are traditional
/// on their own (``decide(_:)``), so a simplified report that writes 乾隆 or
/// 著作 keeps them while traditional prose pasted around simplified tables
/// is folded.
///
/// Known limitations: only mappings from one code point to one code point
/// exist; ICU's phrase-level choices for characters with several simplified
/// forms depending on the word are not reproduced, and each such character
/// folds to ICU's answer for the character alone (乾 → 干, 著 → 着).
enum ScriptFolding {
  static let bmpStart: UInt32 = 0x3400
  static let bmpEnd: UInt32 = 0xFB00
  /// Set in a ``Table/bmp`` entry for a character that is a simplified form
  /// and has no mapping of its own.
  static let simplifiedOnly: UInt32 = 0x8000_0000

  struct Table: Sendable {
    /// For U+3400..<U+FB00: the simplified code point, ``simplifiedOnly``, or 0.
    var bmp: [UInt32]
    var supplementary: [UInt32: UInt32]
    var supplementarySimplified: Set<UInt32>
    var count: Int
  }

  /// The decoded table, built once.
  static let table: Table = decode(encodedTable)

  /// The simplified form of `value`, if it has one different from itself.
  ///
  /// - Complexity: O(1).
  static func simplified(_ value: UInt32) -> UInt32? {
    simplified(value, in: table)
  }

  /// ``simplified(_:)`` read from `table`, for scanners that fetch the
  /// table once rather than through the static's lazy guard per scalar.
  @inline(__always)
  static func simplified(_ value: UInt32, in table: Table) -> UInt32? {
    if value >= bmpStart, value < bmpEnd {
      let entry = table.bmp[Int(value - bmpStart)]
      return entry == 0 || entry & simplifiedOnly != 0 ? nil : entry
    }
    guard value >= 0x20000 else { return nil }
    return table.supplementary[value]
  }

  /// Whether `value` is a simplified form that traditional text would not use.
  static func isSimplifiedOnly(_ value: UInt32) -> Bool {
    if value >= bmpStart, value < bmpEnd { return table.bmp[Int(value - bmpStart)] == simplifiedOnly }
    return value >= 0x20000 && table.supplementarySimplified.contains(value)
  }

  /// The script of UTF-8 `bytes`: traditional when characters that fold
  /// outnumber simplified-only characters two to one (and there are at least
  /// two), so a simplified report quoting a traditional name stays simplified:
  /// a real simplified report has hundreds of simplified-only characters
  /// (这, 个, 发, 开).
  ///
  /// - Complexity: O(n) in the bytes.
  static func detectScript(_ bytes: [UInt8]) -> NormalizedText.Script {
    decide(bytes).script
  }

  /// The pairs spelled by ten hex digits each in `bytes`, other bytes skipped.
  static func hexPairs(_ bytes: UnsafeBufferPointer<UInt8>) -> [(UInt32, UInt32)] {
    var pairs: [(UInt32, UInt32)] = []
    pairs.reserveCapacity(bytes.count / 10)
    var value: UInt32 = 0
    var digits = 0
    var first: UInt32 = 0
    for byte in bytes {
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: continue
      }
      value = value << 4 | digit
      digits += 1
      if digits == 5 {
        first = value
      } else if digits == 10 {
        pairs.append((first, value))
        digits = 0
      }
      if digits % 5 == 0 { value = 0 }
    }
    return pairs
  }

  /// Decodes ``encodedTable``: ten hex digits per entry, five for the
  /// traditional and five for the simplified code point.
  static func decode(_ encoded: String) -> Table {
    var bmp = [UInt32](repeating: 0, count: Int(bmpEnd - bmpStart))
    var supplementary: [UInt32: UInt32] = [:]
    let pairs: [(UInt32, UInt32)]
    // Read from the literal's contiguous bytes, with the parser's state
    // inside the function that loops: iterating the string's UTF-8 view
    // byte by byte was most of the cost of building the table.
    pairs =
      encoded.utf8.withContiguousStorageIfAvailable(hexPairs) ?? Array(encoded.utf8).withUnsafeBufferPointer(hexPairs)
    for (from, to) in pairs {
      if from >= bmpStart, from < bmpEnd {
        bmp[Int(from - bmpStart)] = to
      } else {
        supplementary[from] = to
      }
    }
    var supplementarySimplified: Set<UInt32> = []
    for (_, to) in pairs {
      if to >= bmpStart, to < bmpEnd {
        if bmp[Int(to - bmpStart)] == 0 { bmp[Int(to - bmpStart)] = simplifiedOnly }
      } else if supplementary[to] == nil {
        supplementarySimplified.insert(to)
      }
    }
    return Table(
      bmp: bmp, supplementary: supplementary, supplementarySimplified: supplementarySimplified, count: pairs.count)
  }
}

/// Decodes scalars from UTF-8 that is valid (the text of a ``SourceDocument``).
enum _UTF8Scalar {
  /// The scalar value at `index` and its length in bytes; a damaged sequence
  /// reads as U+FFFD of length 1, never a trap.
  static func decode(_ bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
    // Read through the array's buffer: a slice per scalar costs a retain and a release.
    bytes.withUnsafeBufferPointer { decode($0, at: index) }
  }

  /// The scalar at absolute `index` of `bytes`, as ``decode(_:at:)-([UInt8],_)``.
  static func decode(_ bytes: ArraySlice<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    guard index >= bytes.startIndex, index < bytes.endIndex else { return (0xFFFD, 1) }
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF7:
      length = 4
      value = UInt32(lead & 0x07)
    default: return (0xFFFD, 1)
    }
    guard index + length <= bytes.endIndex else { return (0xFFFD, 1) }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, length)
  }

  /// The scalar at `index` of `buffer`, as ``decode(_:at:)-([UInt8],_)``.
  ///
  /// The scanners that visit every scalar of a text read through a buffer:
  /// no slice (and so no retain and release) per scalar, and every read is
  /// checked against the buffer's count first.
  @inline(__always)
  static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    guard index >= 0, index < buffer.count else { return (0xFFFD, 1) }
    let lead = buffer[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    // `index < count`, so `count - index` cannot overflow.
    let available = buffer.count - index
    switch lead {
    case 0xC0...0xDF:
      guard available >= 2 else { return (0xFFFD, 1) }
      let b1 = buffer[index + 1]
      guard b1 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      return (UInt32(lead & 0x1F) << 6 | UInt32(b1 & 0x3F), 2)
    case 0xE0...0xEF:
      guard available >= 3 else { return (0xFFFD, 1) }
      let b1 = buffer[index + 1]
      let b2 = buffer[index + 2]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      return (UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
    case 0xF0...0xF7:
      guard available >= 4 else { return (0xFFFD, 1) }
      let b1 = buffer[index + 1]
      let b2 = buffer[index + 2]
      let b3 = buffer[index + 3]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      let high = UInt32(lead & 0x07) << 18 | UInt32(b1 & 0x3F) << 12
      return (high | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F), 4)
    default: return (0xFFFD, 1)
    }
  }

  /// Whether `value` is a Han character (CJK unified or compatibility ideograph, or 〇).
  static func isHan(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0x20000...0x3FFFF).contains(value) || value == 0x3007
  }
}
