import DisclosureKit
import Foundation

/// The one seam between `disclosure` and DisclosureKit's CSV export.
///
/// Until the library's `CSVExport` lands, this builds the panel of output.md
/// from public API: fixed columns `file, template, agency, year, published`,
/// one `table.row.column` column per cell of every registered table template
/// (editions merged, in template order), then `errors, warnings`. A cell the
/// report does not have, and a blank cell, are empty. When `CSVExport` lands,
/// ``header`` and ``row(for:file:)`` become one-line calls into it.
struct CSVAdapter: Sendable {
  /// The `table.row.column` keys, in column order.
  let cellColumns: [(table: String, row: String, column: String)]

  init(vocabulary: Vocabulary) {
    var seen: Set<String> = []
    var columns: [(table: String, row: String, column: String)] = []
    for template in vocabulary.tables {
      for row in template.rows {
        for column in template.columnKeys(of: row) {
          let name = "\(template.key).\(row.key).\(column)"
          if seen.insert(name).inserted { columns.append((template.key, row.key, column)) }
        }
      }
    }
    self.cellColumns = columns
  }

  /// The header line, without a line break.
  var header: String {
    let names =
      ["file", "template", "agency", "year", "published"]
      + cellColumns.map { "\($0.table).\($0.row).\($0.column)" } + ["errors", "warnings"]
    return names.map(Self.escape).joined(separator: ",")
  }

  /// The row of `report`, read from `file`, without a line break.
  func row(for report: AnnualReport, file: String) -> String {
    var fields = [
      file, report.template, report.metadata.agency ?? "", report.metadata.year.map(String.init) ?? "",
      report.metadata.published ?? "",
    ]
    for cell in cellColumns {
      fields.append(report.table(cell.table)?.value(cell.row, cell.column).map(String.init) ?? "")
    }
    fields.append(String(report.diagnostics.count { $0.severity == .error }))
    fields.append(String(report.diagnostics.count { $0.severity == .warning }))
    return fields.map(Self.escape).joined(separator: ",")
  }

  /// A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
  static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
