// The segmenter on bytes: `segmentsByScalars`' rules, read in place from the
// text's UTF-8 bytes, with no `String` made for a label (the aligner reads
// labels by their keys; a label's text is its range's bytes).
//
// The rules are stated in scalars; here a position is the byte offset of a
// scalar's first byte. The scalars the rules turn on are ASCII (digits,
// `.`, `,`, `-`, `(`, `)`), white space, or three bytes long (`（` `）` `．`
// `、` `，`, the numerals, `万` `亿` `元`), so most of a label, runs of other
// ideographs, is skipped a byte at a time without decoding. The scalar path
// stays as the reference, and for ranges cut inside a scalar; a
// differential test holds the two to the same segments.

extension LabelSegmenter {
  /// The segments of `bytes[start..<end]`, a range of whole scalars of
  /// valid UTF-8, as `segmentsByScalars` reads them.
  static func segmentsByBytes(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Segment] {
    guard _TableBytes.isWholeScalars(bytes, start, end) else { return segmentsByScalars(bytes, start, end) }
    let reader = _SegmentBytes(bytes: bytes, start: start, end: end)
    return reader.segments()
  }
}

/// One label cell's bytes, read by position (the offset of a scalar's
/// first byte). Every read checks its position against the cell's range.
private struct _SegmentBytes {
  let bytes: [UInt8]
  let start: Int
  let end: Int

  /// The byte at `p`, or 0 outside the cell.
  @inline(__always)
  func byte(_ p: Int) -> UInt8 { p >= start && p < end ? bytes[p] : 0 }

  /// The position of the scalar after the one at `p` (valid UTF-8: the lead
  /// byte gives the length).
  @inline(__always)
  func next(_ p: Int) -> Int {
    let lead = byte(p)
    return p + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
  }

  /// The position of the scalar before the one at `p`.
  @inline(__always)
  func previous(_ p: Int) -> Int {
    var q = p - 1
    while q > start, byte(q) & 0xC0 == 0x80 { q -= 1 }
    return q
  }

  @inline(__always)
  func isDigit(_ p: Int) -> Bool { (0x30...0x39).contains(byte(p)) }

  /// The three bytes at `p` are `b0 b1 b2`.
  @inline(__always)
  func matches(_ p: Int, _ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
    p >= start && p + 2 < end && bytes[p] == b0 && bytes[p + 1] == b1 && bytes[p + 2] == b2
  }

  /// Whether the scalar at `p` is white space (`CellValueParser.isWhitespace`).
  func isSpace(_ p: Int) -> Bool {
    guard p >= start, p < end else { return false }
    switch bytes[p] {
    case 0x09...0x0D, 0x20: return true
    case 0xC2, 0xE1, 0xE2, 0xE3: return _TableBytes.isWhitespace(_TableBytes.scalar(bytes, at: p, end: end).value)
    default: return false
    }
  }

  /// The length of the numbering mark at `p` (`．` `.` `、` `)` `）`), if one is there.
  func numberingMark(_ p: Int) -> Int? {
    switch byte(p) {
    case 0x2E, 0x29: return 1
    case 0xEF: return matches(p, 0xEF, 0xBC, 0x8E) || matches(p, 0xEF, 0xBC, 0x89) ? 3 : nil
    case 0xE3: return matches(p, 0xE3, 0x80, 0x81) ? 3 : nil
    default: return nil
    }
  }

  /// `.` `．` `,` `，` `-` `万` `亿` `元` at `p`: a decimal, a signed or a money cell.
  func endsBlankRun(_ p: Int) -> Bool {
    switch byte(p) {
    case 0x2E, 0x2C, 0x2D: return true
    case 0xEF: return matches(p, 0xEF, 0xBC, 0x8E) || matches(p, 0xEF, 0xBC, 0x8C)
    default: return isWan(p) || isYi(p) || isYuan(p)
    }
  }

  func isWan(_ p: Int) -> Bool { matches(p, 0xE4, 0xB8, 0x87) }
  func isYi(_ p: Int) -> Bool { matches(p, 0xE4, 0xBA, 0xBF) }
  func isYuan(_ p: Int) -> Bool { matches(p, 0xE5, 0x85, 0x83) }

  /// The unit (`万元`, `亿元`, `元`, `万`, `亿`, longest first) at `p`, with its length in bytes.
  func moneyUnit(_ p: Int) -> (String, Int)? {
    if isWan(p) { return isYuan(p + 3) ? ("万元", 6) : ("万", 3) }
    if isYi(p) { return isYuan(p + 3) ? ("亿元", 6) : ("亿", 3) }
    return isYuan(p) ? ("元", 3) : nil
  }

