/// Cuts a label cell into the labels and numbers it holds.
///
/// A crawler's `get_text()` leaves a whole table on one line, each label
/// followed directly by its digits: `规章000规范性文件2213`, or
/// `（三）不予公开1.属于国家秘密0000000`. The segmenter splits such text at
/// digit runs and at numbering markers (`（一）`, `二、`, `1.`): digits that
/// touch the label before them are *glued* to it, for the split search to
/// take apart; digits set off by a space are values of their own; the digit
/// of a marker (`2.其他…`) belongs to the label after it.
enum LabelSegmenter {
  struct Segment: Sendable, Hashable {
    var kind: TableItem.Kind
    /// The segment's text; `nil` for a label of the byte paths, whose text
    /// is the bytes at `range` (no `String` is made for the labels, most of
    /// them prose, that nothing reads the text of).
    var text: String?
    var range: SourceRange
    var glued: TableItem.Glued?

    /// The segment's text, read from `bytes` when it holds none.
    func text(in bytes: [UInt8]) -> String {
      if let text { return text }
      let lower = max(0, min(range.start, bytes.count))
      return String(decoding: bytes[lower..<max(lower, min(range.end, bytes.count))], as: UTF8.self)
    }
  }

  private struct Unit {
    var scalar: Unicode.Scalar
    var offset: Int
    var end: Int
  }

  /// The segments of `bytes[start..<end]`.
  ///
  /// A range of whole scalars of valid UTF-8 (a `String`'s bytes) is read on
  /// bytes; one cut inside a scalar takes the scalar path, which decodes it
  /// as `String(decoding:)` repairs it.
  static func segments(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Segment] {
    guard _TableBytes.isWholeScalars(bytes, start, end) else { return segmentsByScalars(bytes, start, end) }
    return segmentsByBytes(bytes, start, end)
  }

