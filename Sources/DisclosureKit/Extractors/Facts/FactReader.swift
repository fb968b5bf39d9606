/// Reads figures stated in a report's prose as ``Fact``s, from the tokens of
/// the normalised text and a list of ``FactPattern``s.
///
/// The text is cut into clauses at `，；：` and into sentences at `。！？` and
/// line breaks. A figure is a number token followed by a unit token
/// (`389718条`, `1814万元`); percentages are shares, not figures. Each
/// figure is labelled by the words before it in its clause (back to the
/// previous figure), or, when those name nothing, by the words after it
/// (`51件答复同意公开`). A clause that states a fact with a negation and no
/// number (`未发生行政诉讼情况`, `依申请公开不收取费用`) reads as 0 for the
/// patterns that allow it. Within a paragraph, a figure whose key other
/// patterns name as their context (a total of requests, of review cases)
/// sets the context of the clauses after it, so `其中网络申请67件,信函7件`
/// reads as channels of that total.
///
/// Each canonical key is reported once, at its first statement; with
/// ``includesMentions`` every counted figure is also reported under the key
/// `mention`, labelled with the few words before it.
///
/// ```swift
/// let facts = FactReader().read(document)
/// facts.first { $0.key == "requestsReceived" }?.value   // 74
/// ```
///
/// - Complexity: O(n) in the tokens; each label is capped at
///   ``maxLabelBytes`` bytes, so matching costs O(patterns) per figure.
public struct FactReader: Sendable {
  /// The patterns figures are matched against, in priority order.
  public var patterns: [FactPattern]
  /// Whether every counted figure is also reported as a `mention`.
  public var includesMentions: Bool
  /// The most bytes of text on either side of a figure read as its label.
  public var maxLabelBytes: Int

  public init(
    patterns: [FactPattern] = FactPattern.disclosureFacts, includesMentions: Bool = false, maxLabelBytes: Int = 240
  ) {
    self.patterns = patterns
    self.includesMentions = includesMentions
    self.maxLabelBytes = maxLabelBytes
  }

  /// The facts of `document`'s text.
  public func read(_ document: Document) -> [Fact] {
    read(document.text.text, tokens: document.tokens)
  }

  /// The facts of `text`, whose tokens are `tokens`.
  ///
  /// - Parameters:
  ///   - text: The normalised text.
  ///   - tokens: Its tokens, as ``Lexer/tokenize(_:)`` returns them.
  ///   - range: Only the clauses inside this range are read; `nil` for all.
  /// - Returns: The facts in document order.
  public func read(_ text: String, tokens: [Token], in range: SourceRange? = nil) -> [Fact] {
    read(text, tokens: tokens, in: range, skipping: [])
  }

  /// The facts of `text` outside the ranges in `skipped` (a report's
  /// tables): a clause inside one states nothing, so a key first named in a
  /// table's row label is still read where the prose states it.
  func read(_ text: String, tokens: [Token], in range: SourceRange?, skipping skipped: [SourceRange]) -> [Fact] {
    let source = _FactText(text)
    let clauses = _ClauseSplitter(source: source).clauses(of: tokens, in: range)
    var matcher = _FactMatcher(patterns: patterns, source: source, maxLabelBytes: maxLabelBytes)
    matcher.includesMentions = includesMentions
    var facts: [Fact] = []
    var seen: Set<String> = []
    var paragraph = -1
    for (index, clause) in clauses.enumerated() {
      if clause.paragraph != paragraph {
        paragraph = clause.paragraph
        matcher.context = nil
      }
      if skipped.contains(where: { $0.contains(clause.range) }) { continue }
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
}
