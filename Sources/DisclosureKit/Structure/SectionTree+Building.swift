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
      let title = Self.cleanTitle(text.string(candidate.titleStart, candidate.end))
      let kind: SectionKind? =
        candidate.level == 1 ? (matcher.kind(of: title) ?? candidate.matchedKind ?? .unknown) : nil
      stack.append(
        Section(
          heading: text.string(candidate.start, candidate.end),
          number: Self.number(of: text.string(candidate.start, candidate.start + candidate.marker.length)),
          title: title, kind: kind, level: candidate.level,
          range: SourceRange(start: candidate.start, end: ends[index]),
          headingRange: SourceRange(start: candidate.start, end: candidate.end)))
    }
    while !stack.isEmpty { close() }
    return roots
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
