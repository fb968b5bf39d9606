/// A plug-in that turns a ``Document`` into an ``ExtractionResult``.
///
/// An extractor declares its ``vocabulary`` — the section titles and table
/// templates it knows — and the core detects sections and aligns tables from
/// the union of every registered extractor's declarations. The extractor then
/// scores how well a document fits and extracts from it. The built-in
/// extractors conform exactly as a user's type does.
public protocol ReportExtractor: Sendable {
  /// A stable identifier, such as `standard-table`; the report's `extractor`.
  var id: String { get }
  /// The sections and tables this extractor recognises.
  var vocabulary: Vocabulary { get }
  /// How well `document` fits, from 0 (not at all) to 1.
  func score(_ document: Document) -> Double
  /// Extracts the report's data from `document`.
  func extract(_ document: Document) -> ExtractionResult
}

extension ReportExtractor {
  /// The share of this extractor's templates found in the document, weighted
  /// with the share of its section kinds present.
  public func score(_ document: Document) -> Double {
    let tableKeys = Set(vocabulary.tables.map(\.key))
    let sectionKinds = Set(vocabulary.sections.map(\.kind))
    var parts: [Double] = []
    if !tableKeys.isEmpty {
      let found = tableKeys.filter { document.table($0) != nil }.count
      parts.append(Double(found) / Double(tableKeys.count))
    }
    if !sectionKinds.isEmpty {
      let found = sectionKinds.filter { document.sections.section($0) != nil }.count
      parts.append(Double(found) / Double(sectionKinds.count))
    }
    guard !parts.isEmpty else { return 0 }
    return parts.reduce(0, +) / Double(parts.count)
  }
}

/// The built-in extractors.
public enum Extractors {}
