/// Finds encoding noise in normalised text, for ``ReportChecks/EncodingNoise``.
///
/// Decodes scalars from the text's UTF-8 bytes as it goes, with bounded
/// look-ahead, so a scan is linear in the text and holds no more than a copy
/// of its bytes.
enum _NoiseScanner {
  enum Kind: Int, CaseIterable, Comparable {
    case mojibake
    case replacementCharacter
    case pinyinAnnotation
    case htmlResidue

    static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

    var english: String {
      switch self {
      case .mojibake: "mis-decoded sequence(s) (mojibake)"
      case .replacementCharacter: "replacement character(s) (U+FFFD)"
      case .pinyinAnnotation: "pinyin annotation(s)"
      case .htmlResidue: "piece(s) of HTML markup"
      }
    }

    var chinese: String {
      switch self {
      case .mojibake: "乱码"
      case .replacementCharacter: "替换字符（U+FFFD）"
      case .pinyinAnnotation: "拼音注音"
      case .htmlResidue: "HTML标记残留"
      }
    }
  }

  struct Finding: Hashable {
    var kind: Kind
    var range: SourceRange
  }

  /// Scalar sequences that only mis-decoding produces.
  private static let mojibakeSequences: [[Unicode.Scalar]] = ["锟斤拷", "烫烫烫", "屯屯屯", "â€"].map {
    Array($0.unicodeScalars)
  }

  /// Markup that a tolerant HTML reader should have consumed; matched
  /// ASCII-case-insensitively.
  private static let markup: [[Unicode.Scalar]] = [
    "<span", "/span>", "&nbsp", "&amp;", "&lt;", "&gt;", "&quot;", "<br", "</p>", "<div", "</div>", "<td", "</td>",
    "<font", "</font>",
  ].map { Array($0.unicodeScalars) }

  /// The scalars a pinyin annotation, a mojibake sequence or a piece of
  /// markup can start with (markup's first scalars are not letters, so case
  /// folding does not add any).
  private static let candidateStartValues: [UInt32] = {
    var starts: [UInt32] = "(（?？".unicodeScalars.map(\.value)
    for sequence in mojibakeSequences + markup {
      guard let first = sequence.first else { continue }
      starts.append(first.value)
      if ("a"..."z").contains(first) { starts.append(first.value - 32) }
    }
    return starts
  }()

  private static let candidateStarts = _ScalarBitmap(candidateStartValues)

