import DisclosureKit

/// The one seam between `disclosure` and DisclosureKit's ``CSVExport``.
///
/// The columns come from the templates of every registered extractor, so
/// the CSVs of separate runs concatenate. The `file` column holds the path
/// as the user gave it (or as found under a directory), not only the file's
/// name: two reports named `2020.txt` in different folders stay apart.
struct CSVAdapter: Sendable {
  let export: CSVExport

  init(vocabulary: Vocabulary) {
    export = CSVExport(templates: vocabulary.tables)
  }

  /// The header line, with its line break.
  var header: String { export.header() }

  /// The row of `report`, read from `file`, with its line break.
  func row(for report: AnnualReport, file: String) -> String {
    var report = report
    report.source.name = file
    return export.row(report)
  }
}
