/// Everything the core read from one report, handed to every extractor.
///
/// Extractors never redo section detection or table reconstruction: the
/// tables here were aligned to the union of all registered extractors'
/// vocabularies.
public struct Document: Sendable {
  /// What was read.
  public var source: SourceInfo
  /// The normalised text, with its furniture and map to the input.
  public var text: NormalizedText
  /// The tokens of ``NormalizedText/text``.
  public var tokens: [Token]
  /// The heading tree.
  public var sections: SectionTree
  /// Title, agency, year, dates.
  public var metadata: ReportMetadata
  /// Tables aligned to a declared template, at most one per template key.
  public var tables: [ReportTable]
  /// Grids that matched no template.
  public var unmatchedGrids: [TableGrid]
  /// What the earlier stages noticed.
  public var diagnostics: [Diagnostic]

  public init(
    source: SourceInfo, text: NormalizedText, tokens: [Token], sections: SectionTree, metadata: ReportMetadata,
    tables: [ReportTable], unmatchedGrids: [TableGrid], diagnostics: [Diagnostic]
  ) {
    self.source = source
    self.text = text
    self.tokens = tokens
    self.sections = sections
    self.metadata = metadata
    self.tables = tables
    self.unmatchedGrids = unmatchedGrids
    self.diagnostics = diagnostics
  }

  /// The table of `key`, if one was found.
  public func table(_ key: String) -> ReportTable? { tables.first { $0.key == key } }

  /// The text of `range`.
  public func text(of range: SourceRange) -> String { text.text.slice(range) }
}
