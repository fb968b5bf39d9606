/// What an extractor made of a ``Document``.
public struct ExtractionResult: Sendable, Hashable {
  /// The template identifier: `standard2019`, `standard2021`,
  /// `narrativePre2019`, `workSummary`, or a custom extractor's own.
  public var template: String
  /// How sure the extractor is that the template fits, from 0 to 1.
  public var confidence: Double
  /// The tables, keyed as the template declares them.
  public var tables: [ReportTable]
  /// Figures read from the prose.
  public var facts: [Fact]
  /// What the extractor noticed.
  public var diagnostics: [Diagnostic]

  public init(
    template: String, confidence: Double, tables: [ReportTable] = [], facts: [Fact] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.template = template
    self.confidence = confidence
    self.tables = tables
    self.facts = facts
    self.diagnostics = diagnostics
  }
}
