extension _FactMatcher {
  /// Negations that state a count as none.
  static let negations = ["没有", "未", "无", "不", "零"]
  /// Words after a trigger that state its count as none, with no unit.
  static let zeroStatedAfter = ["为0", "为零", "是0", "是零", "数为0"]
  /// Negations that are part of other words (`无法提供`, `不予公开`, `不服`).
  static let falseNegations = ["无法", "无正当", "不予", "不服", "不断", "不够", "不足", "不同意", "不公开", "未经"]

  static let negationBytes = negations.map { Array($0.utf8) }
  private static let zeroStatedAfterBytes = zeroStatedAfter.map { Array($0.utf8) }
  private static let falseNegationBytes = falseNegations.map { ($0, Array($0.utf8)) }

  /// A clause with no figure that states facts with a negation: value 0
  /// for each pattern that allows it (`未发生行政复议和行政诉讼` is two).
  mutating func zeroStatements(in clause: _Clause) -> [Fact] {
    guard clause.range.count <= maxLabelBytes * 3 else { return [] }
    let aligned = source.aligned(clause.range.start, clause.range.end)
    // Trimming takes white space only, and no cue is white space or joins
    // it: the clause holds a cue exactly when its quote does.
    guard zeroCues.holdsCue(in: aligned) else { return [] }
    let quote = source.trimmingWhitespace(aligned)
    var facts: [Fact] = []
    var quoteText: String?
    // Every trigger's first occurrence in the clause, found in one pass.
    prepared.triggerIndex.firstOffsets(in: source.bytes, range: quote, into: &hits)
    for order in patterns.indices where patterns[order].readsNegationAsZero && patterns[order].context.isEmpty {
      let pattern = patterns[order]
      // The first trigger, in declared order, that the clause holds.
      guard let (trigger, offset) = firstHit(of: order) else { continue }
      if facts.contains(where: { $0.key == pattern.key }) { continue }
      let excluding = order < prepared.excluding.count ? prepared.excluding[order] : []
      if excluding.contains(where: { source.contains($0, in: quote) }) { continue }
      let contexts = order < prepared.negationContexts.count ? prepared.negationContexts[order] : []
      if !contexts.isEmpty, !contexts.contains(where: { source.contains($0, in: quote) }) { continue }
      let triggerLength = prepared.triggerBytes[order][trigger].count
      let triggerStart = quote.lowerBound + offset
      let head = quote.lowerBound..<triggerStart
      let tail = min(triggerStart + triggerLength, quote.upperBound)..<quote.upperBound
      // `行政复议和行政诉讼案件均为0` states the zero after the trigger.
      let zeroAfter = Self.zeroStatedAfterBytes.contains { source.contains($0, in: tail) }
      guard zeroAfter || negated(before: head) else { continue }
      if parentKeys.contains(pattern.key) { context = pattern.key }
      let unit = pattern.units.first { $0 != "万元" }
      let text = quoteText ?? source.string(quote)
      quoteText = text
      facts.append(
        Fact(
          key: pattern.key, value: 0, unit: unit, label: source.string(triggerStart..<quote.upperBound), quote: text,
          range: clause.range))
    }
    return facts
  }

  /// The first trigger of pattern `order`, in declared order, that the
  /// label last searched holds, and its offset.
  private func firstHit(of order: Int) -> (trigger: Int, offset: Int)? {
    for index in patterns[order].triggers.indices {
      if let offset = hits.offset(pattern: order, trigger: index) { return (index, offset) }
    }
    return nil
  }

  /// Whether `head` holds a negation that is not part of another word.
  private func negated(before head: Range<Int>) -> Bool {
    Self.negationBytes.contains { negation in
      var search = head.lowerBound
      while let found = source.firstOffset(of: negation, in: search..<head.upperBound) {
        let rest = found..<head.upperBound
        if !Self.falseNegationBytes.contains(where: { source.hasPrefix($0.0, bytes: $0.1, in: rest) }) { return true }
        search = found + negation.count
      }
      return false
    }
  }
}

/// Where the text states a zero's cue: every `0` and every negation
/// (``_FactMatcher/negations``), found in one pass over the text, so each
/// clause asks in constant time whether it holds one.
///
/// A zero is stated by a negation before a trigger or by `0`/`零` after it
/// (every word of ``_FactMatcher/zeroStatedAfter`` holds one): most clauses
/// hold neither and are passed over before any pattern is tried.
struct _ZeroCues {
  /// The cues' byte ranges, by where they start.
  private var cues: [Range<Int>] = []
  /// The first cue not before the last clause asked about: clauses are
  /// asked about in order.
  private var cursor = 0

  init(_ text: [UInt8], negations: [[UInt8]]) {
    // Each word by a byte search over the whole text (`memchr` on its last
    // byte), as the search within each clause would find it; then in order.
    var cues: [Range<Int>] = []
    for word in negations + [[UInt8(ascii: "0")]] where !word.isEmpty {
      var from = 0
      while let found = text.firstOffset(of: word, from: from) {
        cues.append(found..<(found + word.count))
        from = found + 1
      }
    }
    cues.sort { $0.lowerBound < $1.lowerBound }
    self.cues = cues
  }

  /// Whether a cue lies wholly inside `range`. Ranges must be asked about in
  /// order of their starts.
  mutating func holdsCue(in range: Range<Int>) -> Bool {
    while cursor < cues.count, cues[cursor].lowerBound < range.lowerBound { cursor += 1 }
    // Cues that start inside the range, the first that also ends in it.
    var next = cursor
    while next < cues.count, cues[next].lowerBound < range.upperBound {
      if cues[next].upperBound <= range.upperBound { return true }
      next += 1
    }
    return false
  }
}
