/// Reads a report's identity: title, agency, year, publication date,
/// statistics period, and the page's index fields.
public struct MetadataReader: Sendable {
  public init() {}

  /// The metadata of `text`.
  public func read(_ text: NormalizedText, tokens: [Token], sections: SectionTree) -> ReportMetadata {
    // Placeholder until the Structure stage lands.
    ReportMetadata(script: text.script.rawValue)
  }
}
