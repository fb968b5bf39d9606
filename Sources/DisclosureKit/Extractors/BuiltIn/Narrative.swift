extension Extractors {
  /// The narrative format of reports for 2008–2018: prose sections whose
  /// figures live in sentences (templates.md §1).
  ///
  /// Every figure is read as a fact with its value, unit, label, quote and
  /// range by ``FactReader`` with ``FactPattern/disclosureFacts``. The
  /// template is `narrativePre2019`.
  ///
  /// Score (0…1): 0.8 × the share of the seven narrative section kinds whose
  /// narrative title a level-1 heading carries; a document titled as an
  /// annual report for 2018 or earlier with no such heading scores 0.45.
  /// Then +0.2 when the year is 2018 or earlier, −0.3 when it is 2019 or
  /// later, and −0.5 when standard tables were found.
  public struct Narrative: ReportExtractor {
    public var vocabulary: Vocabulary
    /// The patterns prose figures are read with.
    public var factPatterns: [FactPattern]

    /// The extractor with the narrative section titles, or with `vocabulary`.
    public init(
      vocabulary: Vocabulary = Narrative.defaultVocabulary, factPatterns: [FactPattern] = FactPattern.disclosureFacts
    ) {
      self.vocabulary = vocabulary
      self.factPatterns = factPatterns
    }

    /// The narrative section titles of templates.md §1.
    public static var defaultVocabulary: Vocabulary { Vocabulary(sections: Vocabulary.narrativeSections) }

    public var id: String { "narrative" }

    public func score(_ document: Document) -> Double {
      let signals = _ReportSignals(document: document)
      let kinds = _ReportSignals.kindCount(vocabulary.sections)
      let matched = signals.matchedKinds(vocabulary.sections)
      var score = kinds == 0 ? 0 : 0.8 * Double(matched) / Double(kinds)
      if let year = signals.year {
        if matched == 0, year <= 2018, signals.isTitledAsAnnualReport { score = 0.45 }
        score += year <= 2018 ? 0.2 : -0.3
      }
      if signals.standardTableCount > 0 { score -= 0.5 }
      return min(1, max(0, score))
    }

    public func extract(_ document: Document) -> ExtractionResult {
      ExtractionResult(
        template: "narrativePre2019", confidence: score(document),
        facts: FactReader(patterns: factPatterns).read(document))
    }
  }
}