  /// The scalar value at `p`, for a three-byte scalar; 0 otherwise.
  @inline(__always)
  func value3(_ p: Int) -> UInt32 {
    guard p >= start, p + 2 < end, bytes[p] & 0xF0 == 0xE0 else { return 0 }
    return UInt32(bytes[p] & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F)
  }

  /// 一 … 十 at `p`.
  @inline(__always)
  func isNumeral(_ p: Int) -> Bool {
    let lead = byte(p)
    guard lead == 0xE4 || lead == 0xE5 else { return false }
    switch value3(p) {
    case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
    default: return false
    }
  }

  /// One of `countWords` at `p`.
  func isCountWord(_ p: Int) -> Bool {
    switch value3(p) {
    // 件条个项次宗人家份篇场期例起户
    case 0x4EF6, 0x6761, 0x4E2A, 0x9879, 0x6B21, 0x5B97, 0x4EBA, 0x5BB6, 0x4EFD, 0x7BC7, 0x573A, 0x671F, 0x4F8B,
      0x8D77, 0x6237:
      return true
    default: return false
    }
  }

  /// The text of `a..<b`.
  func text(_ a: Int, _ b: Int) -> String {
    guard a < b else { return "" }
    return String(decoding: bytes[a..<b], as: UTF8.self)
  }

  /// The first digit at or after `p`: digits are ASCII, so every byte in
  /// between belongs to a scalar that is none.
  func nextDigit(from p: Int) -> Int {
    // Every byte of a label is looked at: the loop reads raw bytes. Safe by
    // construction: `q < end <= count` before each read.
    let end = end
    return bytes.withUnsafeBufferPointer { bytes in
      var q = max(p, 0)
      while q < end {
        let byte = bytes[q]
        if (0x30...0x39).contains(byte) { break }
        // An ideograph's other two bytes are continuation bytes: skip them.
        q += (0xE4...0xE9).contains(byte) ? 3 : 1
      }
      return min(q, end)
    }
  }

  /// The first position at or after `p`, before `b`, of a byte that may
  /// start a marker (`(`, or the lead byte of `（` or `、`), or `b`.
  func nextMarker(from p: Int, before b: Int) -> Int {
    // Safe by construction: `q < b <= end <= count` before each read.
    let b = min(b, end)
    return bytes.withUnsafeBufferPointer { bytes in
      var q = max(p, 0)
      while q < b {
        let byte = bytes[q]
        if byte == 0x28 || byte == 0xEF || byte == 0xE3 { break }
        // An ideograph's other two bytes are continuation bytes: skip them.
        q += (0xE4...0xE9).contains(byte) ? 3 : 1
      }
      return min(q, b)
    }
  }

  func segments() -> [LabelSegmenter.Segment] {
    typealias Segment = LabelSegmenter.Segment
    var out: [Segment] = []
    var textStart: Int?
    var i = start
    func emitText(_ a: Int, _ b: Int) {
      splitAtMarkers(a, b) { lower, upper in
        var lo = lower
        var hi = upper
        while lo < hi, isSpace(lo) { lo = next(lo) }
        while hi > lo, isSpace(previous(hi)) { hi = previous(hi) }
        guard lo < hi else { return }
        out.append(Segment(kind: .label, text: nil, range: SourceRange(start: lo, end: hi)))
      }
    }
    while i < end {
      guard isDigit(i) else {
        if textStart == nil { textStart = i }
        i = nextDigit(from: i)
        continue
      }
      var j = i
      // A minus between digits starts a negative cell (本年增/减: `行政许可84-21530`).
      while j < end, isDigit(j) || (byte(j) == 0x2E || byte(j) == 0x2C || byte(j) == 0x2D) && j > i && isDigit(j + 1) {
        j += 1
      }
      var runEnd = j
      var numbering = false
      var markLength = 0
      if let mark = numberingMark(j), !isDigit(j + mark), j + mark < end {
        // `2.其他…`: the last digit numbers the next label.
        numbering = true
        markLength = mark
        runEnd = j - 1
      }
      var unitEnd = j
      var unit = ""
      if !numbering, let (name, length) = moneyUnit(j) {
        unit = name
        unitEnd = j + length
      }
      let touchesLabel = textStart != nil && !isSpace(previous(i))
      if let textStart { emitText(textStart, i) }
      textStart = nil
      if touchesLabel, !numbering, unit.isEmpty, runEnd > i, let last = out.indices.last,
        out[last].kind == .label, out[last].glued == nil, let blankRunEnd = blankSeparatedRun(i, runEnd)
      {
        // One white space a blank cell: the splitter reads it as one.
        var digits: [UInt8] = []
        var k = i
        while k < blankRunEnd {
          digits.append(isSpace(k) ? 0x20 : bytes[k])
          k = next(k)
        }
        out[last].glued = TableItem.Glued(
          digits: String(decoding: digits, as: UTF8.self), range: SourceRange(start: i, end: blankRunEnd), unit: "")
        i = blankRunEnd
        continue
      }
      if runEnd > i {
        let range = SourceRange(start: i, end: unitEnd)
        let digits = text(i, runEnd)
        if touchesLabel, let last = out.indices.last, out[last].kind == .label, out[last].glued == nil {
          out[last].glued = TableItem.Glued(
            digits: digits, range: SourceRange(start: i, end: runEnd), unit: unit,
            isCount: unitEnd < end && isCountWord(unitEnd))
        } else {
          out.append(Segment(kind: .value, text: text(i, unitEnd), range: range))
        }
      }
      if numbering {
        textStart = j - 1
        i = j + markLength
      } else {
        i = unitEnd
      }
    }
    if let textStart { emitText(textStart, end) }
    return out
  }

