// The comparison key of a label: white space and quotes dropped, full-width
// forms folded, numbering prefixes and trailing marks stripped.
//
// Every label of a report, prose included, is keyed once. The byte path
// folds and drops on the text's bytes; when what is left is inert (nearly
// always: see `KeyFilter`), each scalar is a character of its own, so the
// numbering and the trailing marks, which the rules below state in
// characters, are stripped on bytes too. Otherwise the `String` of what is
// left takes the character rules. `keyByScalars` is the original, scalar and
// character path, kept as the reference a differential test holds the byte
// path to.

extension LabelMatcher {
  /// The comparison key of a label.
  static func key(_ label: some StringProtocol) -> LabelKey {
    let bytes = Array(label.utf8)
    return key(bytes, 0, bytes.count)
  }

  /// The comparison key of the label `bytes[start..<end]`.
  static func key(_ bytes: [UInt8], _ start: Int, _ end: Int) -> LabelKey {
    guard _TableBytes.isWholeScalars(bytes, start, end) else {
      // Cut inside a scalar: key what the decoding repairs it to.
      let lower = max(0, min(start, bytes.count))
      return key(String(decoding: bytes[lower..<max(lower, min(end, bytes.count))], as: UTF8.self))
    }
    // `bytes` is valid UTF-8 (a `String`'s, or a slice of one on scalar
    // boundaries), so every scalar read below is whole.
    // Whether the folded key is inert, scalar by scalar, and where its first `(` is.
    var plain = true
    var parenthesis = -1
    // Every byte of every label is read here: the loop reads raw bytes. Safe
    // by construction: `i < end <= count` before each read at `i`, and
    // `i + 2 < end` before the reads past it.
    let folded = bytes.withUnsafeBufferPointer { source in
      [UInt8](unsafeUninitializedCapacity: end - start) { out, count in
        // Each scalar writes at most as many bytes as it reads (a full-width
        // form one byte, white space and quotes none), so `n` stays within
        // `end - start`, the buffer's capacity, and every index written is
        // below `n` after the write.
        var n = 0
        var i = start
        while i < end {
          let lead = source[i]
          if lead < 0x80 {
            i += 1
            // White space (`CellValueParser.isWhitespace`) and quotes are dropped.
            if lead == 0x20 || (0x09...0x0D).contains(lead) || lead == 0x22 || lead == 0x27 { continue }
            // Controls are not inert (see `KeyFilter`).
            if lead < 0x20 || lead == 0x7F { plain = false }
            if lead == 0x28, parenthesis < 0 { parenthesis = n }
            out[n] = lead
            n += 1
            continue
          }
          if (0xE4...0xE9).contains(lead), i + 2 < end {
            // U+4000–U+9FFF: ideographs, kept as they are, inert.
            out[n] = lead
            out[n + 1] = source[i + 1]
            out[n + 2] = source[i + 2]
            n += 3
            i += 3
            continue
          }
          if lead == 0xEF, i + 2 < end, source[i + 1] == 0xBC || source[i + 1] == 0xBD {
            // U+FF00–U+FF7F, inert: full-width forms U+FF01…U+FF5E fold to
            // ASCII (`"` and `'` are then quotes, dropped), the others stay.
            let value = (source[i + 1] == 0xBC ? 0xFF00 : 0xFF40) | UInt32(source[i + 2] & 0x3F)
            if (0xFF01...0xFF5E).contains(value) {
              let folded = UInt8(truncatingIfNeeded: value - 0xFEE0)
              if folded != 0x22, folded != 0x27 {
                if folded == 0x28, parenthesis < 0 { parenthesis = n }
                out[n] = folded
                n += 1
              }
            } else {
              out[n] = lead
              out[n + 1] = source[i + 1]
              out[n + 2] = source[i + 2]
              n += 3
            }
            i += 3
            continue
          }
          if lead == 0xE3, i + 2 < end, source[i + 1] == 0x80 {
            // U+3000–U+303F: the ideographic space and the corner and double
            // prime quotes are dropped; the tone marks U+302A–U+302F are not inert.
            switch source[i + 2] {
            case 0x80, 0x8C...0x8F, 0x9D, 0x9E:
              break
            case let b2:
              if (0xAA...0xAF).contains(b2) { plain = false }
              out[n] = lead
              out[n + 1] = 0x80
              out[n + 2] = b2
              n += 3
            }
            i += 3
            continue
          }
          let (original, length) = _TableBytes.scalar(bytes, at: i, end: end)
          // Full-width forms U+FF01…U+FF5E fold to ASCII, as `CellValueParser.foldWidth`.
          let value = (0xFF01...0xFF5E).contains(original) ? original - 0xFEE0 : original
          if _TableBytes.isWhitespace(value) || isQuote(value) {
            i += length
            continue
          }
          if value != original {
            if value == 0x28, parenthesis < 0 { parenthesis = n }
            out[n] = UInt8(truncatingIfNeeded: value)
            n += 1
          } else {
            if length != 3 || !KeyFilter.isInert(source[i], source[i + 1], source[i + 2]) { plain = false }
            for k in i..<(i + length) {
              out[n] = source[k]
              n += 1
            }
          }
          i += length
        }
        count = n
      }
    }
    // `plain`: every scalar written is inert.
    guard plain else { return LabelKey(finishing(String(decoding: folded, as: UTF8.self))) }
    let (lower, upper) = folded.withUnsafeBufferPointer { folded in
      var lower = 0
      while let stripped = strippingInertNumbering(folded, lower) { lower = stripped }
      var upper = folded.count
      while upper > lower, let width = inertTrailingMark(folded, lower, upper) { upper -= width }
      return (lower, upper)
    }
    // Most labels have no numbering and no trailing mark: their folded
    // bytes are the key.
    let key = lower == 0 && upper == folded.count ? folded : Array(folded[lower..<upper])
    if parenthesis >= 0, parenthesis < lower {
      // The numbering stripped held a `(`: look again in what is left.
      parenthesis = folded[lower..<upper].firstIndex(of: 0x28) ?? -1
    }
    return LabelKey(
      bytes: key, isInert: true,
      firstParenthesis: parenthesis >= lower && parenthesis < upper ? parenthesis - lower : -1)
  }

