extension Extractors {
  /// The standard-table format of 国办公开办函〔2019〕60号 and 〔2021〕30号:
  /// six sections and tables 2, 3 and 4.
  public struct StandardTable: ReportExtractor {
    public init() {}
    public var id: String { "standard-table" }
    public var vocabulary: Vocabulary { Vocabulary() }
    public func extract(_ document: Document) -> ExtractionResult {
      // Placeholder until the extractors land.
      ExtractionResult(template: "standard2019", confidence: score(document), tables: document.tables)
    }
  }
}
