// The words of a fact: a mention's few words before its figure, and a
// label trimmed of conjunctions and fillers. Made only for a fact reported.

extension _FactMatcher {
  /// Words between a label and its number that are not part of the label.
  static let fillers = ["共计", "合计", "累计", "总计", "达到", "共", "达", "约", "近", "的", "了"]

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

  /// A word trimmed off a label, with its ends and length counted once.
  private struct _TrimWord {
    var text: String
    var first: Character?
    var last: Character?
    var count: Int

    init(_ text: String) {
      self.text = text
      first = text.first
      last = text.last
      count = text.count
    }
  }

  /// Conjunctions and quotes trimmed from the start of a label.
  private static let leadingWords = ["其中", "“", "”", "、", "并", "为"].map(_TrimWord.init)
  /// Fillers and quotes trimmed from the end of a label.
  private static let trailingWords = (fillers + ["“", "”"]).map(_TrimWord.init)
}
