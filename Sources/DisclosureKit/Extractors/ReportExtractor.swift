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
  /// The default score: the share of this extractor's table templates found
  /// in the document, averaged with the share of its section kinds present
  /// among the document's level-1 sections.
  ///
  /// A table key counts once whatever its editions; a part with nothing
  /// declared is left out of the average, and an extractor that declares
  /// nothing scores 0. The built-in extractors override this with scores
  /// tuned to their formats; a custom extractor that declares a table of its
  /// own and its section usually needs nothing more.
  ///
  /// - Returns: A score from 0 to 1.
  /// - Complexity: O(t + s) in the templates and sections declared.
  public func score(_ document: Document) -> Double {
    let vocabulary = self.vocabulary
    var tableKeys: [String] = []
    for key in vocabulary.tables.map(\.key) where !tableKeys.contains(key) { tableKeys.append(key) }
    var sectionKinds: [SectionKind] = []
    for kind in vocabulary.sections.map(\.kind) where !sectionKinds.contains(kind) { sectionKinds.append(kind) }
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
