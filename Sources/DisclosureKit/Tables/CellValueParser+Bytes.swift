// `isValueLike` on the text's bytes. Every cell and every line of a report
// is asked whether it reads as a value, most of them prose: the answer is
// read from the first scalars, and a `String` is made only for a cell short
// enough to be a mark, or one that is not inert. A long cell that may start
// a number (a line of prose after `一、` or `2019年`) is read by `number(_:)`'s
// rules on bytes, which for an inert text are its rules on characters.

extension CellValueParser {
  /// `isValueLike(String(decoding: bytes[start..<end], as: UTF8.self))`.
  static func isValueLike(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    guard _TableBytes.isWholeScalars(bytes, start, end) else {
      let lower = max(0, min(start, bytes.count))
      return isValueLike(String(decoding: bytes[lower..<max(lower, min(end, bytes.count))], as: UTF8.self))
    }
    // `trim` drops white space and U+FEFF wherever they stand; what is left
    // decides. Whole scalars of valid UTF-8 decode exactly.
    var i = start
    var first: UInt32?
    while i < end {
      let (value, length) = _TableBytes.scalar(bytes, at: i, end: end)
      i += length
      if !isDropped(value) {
        first = value
        break
      }
    }
    // Nothing but white space: blank.
    guard let first else { return true }
    if (0x30...0x39).contains(first), onlyDigits(bytes, i, end) {
      // Digits alone always read as a number (a decimal when `ChineseNumber`
      // does not read them).
      return true
    }
    var mayStart = startsNumber(folded(first))
    if !mayStart, first == 0x589E {
      // 增 is a sign word `number(_:)` drops, but not one `ChineseNumber` reads.
      var k = i
      while k < end {
        let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
        k += length
        if !isDropped(value) {
          mayStart = startsNumber(folded(value))
          break
        }
      }
    }
    // A mark has at most `maxMarkBytes` bytes once white space is dropped:
    // a text that long or shorter takes the `String` path.
    var kept = 0
    var k = start
    while k < end, kept <= maxMarkBytes {
      let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
      k += length
      if !isDropped(value) { kept += length }
    }
    if kept <= maxMarkBytes { return isValueLike(String(decoding: bytes[start..<end], as: UTF8.self)) }
    // Too long for a mark: value-like only as a number.
    guard mayStart else { return false }
    return isNumber(bytes, start, end) ?? isValueLike(String(decoding: bytes[start..<end], as: UTF8.self))
  }

  /// What `trim` drops.
  @inline(__always)
  private static func isDropped(_ value: UInt32) -> Bool { _TableBytes.isWhitespace(value) || value == 0xFEFF }

  /// `foldWidth` of one scalar.
  @inline(__always)
  private static func folded(_ value: UInt32) -> UInt32 { (0xFF01...0xFF5E).contains(value) ? value - 0xFEE0 : value }

  /// `mayStartNumber`'s test of one scalar.
  @inline(__always)
  private static func startsNumber(_ value: UInt32) -> Bool {
    (0x30...0x39).contains(value) || numberStarts.contains(value)
  }

  /// Whether `bytes[start..<end]` holds ASCII digits and dropped white space only.
  private static func onlyDigits(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var k = start
    while k < end {
      if (0x30...0x39).contains(bytes[k]) {
        k += 1
        continue
      }
      let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
      guard isDropped(value) else { return false }
      k += length
    }
    return true
  }

