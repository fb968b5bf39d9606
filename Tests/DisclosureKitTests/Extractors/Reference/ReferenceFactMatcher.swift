@testable import DisclosureKit

/// ``FactReader/read(_:tokens:in:)`` as it was before the matcher read
/// labels in place: the oracle of `FactReaderDifferentialTests`.
func referenceFacts(
  _ text: String, tokens: [Token], patterns: [FactPattern] = FactPattern.disclosureFacts,
  includesMentions: Bool = false, maxLabelBytes: Int = 240
) -> [Fact] {
  let source = _FactText(text)
  let clauses = _ReferenceClauseSplitter(source: source).clauses(of: tokens, in: nil)
  var matcher = _ReferenceFactMatcher(patterns: patterns, source: source, maxLabelBytes: maxLabelBytes)
  matcher.includesMentions = includesMentions
  var facts: [Fact] = []
  var seen: Set<String> = []
  var paragraph = -1
  for (index, clause) in clauses.enumerated() {
    if clause.paragraph != paragraph {
      paragraph = clause.paragraph
      matcher.context = nil
    }
    for fact in matcher.facts(in: clause, following: clauses[(index + 1)...]) {
      if fact.key == "mention" {
        if includesMentions { facts.append(fact) }
      } else if seen.insert(fact.key).inserted {
        facts.append(fact)
      }
    }
  }
  return facts
}

/// The fact matcher as it was before it read labels in place (commit 2bed0fe),
/// kept as the oracle of the differential tests: the matcher that replaced it
/// must give exactly its facts. Not to be edited but to follow a deliberate
/// change of behaviour.
struct _ReferenceFactMatcher {
  let patterns: [FactPattern]
  let source: _FactText
  let maxLabelBytes: Int
  /// What the matcher derives from the patterns alone.
  private let prepared: Prepared
  /// The key the current sentence is about.
  var context: String?
  /// Whether every figure is also reported under the key `mention`; off,
  /// the mention labels are not worked out at all.
  var includesMentions = true

  /// The keys other patterns name as their context.
  var parentKeys: Set<String> { prepared.parentKeys }

  /// What a matcher derives from its patterns, made once per pattern list
  /// (and once per process for ``FactPattern/disclosureFacts``) rather than
  /// once per document.
  struct Prepared: Sendable {
    /// The keys other patterns name as their context.
    let parentKeys: Set<String>
    /// The character count of each pattern's triggers, by pattern then
    /// trigger, counted once rather than for every label matched.
    let triggerLengths: [[Int]]
    /// Every pattern's triggers by their first scalar, so a label is read
    /// once for all of them instead of once per trigger.
    let triggerIndex: _TriggerIndex
    /// Every unit and context key the patterns name, numbered, and for each
    /// pattern which numbers it allows: a figure's unit and the sentence's
    /// context are looked up once per label, not compared with every
    /// pattern's lists.
    let unitNumbers: [String: Int]
    let contextNumbers: [String: Int]
    let allowedUnits: [[Bool]]
    let allowedContexts: [[Bool]]

    init(_ patterns: [FactPattern]) {
      parentKeys = Set(patterns.flatMap(\.context))
      triggerLengths = patterns.map { $0.triggers.map(\.count) }
      triggerIndex = _TriggerIndex(patterns.map(\.triggers))
      (unitNumbers, allowedUnits) = Self.numbered(patterns.map(\.units))
      (contextNumbers, allowedContexts) = Self.numbered(patterns.map(\.context))
    }

    /// ``FactPattern/disclosureFacts`` prepared.
    static let disclosureFacts = Prepared(FactPattern.disclosureFacts)

    /// `patterns` prepared, from the cache when they are the built-in
    /// catalogue (an unchanged copy compares equal at once: same storage).
    static func of(_ patterns: [FactPattern]) -> Prepared {
      patterns == FactPattern.disclosureFacts ? disclosureFacts : Prepared(patterns)
    }

    /// The distinct strings of `lists` numbered, and for each list which
    /// numbers it holds.
    private static func numbered(_ lists: [[String]]) -> ([String: Int], [[Bool]]) {
      var numbers: [String: Int] = [:]
      for list in lists {
        for item in list where numbers[item] == nil { numbers[item] = numbers.count }
      }
      let allowed = lists.map { list in
        var flags = [Bool](repeating: false, count: numbers.count)
        for item in list { if let number = numbers[item] { flags[number] = true } }
        return flags
      }
      return (numbers, allowed)
    }
  }