  /// As in `segmentsByScalars`: digits run into a label, then white space
  /// and more digits; the end of the last group, or `nil`.
  func blankSeparatedRun(_ first: Int, _ firstEnd: Int) -> Int? {
    var invalidGroup = LabelSegmenter.cannotStandAlone(first: UInt32(byte(first)), length: firstEnd - first)
    var runEnd = firstEnd
    var groups = 1
    while runEnd < end {
      var groupStart = runEnd
      var blanks = 0
      while groupStart < end, isSpace(groupStart), blanks < LabelSegmenter.maxBlankCells {
        groupStart = next(groupStart)
        blanks += 1
      }
      guard groupStart > runEnd, isDigit(groupStart) else { break }
      var groupEnd = groupStart
      while isDigit(groupEnd) { groupEnd += 1 }
      var numbersNext = false
      if groupEnd < end, let mark = numberingMark(groupEnd), !isDigit(groupEnd + mark) {
        groupEnd -= 1
        numbersNext = true
      } else if groupEnd < end, endsBlankRun(groupEnd) {
        // A decimal, a signed or a money cell: not this form.
        break
      }
      guard groupEnd > groupStart else { break }
      if LabelSegmenter.cannotStandAlone(first: UInt32(byte(groupStart)), length: groupEnd - groupStart) {
        invalidGroup = true
      }
      groups += 1
      runEnd = groupEnd
      if numbersNext { break }
    }
    return groups > 1 && invalidGroup ? runEnd : nil
  }

  /// Calls `piece` with each range of `a..<b` cut before each embedded
  /// numbering marker (`（一）`, `(2)`, `三、`), in order, as `splitAtMarkers`
  /// cuts them.
  ///
  /// A cut stands before a `(` or `（`, or before the first of one to three
  /// numerals followed by `、`: the bytes are searched for `(`, `（` and `、`
  /// alone (their first bytes, 0x28, 0xEF and 0xE3), and the rules read
  /// around each. The numerals are three bytes long, so the run before a
  /// `、` is read backwards three bytes at a time.
  func splitAtMarkers(_ a: Int, _ b: Int, _ piece: (Int, Int) -> Void) {
    var lower = a
    let first = next(a)
    var k = nextMarker(from: first, before: b)
    while k < b {
      let lead = bytes[k]
      if lead == 0x28 || matches(k, 0xEF, 0xBC, 0x88) {
        // `(` or `（`, up to three numerals or digits, `)` or `）`.
        var m = next(k)
        var count = 0
        while m < b, count < 3, isNumeral(m) || isDigit(m) {
          m = next(m)
          count += 1
        }
        if count > 0, m < b, byte(m) == 0x29 || matches(m, 0xEF, 0xBC, 0x89) {
          piece(lower, k)
          lower = k
        }
      } else if matches(k, 0xE3, 0x80, 0x81) {
        // `、` after one to three numerals, the first of which follows no numeral.
        var run = k
        var count = 0
        while count < 4, run - 3 >= a, isNumeral(run - 3) {
          run -= 3
          count += 1
        }
        if (1...3).contains(count), run >= first {
          piece(lower, run)
          lower = run
        }
      }
      k = nextMarker(from: k + 1, before: b)
    }
    piece(lower, b)
  }
}
