extension HeadingDetector {
  /// Folded table row labels, looked up by scalars when they can be.
  ///
  /// A key is a sequence of one-scalar characters, and characters compare
  /// by canonical equivalence. When every scalar of a key is plain
  /// (``_PlainScalar``) no other plain key is equivalent to it, so plain
  /// keys are found by their scalars; the rare key holding another scalar
  /// is looked up among the labels as characters, as before.
  struct _LabelSet: Sendable {
    /// Every label, as characters.
    var characters: Set<[Character]> = []
    /// The labels whose scalars are all plain.
    var plain: Set<[UInt32]> = []
    /// Some label holds a scalar that is not plain.
    var hasOther = false
    /// The most characters a label has.
    var longest = 0

    var isEmpty: Bool { characters.isEmpty }

    mutating func insert(_ scalars: [UInt32]) {
      characters.insert(scalars.compactMap { Unicode.Scalar($0).map(Character.init) })
      if scalars.allSatisfy(_PlainScalar.isPlain) { plain.insert(scalars) } else { hasOther = true }
      longest = max(longest, scalars.count)
    }

    /// Whether the key with `scalars` is a label.
    func contains(_ scalars: [UInt32]) -> Bool {
      if scalars.allSatisfy(_PlainScalar.isPlain) {
        // A plain key equals a plain label only scalar for scalar, and may
        // still be equivalent to a label with other scalars.
        if plain.contains(scalars) { return true }
        guard hasOther else { return false }
      }
      return characters.contains(scalars.compactMap { Unicode.Scalar($0).map(Character.init) })
    }
  }

  /// The row labels of every table template, folded like section titles:
  /// a candidate with one of these titles is a table row, not a heading.
  func tableRowLabels() -> _LabelSet { prepared.tableRowLabels }

  /// ``tableRowLabels()`` of `vocabulary`, folded.
  static func tableRowLabels(of vocabulary: Vocabulary) -> _LabelSet {
    var out = _LabelSet()
    for table in vocabulary.tables {
      for row in table.rows {
        for label in row.labels {
          let key = SectionKindMatcher.keyScalars(of: label)
          if key.count >= 2 { out.insert(key) }
        }
        if let group = row.group {
          let key = SectionKindMatcher.keyScalars(of: group)
          if key.count >= 2 { out.insert(key) }
        }
      }
    }
    return out
  }

  /// The candidates that are not table row labels.
  ///
  /// Inside table 3 the rows `一、本年新收政府信息公开申请数量` and
  /// `（三）不予公开` look exactly like headings. A candidate is a row when
  /// its title is a template row label, or when the numbers of a row follow
  /// it: on its own line (a pipe row, cells run together) or on the next
  /// lines (one cell per line), possibly after deeper numbered row labels
  /// (`三、本年度办理结果` → `（一）予以公开` → `2`). A candidate whose title
  /// names a known section is never a row.
  func withoutTableLabels(_ candidates: [HeadingCandidate], in text: _TextBytes, lines: [SourceRange])
    -> [HeadingCandidate]
  {
    let labels = tableRowLabels()
    var byLine: [Int: Int] = [:]
    for (index, candidate) in candidates.enumerated() where candidate.startsLine {
      byLine[candidate.lineIndex] = index
    }
    return candidates.enumerated().filter { index, candidate in
      if candidate.matchedKind != nil { return true }
      if !labels.isEmpty {
        // A key longer than every label is no label.
        if let key = SectionKindMatcher.keyScalars(
          of: text.scalars(candidate.titleStart, candidate.end), atMost: labels.longest),
          labels.contains(key)
        {
          return false
        }
      }
      if Self.endsInRunTogetherDigits(candidate, in: text) { return false }
      return !isFollowedByNumbers(index, candidates, byLine: byLine, in: text, lines: lines, depth: 0)
    }.map(\.element)
  }

  /// How many cells of a pipe row after a label are looked at for a number.
  static let rowCellsExamined = 8
  /// The longest cell read as a number, in bytes.
  static let numberCellBytes = 48

  /// Whether the title ends in digits run into it (`仍不明确0`,
  /// `申请数量2000002`): a table row whose cells lost their separators.
  static func endsInRunTogetherDigits(_ candidate: HeadingCandidate, in text: _TextBytes) -> Bool {
    var offset = candidate.end
    while offset > candidate.titleStart, let byte = text[offset - 1], (0x30...0x39).contains(byte) { offset -= 1 }
    guard offset < candidate.end, offset > candidate.titleStart, let before = text.scalar(endingBefore: offset)
    else { return false }
    // 年 月 日 号 第: a date or an ordinal, not a cell.
    return _TextBytes.isHan(before) && ![0x5E74, 0x6708, 0x65E5, 0x53F7, 0x7B2C].contains(before)
  }

  private func isFollowedByNumbers(
    _ index: Int, _ candidates: [HeadingCandidate], byLine: [Int: Int], in text: _TextBytes,
    lines: [SourceRange], depth: Int
  ) -> Bool {
    let candidate = candidates[index]
    // The rest of its own line: the first cell after the heading, or any
    // of the next cells of a pipe row.
    var offset = text.skipSpaces(from: candidate.end, to: candidate.line.end)
    var inRow = false
    while offset < candidate.line.end, text[offset] == 0x7C || text[offset] == 0x09 {
      inRow = true
      offset = text.skipSpaces(from: offset + 1, to: candidate.line.end)
    }
    if offset < candidate.line.end {
      for _ in 0..<Self.rowCellsExamined {
        let cellEnd = text.cellEnd(from: offset, to: candidate.line.end, limit: Self.numberCellBytes)
        if text.isNumberOnly(SourceRange(start: offset, end: cellEnd)) { return true }
        var next = text.skipSpaces(from: cellEnd, to: candidate.line.end)
        guard next < candidate.line.end, text[next] == 0x7C || text[next] == 0x09 || inRow else { return false }
        while next < candidate.line.end, text[next] == 0x7C || text[next] == 0x09 {
          inRow = true
          next = text.skipSpaces(from: next + 1, to: candidate.line.end)
        }
        guard inRow, next > offset else { return false }
        offset = next
      }
      return false
    }
    // The next non-blank lines.
    var next = candidate.lineIndex + 1
    var skipped = 0
    while next < lines.count, skipped < 4, text.isBlank(lines[next]) {
      next += 1
      skipped += 1
    }
    guard next < lines.count, skipped < 4 else { return false }
    if text.isNumberOnly(lines[next]) { return true }
    if depth < 3, let following = byLine[next], candidates[following].family > candidate.family {
      return isFollowedByNumbers(following, candidates, byLine: byLine, in: text, lines: lines, depth: depth + 1)
    }
    return false
  }
}
