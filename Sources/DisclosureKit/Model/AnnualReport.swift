/// One parsed annual report: what was read, the template it follows, its
/// metadata, sections, tables, facts and diagnostics.
///
/// Its JSON encoding is the contract of the output schema: keys are stable.
/// ``normalizedText`` is not encoded; ranges in the JSON point into it.
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

  public init(
    source: SourceInfo, template: String, extractor: String, confidence: Double, scores: [String: Double] = [:],
    metadata: ReportMetadata, sections: [Section], tables: [ReportTable], facts: [Fact],
    diagnostics: [Diagnostic], normalizedText: String = ""
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
  }

  /// The table of `key`.
  public func table(_ key: String) -> ReportTable? { tables.first { $0.key == key } }

  /// The facts of `key`.
  public func facts(_ key: String) -> [Fact] { facts.filter { $0.key == key } }

  /// The text of `range` in ``normalizedText``.
  public func text(of range: SourceRange) -> String { normalizedText.slice(range) }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, source, template, extractor, confidence, scores, metadata, sections, tables, facts,
      diagnostics
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(source, forKey: .source)
    try c.encode(template, forKey: .template)
    try c.encode(extractor, forKey: .extractor)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(scores, forKey: .scores)
    try c.encode(metadata, forKey: .metadata)
    try c.encode(sections, forKey: .sections)
    try c.encode(ReportTable.Collection(tables), forKey: .tables)
    try c.encode(facts, forKey: .facts)
    try c.encode(diagnostics, forKey: .diagnostics)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    source = try c.decode(SourceInfo.self, forKey: .source)
    template = try c.decode(String.self, forKey: .template)
    extractor = try c.decode(String.self, forKey: .extractor)
    confidence = try c.decode(Double.self, forKey: .confidence)
    scores = try c.decodeIfPresent([String: Double].self, forKey: .scores) ?? [:]
    metadata = try c.decode(ReportMetadata.self, forKey: .metadata)
    sections = try c.decode([Section].self, forKey: .sections)
    tables = try c.decode(ReportTable.Collection.self, forKey: .tables).tables
    facts = try c.decode([Fact].self, forKey: .facts)
    diagnostics = try c.decode([Diagnostic].self, forKey: .diagnostics)
    normalizedText = ""
  }
}
