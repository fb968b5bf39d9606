// `isValueLike` on the text's bytes. Every cell and every line of a report
// is asked whether it reads as a value, most of them prose: the answer is
// read from the first scalars, and a `String` is made only for a cell that
// may start a number, or is short enough to be a mark.

extension CellValueParser {
  /// `isValueLike(String(decoding: bytes[start..<end], as: UTF8.self))`.
  static func isValueLike(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    guard _TableBytes.isWholeScalars(bytes, start, end) else {
      let lower = max(0, min(start, bytes.count))
      return isValueLike(String(decoding: bytes[lower..<max(lower, min(end, bytes.count))], as: UTF8.self))
    }
    // `trim` drops white space and U+FEFF wherever they stand; what is left
    // decides. Whole scalars of valid UTF-8 decode exactly.
    func isDropped(_ value: UInt32) -> Bool { _TableBytes.isWhitespace(value) || value == 0xFEFF }
    func folded(_ value: UInt32) -> UInt32 { (0xFF01...0xFF5E).contains(value) ? value - 0xFEE0 : value }
    func starts(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) || numberStarts.contains(value) }
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
    var mayStart = starts(folded(first))
    if !mayStart, first == 0x589E {
      // 增 is a sign word `number(_:)` drops, but not one `ChineseNumber` reads.
      var k = i
      while k < end {
        let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
        k += length
        if !isDropped(value) {
          mayStart = starts(folded(value))
          break
        }
      }
    }
    if !mayStart {
      // No number: value-like only as a mark, which has at most
      // `maxMarkBytes` bytes once white space is dropped.
      var kept = 0
      var k = start
      while k < end {
        let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
        k += length
        if !isDropped(value) { kept += length }
        if kept > maxMarkBytes { return false }
      }
    }
    return isValueLike(String(decoding: bytes[start..<end], as: UTF8.self))
  }

  /// Whether `bytes[start..<end]` holds ASCII digits and dropped white space only.
  private static func onlyDigits(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var k = start
    while k < end {
      let byte = bytes[k]
      if (0x30...0x39).contains(byte) {
        k += 1
        continue
      }
      let (value, length) = _TableBytes.scalar(bytes, at: k, end: end)
      guard _TableBytes.isWhitespace(value) || value == 0xFEFF else { return false }
      k += length
    }
    return true
  }
}
