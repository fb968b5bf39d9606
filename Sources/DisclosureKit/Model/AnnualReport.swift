import Foundation

/// One parsed annual report: what was read, the template it follows, its
/// metadata, sections, tables, facts and diagnostics.
///
/// Its JSON encoding is the contract of the output schema (see
/// `AnnualReport+Codable.swift`): keys are stable. ``normalizedText`` is not
/// encoded; ranges in the JSON point into it, and the cells' ranges are kept
/// in the additive `evidence` key.
public struct AnnualReport: Sendable, Hashable, Codable {
  /// The version of the JSON shape.
  public var schemaVersion: Int
  public var source: SourceInfo
  /// `standard2021`, `standard2019`, `narrativePre2019`, `workSummary`,
  /// `unknown`, or a custom extractor's template id.
  public var template: String
  /// The id of the extractor that produced the report.
  public var extractor: String
  /// The chosen extractor's confidence, from 0 to 1.
  public var confidence: Double
  /// Every registered extractor's score.
  public var scores: [String: Double]
  public var metadata: ReportMetadata
  public var sections: [Section]
  /// The tables, in template order.
  public var tables: [ReportTable]
  public var facts: [Fact]
  public var diagnostics: [Diagnostic]
  /// The normalised text every range points into. Not part of the JSON.
  public var normalizedText: String
  /// Maps offsets in ``normalizedText`` to byte offsets of the input. Not
  /// part of the JSON.
  public var sourceMap: OffsetMap

  public init(
    source: SourceInfo, template: String, extractor: String, confidence: Double, scores: [String: Double] = [:],
    metadata: ReportMetadata, sections: [Section], tables: [ReportTable], facts: [Fact],
    diagnostics: [Diagnostic], normalizedText: String = "", sourceMap: OffsetMap = .identity
  ) {
    self.schemaVersion = 1
    self.source = source
    self.template = template
    self.extractor = extractor
    self.confidence = confidence
    self.scores = scores
    self.metadata = metadata
    self.sections = sections
    self.tables = tables
    self.facts = facts
    self.diagnostics = diagnostics
    self.normalizedText = normalizedText
    self.sourceMap = sourceMap
  }

  /// The table of `key`.
  public func table(_ key: String) -> ReportTable? { tables.first { $0.key == key } }

  /// The facts of `key`.
  public func facts(_ key: String) -> [Fact] { facts.filter { $0.key == key } }

  /// The text of `range` in ``normalizedText``.
  public func text(of range: SourceRange) -> String { normalizedText.slice(range) }

  /// Where `range` of ``normalizedText`` came from in the input's bytes:
  /// the evidence of a value in the file as it was read.
  public func sourceRange(of range: SourceRange) -> SourceRange { sourceMap.sourceRange(range) }

  /// The body text of the first level-1 section of `kind`: the narrative
  /// sections of a standard report (总体情况, 存在的主要问题…) are read this way.
  public func text(of kind: SectionKind) -> String? {
    guard let section = sections.first(where: { $0.kind == kind }) else { return nil }
    return text(of: section.bodyRange).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The evidence of the cell at `table`, `row`, `column`: where its text
  /// stands in ``normalizedText``.
  public func evidence(_ table: String, _ row: String, _ column: String) -> SourceRange? {
    self.table(table)?[row: row]?[column]?.range
  }
}