  /// The segments of `bytes[start..<end]`, scalar by scalar.
  static func segmentsByScalars(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Segment] {
    var units: [Unit] = []
    var offset = start
    for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
      let width = UTF8.width(scalar)
      units.append(Unit(scalar: scalar, offset: offset, end: offset + width))
      offset += width
    }
    // Without a replacement character the decoding was lossless and each
    // unit's offsets are exact: texts are then copied from the bytes.
    let lossless = offset == end && !units.contains { $0.scalar == "\u{FFFD}" }
    var out: [Segment] = []
    var textStart: Int?
    var i = 0
    let n = units.count
    // ASCII `0`…`9` are the only ASCII scalars of numeric type: compare
    // values rather than look the property up for every scalar.
    func isDigit(_ k: Int) -> Bool { k < n && (0x30...0x39).contains(units[k].scalar.value) }
    func isSpace(_ k: Int) -> Bool { k >= 0 && k < n && CellValueParser.isWhitespace(units[k].scalar) }
    // Built on first use, once per call rather than once per label emitted.
    var scalars: [Unicode.Scalar]?
    func text(_ a: Int, _ b: Int) -> String {
      guard lossless, a < b else { return String(String.UnicodeScalarView(units[a..<b].map(\.scalar))) }
      return String(decoding: bytes[units[a].offset..<units[b - 1].end], as: UTF8.self)
    }
    func emitText(_ a: Int, _ b: Int) {
      let all = scalars ?? units.map(\.scalar)
      scalars = all
      for (lower, upper) in splitAtMarkers(all, a, b) {
        var lo = lower
        var hi = upper
        while lo < hi, isSpace(lo) { lo += 1 }
        while hi > lo, isSpace(hi - 1) { hi -= 1 }
        guard lo < hi else { continue }
        out.append(
          Segment(kind: .label, text: text(lo, hi), range: SourceRange(start: units[lo].offset, end: units[hi - 1].end))
        )
      }
    }
    // `出版物00  000`: digits run into a label, then white space and more
    // digits. Read as one row run together with blank cells (one white
    // space each) when some group of digits cannot be a cell of its own
    // (`00`); else the groups are separate values. Returns the end of the
    // last group, which stops before a digit that numbers the next label.
    func blankSeparatedRun(_ first: Int, _ firstEnd: Int) -> Int? {
      var invalidGroup = cannotStandAlone(first: units[first].scalar.value, length: firstEnd - first)
      var end = firstEnd
      var groups = 1
      while end < n {
        var start = end
        while start < n, isSpace(start), start - end < Self.maxBlankCells { start += 1 }
        guard start > end, isDigit(start) else { break }
        var groupEnd = start
        while isDigit(groupEnd) { groupEnd += 1 }
        var numbersNext = false
        if groupEnd < n, "．.、)）".unicodeScalars.contains(units[groupEnd].scalar), !isDigit(groupEnd + 1) {
          groupEnd -= 1
          numbersNext = true
        } else if groupEnd < n, ".．,，-万亿元".unicodeScalars.contains(units[groupEnd].scalar) {
          // A decimal, a signed or a money cell: not this form.
          break
        }
        guard groupEnd > start else { break }
        if cannotStandAlone(first: units[start].scalar.value, length: groupEnd - start) { invalidGroup = true }
        groups += 1
        end = groupEnd
        if numbersNext { break }
      }
      return groups > 1 && invalidGroup ? end : nil
    }
    while i < n {
      guard isDigit(i) else {
        if textStart == nil { textStart = i }
        i += 1
        continue
      }
      var j = i
      // A minus between digits starts a negative cell (本年增/减: `行政许可84-21530`).
      while j < n,
        isDigit(j)
          || (units[j].scalar == "." || units[j].scalar == "," || units[j].scalar == "-") && j > i
            && isDigit(j + 1)
      {
        j += 1
      }
      var runEnd = j
      var numbering = false
      if j < n, "．.、)）".unicodeScalars.contains(units[j].scalar), !isDigit(j + 1), j + 1 < n {
        // `2.其他…`: the last digit numbers the next label.
        numbering = true
        runEnd = j - 1
      }
      var unitEnd = j
      var unit = ""
      if !numbering {
        for candidate in ["万元", "亿元", "元", "万", "亿"] {
          let scalars = Array(candidate.unicodeScalars)
          if j + scalars.count <= n, zip(units[j..<(j + scalars.count)], scalars).allSatisfy({ $0.scalar == $1 }) {
            unit = candidate
            unitEnd = j + scalars.count
            break
          }
        }
      }
      let touchesLabel = textStart != nil && !isSpace(i - 1)
      if let textStart { emitText(textStart, i) }
      textStart = nil
      if touchesLabel, !numbering, unit.isEmpty, runEnd > i, let last = out.indices.last,
        out[last].kind == .label, out[last].glued == nil, let blankRunEnd = blankSeparatedRun(i, runEnd)
      {
        // One white space a blank cell: the splitter reads it as one.
        let digits = String(String.UnicodeScalarView((i..<blankRunEnd).map { isSpace($0) ? " " : units[$0].scalar }))
        out[last].glued = TableItem.Glued(
          digits: digits, range: SourceRange(start: units[i].offset, end: units[blankRunEnd - 1].end), unit: "")
        i = blankRunEnd
        continue
      }
      if runEnd > i {
        let range = SourceRange(start: units[i].offset, end: units[unitEnd - 1].end)
        let digits = text(i, runEnd)
        if touchesLabel, let last = out.indices.last, out[last].kind == .label, out[last].glued == nil {
          out[last].glued = TableItem.Glued(
            digits: digits, range: SourceRange(start: units[i].offset, end: units[runEnd - 1].end), unit: unit,
            isCount: unitEnd < n && countWords.contains(units[unitEnd].scalar))
        } else {
          out.append(Segment(kind: .value, text: text(i, unitEnd), range: range))
        }
      }
      if numbering {
        textStart = j - 1
        i = j + 1
      } else {
        i = unitEnd
      }
    }
    if let textStart { emitText(textStart, n) }
    return out
  }

  /// The most blank cells read between two groups of digits run together.
  static let maxBlankCells = 8

  /// Whether `length` digits starting with `first` can be no cell of their
  /// own (`00`): the sign that white space between groups holds blank cells.
  static func cannotStandAlone(first: UInt32, length: Int) -> Bool { length > 1 && first == 0x30 }

  /// Words that count what a figure in prose measured.
  private static let countWords: Set<Unicode.Scalar> = Set("件条个项次宗人家份篇场期例起户".unicodeScalars)

  /// 一 … 十, tested by value: this runs for every scalar of every label.
  private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
    default: false
    }
  }

  /// Ranges of `a..<b` cut before each embedded numbering marker: `（一）`,
  /// `(2)`, `三、`.
  private static func splitAtMarkers(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [(Int, Int)] {
    var cuts: [Int] = []
    var k = a + 1
    while k < b {
      if s[k] == "(" || s[k] == "（" {
        var m = k + 1
        while m < b, m - k <= 3, isNumeral(s[m]) || (0x30...0x39).contains(s[m].value) {
          m += 1
        }
        if m > k + 1, m < b, s[m] == ")" || s[m] == "）" { cuts.append(k) }
      } else if isNumeral(s[k]), !isNumeral(s[k - 1]) {
        var m = k
        while m < b, m - k < 3, isNumeral(s[m]) { m += 1 }
        if m < b, s[m] == "、" { cuts.append(k) }
      }
      k += 1
    }
    var ranges: [(Int, Int)] = []
    var lower = a
    for cut in cuts {
      ranges.append((lower, cut))
      lower = cut
    }
    ranges.append((lower, b))
    return ranges
  }
}
