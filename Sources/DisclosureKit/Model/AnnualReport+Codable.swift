// The JSON of a report is the contract of output.md. The model types keep
// Swift's optionals, but the contract's keys are always present: a value
// that is unknown is written as `null`, never left out, so every report has
// the same shape and a consumer never tests for a key. Keys beyond the
// contract are additive: `scores`, `evidence` (cell ranges by
// `table.row.column`), `isApproximate` on a fact, `headingRange` on a
// section, `messageZh`/`expected`/`actual` on a diagnostic.

extension AnnualReport {
  enum CodingKeys: String, CodingKey {
    case schemaVersion, source, template, extractor, confidence, scores, metadata, sections, tables, facts,
      diagnostics, evidence
  }

  public func encode(to encoder: any Encoder) throws {
    // In key order, as the JSON prints them: `JSONExport` then sorts nothing.
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(diagnostics.map(_DiagnosticJSON.init), forKey: .diagnostics)
    try c.encode(ReportTable.Evidence(tables), forKey: .evidence)
    try c.encode(extractor, forKey: .extractor)
    try c.encode(facts.map(_FactJSON.init), forKey: .facts)
    try c.encode(_MetadataJSON(metadata), forKey: .metadata)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(scores, forKey: .scores)
    try c.encode(sections, forKey: .sections)
    try c.encode(source, forKey: .source)
    try c.encode(ReportTable.Collection(tables), forKey: .tables)
    try c.encode(template, forKey: .template)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let source = try c.decode(SourceInfo.self, forKey: .source)
    var tables = try c.decode(ReportTable.Collection.self, forKey: .tables).tables
    if let evidence = try c.decodeIfPresent(ReportTable.Evidence.self, forKey: .evidence) {
      evidence.apply(to: &tables)
    }
    self.init(
      source: source, template: try c.decode(String.self, forKey: .template),
      extractor: try c.decode(String.self, forKey: .extractor),
      confidence: try c.decode(Double.self, forKey: .confidence),
      scores: try c.decodeIfPresent([String: Double].self, forKey: .scores) ?? [:],
      metadata: try c.decode(ReportMetadata.self, forKey: .metadata),
      sections: try c.decode([Section].self, forKey: .sections), tables: tables,
      facts: try c.decode([Fact].self, forKey: .facts),
      diagnostics: try c.decode([Diagnostic].self, forKey: .diagnostics))
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
  }
}

/// Metadata with the contract's keys always present.
private struct _MetadataJSON: Encodable {
  var metadata: ReportMetadata
  init(_ metadata: ReportMetadata) { self.metadata = metadata }

  enum CodingKeys: String, CodingKey {
    case title, agency, year, published, statisticsPeriod, script, indexNumber, issuingOrgan, documentNumber
  }

  func encode(to encoder: any Encoder) throws {
    // In key order (see `AnnualReport.encode(to:)`).
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata.agency, forKey: .agency)
    try c.encodeIfPresent(metadata.documentNumber, forKey: .documentNumber)
    try c.encodeIfPresent(metadata.indexNumber, forKey: .indexNumber)
    try c.encodeIfPresent(metadata.issuingOrgan, forKey: .issuingOrgan)
    try c.encode(metadata.published, forKey: .published)
    try c.encode(metadata.script, forKey: .script)
    try c.encode(metadata.statisticsPeriod, forKey: .statisticsPeriod)
    try c.encode(metadata.title, forKey: .title)
    try c.encode(metadata.year, forKey: .year)
  }
}

/// A fact with `unit` always present.
private struct _FactJSON: Encodable {
  var fact: Fact
  init(_ fact: Fact) { self.fact = fact }

  enum CodingKeys: String, CodingKey { case key, value, unit, label, quote, range, isApproximate }

  func encode(to encoder: any Encoder) throws {
    // In key order (see `AnnualReport.encode(to:)`).
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(fact.isApproximate, forKey: .isApproximate)
    try c.encode(fact.key, forKey: .key)
    try c.encode(fact.label, forKey: .label)
    try c.encode(fact.quote, forKey: .quote)
    try c.encode(fact.range, forKey: .range)
    try c.encode(fact.unit, forKey: .unit)
    try c.encode(fact.value, forKey: .value)
  }
}

/// A diagnostic with `location` and its `table`, `row`, `column` always present.
private struct _DiagnosticJSON: Encodable {
  var diagnostic: Diagnostic
  init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

  enum CodingKeys: String, CodingKey { case code, severity, message, messageZh, location, expected, actual }
  enum LocationKeys: String, CodingKey { case table, row, column, section, range }

  func encode(to encoder: any Encoder) throws {
    // In key order (see `AnnualReport.encode(to:)`).
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(diagnostic.actual, forKey: .actual)
    try c.encode(diagnostic.code, forKey: .code)
    try c.encodeIfPresent(diagnostic.expected, forKey: .expected)
    let location = diagnostic.location ?? Diagnostic.Location()
    var l = c.nestedContainer(keyedBy: LocationKeys.self, forKey: .location)
    try l.encode(location.column, forKey: .column)
    try l.encodeIfPresent(location.range, forKey: .range)
    try l.encode(location.row, forKey: .row)
    try l.encodeIfPresent(location.section, forKey: .section)
    try l.encode(location.table, forKey: .table)
    try c.encode(diagnostic.message, forKey: .message)
    try c.encodeIfPresent(diagnostic.messageZh, forKey: .messageZh)
    try c.encode(diagnostic.severity, forKey: .severity)
  }
}
