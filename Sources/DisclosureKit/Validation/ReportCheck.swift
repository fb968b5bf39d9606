/// One consistency or compliance check over a parsed report.
///
/// Each check lives in its own file under `Validation/Checks/` and returns
/// the diagnostics it finds; ``ReportChecks/all`` lists the built-in ones.
public protocol ReportCheck: Sendable {
  /// The diagnostics `report` raises under this check.
  func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic]
}

/// What a check may read beyond the report itself.
public struct CheckContext: Sendable {
  /// The vocabulary of the extractor that produced the report: its section
  /// kinds (which are required) and table templates (their identities).
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
  }

  /// The template of `table`, matched by key and edition.
  public func template(for table: ReportTable) -> TableTemplate? {
    vocabulary.tables.first { $0.key == table.key && $0.edition == table.edition }
      ?? vocabulary.tables.first { $0.key == table.key }
  }
}

/// The built-in checks, one per file in `Validation/Checks/`.
public enum ReportChecks {
  /// Every built-in check, in the order their diagnostics are reported:
  /// the document's sections and dates first, then table presence and
  /// edition, then the arithmetic, then prose against tables, then text
  /// noise.
  public static let all: [any ReportCheck] = [
    SectionPresence(),
    SectionNumbering(),
    DateAgreement(),
    TablePresence(),
    EditionAgreement(),
    TableIdentities(),
    Table2InForce(),
    BlankCells(),
    NarrativeAgreement(),
    EncodingNoise(),
  ]
}