  /// How the candidate starts and U+FFFD begin: an ASCII byte, or the first
  /// two bytes of a longer sequence as `lead << 8 | second`.
  private static let candidatePrefixes: _ScalarBitmap = {
    var prefixes: [UInt32] = []
    for value in candidateStartValues + [0xFFFD] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let utf8 = Array(String(scalar).utf8)
      prefixes.append(utf8.count == 1 ? UInt32(utf8[0]) : UInt32(utf8[0]) << 8 | UInt32(utf8[1]))
    }
    return _ScalarBitmap(prefixes)
  }()

  private static let toneVowels = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)

  /// The longest pinyin syllable between parentheses that is recognised.
  private static let maxSyllable = 8

  /// - Parameter skippingLeads: Pass over the scalars no finding can start
  ///   with by their lead byte alone (the default); `false` decodes every
  ///   scalar, the reference the tests compare the fast path with.
  static func scan(_ text: String, skippingLeads: Bool = true) -> [Finding] {
    let bytes = Array(text.utf8)
    func range(_ from: Int, _ to: Int) -> SourceRange { SourceRange(start: from, end: to) }
    var findings: [Finding] = []
    let candidateStarts = Self.candidateStarts
    let candidatePrefixes = Self.candidatePrefixes
    var i = 0
    while i < bytes.count {
      if skippingLeads {
        i = nextCandidate(in: bytes, from: i, prefixes: candidatePrefixes)
        guard i < bytes.count else { break }
      }
      guard let (scalar, next) = decode(bytes, at: i) else { break }
      if scalar == "\u{FFFD}" {
        var end = next
        while let (following, after) = decode(bytes, at: end), following == "\u{FFFD}" { end = after }
        findings.append(Finding(kind: .replacementCharacter, range: range(i, end)))
        i = end
        continue
      }
      // Each finding starts with one of a few scalars; the rest of the text
      // (nearly all of it) is passed over on that test alone.
      guard candidateStarts.contains(scalar.value) else {
        i = next
        continue
      }
      if let end = pinyinEnd(bytes, at: i) {
        findings.append(Finding(kind: .pinyinAnnotation, range: range(i, end)))
        i = end
        continue
      }
      if let end = mojibakeEnd(bytes, at: i) {
        findings.append(Finding(kind: .mojibake, range: range(i, end)))
        i = end
        continue
      }
      if let end = markup.lazy.compactMap({ match($0, bytes, at: i, foldingCase: true) }).first {
        findings.append(Finding(kind: .htmlResidue, range: range(i, end)))
        i = end
        continue
      }
      i = next
    }
    return findings
  }

  /// The scalar at byte `offset` and the offset after it; `nil` at the end.
  /// A malformed byte decodes as U+FFFD one byte long, so a scan always
  /// advances.
  /// The first offset at or after `start` where a scalar begins as a
  /// candidate or U+FFFD does; `bytes.count` when none does.
  ///
  /// A `String`'s bytes are valid UTF-8, so a lead byte gives its sequence's
  /// length: every other scalar (nearly all of a text) is passed over
  /// undecoded, reading the bytes in place.
  private static func nextCandidate(in bytes: [UInt8], from start: Int, prefixes: _ScalarBitmap) -> Int {
    bytes.withUnsafeBufferPointer { raw in
      var i = start
      while i < raw.count {
        let lead = raw[i]
        let prefix = lead < 0x80 || i + 1 >= raw.count ? UInt32(lead) : UInt32(lead) << 8 | UInt32(raw[i + 1])
        if prefixes.contains(prefix) { return i }
        i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      }
      return raw.count
    }
  }

  static func decode(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int)? {
    guard offset >= 0, offset < bytes.count else { return nil }
    let lead = bytes[offset]
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return (Unicode.Scalar(lead), offset + 1)
    case 0xC0..<0xE0: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0..<0xF0: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0..<0xF8: (length, value) = (4, UInt32(lead & 0x07))
    default: return ("\u{FFFD}", offset + 1)
    }
    guard offset + length <= bytes.count else { return ("\u{FFFD}", offset + 1) }
    for k in 1..<length {
      let byte = bytes[offset + k]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", offset + 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", offset + 1) }
    return (scalar, offset + length)
  }

  /// `(lǐng)`, `（guān）`: a parenthesised Latin syllable with a tone mark.
  private static func pinyinEnd(_ bytes: [UInt8], at start: Int) -> Int? {
    guard let (open, afterOpen) = decode(bytes, at: start), open == "(" || open == "（" else { return nil }
    var j = afterOpen
    var letters = 0
    var toned = false
    while letters <= maxSyllable, let (scalar, next) = decode(bytes, at: j) {
      if toneVowels.contains(scalar) {
        toned = true
      } else if !(("a"..."z").contains(scalar) || scalar == "ü") {
        break
      }
      letters += 1
      j = next
    }
    guard toned, let (close, end) = decode(bytes, at: j), close == ")" || close == "）" else { return nil }
    return end
  }

  /// `?!` directly before Han text (a GBK `。“` read as something else), and
  /// sequences only mis-decoding produces.
  private static func mojibakeEnd(_ bytes: [UInt8], at start: Int) -> Int? {
    if let end = mojibakeSequences.lazy.compactMap({ match($0, bytes, at: start, foldingCase: false) }).first {
      return end
    }
    guard let (question, second) = decode(bytes, at: start), question == "?" || question == "？",
      let (bang, third) = decode(bytes, at: second), bang == "!" || bang == "！",
      let (han, afterHan) = decode(bytes, at: third), isHan(han)
    else { return nil }
    var end = afterHan
    var extra = 0
    while extra < 4, let (scalar, next) = decode(bytes, at: end), isHan(scalar) || scalar == "_" {
      end = next
      extra += 1
    }
    return end
  }

  private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }

  /// The offset after `pattern` when the bytes at `start` spell it.
  private static func match(
    _ pattern: [Unicode.Scalar], _ bytes: [UInt8], at start: Int, foldingCase: Bool
  ) -> Int? {
    var offset = start
    for expected in pattern {
      guard let (scalar, next) = decode(bytes, at: offset) else { return nil }
      var actual = scalar
      if foldingCase, ("A"..."Z").contains(actual), let lower = Unicode.Scalar(actual.value + 32) { actual = lower }
      if actual != expected { return nil }
      offset = next
    }
    return offset
  }
}