  /// Words that open an explanation of the figure before them.
  static let explanationOpeners = ["主要是", "主要涉及", "主要为", "是因为", "因为", "原因是", "均为", "系"]
  /// Negations that state a count as none.
  static let negations = ["没有", "未", "无", "不", "零"]
  /// Words after a trigger that state its count as none, with no unit.
  static let zeroStatedAfter = ["为0", "为零", "是0", "是零", "数为0"]
  /// Negations that are part of other words (`无法提供`, `不予公开`, `不服`).
  static let falseNegations = ["无法", "无正当", "不予", "不服", "不断", "不够", "不足", "不同意", "不公开", "未经"]
  /// Words between a label and its number that are not part of the label.
  static let fillers = ["共计", "合计", "累计", "总计", "达到", "共", "达", "约", "近", "的", "了"]

  init(patterns: [FactPattern], source: _FactText, maxLabelBytes: Int) {
    self.patterns = patterns
    self.source = source
    self.maxLabelBytes = maxLabelBytes
    prepared = Prepared.of(patterns)
  }

  /// Whether `flags` (a pattern's list, numbered) holds `number`.
  private static func allows(_ flags: [Bool], _ number: Int?) -> Bool {
    guard let number, number < flags.count else { return false }
    return flags[number]
  }

  /// A pattern matched in a label: which one, where its trigger stands.
  private struct Match {
    /// The pattern's index in ``patterns``.
    var order: Int
    var trigger: String
    var offset: String.Index
    /// `trigger.count`.
    var length: Int
  }

