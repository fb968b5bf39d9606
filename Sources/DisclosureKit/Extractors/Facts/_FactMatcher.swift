/// Matches the figures of one clause against the patterns, keeping the
/// sentence context from clause to clause.
///
/// Labels are byte ranges of the text: triggers are looked for where a label
/// stands, and a `String` is made only for what a fact reports (its label
/// and quote), so a clause that states nothing costs no allocation.
struct _FactMatcher {
  let patterns: [FactPattern]
  let source: _FactText
  let maxLabelBytes: Int
  /// What the matcher derives from the patterns alone.
  let prepared: Prepared
  /// The key the current sentence is about.
  var context: String? {
    didSet { contextNumber = context.flatMap { prepared.contextNumbers[$0] } }
  }
  /// ``context`` as numbered in ``Prepared/contextNumbers``.
  private var contextNumber: Int?
  /// Whether every figure is also reported under the key `mention`; off,
  /// the mention labels are not worked out at all.
  var includesMentions = true
  /// Where each trigger stands in the label last searched: storage reused
  /// from label to label.
  var hits: _TriggerIndex.Hits
  /// The patterns matched in the label last searched, reused likewise.
  private var found: [Match] = []
  /// Where the text holds a `0` or a negation.
  var zeroCues: _ZeroCues

  /// The keys other patterns name as their context.
  var parentKeys: Set<String> { prepared.parentKeys }

  init(patterns: [FactPattern], source: _FactText, maxLabelBytes: Int) {
    self.patterns = patterns
    self.source = source
    self.maxLabelBytes = maxLabelBytes
    prepared = Prepared.of(patterns)
    hits = prepared.triggerIndex.emptyHits()
    zeroCues = _ZeroCues(source.bytes, negations: Self.negationBytes)
  }

  /// A pattern matched in a label: which one, where its trigger stands.
  struct Match {
    /// The pattern's index in ``patterns``.
    var order: Int
    /// The trigger's offset in bytes from the start of the label.
    var offset: Int
    /// The trigger's length in characters.
    var length: Int
  }

  mutating func facts(in clause: _Clause, following: ArraySlice<_Clause>) -> [Fact] {
    guard !clause.figures.isEmpty else { return zeroStatements(in: clause) }
    var facts: [Fact] = []
    var quote: String?
    var previousEnd = clause.range.start
    var previousMention = ""
    for (index, figure) in clause.figures.enumerated() {
      let nextStart = index + 1 < clause.figures.count ? clause.figures[index + 1].range.start : clause.range.end
      let before = source.aligned(max(previousEnd, figure.range.start - maxLabelBytes), figure.range.start)
      let after = source.aligned(figure.range.end, min(nextStart, figure.range.end + maxLabelBytes))
      previousEnd = figure.range.end
      let unitNumber = figure.unit.flatMap { prepared.unitNumbers[$0] }
      if includesMentions {
        var mention = mentionLabel(before: before, after: after)
        // `79项、47项、41项`: the figures of an enumeration share its label.
        if !mention._hasHan { mention = previousMention }
        previousMention = mention
        facts.append(fact("mention", figure, label: mention, quote: self.quote(of: clause, &quote)))
      }

      var label = before
      var chosen = best(in: before, unitNumber: unitNumber, explanationOnly: false)
      if let match = chosen {
        label = (before.lowerBound + match.offset)..<before.upperBound
      } else if let match = best(in: after, unitNumber: unitNumber, explanationOnly: false) {
        chosen = match
        label = after
      } else if let explanation = explanation(after: clause, following: following),
        let match = best(in: explanation, unitNumber: unitNumber, explanationOnly: true)
      {
        chosen = match
        label = (explanation.lowerBound + match.offset)..<explanation.upperBound
      }
      guard let match = chosen else { continue }
      let key = groupKey(in: label, unitNumber: unitNumber) ?? patterns[match.order].key
      facts.append(
        fact(key, figure, label: trimmedLabel(label), quote: self.quote(of: clause, &quote)))
      if parentKeys.contains(key) { context = key }
    }
    return facts
  }

  /// The clause's text, trimmed, made the first time a fact needs it.
  func quote(of clause: _Clause, _ quote: inout String?) -> String {
    if let quote { return quote }
    let text = source.string(clause.range).trimmingWhitespace()
    quote = text
    return text
  }

  private func fact(_ key: String, _ figure: _Figure, label: String, quote: String) -> Fact {
    Fact(
      key: key, value: figure.value, unit: figure.unit, label: label,
      quote: Self.window(quote, around: figure, in: source, limit: maxLabelBytes),
      range: figure.range, isApproximate: figure.isApproximate)
  }

