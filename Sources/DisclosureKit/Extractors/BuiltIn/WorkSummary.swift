extension Extractors {
  /// A free-form work summary published under a report's title: the outline
  /// and every counted figure.
  public struct WorkSummary: ReportExtractor {
    public init() {}
    public var id: String { "work-summary" }
    public var vocabulary: Vocabulary { Vocabulary() }
    public func extract(_ document: Document) -> ExtractionResult {
      // Placeholder until the extractors land.
      ExtractionResult(template: "workSummary", confidence: score(document))
    }
  }
}
