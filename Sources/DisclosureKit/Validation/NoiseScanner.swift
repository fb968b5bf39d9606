/// Finds encoding noise in normalised text, for ``ReportChecks/EncodingNoise``.
///
/// Works on Unicode scalars with bounded look-ahead, so a scan is linear in
/// the text whatever it holds.
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

  private static let toneVowels = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)

  /// The longest pinyin syllable between parentheses that is recognised.
  private static let maxSyllable = 8

  static func scan(_ text: String) -> [Finding] {
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    func range(_ from: Int, _ to: Int) -> SourceRange { SourceRange(start: offsets[from], end: offsets[to]) }

    var findings: [Finding] = []
    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      if scalar == "\u{FFFD}" {
        var end = i + 1
        while end < scalars.count && scalars[end] == "\u{FFFD}" { end += 1 }
        findings.append(Finding(kind: .replacementCharacter, range: range(i, end)))
        i = end
        continue
      }
      if let end = pinyinEnd(scalars, at: i) {
        findings.append(Finding(kind: .pinyinAnnotation, range: range(i, end)))
        i = end
        continue
      }
      if let end = mojibakeEnd(scalars, at: i) {
        findings.append(Finding(kind: .mojibake, range: range(i, end)))
        i = end
        continue
      }
      if let length = markup.first(where: { matches($0, scalars, at: i, foldingCase: true) })?.count {
        findings.append(Finding(kind: .htmlResidue, range: range(i, i + length)))
        i += length
        continue
      }
      i += 1
    }
    return findings
  }

  /// `(lǐng)`, `（guān）`: a parenthesised Latin syllable with a tone mark.
  private static func pinyinEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
    guard scalars[start] == "(" || scalars[start] == "（" else { return nil }
    var j = start + 1
    var toned = false
    while j < scalars.count && j - start <= maxSyllable {
      let scalar = scalars[j]
      if toneVowels.contains(scalar) {
        toned = true
      } else if !(("a"..."z").contains(scalar) || scalar == "ü") {
        break
      }
      j += 1
    }
    guard toned, j < scalars.count, scalars[j] == ")" || scalars[j] == "）" else { return nil }
    return j + 1
  }

  /// `?!` directly before Han text (a GBK `。“` read as something else), and
  /// sequences only mis-decoding produces.
  private static func mojibakeEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
    if let sequence = mojibakeSequences.first(where: { matches($0, scalars, at: start, foldingCase: false) }) {
      return start + sequence.count
    }
    guard start + 2 < scalars.count, scalars[start] == "?" || scalars[start] == "？",
      scalars[start + 1] == "!" || scalars[start + 1] == "！", isHan(scalars[start + 2])
    else { return nil }
    var end = start + 3
    while end < scalars.count && end - start < 7 && (isHan(scalars[end]) || scalars[end] == "_") { end += 1 }
    return end
  }

  private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }

  private static func matches(
    _ pattern: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at start: Int, foldingCase: Bool
  ) -> Bool {
    guard scalars.count - start >= pattern.count else { return false }
    for (k, expected) in pattern.enumerated() {
      var actual = scalars[start + k]
      if foldingCase, ("A"..."Z").contains(actual), let lower = Unicode.Scalar(actual.value + 32) { actual = lower }
      if actual != expected { return false }
    }
    return true
  }
}
