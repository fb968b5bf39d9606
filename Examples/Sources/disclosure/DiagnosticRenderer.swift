import DisclosureKit

/// Renders a report's diagnostics for people: a heading line per file, then
/// each diagnostic with its severity, code, message in English and Chinese,
/// the table cell or section it concerns, and the source line with a caret.
///
/// ```
/// Examples/Reports/changzhou-2019.txt: 1 error, 0 warnings
///   error[table3.balance]: requests, column total: 新收 + 上年结转 = 3, 总计 + 结转下年度 = 4
///     申请数量不平衡
///     at requests › newRequests › total
///     41 | 一、本年新收政府信息公开申请数量 | 2 | 0 | 3
///        |                                  ^
/// ```
struct DiagnosticRenderer: Sendable {
  /// The counts of a report's diagnostics by severity.
  struct Counts: Sendable, Hashable {
    var errors = 0
    var warnings = 0
    var notes = 0

    init(_ diagnostics: [Diagnostic] = []) {
      for diagnostic in diagnostics {
        switch diagnostic.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: notes += 1
        }
      }
    }

    static func += (lhs: inout Counts, rhs: Counts) {
      lhs.errors += rhs.errors
      lhs.warnings += rhs.warnings
      lhs.notes += rhs.notes
    }

    /// `2 errors, 1 warning`, with notes only when there are some.
    var summary: String {
      var parts = [Self.plural(errors, "error"), Self.plural(warnings, "warning")]
      if notes > 0 { parts.append(Self.plural(notes, "note")) }
      return parts.joined(separator: ", ")
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
  }

  /// The text for `report`, read from `path`, ending with a line break.
  ///
  /// - Complexity: O(n) in the report's text for the line index, then
  ///   O(log n) per diagnostic.
  func render(_ report: AnnualReport, path: String) -> String {
    let counts = Counts(report.diagnostics)
    guard !report.diagnostics.isEmpty else { return "\(path): no diagnostics\n" }
    var out = "\(path): \(counts.summary)\n"
    let excerpt = SourceExcerpt(report.normalizedText)
    // One gutter width for the whole file keeps the `|` columns aligned.
    let lastLine = report.diagnostics.compactMap { $0.location?.range?.start }.max().map(excerpt.lineNumber(of:))
    let gutter = String(lastLine ?? 1).count
    for diagnostic in report.diagnostics {
      out += "  \(Self.label(diagnostic.severity))[\(diagnostic.code.rawValue)]: \(diagnostic.message)\n"
      if let zh = diagnostic.messageZh, !zh.isEmpty, zh != diagnostic.message {
        out += "    \(zh)\n"
      }
      if let place = Self.place(diagnostic.location) {
        out += "    at \(place)\n"
      }
      if let range = diagnostic.location?.range, let lines = excerpt.render(range, gutter: gutter) {
        for line in lines { out += "    \(line)\n" }
      }
    }
    return out
  }

  static func label(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// `requests › newRequests › total`, then the section, when the location names any.
  static func place(_ location: Diagnostic.Location?) -> String? {
    guard let location else { return nil }
    var parts: [String] = []
    let cell = [location.table, location.row, location.column].compactMap { $0 }
    if !cell.isEmpty { parts.append(cell.joined(separator: " › ")) }
    if let section = location.section, !section.isEmpty { parts.append("section \(section)") }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }
}
