extension HeadingDetector {
  /// The nested sections of `candidates`, whose levels are set: each runs
  /// from its marker to the next heading of the same or a higher level.
  static func tree(of candidates: [HeadingCandidate], in text: _TextBytes, matcher: SectionKindMatcher)
    -> [Section]
  {
    // Each section's end: the next candidate at its level or above.
    var ends = [Int](repeating: text.count, count: candidates.count)
    var open: [Int] = []
    for index in candidates.indices {
      while let last = open.last, candidates[last].level >= candidates[index].level {
        ends[last] = candidates[index].start
        open.removeLast()
      }
      open.append(index)
    }
    // Build bottom-up with a stack of partially filled sections.
    var roots: [Section] = []
    var stack: [Section] = []
    func close() {
      guard let done = stack.popLast() else { return }
      if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
    }
    for (index, candidate) in candidates.enumerated() {
      while let last = stack.last, last.level >= candidate.level { close() }
      let title = Self.cleanTitle(in: text, candidate.titleStart, candidate.end)
      let kind: SectionKind? =
        candidate.level == 1 ? (matcher.kind(of: title) ?? candidate.matchedKind ?? .unknown) : nil
      stack.append(
        Section(
          heading: text.string(candidate.start, candidate.end),
          number: Self.number(in: text, candidate.start, candidate.start + candidate.marker.length),
          title: title, kind: kind, level: candidate.level,
          range: SourceRange(start: candidate.start, end: ends[index]),
          headingRange: SourceRange(start: candidate.start, end: candidate.end)))
    }
    while !stack.isEmpty { close() }
    return roots
  }

  /// ``number(of:)`` of the marker at `start..<end` of `text`, read from
  /// its bytes when every scalar is plain (as markers are).
  static func number(in text: _TextBytes, _ start: Int, _ end: Int) -> String {
    var kept = String.UnicodeScalarView()
    for scalar in text.scalars(start, end) {
      guard _PlainScalar.isPlain(scalar.value) else { return number(of: text.string(start, end)) }
      if !numberPunctuationScalars.contains(scalar.value) { kept.append(scalar) }
    }
    return String(kept)
  }

  /// ``cleanTitle(_:)`` of `start..<end` of `text`, trimmed on its bytes.
  ///
  /// The last character is the last scalar when that scalar and the one
  /// before it are plain; while they are, trailing marks come off scalar by
  /// scalar. Otherwise the title goes through ``cleanTitle(_:)``.
  static func cleanTitle(in text: _TextBytes, _ start: Int, _ end: Int) -> String {
    let lower = min(max(0, start), text.count)
    var upper = min(max(lower, end), text.count)
    while upper > lower {
      guard let last = text.scalar(endingBefore: upper), _PlainScalar.isPlain(last) else {
        return cleanTitle(text.string(start, end))
      }
      let length = last < 0x80 ? 1 : last < 0x800 ? 2 : last < 0x10000 ? 3 : 4
      guard upper - length >= lower else { return cleanTitle(text.string(start, end)) }
      if upper - length > lower {
        guard let before = text.scalar(endingBefore: upper - length), _PlainScalar.isPlain(before) else {
          return cleanTitle(text.string(start, end))
        }
      }
      guard titleEndScalars.contains(last) || Unicode.Scalar(last)?.properties.isWhitespace == true else { break }
      upper -= length
    }
    return text.string(lower, upper)
  }

  /// The marker's number as printed: `（一）` → `一`, `1.` → `1`.
  static func number(of marker: String) -> String {
    // A marker of plain scalars (nearly all) is one character per scalar,
    // and the dropped characters are plain: filtering scalars is the same.
    let scalars = marker.unicodeScalars
    if scalars.allSatisfy({ _PlainScalar.isPlain($0.value) }) {
      var kept = String.UnicodeScalarView()
      for scalar in scalars where !numberPunctuationScalars.contains(scalar.value) { kept.append(scalar) }
      return String(kept)
    }
    return String(marker.filter { !numberPunctuation.contains($0) })
  }

  /// What ``number(of:)`` drops, built once rather than per heading.
  private static let numberPunctuation: Set<Character> = [
    "(", ")", "（", "）", "、", ".", "．", "第", "部", "分", "章", "节", "篇", " ",
  ]
  private static let numberPunctuationScalars = Set(numberPunctuation.flatMap { $0.unicodeScalars.map(\.value) })

  /// What a run-in heading's title ends with: a full stop or a colon.
  private static let titleEndMarks = "。：:；;"
  private static let titleEndScalars = Set(titleEndMarks.unicodeScalars.map(\.value))

  /// A title without the full stop or colon a run-in heading ends with.
  static func cleanTitle(_ title: String) -> String {
    // On plain scalars a character is a scalar, and `isWhitespace` is the
    // scalar's white-space property.
    let scalars = title.unicodeScalars
    if scalars.allSatisfy({ _PlainScalar.isPlain($0.value) }) {
      var end = scalars.endIndex
      while end > scalars.startIndex {
        let before = scalars.index(before: end)
        let scalar = scalars[before]
        guard titleEndScalars.contains(scalar.value) || scalar.properties.isWhitespace else { break }
        end = before
      }
      return String(scalars[..<end])
    }
    var out = Substring(title)
    while let last = out.last, titleEndMarks.contains(last) || last.isWhitespace { out.removeLast() }
    return String(out)
  }
}