  /// “ ” " ' ‘ ’ 「 」 『 』 〝 〞
  @inline(__always)
  private static func isQuote(_ value: UInt32) -> Bool {
    switch value {
    case 0x201C, 0x201D, 0x22, 0x27, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E: true
    default: false
    }
  }

  /// The character rules of the key, on a folded text that is not inert.
  private static func finishing(_ folded: String) -> String {
    var text = folded
    while let stripped = strippingNumbering(text), stripped != text { text = stripped }
    // A last character equal to one of these is that one scalar: look at
    // the last scalar before comparing characters.
    while let last = text.unicodeScalars.last, trailingMarks.contains(last), let character = text.last,
      ":：;；,。".contains(character)
    {
      text.removeLast()
    }
    return text
  }

  /// The original key, scalar by scalar and character by character: the
  /// reference of the byte path.
  static func keyByScalars(_ label: some StringProtocol) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(label.utf8.count)
    for original in label.unicodeScalars {
      var scalar = original
      if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
        scalar = folded
      }
      if CellValueParser.isWhitespace(scalar) { continue }
      switch scalar {
      case "“", "”", "\"", "'", "‘", "’", "「", "」", "『", "』", "〝", "〞": continue
      default: UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    return finishing(String(decoding: bytes, as: UTF8.self))
  }

  private static let trailingMarks: Set<Unicode.Scalar> = [":", "：", ";", "；", ",", "。"]

