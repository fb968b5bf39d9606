extension HeadingDetector {
  /// The row labels of every table template, folded like section titles:
  /// a candidate with one of these titles is a table row, not a heading.
  func tableRowLabels() -> Set<[Character]> {
    var out: Set<[Character]> = []
    for table in vocabulary.tables {
      for row in table.rows {
        for label in row.labels {
          let key = SectionKindMatcher.key(of: label)
          if key.count >= 2 { out.insert(key) }
        }
        if let group = row.group {
          let key = SectionKindMatcher.key(of: group)
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
        let key = SectionKindMatcher.key(of: text.string(candidate.titleStart, candidate.end))
        if labels.contains(key) { return false }
      }
      return !isFollowedByNumbers(index, candidates, byLine: byLine, in: text, lines: lines, depth: 0)
    }.map(\.element)
  }

  private func isFollowedByNumbers(
    _ index: Int, _ candidates: [HeadingCandidate], byLine: [Int: Int], in text: _TextBytes,
    lines: [SourceRange], depth: Int
  ) -> Bool {
    let candidate = candidates[index]
    // The rest of its own line: the first cell after the heading.
    var offset = text.skipSpaces(from: candidate.end, to: candidate.line.end)
    while offset < candidate.line.end, text[offset] == 0x7C {
      offset = text.skipSpaces(from: offset + 1, to: candidate.line.end)
    }
    if offset < candidate.line.end {
      var cellEnd = offset
      while cellEnd < candidate.line.end, let (value, length) = text.scalar(at: cellEnd),
        !_TextBytes.isSpace(value), value != 0x7C
      {
        cellEnd += length
      }
      return text.isNumberOnly(SourceRange(start: offset, end: cellEnd))
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