  mutating func facts(in clause: _Clause, following: ArraySlice<_Clause>) -> [Fact] {
    let quote = source.string(clause.range).trimmingWhitespace()
    guard !clause.figures.isEmpty else { return zeroStatements(in: clause, quote: quote) }
    var facts: [Fact] = []
    var previousEnd = clause.range.start
    var previousMention = ""
    for (index, figure) in clause.figures.enumerated() {
      let nextStart = index + 1 < clause.figures.count ? clause.figures[index + 1].range.start : clause.range.end
      let before = source.string(max(previousEnd, figure.range.start - maxLabelBytes), figure.range.start)
      let after = source.string(figure.range.end, min(nextStart, figure.range.end + maxLabelBytes))
      previousEnd = figure.range.end
      if includesMentions {
        var mention = Self.mentionLabel(before: before, after: after)
        // `79项、47项、41项`: the figures of an enumeration share its label.
        if !mention._hasHan { mention = previousMention }
        previousMention = mention
        facts.append(fact("mention", figure, label: mention, quote: quote))
      }

      var label = ""
      var chosen = best(in: before, unit: figure.unit, explanationOnly: false)
      if let match = chosen {
        label = String(before[match.offset...])
      } else if let match = best(in: after, unit: figure.unit, explanationOnly: false) {
        chosen = match
        label = after
      } else if let explanation = explanation(after: clause, following: following),
        let match = best(in: explanation, unit: figure.unit, explanationOnly: true)
      {
        chosen = match
        label = String(explanation[match.offset...])
      }
      guard let match = chosen else { continue }
      let key = groupKey(in: label, unit: figure.unit) ?? patterns[match.order].key
      facts.append(fact(key, figure, label: Self.trimmed(label), quote: quote))
      if parentKeys.contains(key) { context = key }
    }
    return facts
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
  private func best(in label: String, unit: String?, explanationOnly: Bool) -> Match? {
    var best: Match?
    for match in matches(in: label, unit: unit) where !explanationOnly || patterns[match.order].readsExplanation {
      if let current = best, match.length <= current.length { continue }
      best = match
    }
    return best
  }

  private func matches(in label: String, unit: String?) -> [Match] {
    guard !label.isEmpty else { return [] }
    let labelBytes = Array(label.utf8)
    let hits = prepared.triggerIndex.firstOffsets(in: labelBytes)
    let unitNumber = unit.flatMap { prepared.unitNumbers[$0] }
    let contextNumber = context.flatMap { prepared.contextNumbers[$0] }
    var found: [Match] = []
    for order in patterns.indices {
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
      var longest: (String, Int, Int)?
      let lengths = order < prepared.triggerLengths.count ? prepared.triggerLengths[order] : []
      for (index, trigger) in patterns[order].triggers.enumerated() {
        let length = index < lengths.count ? lengths[index] : trigger.count
        guard length > (longest?.2 ?? 0) else { continue }
        if let offset = hits.offset(pattern: order, trigger: index) { longest = (trigger, offset, length) }
      }
      guard let (trigger, offset, length) = longest else { continue }
      if patterns[order].excluding.contains(where: { labelBytes.firstOffset(of: Array($0.utf8)) != nil }) {
        continue
      }
      let index = label.utf8.index(label.utf8.startIndex, offsetBy: offset)
      found.append(Match(order: order, trigger: trigger, offset: index, length: length))
    }
    return found
  }

  /// The group key when `label` names the triggers of several keys of one group.
  private func groupKey(in label: String, unit: String?) -> String? {
    var groups: [String: Set<String>] = [:]
    for match in matches(in: label, unit: unit) {
      let pattern = patterns[match.order]
      if let group = pattern.group { groups[group, default: []].insert(pattern.key) }
    }
    return groups.first { $0.value.count >= 2 }?.key
  }

  /// The clause that explains the figure, when one follows in its sentence
  /// after any `占…%` shares.
  private func explanation(after clause: _Clause, following: ArraySlice<_Clause>) -> String? {
    // A few clauses at most, so a sentence of many shares stays linear.
    for next in following.prefix(4) {
      guard next.sentence == clause.sentence, next.figures.isEmpty else { return nil }
      let text = source.string(next.range).trimmingWhitespace()
      if text.hasPrefix("占") { continue }
      return Self.explanationOpeners.contains(where: { text.hasPrefix($0) }) ? text : nil
    }
    return nil
  }

  /// A clause with no figure that states facts with a negation: value 0
  /// for each pattern that allows it (`未发生行政复议和行政诉讼` is two).
  private mutating func zeroStatements(in clause: _Clause, quote: String) -> [Fact] {
    guard clause.range.count <= maxLabelBytes * 3 else { return [] }
    // A zero is stated by a negation before the trigger or by `0`/`零`
    // after it (every word of ``zeroStatedAfter`` holds one): most clauses
    // hold neither and are passed over before any pattern is tried.
    guard quote._utf8Contains(byte: UInt8(ascii: "0")) || Self.negations.contains(where: { quote.utf8Contains($0) })
    else { return [] }
    var facts: [Fact] = []
    // Every trigger's first occurrence in the clause, found in one pass.
    let hits = prepared.triggerIndex.firstOffsets(in: Array(quote.utf8))
    for order in patterns.indices where patterns[order].readsNegationAsZero && patterns[order].context.isEmpty {
      let pattern = patterns[order]
      // The first trigger, in declared order, that the clause holds.
      guard
        let (trigger, offset) = pattern.triggers.indices.lazy.compactMap({ index in
          hits.offset(pattern: order, trigger: index).map { (pattern.triggers[index], $0) }
        }).first
      else { continue }
      if facts.contains(where: { $0.key == pattern.key }) { continue }
      if pattern.excluding.contains(where: { quote.utf8Contains($0) }) { continue }
      if !pattern.negationContext.isEmpty, !pattern.negationContext.contains(where: { quote.utf8Contains($0) }) {
        continue
      }
      let utf8 = quote.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: offset)
      let triggerRange = lower..<utf8.index(lower, offsetBy: trigger.utf8.count)
      let head = quote[..<triggerRange.lowerBound]
      let tail = quote[triggerRange.upperBound...]
      // `行政复议和行政诉讼案件均为0` states the zero after the trigger.
      let zeroAfter = Self.zeroStatedAfter.contains { tail.utf8Contains($0) }
      let negated =
        zeroAfter
        || Self.negations.contains { negation in
          var search = head.startIndex
          while let found = head.utf8Range(of: negation, from: search) {
            let rest = head[found.lowerBound...]
            if !Self.falseNegations.contains(where: { rest.hasPrefix($0) }) { return true }
            search = found.upperBound
          }
          return false
        }
      guard negated else { continue }
      if parentKeys.contains(pattern.key) { context = pattern.key }
      let unit = pattern.units.first { $0 != "万元" }
      facts.append(
        Fact(
          key: pattern.key, value: 0, unit: unit, label: String(quote[triggerRange.lowerBound...]), quote: quote,
          range: clause.range))
    }
    return facts
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

/// The clause splitter as it was before it read punctuation and figures on
/// bytes (commit 2bed0fe): the oracle of `FactReaderDifferentialTests`.
struct _ReferenceClauseSplitter {
  let source: _FactText

  /// Punctuation that ends a sentence.
  static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "．"]
  /// Punctuation that ends a clause.
  static let clauseEnds: Set<Unicode.Scalar> = ["，", ",", "；", ";", "：", ":"]

  func clauses(of tokens: [Token], in range: SourceRange?) -> [_Clause] {
    var clauses: [_Clause] = []
    var sentence = 0
    var paragraph = 0
    var start: Int?
    var end = 0
    var figures: [_Figure] = []

    func close() {
      if let clauseStart = start, end > clauseStart {
        let clauseRange = SourceRange(start: clauseStart, end: end)
        if range.map({ $0.contains(clauseRange) }) ?? true {
          clauses.append(_Clause(range: clauseRange, figures: figures, sentence: sentence, paragraph: paragraph))
        }
      }
      start = nil
      figures = []
    }

    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let tokenRange = token.range
      switch token.kind {
      case .lineBreak:
        close()
        sentence += 1
        paragraph += 1
      case .headingMarker:
        close()
        sentence += 1
        paragraph += 1
      case .cellSeparator:
        // A table row's cells are not one clause: `政府集中采购 | 242 | 1814万元`.
        close()
      case .punctuation:
        let scalar = source.firstScalar(tokenRange)
        if let scalar, Self.sentenceEnds.contains(scalar) {
          close()
          sentence += 1
        } else if let scalar, Self.clauseEnds.contains(scalar) {
          close()
        } else {
          if start == nil { start = tokenRange.start }
          end = tokenRange.end
        }
      case .number, .chineseNumeral:
        if start == nil { start = tokenRange.start }
        end = tokenRange.end
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .space { next += 1 }
        if next < tokens.count, let unit = unit(tokens[next], spaced: next > index + 1),
          let figure = figure(tokens[index], unit: unit)
        {
          figures.append(figure)
          end = tokens[next].range.end
          index = next
        }
      case .space:
        if start != nil { end = tokenRange.end }
      default:
        if start == nil { start = tokenRange.start }
        end = tokenRange.end
      }
      index += 1
    }
    close()
    return clauses
  }

