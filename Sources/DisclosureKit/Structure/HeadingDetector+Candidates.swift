extension HeadingDetector {
  /// The longest heading, in characters, that stands without a numbered
  /// sibling; longer first sentences are ``HeadingCandidate/Shape/weak``.
  static let strongHeadingCharacters = 40
  /// The longest heading found inside a line, after a space or a full stop.
  static let midLineHeadingCharacters = 30
  /// How far a title is scanned for its end, in characters.
  static let titleScanCharacters = 200

  /// Why a title ended.
  enum TitleStop {
    case sentence, space, cell, lineEnd, cap
  }

  /// Every marker-led candidate of `text`, in document order: at the start of
  /// a line, inside a line after a space or a full stop, and known section
  /// titles run into the text around them.
  func candidates(in text: _TextBytes, lines: [SourceRange], matcher: SectionKindMatcher) -> [HeadingCandidate] {
    let titles = matcher.titlesLongestFirst
    var out: [HeadingCandidate] = []
    // The offsets already taken, in the current line only: every offset
    // looked up lies in the line being scanned.
    var seen = _SeenOffsets()
    for (index, line) in lines.enumerated() {
      seen.removeAll(keepingCapacity: true)
      let first = text.skipMarkup(from: line.start, to: line.end)
      if let candidate = candidate(
        at: first, line: line, lineIndex: index, startsLine: true, in: text, matcher: matcher, titles: titles)
      {
        out.append(candidate)
        seen.append(first)
      }
      // Only a space, a full stop or a `、` starts anything inside a line:
      // the line's bytes are scanned for those few scalars, in order, and
      // every other scalar is skipped without decoding.
      text.forEachBreak(from: first, to: line.end) { position, length, isComma in
        if isComma {
          if let found = titledCandidate(
            before: position, line: line, lineIndex: index, in: text, titles: titles, seen: seen)
          {
            out.append(found)
            seen.append(found.start)
          }
          return
        }
        // The scalar after a space or a full stop, checked before that
        // scalar itself is looked at (it may be a `、`).
        let offset = position + length
        if offset < line.end, !seen.contains(offset),
          let candidate = candidate(
            at: offset, line: line, lineIndex: index, startsLine: false, in: text, matcher: matcher, titles: titles)
        {
          out.append(candidate)
          seen.append(offset)
        }
      }
    }
    out.sort { $0.start < $1.start }
    return out
  }

  static func endsSentence(_ scalar: UInt32) -> Bool {
    scalar == 0x3002 || scalar == 0xFF1B || scalar == 0xFF01 || scalar == 0xFF1F || scalar == 0x3B
  }

  /// The candidate whose marker starts at `offset`, judged by its shape.
  private func candidate(
    at offset: Int, line: SourceRange, lineIndex: Int, startsLine: Bool, in text: _TextBytes,
    matcher: SectionKindMatcher, titles: [(kind: SectionKind, title: [UInt8])]
  ) -> HeadingCandidate? {
    guard offset < line.end, let marker = text.marker(at: offset) else { return nil }
    if !startsLine, ![.hanComma, .hanParen, .ordinalPrefix].contains(marker.style) { return nil }
    let titleStart = text.skipSpaces(from: offset + marker.length, to: line.end)
    var (sentenceEnd, characters, stop) = Self.titleEnd(in: text, from: titleStart, to: line.end)
    // `## 一、总体情况` or `**一、总体情况**` in a Markdown page.
    while sentenceEnd > titleStart, let byte = text[sentenceEnd - 1], byte == 0x2A || byte == 0x23 {
      sentenceEnd -= 1
      characters -= 1
    }
    guard characters > 0 else { return nil }
    var candidate = HeadingCandidate(
      marker: marker, start: offset, titleStart: titleStart, end: sentenceEnd, line: line, lineIndex: lineIndex,
      startsLine: startsLine, shape: .strong)
    let outer = marker.style == .hanComma || marker.style == .ordinalPrefix
    let limit = startsLine ? Self.strongHeadingCharacters : Self.midLineHeadingCharacters
    let wholeLine = startsLine && stop == .lineEnd && characters <= Self.strongHeadingCharacters + 20
    let overlong = characters > limit && !wholeLine || stop == .cap
    if overlong || !startsLine, outer,
      let (kind, length) = Self.knownTitle(at: titleStart, in: text, titles: titles, end: line.end)
    {
      // Inside a line, a known title ends the heading: `六、其他需要报告的事项2021年,…`.
      candidate.end = titleStart + length
      candidate.matchedKind = kind
      return candidate
    }
    if overlong {
      guard startsLine else { return nil }
      candidate.shape = .weak
      candidate.end = Self.shortened(in: text, from: titleStart, to: sentenceEnd)
    }
    if outer {
      candidate.matchedKind = matcher.kind(
        ofKey: SectionKindMatcher.keyScalars(of: text.scalars(titleStart, candidate.end)), fuzzy: false)
    }
    return candidate
  }

  /// A `一、` marker ending just before the `、` at `comma` whose title is a
  /// known section title: a heading run into the text before it.
  private func titledCandidate(
    before comma: Int, line: SourceRange, lineIndex: Int, in text: _TextBytes,
    titles: [(kind: SectionKind, title: [UInt8])], seen: _SeenOffsets
  ) -> HeadingCandidate? {
    var start = comma
    var numerals = 0
    while numerals < 3, start - 3 >= line.start, let value = text.scalar(endingBefore: start),
      _MarkerScanner.hanDigit(value) != nil
    {
      start -= 3
      numerals += 1
    }
    guard numerals > 0, !seen.contains(start) else { return nil }
    // The longest numeral that still reads as one (`十一、`, then `一、`).
    while start < comma {
      if let marker = text.marker(at: start, ignoringContext: true), marker.style == .hanComma,
        start + marker.length == comma + 3
      {
        let titleStart = text.skipSpaces(from: comma + 3, to: line.end)
        guard let (kind, length) = Self.knownTitle(at: titleStart, in: text, titles: titles, end: line.end)
        else { return nil }
        var candidate = HeadingCandidate(
          marker: marker, start: start, titleStart: titleStart, end: titleStart + length, line: line,
          lineIndex: lineIndex, startsLine: false, shape: .strong, matchedKind: kind)
        candidate.foundByTitle = true
        return candidate
      }
      start += 3
    }
    return nil
  }

  /// The known title spelled at `offset`, longest first, and its length in
  /// bytes (with a full stop that directly follows it).
  static func knownTitle(
    at offset: Int, in text: _TextBytes, titles: [(kind: SectionKind, title: [UInt8])], end: Int
  ) -> (SectionKind, Int)? {
    for (kind, title) in titles where title.count <= end - offset {
      var equal = true
      for (i, byte) in title.enumerated() where text[offset + i] != byte {
        equal = false
        break
      }
      guard equal else { continue }
      var length = title.count
      if let (value, size) = text.scalar(at: offset + length), offset + length < end, value == 0x3002 {
        length += size
      }
      return (kind, length)
    }
    return nil
  }

  /// Where the title starting at `start` ends: after its first full stop
  /// (`。`, `；`, `！`, `？`, `：`), or before a space, a cell separator or the
  /// line end; and its length in characters.
  static func titleEnd(in text: _TextBytes, from start: Int, to lineEnd: Int) -> (Int, Int, TitleStop) {
    var offset = start
    var characters = 0
    while offset < lineEnd, let (value, length) = text.scalar(at: offset) {
      switch value {
      case 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0xFF1A, 0x3A:
        return (offset + length, characters + 1, .sentence)
      case 0x20, 0x3000, 0xA0:
        // A space that ends the line is not a stop.
        if text.skipSpaces(from: offset, to: lineEnd) == lineEnd { return (offset, characters, .lineEnd) }
        return (offset, characters, .space)
      case 0x7C, 0x09:
        return (text.trimTrailingSpaces(from: start, to: offset), characters, .cell)
      default:
        characters += 1
        offset += length
        if characters >= titleScanCharacters { return (offset, characters, .cap) }
      }
    }
    return (text.trimTrailingSpaces(from: start, to: min(offset, lineEnd)), characters, .lineEnd)
  }

  /// A long first sentence cut at its first comma within the heading limit,
  /// or at the limit.
  static func shortened(in text: _TextBytes, from start: Int, to end: Int) -> Int {
    var offset = start
    var characters = 0
    while offset < end, characters < strongHeadingCharacters, let (value, length) = text.scalar(at: offset) {
      if value == 0xFF0C || value == 0x2C { return offset }
      characters += 1
      offset += length
    }
    return offset
  }
}

extension _TextBytes {
  /// The text of `start..<end`.
  func string(_ start: Int, _ end: Int) -> String {
    let lower = min(max(0, start), bytes.count)
    let upper = min(max(lower, end), bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}

/// The offsets the candidate scan has taken in a line, in the order taken.
///
/// Each offset is taken within a few bytes of the scan position (a marker
/// after a break at most four bytes on, a run-in marker at most nine bytes
/// back from its `、`), and the position only moves forward. So an offset
/// taken before one that lies 16 bytes or more below `x` cannot be `x`:
/// a lookup reads the last few entries only, and the scan stays linear.
struct _SeenOffsets {
  private var offsets: [Int] = []

  mutating func removeAll(keepingCapacity: Bool) { offsets.removeAll(keepingCapacity: keepingCapacity) }

  mutating func append(_ offset: Int) { offsets.append(offset) }

  func contains(_ offset: Int) -> Bool {
    for taken in offsets.reversed() {
      if taken == offset { return true }
      if taken + 16 < offset { return false }
    }
    return false
  }
}
