/// Writes many reports as CSV, one row per report, for building a panel.
///
/// The columns are fixed: `file, template, agency, year, published`, then one
/// column per table cell named `table.row.column` in template order for the
/// union of the templates given (by default the 2019 and 2021 editions of
/// the standard tables), then `errors, warnings` (the number of diagnostics
/// of each severity). The columns derive from the templates, never from the
/// reports seen, so CSVs written separately concatenate. A cell the report's
/// edition does not have is empty; a blank source cell is empty too. Fields
/// are quoted as RFC 4180 says, and lines end in CRLF.
///
/// ```swift
/// let csv = CSVExport().encode(reports)
/// // file,template,agency,year,published,activeDisclosure.regulations.newlyMade,…,errors,warnings
/// ```
public struct CSVExport: Sendable {
  /// The table cell columns, `table.row.column`, in order.
  public let cellColumns: [String]

  /// An exporter for the cells of `templates`.
  ///
  /// - Parameter templates: The table templates whose cells become columns;
  ///   editions of one table key are merged in the order given.
  public init(templates: [TableTemplate] = CSVExport.defaultTemplates) {
    cellColumns = Self.cellColumns(of: templates)
  }

  /// The templates of the built-in standard-table extractor: tables 2, 3 and
  /// 4 in their 2019 and 2021 editions.
  public static var defaultTemplates: [TableTemplate] { Extractors.StandardTable().vocabulary.tables }

  /// Every column, in order.
  public var columns: [String] {
    ["file", "template", "agency", "year", "published"] + cellColumns + ["errors", "warnings"]
  }

  /// The header line, CRLF-terminated.
  public func header() -> String { Self.line(columns) }

  /// One report's line, CRLF-terminated.
  ///
  /// - Complexity: O(c) in the number of columns.
  public func row(_ report: AnnualReport) -> String {
    var values: [String: Int] = [:]
    for table in report.tables {
      for row in table.rows {
        for cell in row.cells {
          if let value = cell.value { values[table.key + "." + row.key + "." + cell.column] = value }
        }
      }
    }
    var fields = [
      report.source.name, report.template, report.metadata.agency ?? "",
      report.metadata.year.map(String.init) ?? "", report.metadata.published ?? "",
    ]
    for column in cellColumns { fields.append(values[column].map(String.init) ?? "") }
    fields.append(String(report.diagnostics.filter { $0.severity == .error }.count))
    fields.append(String(report.diagnostics.filter { $0.severity == .warning }.count))
    return Self.line(fields)
  }

  /// The header and one line per report.
  ///
  /// - Parameters:
  ///   - reports: The reports, in the order their lines are written.
  ///   - includeHeader: Whether to start with the header line.
  /// - Complexity: O(r × c) in reports and columns.
  public func encode(_ reports: some Sequence<AnnualReport>, includeHeader: Bool = true) -> String {
    var out = includeHeader ? header() : ""
    for report in reports { out += row(report) }
    return out
  }

  /// A field quoted when it holds a comma, a quote, CR or LF; quotes doubled.
  public static func field(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
    var quoted = "\""
    for character in value {
      if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
    }
    return quoted + "\""
  }

  static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }
}
