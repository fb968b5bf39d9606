extension ReportChecks {
  /// Reports each statutory table the report lacks (`table.missing`).
  ///
  /// A template that declares an edition is statutory: a report read under
  /// a vocabulary with editioned templates must contain a table of each of
  /// their keys (whatever its edition, which ``EditionAgreement`` checks).
  /// Templates without an edition are optional. A table already reported
  /// missing by an earlier stage is not reported again.
  ///
  /// ```swift
  /// // vocabulary: activeDisclosure, requests, reviewLitigation (2019 and 2021)
  /// // report.tables: [requests]
  /// // → table.missing for activeDisclosure and reviewLitigation
  /// ```
  ///
  /// - Complexity: O(templates × tables).
  public struct TablePresence: ReportCheck {
    /// Creates the check.
    public init() {}

    /// One `table.missing` error per statutory table key the report lacks.
    ///
    /// - Parameters:
    ///   - report: The parsed report.
    ///   - context: The vocabulary whose editioned templates are required.
    /// - Returns: The errors, in vocabulary order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      var required: [TableTemplate] = []
      for template in context.vocabulary.tables
      where template.edition != nil && !required.contains(where: { $0.key == template.key }) {
        required.append(template)
      }
      let present = Set(report.tables.map(\.key))
      let reported = Set(
        report.diagnostics.lazy.filter { $0.code == .tableMissing }.compactMap { $0.location?.table })
      return required.filter { !present.contains($0.key) && !reported.contains($0.key) }.map { template in
        let section = template.sectionKind.flatMap { kind in report.sections.first { $0.kind == kind } }
        return Diagnostic(
          .tableMissing, .error,
          "The report has no \(template.key) table"
            + (section.map { " in section \($0.heading)" } ?? "") + ".",
          zh: "报告缺少\(template.key)表" + (section.map { "（应在“\($0.heading)”中）" } ?? "") + "。",
          location: Diagnostic.Location(
            table: template.key, section: section?.heading, range: section?.headingRange))
      }
    }
  }
}
