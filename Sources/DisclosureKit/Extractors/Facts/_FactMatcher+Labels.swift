// The words of a fact: a mention's few words before its figure, and a
// label trimmed of conjunctions and fillers. Made only for a fact reported.

extension _FactMatcher {
  /// Words between a label and its number that are not part of the label.
  static let fillers = ["共计", "合计", "累计", "总计", "达到", "共", "达", "约", "近", "的", "了"]

  /// ``mentionLabel(before:after:)`` of the text of two aligned ranges,
  /// worked out on the bytes when the text is plain (one scalar a
  /// character, see ``_FactText/isPlainForComparison(_:)``), as nearly all
  /// report text is.
  func mentionLabel(before: Range<Int>, after: Range<Int>) -> String {
    guard source.isPlainForComparison(before), source.isPlainForComparison(after) else {
      return Self.mentionLabel(before: source.string(before), after: source.string(after))
    }
    let head = trimmedLabelRange(before)
    var start = head.upperBound
    while start > head.lowerBound {
      let previous = source.scalarStart(before: start)
      guard Self.isLabelScalar(source.plainScalar(at: previous)) else { break }
      start = previous
    }
    let label = trimmingQuoteScalars(start..<head.upperBound)
    if scalars(of: label).contains(where: Self.isHanScalar) {
      return source.string(trimmingQuoteScalars(suffix(of: label, scalars: Self.mentionLabelLength)))
    }
    let tail = trimmedLabelRange(after)
    var end = tail.lowerBound
    while end < tail.upperBound, Self.isLabelScalar(source.plainScalar(at: end)) { end += scalarLength(at: end) }
    return source.string(prefix(of: trimmingQuoteScalars(tail.lowerBound..<end), scalars: Self.mentionLabelLength))
  }

  /// ``trimmed(_:)`` of the text of an aligned range, on the bytes when it is plain.
  func trimmedLabel(_ range: Range<Int>) -> String {
    guard source.isPlainForComparison(range) else { return Self.trimmed(source.string(range)) }
    return source.string(trimmedLabelRange(range))
  }

  /// ``trimmed(_:)`` on the bytes of plain text: the same words dropped in
  /// the same order, characters being scalars.
  private func trimmedLabelRange(_ range: Range<Int>) -> Range<Int> {
    var text = source.trimmingPlainWhitespace(range)
    var changed = true
    while changed {
      changed = false
      for word in Self.leadingWords where hasPrefix(text, word.bytes) {
        text = (text.lowerBound + word.bytes.count)..<text.upperBound
        changed = true
      }
      for word in Self.trailingWords where hasSuffix(text, word.bytes) {
        // Only a word shorter than the label is trimmed.
        guard source.scalarCount(text) > word.count else { continue }
        text = text.lowerBound..<(text.upperBound - word.bytes.count)
        changed = true
      }
    }
    return source.trimmingPlainWhitespace(text)
  }

  private func hasPrefix(_ range: Range<Int>, _ word: [UInt8]) -> Bool {
    range.count >= word.count && source.bytes[range.lowerBound..<(range.lowerBound + word.count)].elementsEqual(word)
  }

  private func hasSuffix(_ range: Range<Int>, _ word: [UInt8]) -> Bool {
    range.count >= word.count && source.bytes[(range.upperBound - word.count)..<range.upperBound].elementsEqual(word)
  }

  private func scalarLength(at i: Int) -> Int {
    i < source.bytes.count && source.bytes[i] < 0x80 ? 1 : 3
  }

  private func scalars(of range: Range<Int>) -> [UInt32] {
    var values: [UInt32] = []
    var i = range.lowerBound
    while i < range.upperBound {
      values.append(source.plainScalar(at: i))
      i += scalarLength(at: i)
    }
    return values
  }

  /// Plain text trimmed of ``quoteScalars`` at both ends.
  private func trimmingQuoteScalars(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, Self.quoteScalars.contains(source.plainScalar(at: lower)) { lower += scalarLength(at: lower) }
    while upper > lower {
      let last = source.scalarStart(before: upper)
      guard Self.quoteScalars.contains(source.plainScalar(at: last)) else { break }
      upper = last
    }
    return lower..<upper
  }

