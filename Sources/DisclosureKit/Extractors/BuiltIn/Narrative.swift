extension Extractors {
  /// The narrative format of reports for 2008–2018: prose sections whose
  /// figures live in sentences.
  public struct Narrative: ReportExtractor {
    public init() {}
    public var id: String { "narrative" }
    public var vocabulary: Vocabulary { Vocabulary() }
    public func extract(_ document: Document) -> ExtractionResult {
      // Placeholder until the extractors land.
      ExtractionResult(template: "narrativePre2019", confidence: score(document))
    }
  }
}
