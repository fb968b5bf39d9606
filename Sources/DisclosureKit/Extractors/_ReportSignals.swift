import Foundation

/// What the built-in extractors' scores read from a document: the standard
/// tables found, which section titles of a list its level-1 headings carry,
/// whether it is titled as an annual report, and its work-summary headings.
struct _ReportSignals {
  let document: Document

  /// The keys of the standard tables.
  static let standardTableKeys = ["activeDisclosure", "requests", "reviewLitigation"]

  /// How many of the standard tables the document has (0…3), counting only
  /// tables most of whose rows were read: a few table words in the prose
  /// (`部分公开5宗`) can make the table reader align a table of one row.
  var standardTableCount: Int {
    Self.standardTableKeys.filter { key in document.table(key).map(Self.isSubstantial) ?? false }.count
  }

  /// Whether at least half of `table`'s rows hold a value or a blank cell.
  static func isSubstantial(_ table: ReportTable) -> Bool {
    guard !table.rows.isEmpty else { return false }
    let read = table.rows.filter { row in row.cells.contains { $0.state == .value || $0.state == .blank } }.count
    return read * 2 >= table.rows.count
  }

  /// How many distinct kinds of `patterns` have a title that a level-1
  /// heading carries.
  func matchedKinds(_ patterns: [Vocabulary.SectionPattern]) -> Int {
    var kinds: Set<SectionKind> = []
    // Pattern titles are folded once per process for the built-in lists,
    // once per call otherwise, and only when a heading is there to match.
    var foldedTitles: [[FoldedTitle]]?
    for section in document.sections.sections {
      let title = Self.folded(section.title.isEmpty ? section.heading : section.title)
      guard !title.isEmpty else { continue }
      let titles = foldedTitles ?? Self.foldedTitles(of: patterns)
      foldedTitles = titles
      let length = title.count
      for (index, pattern) in patterns.enumerated() where index < titles.count && !kinds.contains(pattern.kind) {
        if titles[index].contains(where: {
          Self.matches(title, $0.text, titleLength: length, patternLength: $0.length)
        }) {
          kinds.insert(pattern.kind)
        }
      }
    }
    return kinds.count
  }

  /// A pattern title folded, with its character count.
  struct FoldedTitle: Sendable {
    var text: String
    var length: Int
  }

  /// The titles of each of `patterns`, folded.
  static func foldedTitles(of patterns: [Vocabulary.SectionPattern]) -> [[FoldedTitle]] {
    // An unchanged copy of a built-in list compares equal at once: same storage.
    if patterns == Vocabulary.standardSections { return standardTitles }
    if patterns == Vocabulary.narrativeSections { return narrativeTitles }
    return fold(patterns)
  }

  private static let standardTitles = fold(Vocabulary.standardSections)
  private static let narrativeTitles = fold(Vocabulary.narrativeSections)

  private static func fold(_ patterns: [Vocabulary.SectionPattern]) -> [[FoldedTitle]] {
    patterns.map { pattern in
      pattern.titles.map { title in
        let text = folded(title)
        return FoldedTitle(text: text, length: text.count)
      }
    }
  }

  /// The number of distinct kinds of `patterns`.
  static func kindCount(_ patterns: [Vocabulary.SectionPattern]) -> Int { Set(patterns.map(\.kind)).count }

  /// How many level-1 sections have a statutory kind (anything but `unknown`).
  var statutorySectionCount: Int {
    document.sections.sections.filter { $0.kind != nil && $0.kind != .unknown }.count
  }

  /// Whether the title, or the first lines when no title was read, call the
  /// document an annual report (`年度报告`, spaced or not).
  var isTitledAsAnnualReport: Bool {
    if let title = document.metadata.title, Self.folded(title).utf8Contains("年度报告") { return true }
    let head = document.text.text.utf8.prefix(4096)
    return Self.folded(String(decoding: head, as: UTF8.self)).utf8Contains("年度报告")
  }

  /// Headings a work summary is organised by.
  static let workSummaryMarkers = ["工作总结", "主要工作", "工作打算", "工作计划", "下一步工作", "工作思路"]
  private static let workSummaryMarkerBytes = workSummaryMarkers.map { Array($0.utf8) }

  /// How many distinct work-summary markers stand in headings or in short
  /// lines (a title line such as `…2020年工作总结及2021年工作打算`).
  var workSummaryMarkerCount: Int {
    var found: Set<String> = []
    var lines: [String] = document.sections.allSections.map(\.heading)
    let text = document.text.text
    // Every marker contains `工作`: a line without it cannot count, and most
    // lines are prose without it, so only the lines around its occurrences
    // are cut out of the text.
    let keyword: [UInt8] = Array("工作".utf8)
    if !text._utf8Contains(byte: 0x0D) {
      // One copy of the bytes, by memory copy when the text is native.
      let bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
      var from = 0
      // Lines are visited in order: the next one starts after this one's end.
      var floor = 0
      while let hit = bytes.firstOffset(of: keyword, from: from) {
        var start = hit
        while start > floor, bytes[start - 1] != 0x0A { start -= 1 }
        let end = bytes.firstOffset(of: [0x0A], from: hit) ?? bytes.count
        // Only a line holding a marker counts: look for one in the bytes
        // before making the line a `String` (trimming cannot remove one).
        if Self.workSummaryMarkerBytes.contains(where: { bytes.firstOffset(of: $0, in: start..<end) != nil }) {
          let trimmed = String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace()
          if trimmed._hasAtMostCharacters(40) { lines.append(trimmed) }
        }
        from = end
        floor = min(end + 1, bytes.count)
      }
    } else {
      for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        guard line.utf8Contains("工作") else { continue }
        let trimmed = line.trimmingWhitespace()
        if trimmed._hasAtMostCharacters(40) { lines.append(trimmed) }
      }
    }
    for line in lines {
      for marker in Self.workSummaryMarkers where line.utf8Contains(marker) { found.insert(marker) }
    }
    return found.count
  }

  /// The year the report covers, if read.
  var year: Int? { document.metadata.year }

  /// A title folded for comparison: no spaces, punctuation or quotes.
  static func folded(_ text: String) -> String {
    // The kept scalars' UTF-8, gathered as bytes: appending to a
    // `UnicodeScalarView` costs more than the test that decides.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars where keepsWhenFolding(scalar) {
      bytes.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `scalar` is neither white space, punctuation nor a symbol.
  /// CJK ideographs and ASCII letters and digits (nearly all of a title) are
  /// none of these, and are decided without the character-set lookups.
  private static func keepsWhenFolding(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    default:
      return !CharacterSet.whitespacesAndNewlines.contains(scalar)
        && !CharacterSet.punctuationCharacters.contains(scalar) && !CharacterSet.symbols.contains(scalar)
    }
  }

  /// Whether a folded heading carries a folded pattern title, or is a
  /// shortened form of one (at least four characters and half its length).
  static func matches(_ title: String, _ pattern: String) -> Bool {
    matches(title, pattern, titleLength: title.count)
  }

  /// ``matches(_:_:)`` with `title.count` counted by the caller.
  static func matches(_ title: String, _ pattern: String, titleLength: Int) -> Bool {
    matches(title, pattern, titleLength: titleLength, patternLength: pattern.count)
  }

  /// ``matches(_:_:)`` with both character counts counted by the caller.
  static func matches(_ title: String, _ pattern: String, titleLength: Int, patternLength: Int) -> Bool {
    guard !pattern.isEmpty else { return false }
    if title.utf8Contains(pattern) { return true }
    return titleLength >= 4 && titleLength * 2 >= patternLength && pattern.utf8Contains(title)
  }
}