  /// The clause, or for a clause longer than four labels (a body run
  /// together with no punctuation) the words around the figure, so a quote
  /// never grows with the input.
  static func window(_ quote: String, around figure: _Figure, in source: _FactText, limit: Int) -> String {
    guard quote.utf8.count > limit * 4 else { return quote }
    return source.string(figure.range.start - limit, figure.range.end + limit).trimmingWhitespace()
  }

  /// The best pattern whose trigger stands in `label`: the longest trigger,
  /// then the first declared.
  private mutating func best(in label: Range<Int>, unitNumber: Int?, explanationOnly: Bool) -> Match? {
    findMatches(in: label, unitNumber: unitNumber)
    var best: Match?
    for match in found where !explanationOnly || patterns[match.order].readsExplanation {
      if let current = best, match.length <= current.length { continue }
      best = match
    }
    return best
  }

  /// Fills ``found`` with every pattern whose trigger stands in `label` and
  /// whose unit and context allow the figure, in pattern order.
  private mutating func findMatches(in label: Range<Int>, unitNumber: Int?) {
    found.removeAll(keepingCapacity: true)
    guard !label.isEmpty else { return }
    prepared.triggerIndex.firstOffsets(in: source.bytes, range: label, into: &hits)
    // Only a pattern with a trigger in the label can match.
    for order in hits.patterns where order < patterns.count {
      // Fields are read in place: copying a pattern retains all its lists.
      if !patterns[order].units.isEmpty {
        guard order < prepared.allowedUnits.count, Self.allows(prepared.allowedUnits[order], unitNumber) else {
          continue
        }
      }
      if !patterns[order].context.isEmpty {
        guard order < prepared.allowedContexts.count, Self.allows(prepared.allowedContexts[order], contextNumber)
        else { continue }
      }
      // The first occurrence of the longest trigger (the first declared of
      // equal length), as a search trigger by trigger would find it.
      var longest: (offset: Int, length: Int)?
      let lengths = order < prepared.triggerLengths.count ? prepared.triggerLengths[order] : []
      for index in patterns[order].triggers.indices {
        let length = index < lengths.count ? lengths[index] : patterns[order].triggers[index].count
        guard length > (longest?.length ?? 0) else { continue }
        if let offset = hits.offset(pattern: order, trigger: index) { longest = (offset, length) }
      }
      guard let (offset, length) = longest else { continue }
      if order < prepared.excluding.count, prepared.excluding[order].contains(where: { source.contains($0, in: label) })
      {
        continue
      }
      found.append(Match(order: order, offset: offset, length: length))
    }
  }

  /// Whether `flags` (a pattern's list, numbered) holds `number`.
  private static func allows(_ flags: [Bool], _ number: Int?) -> Bool {
    guard let number, number < flags.count else { return false }
    return flags[number]
  }

  /// The group key when `label` names the triggers of several keys of one group.
  private mutating func groupKey(in label: Range<Int>, unitNumber: Int?) -> String? {
    findMatches(in: label, unitNumber: unitNumber)
    var groups: [String: Set<String>] = [:]
    for match in found {
      let pattern = patterns[match.order]
      if let group = pattern.group { groups[group, default: []].insert(pattern.key) }
    }
    return groups.first { $0.value.count >= 2 }?.key
  }

  /// Words that open an explanation of the figure before them.
  static let explanationOpeners = ["主要是", "主要涉及", "主要为", "是因为", "因为", "原因是", "均为", "系"]
  private static let explanationOpenerBytes = explanationOpeners.map { ($0, Array($0.utf8)) }
  private static let shareBytes = Array("占".utf8)

  /// The clause that explains the figure, when one follows in its sentence
  /// after any `占…%` shares: its trimmed range.
  private func explanation(after clause: _Clause, following: ArraySlice<_Clause>) -> Range<Int>? {
    // A few clauses at most, so a sentence of many shares stays linear.
    for next in following.prefix(4) {
      guard next.sentence == clause.sentence, next.figures.isEmpty else { return nil }
      let text = source.trimmingWhitespace(source.aligned(next.range.start, next.range.end))
      if source.hasPrefix("占", bytes: Self.shareBytes, in: text) { continue }
      let opens = Self.explanationOpenerBytes.contains { source.hasPrefix($0.0, bytes: $0.1, in: text) }
      return opens ? text : nil
    }
    return nil
  }
}
