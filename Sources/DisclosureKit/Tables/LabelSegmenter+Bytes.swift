// The segmenter on bytes: `segmentsByScalars`' rules, read from the text's
// UTF-8 bytes rather than from a `String` decoded from them, with no
// `String` made for a label (the aligner reads labels by their keys; a
// label's text is its range's bytes). The scalar path stays as the
// reference, and for ranges cut inside a scalar; a differential test holds
// the two to the same segments.

extension LabelSegmenter {
  private struct ByteUnit {
    var value: UInt32
    var offset: Int
  }

  /// The segments of `bytes[start..<end]`, a range of whole scalars of
  /// valid UTF-8, as `segmentsByScalars` reads them.
  static func segmentsByBytes(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Segment] {
    guard _TableBytes.isWholeScalars(bytes, start, end) else { return segmentsByScalars(bytes, start, end) }
    var units: [ByteUnit] = []
    units.reserveCapacity(end - start)
    var offset = start
    while offset < end {
      let (value, length) = _TableBytes.scalar(bytes, at: offset, end: end)
      units.append(ByteUnit(value: value, offset: offset))
      offset += length
    }
    var out: [Segment] = []
    var textStart: Int?
    var i = 0
    let n = units.count
    func value(_ k: Int) -> UInt32 { k >= 0 && k < n ? units[k].value : 0 }
    func endOf(_ k: Int) -> Int { k + 1 < n ? units[k + 1].offset : end }
    func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && (0x30...0x39).contains(units[k].value) }
    func isSpace(_ k: Int) -> Bool { k >= 0 && k < n && _TableBytes.isWhitespace(units[k].value) }
    func text(_ a: Int, _ b: Int) -> String {
      guard a < b else { return "" }
      return String(decoding: bytes[units[a].offset..<endOf(b - 1)], as: UTF8.self)
    }
    func emitText(_ a: Int, _ b: Int) {
      for (lower, upper) in splitAtMarkers(units, a, b) {
        var lo = lower
        var hi = upper
        while lo < hi, isSpace(lo) { lo += 1 }
        while hi > lo, isSpace(hi - 1) { hi -= 1 }
        guard lo < hi else { continue }
        out.append(Segment(kind: .label, text: nil, range: SourceRange(start: units[lo].offset, end: endOf(hi - 1))))
      }
    }
    // As in `segmentsByScalars`: digits, white space, more digits.
    func blankSeparatedRun(_ first: Int, _ firstEnd: Int) -> Int? {
      var invalidGroup = cannotStandAlone(first: value(first), length: firstEnd - first)
      var end = firstEnd
      var groups = 1
      while end < n {
        var start = end
        while start < n, isSpace(start), start - end < Self.maxBlankCells { start += 1 }
        guard start > end, isDigit(start) else { break }
        var groupEnd = start
        while isDigit(groupEnd) { groupEnd += 1 }
        var numbersNext = false
        if groupEnd < n, isNumberingMark(value(groupEnd)), !isDigit(groupEnd + 1) {
          groupEnd -= 1
          numbersNext = true
        } else if groupEnd < n, endsBlankRun(value(groupEnd)) {
          break
        }
        guard groupEnd > start else { break }
        if cannotStandAlone(first: value(start), length: groupEnd - start) { invalidGroup = true }
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
      while j < n, isDigit(j) || (value(j) == 0x2E || value(j) == 0x2C || value(j) == 0x2D) && j > i && isDigit(j + 1) {
        j += 1
      }
      var runEnd = j
      var numbering = false
      if j < n, isNumberingMark(value(j)), !isDigit(j + 1), j + 1 < n {
        // `2.其他…`: the last digit numbers the next label.
        numbering = true
        runEnd = j - 1
      }
      var unitEnd = j
      var unit = ""
      if !numbering, let (name, length) = moneyUnit(at: j, value) {
        unit = name
        unitEnd = j + length
      }
      let touchesLabel = textStart != nil && !isSpace(i - 1)
      if let textStart { emitText(textStart, i) }
      textStart = nil
      if touchesLabel, !numbering, unit.isEmpty, runEnd > i, let last = out.indices.last,
        out[last].kind == .label, out[last].glued == nil, let blankRunEnd = blankSeparatedRun(i, runEnd)
      {
        // One white space a blank cell: the splitter reads it as one.
        var digits: [UInt8] = []
        for k in i..<blankRunEnd {
          if isSpace(k) {
            digits.append(0x20)
          } else {
            digits.append(contentsOf: bytes[units[k].offset..<endOf(k)])
          }
        }
        out[last].glued = TableItem.Glued(
          digits: String(decoding: digits, as: UTF8.self),
          range: SourceRange(start: units[i].offset, end: endOf(blankRunEnd - 1)), unit: "")
        i = blankRunEnd
        continue
      }
      if runEnd > i {
        let range = SourceRange(start: units[i].offset, end: endOf(unitEnd - 1))
        let digits = text(i, runEnd)
        if touchesLabel, let last = out.indices.last, out[last].kind == .label, out[last].glued == nil {
          out[last].glued = TableItem.Glued(
            digits: digits, range: SourceRange(start: units[i].offset, end: endOf(runEnd - 1)), unit: unit,
            isCount: unitEnd < n && isCountWord(value(unitEnd)))
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

  /// `．` `.` `、` `)` `）`: a mark after digits that numbers the next label.
  @inline(__always)
  private static func isNumberingMark(_ value: UInt32) -> Bool {
    value == 0xFF0E || value == 0x2E || value == 0x3001 || value == 0x29 || value == 0xFF09
  }

  /// `.` `．` `,` `，` `-` `万` `亿` `元`: a decimal, a signed or a money cell.
  private static func endsBlankRun(_ value: UInt32) -> Bool {
    switch value {
    case 0x2E, 0xFF0E, 0x2C, 0xFF0C, 0x2D, 0x4E07, 0x4EBF, 0x5143: true
    default: false
    }
  }

  /// The unit (`万元`, `亿元`, `元`, `万`, `亿`, longest first) whose scalars
  /// start at `k`, with its length in scalars.
  private static func moneyUnit(at k: Int, _ value: (Int) -> UInt32) -> (String, Int)? {
    switch value(k) {
    case 0x4E07: value(k + 1) == 0x5143 ? ("万元", 2) : ("万", 1)
    case 0x4EBF: value(k + 1) == 0x5143 ? ("亿元", 2) : ("亿", 1)
    case 0x5143: ("元", 1)
    default: nil
    }
  }

  /// One of `countWords`, by value.
  private static func isCountWord(_ value: UInt32) -> Bool {
    switch value {
    // 件条个项次宗人家份篇场期例起户
    case 0x4EF6, 0x6761, 0x4E2A, 0x9879, 0x6B21, 0x5B97, 0x4EBA, 0x5BB6, 0x4EFD, 0x7BC7, 0x573A, 0x671F, 0x4F8B,
      0x8D77, 0x6237:
      true
    default: false
    }
  }

  /// `splitAtMarkers` over byte units.
  private static func splitAtMarkers(_ s: [ByteUnit], _ a: Int, _ b: Int) -> [(Int, Int)] {
    func isNumeral(_ k: Int) -> Bool {
      switch s[k].value {
      // 一 … 十
      case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true
      default: false
      }
    }
    var cuts: [Int] = []
    var k = a + 1
    while k < b {
      let value = s[k].value
      if value == 0x28 || value == 0xFF08 {
        var m = k + 1
        while m < b, m - k <= 3, isNumeral(m) || (0x30...0x39).contains(s[m].value) {
          m += 1
        }
        if m > k + 1, m < b, s[m].value == 0x29 || s[m].value == 0xFF09 { cuts.append(k) }
      } else if isNumeral(k), !isNumeral(k - 1) {
        var m = k
        while m < b, m - k < 3, isNumeral(m) { m += 1 }
        if m < b, s[m].value == 0x3001 { cuts.append(k) }
      }
      k += 1
    }
    guard !cuts.isEmpty else { return [(a, b)] }
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