  /// The width of the trailing mark (`:` `：` `;` `；` `,` `。`) that ends the
  /// inert `key[lower..<upper]`, if one does. In an inert key a scalar is a
  /// character, one byte long when ASCII and three otherwise.
  private static func inertTrailingMark(_ key: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Int? {
    let last = key[upper - 1]
    if last < 0x80 { return last == 0x3A || last == 0x3B || last == 0x2C ? 1 : nil }
    guard upper - lower >= 3 else { return nil }
    switch (key[upper - 3], key[upper - 2], last) {
    // ： ； 。
    case (0xEF, 0xBC, 0x9A), (0xEF, 0xBC, 0x9B), (0xE3, 0x80, 0x82): return 3
    default: return nil
    }
  }

  /// `strippingNumbering` on the inert `key[lower...]`: where the key
  /// starts once its leading numbering marker is dropped, or `nil` when it
  /// has none. Each scalar is a character, one byte long when ASCII and three
  /// otherwise.
  private static func strippingInertNumbering(_ key: UnsafeBufferPointer<UInt8>, _ lower: Int) -> Int? {
    guard lower < key.count else { return nil }
    // Only `(`, a digit or a numeral starts a marker: most keys start with none.
    switch key[lower] {
    case 0x28, 0x30...0x39: break
    case 0xE3, 0xE4, 0xE5, 0xE9:
      guard lower + 2 < key.count else { return nil }
      let value = UInt32(key[lower] & 0x0F) << 12 | UInt32(key[lower + 1] & 0x3F) << 6 | UInt32(key[lower + 2] & 0x3F)
      guard isNumeral(value) else { return nil }
    default: return nil
    }
    // The first six characters decide, as in `strippingNumbering`.
    var starts: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    var values: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
    var count = 0
    var i = lower
    while i < key.count, count < 6 {
      let width = key[i] < 0x80 ? 1 : 3
      guard i + width <= key.count else { return nil }
      let value =
        width == 1
        ? UInt32(key[i])
        : UInt32(key[i] & 0x0F) << 12 | UInt32(key[i + 1] & 0x3F) << 6
          | UInt32(key[i + 2] & 0x3F)
      switch count {
      case 0: (starts.0, values.0) = (i, value)
      case 1: (starts.1, values.1) = (i, value)
      case 2: (starts.2, values.2) = (i, value)
      case 3: (starts.3, values.3) = (i, value)
      case 4: (starts.4, values.4) = (i, value)
      default: (starts.5, values.5) = (i, value)
      }
      count += 1
      i += width
    }
    func char(_ k: Int) -> UInt32 {
      switch k {
      case 0: values.0
      case 1: values.1
      case 2: values.2
      case 3: values.3
      case 4: values.4
      default: values.5
      }
    }
    func rest(from k: Int) -> Int {
      guard k < count else { return key.count }
      switch k {
      case 0: return starts.0
      case 1: return starts.1
      case 2: return starts.2
      case 3: return starts.3
      case 4: return starts.4
      default: return starts.5
      }
    }
    func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }
    let first = char(0)
    // ① … ⑳ are not inert: an inert key never starts with one.
    guard first == 0x28 || isDigit(first) || isNumeral(first) else { return nil }
    // （一） (1)
    if first == 0x28 {
      var i = 1
      while i < count, i <= 3, isNumeral(char(i)) || isDigit(char(i)) { i += 1 }
      if i > 1, i < count, char(i) == 0x29 { return rest(from: i + 1) }
      return nil
    }
    // 一、 1. 1、 1)
    var k = 0
    let numeral = isNumeral(first)
    while k < count, k < 3, numeral ? isNumeral(char(k)) : isDigit(char(k)) { k += 1 }
    guard k > 0, k < count else { return nil }
    let mark = char(k)
    if mark == 0x3001 || (!numeral && (mark == 0x2E || mark == 0x29)) {
      guard k + 1 < count, !isDigit(char(k + 1)) else { return nil }
      return rest(from: k + 1)
    }
    return nil
  }

  /// 一 … 十, 〇, 零: the numerals of `numerals`, by value.
  @inline(__always)
  private static func isNumeral(_ value: UInt32) -> Bool {
    switch value {
    case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x3007, 0x96F6: true
    default: false
    }
  }

  static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
  static let numeralScalars: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]

  /// `text` without a leading numbering marker, or `nil` when it has none.
  static func strippingNumbering(_ text: String) -> String? {
    // Most labels start with none of the marks below; decide that from the
    // first scalar before splitting the text into characters.
    guard let head = text.unicodeScalars.first else { return nil }
    switch head.value {
    case 0x28, 0x30...0x39, 0x2460...0x2473: break
    default:
      if !numeralScalars.contains(head) { return nil }
    }
    // The first six characters decide; walk them by index rather than
    // splitting the whole label into characters.
    var starts: [String.Index] = []
    var index = text.startIndex
    while index < text.endIndex, starts.count < 6 {
      starts.append(index)
      index = text.index(after: index)
    }
    let count = starts.count
    func char(_ k: Int) -> Character { text[starts[k]] }
    func rest(from k: Int) -> String { k < count ? String(text[starts[k]...]) : "" }
    guard count > 0 else { return nil }
    let first = char(0)
    // （一） (1)
    if first == "(" {
      var i = 1
      while i < count, i <= 3, numerals.contains(char(i)) || char(i).isASCIIDigit { i += 1 }
      if i > 1, i < count, char(i) == ")" { return rest(from: i + 1) }
      return nil
    }
    // ① … ⑳
    if let value = first.unicodeScalars.first?.value, (0x2460...0x2473).contains(value) {
      return rest(from: 1)
    }
    // 一、 1. 1、 1)
    var i = 0
    let numeral = numerals.contains(first)
    while i < count, i < 3, numeral ? numerals.contains(char(i)) : char(i).isASCIIDigit { i += 1 }
    guard i > 0, i < count else { return nil }
    let mark = char(i)
    if mark == "、" || (!numeral && (mark == "." || mark == ")")) {
      guard i + 1 < count, !char(i + 1).isASCIIDigit else { return nil }
      return rest(from: i + 1)
    }
    return nil
  }
}