  /// `number(trim(text)) != nil` for the text `bytes[start..<end]`, when
  /// what `trim` leaves of it is inert; `nil` when it is not, for the
  /// `String` path to decide.
  ///
  /// In an inert text every scalar is a character of its own, so the
  /// prefixes and suffixes `number(_:)` drops by character are dropped by
  /// scalar here; the body is then read by `ChineseNumber` from its bytes,
  /// as `number(_:)` reads it from its `String`'s.
  static func isNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool? {
    // The trimmed text with full-width forms folded (`number(_:)` folds
    // first): each scalar keeps its bytes or folds to one ASCII byte.
    var inert = true
    let body = [UInt8](unsafeUninitializedCapacity: end - start) { out, count in
      // Each scalar writes at most as many bytes as it reads, so `n` stays
      // within `end - start`, the buffer's capacity.
      var n = 0
      var k = start
      while k < end {
        let lead = bytes[k]
        if lead < 0x80 {
          k += 1
          if lead == 0x20 || (0x09...0x0D).contains(lead) { continue }
          if lead < 0x20 || lead == 0x7F { inert = false }
          out[n] = lead
          n += 1
          continue
        }
        if (0xE4...0xE9).contains(lead), k + 2 < end {
          out[n] = lead
          out[n + 1] = bytes[k + 1]
          out[n + 2] = bytes[k + 2]
          n += 3
          k += 3
          continue
        }
        let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
        if !isDropped(value) {
          if (0xFF01...0xFF5E).contains(value) {
            out[n] = UInt8(truncatingIfNeeded: value - 0xFEE0)
            n += 1
          } else {
            if length != 3 || !LabelMatcher.KeyFilter.isInert(bytes[k], bytes[k + 1], bytes[k + 2]) { inert = false }
            for b in k..<(k + length) {
              out[n] = bytes[b]
              n += 1
            }
          }
        }
        k += length
      }
      count = n
    }
    guard inert else { return nil }
    // An inert scalar is one byte long when ASCII, three otherwise.
    func scalar(at i: Int) -> UInt32 {
      guard i < body.count else { return 0 }
      let lead = body[i]
      guard lead >= 0x80, i + 2 < body.count else { return UInt32(lead) }
      return UInt32(lead & 0x0F) << 12 | UInt32(body[i + 1] & 0x3F) << 6 | UInt32(body[i + 2] & 0x3F)
    }
    func width(at i: Int) -> Int { i < body.count && body[i] >= 0x80 ? 3 : 1 }
    func lastScalarStart(_ upper: Int) -> Int { upper > 0 && body[upper - 1] >= 0x80 ? upper - 3 : upper - 1 }
    var lower = 0
    var upper = body.count
    // 减 - − 增 +: `−` is not inert, so not here.
    switch scalar(at: 0) {
    case 0x51CF, 0x2D, 0x589E, 0x2B: lower = width(at: 0)
    default: break
    }
    // Units, then counting words, as `number(_:)` drops them.
    if upper > lower, endsUnit(value: scalar(at: lastScalarStart(upper))) {
      var ownUnit = false
      for suffix in Self.moneySuffixes where hasSuffix(body, lower, upper, suffix) {
        upper -= suffix.count
        ownUnit = true
        break
      }
      if !ownUnit {
        for suffix in Self.countSuffixes where hasSuffix(body, lower, upper, suffix) {
          upper -= suffix.count
          break
        }
      }
    }
    let parsed = body.withUnsafeBytes { raw -> Bool in
      let slice = UnsafeRawBufferPointer(rebasing: raw[lower..<upper])
      return (try? ChineseNumber(parsing: slice)) != nil
    }
    return parsed || isDecimal(body, lower, upper)
  }

  /// `endsUnit` by value: 元 万 亿 件 个 项 条 次 宗 份.
  private static func endsUnit(value: UInt32) -> Bool {
    switch value {
    case 0x5143, 0x4E07, 0x4EBF, 0x4EF6, 0x4E2A, 0x9879, 0x6761, 0x6B21, 0x5B97, 0x4EFD: true
    default: false
    }
  }

  /// The UTF-8 bytes of the units `number(_:)` drops, in its order.
  private static let moneySuffixes: [[UInt8]] = ["万元", "亿元", "元", "万", "亿"].map { Array($0.utf8) }
  private static let countSuffixes: [[UInt8]] = ["件", "个", "项", "条", "次", "宗", "人次", "份"].map { Array($0.utf8) }

  private static func hasSuffix(_ body: [UInt8], _ lower: Int, _ upper: Int, _ suffix: [UInt8]) -> Bool {
    guard upper - lower >= suffix.count else { return false }
    var k = 0
    while k < suffix.count, body[upper - suffix.count + k] == suffix[k] { k += 1 }
    return k == suffix.count
  }

  /// `decimal(_:)` on bytes: `1,234.5`.
  private static func isDecimal(_ body: [UInt8], _ lower: Int, _ upper: Int) -> Bool {
    var sawDigit = false
    var inFraction = false
    var sawFractionDigit = false
    for byte in body[lower..<upper] {
      switch byte {
      case 0x30...0x39:
        sawDigit = true
        if inFraction { sawFractionDigit = true }
      case 0x2C where !inFraction && sawDigit:
        continue
      case 0x2E where !inFraction && sawDigit:
        inFraction = true
      default:
        return false
      }
    }
    return sawDigit && (sawFractionDigit || !inFraction)
  }
}
