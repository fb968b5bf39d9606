/// Finds the tables of a report in whatever form the scraper left them,
/// rebuilds them as grids and aligns each to the templates it is given.
///
/// - Complexity: O(n) in the text's bytes, plus a split search bounded by
///   ``ParseLimits/maxSplitCandidates``.
public struct TableReader: Sendable {
  /// What the reader found.
  public struct Result: Sendable, Hashable {
    /// Tables aligned to a template, at most one per template key.
    public var tables: [ReportTable]
    /// Grids that matched no template, kept for custom extractors.
    public var unmatched: [TableGrid]
    public var diagnostics: [Diagnostic]
    public init(tables: [ReportTable] = [], unmatched: [TableGrid] = [], diagnostics: [Diagnostic] = []) {
      self.tables = tables
      self.unmatched = unmatched
      self.diagnostics = diagnostics
    }
  }

  public var templates: [TableTemplate]
  public var limits: ParseLimits

  public init(templates: [TableTemplate], limits: ParseLimits = .default) {
    self.templates = templates
    self.limits = limits
  }

  /// Reads the tables of `text`.
  public func read(_ text: NormalizedText, tokens: [Token], sections: SectionTree) -> Result {
    // Placeholder until the Tables stage lands.
    Result()
  }
}
