extension ReportChecks {
  /// Reports a table whose template edition does not fit the report year
  /// (`table.editionMismatch`): a 2021 or later report in the 2019 format, a
  /// 2019 or 2020 report in the 2021 format.
  ///
  /// The edition a year calls for is the latest edition the vocabulary
  /// declares for that table key that is not later than the year; a year
  /// before every declared edition calls for none and is not checked (the
  /// template choice, not the edition, is then what is wrong). Reported
  /// once per table, as a warning: the figures are still read. A table an
  /// earlier stage already reported is not reported again.
  ///
  /// ```swift
  /// // metadata.year = 2021, requests.edition = 2019
  /// // → table.editionMismatch at requests: expected 2021, actual 2019
  /// ```
  ///
  /// - Complexity: O(tables × templates).
  public struct EditionAgreement: ReportCheck {
    /// Creates the check.
    public init() {}

    /// One `table.editionMismatch` warning per table whose edition does not fit the report year.
    ///
    /// - Parameters:
    ///   - report: The parsed report; nothing is checked without ``ReportMetadata/year``.
    ///   - context: The vocabulary whose templates declare the editions.
    /// - Returns: The warnings, in table order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      guard let year = report.metadata.year else { return [] }
      let reported = Set(
        report.diagnostics.lazy.filter { $0.code == .editionMismatch }.compactMap { $0.location?.table })
      var diagnostics: [Diagnostic] = []
      for table in report.tables where !reported.contains(table.key) {
        guard let edition = table.edition else { continue }
        let editions = context.vocabulary.tables.filter { $0.key == table.key }.compactMap(\.edition)
        guard let expected = editions.filter({ $0 <= year }).max(), expected != edition else { continue }
        // Table 4 is the same in both editions: its reader labels it with one of them, but nothing in the
        // source says which, so it cannot disagree with the year.
        guard !Self.sameCells(table.key, edition, expected, in: context.vocabulary) else { continue }
        let section = context.template(for: table)?.sectionKind.flatMap { kind in
          report.sections.first { $0.kind == kind }
        }
        diagnostics.append(
          Diagnostic(
            .editionMismatch, .warning,
            "Table \(table.key) follows the \(edition) edition, but a report for \(year) "
              + "uses the \(expected) edition.",
            zh: "\(table.key)表采用\(edition)年版格式，而\(year)年度报告应采用\(expected)年版格式。",
            location: Diagnostic.Location(
              table: table.key, section: section?.heading, range: table.range ?? section?.headingRange),
            expected: Double(expected), actual: Double(edition)))
      }
      return diagnostics
    }

    /// Whether editions `a` and `b` of table `key` have the same rows and columns.
    static func sameCells(_ key: String, _ a: Int, _ b: Int, in vocabulary: Vocabulary) -> Bool {
      func cells(_ edition: Int) -> [[String]]? {
        vocabulary.tables.first { $0.key == key && $0.edition == edition }.map { template in
          template.rows.map { [$0.key] + template.columnKeys(of: $0) }
        }
      }
      guard let first = cells(a), let second = cells(b) else { return false }
      return first == second
    }
  }
}