  /// The last `count` scalars of plain text.
  private func suffix(of range: Range<Int>, scalars count: Int) -> Range<Int> {
    var start = range.upperBound
    var taken = 0
    while start > range.lowerBound, taken < count {
      start = source.scalarStart(before: start)
      taken += 1
    }
    return max(start, range.lowerBound)..<range.upperBound
  }

  /// The first `count` scalars of plain text.
  private func prefix(of range: Range<Int>, scalars count: Int) -> Range<Int> {
    var end = range.lowerBound
    var taken = 0
    while end < range.upperBound, taken < count {
      end += scalarLength(at: end)
      taken += 1
    }
    return range.lowerBound..<min(end, range.upperBound)
  }

  private static func isHanScalar(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
  }

  private static func isLabelScalar(_ value: UInt32) -> Bool {
    isHanScalar(value) || quoteScalars.contains(value)
  }

  /// Marks that may stand inside a label's run of words (`已受理“一件事一次办”`).
  static let labelQuotes: Set<Character> = ["“", "”", "‘", "’", "《", "》", "「", "」"]

  /// The few words before a figure: the run of Han characters (quotes
  /// allowed) that ends at it, at most ``mentionLabelLength`` long; or the
  /// run that starts after it when none stands before (`28个政府组成部门`).
  static func mentionLabel(before: String, after: String) -> String {
    let head = trimmed(before)
    var start = head.endIndex
    while start > head.startIndex {
      let previous = head.index(before: start)
      guard isLabelCharacter(head[previous]) else { break }
      start = previous
    }
    let label = trimmingQuotes(head[start...])
    if label._hasHan { return trimmingQuotes(label.suffix(mentionLabelLength)) }
    let tail = trimmed(after)
    let end = tail.firstIndex { !isLabelCharacter($0) } ?? tail.endIndex
    return String(trimmingQuotes(tail[..<end]).prefix(mentionLabelLength))
  }

  private static func isLabelCharacter(_ character: Character) -> Bool {
    character._isHan || labelQuotes.contains(character)
  }

  /// The longest label a mention gets, in characters.
  static let mentionLabelLength = 16

  /// `“”‘’《》「」` as scalar values.
  private static let quoteScalars: Set<UInt32> = Set("“”‘’《》「」".unicodeScalars.map(\.value))

  /// `text` trimmed of ``quoteScalars`` at both ends, scalar by scalar as
  /// Foundation's `trimmingCharacters(in:)` does (all of them are in the
  /// BMP), without bridging to `NSString`.
  private static func trimmingQuotes(_ text: Substring) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !quoteScalars.contains($0.value) }),
      let last = scalars.lastIndex(where: { !quoteScalars.contains($0.value) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// `label` without leading conjunctions and trailing fillers.
  static func trimmed(_ label: String) -> String {
    var text = Substring(label.trimmingWhitespace())
    var changed = true
    while changed {
      changed = false
      // A word can stand first (last) only if its first (last) character
      // does: one comparison rules most words out before the whole one.
      var first = text.first
      for word in leadingWords where word.first == first && text.hasPrefix(word.text) {
        text = text.dropFirst(word.count)
        first = text.first
        changed = true
      }
      var last = text.last
      for word in trailingWords where word.last == last && text.hasSuffix(word.text) {
        // Only a word shorter than the label is trimmed.
        guard let cut = text.index(text.startIndex, offsetBy: word.count, limitedBy: text.endIndex),
          cut != text.endIndex
        else { continue }
        text = text.dropLast(word.count)
        last = text.last
        changed = true
      }
    }
    return String(text).trimmingWhitespace()
  }

  /// A word trimmed off a label, with its ends, length and bytes counted once.
  private struct _TrimWord {
    var text: String
    var first: Character?
    var last: Character?
    var count: Int
    var bytes: [UInt8]

    init(_ text: String) {
      self.text = text
      first = text.first
      last = text.last
      count = text.count
      bytes = Array(text.utf8)
    }
  }

  /// Conjunctions and quotes trimmed from the start of a label.
  private static let leadingWords = ["其中", "“", "”", "、", "并", "为"].map(_TrimWord.init)
  /// Fillers and quotes trimmed from the end of a label.
  private static let trailingWords = (fillers + ["“", "”"]).map(_TrimWord.init)
}