  /// The units a spaced-out figure may stand in: pdftotext prints `4120 条`,
  /// and the lexer reads a unit only right after its number.
  static let spacedUnits: Set<String> = Set(FactPattern.countUnits + FactPattern.moneyUnits)

  /// `token` as the unit of the number before it: a unit token, or, after
  /// spaces, a Han token that is exactly a unit (`4120 条，`).
  func unit(_ token: Token, spaced: Bool) -> Token? {
    if token.kind == .unit { return token }
    guard spaced, token.kind == .han, Self.spacedUnits.contains(source.string(token.range)) else { return nil }
    return Token(kind: .unit, start: token.range.start, length: token.range.end - token.range.start)
  }

  /// The figure of a number token and the unit token after it; `nil` for a
  /// percentage, a single numeral character, or a number that does not parse.
  func figure(_ number: Token, unit: Token) -> _Figure? {
    guard !number.flags.contains(.percent) else { return nil }
    let text = source.string(number.range)
    // A lone numeral character before a unit is an idiom or an ordinal far
    // more often than a count: `一件事一次办`, `两个责任`, `二期系统`.
    if number.kind == .chineseNumeral, text.count == 1 { return nil }
    guard let parsed = try? ChineseNumber(parsing: text), !parsed.isPercent else { return nil }
    var value = parsed.value
    var unitText = source.string(unit.range)
    // 1814万元 may come as the number 1814 and the unit 万元.
    if unitText.hasPrefix("万"), unitText.count > 1, !number.flags.contains(.wan) {
      value *= 10_000
      unitText.removeFirst()
    }
    guard value.isFinite else { return nil }
    return _Figure(
      value: value, unit: unitText,
      range: SourceRange(start: number.range.start, end: unit.range.end),
      isApproximate: parsed.isApproximate || number.flags.contains(.approximate))
  }
}
