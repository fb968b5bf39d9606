import ArgumentParser
import DisclosureKit

/// The language `check` renders diagnostics in.
enum MessageLanguage: String, CaseIterable, ExpressibleByArgument, Sendable {
  case en
  case zh

  var library: Diagnostic.Language {
    switch self {
    case .en: .english
    case .zh: .chinese
    }
  }
}

/// Renders a report's diagnostics for people: a heading line per file, then
/// each diagnostic as the library renders it — severity, code, message, the
/// table cell or section it concerns, and the source line with a caret under
/// the range (``Diagnostic/description(in:language:)``) — indented under it.
///
/// ```
/// Reports/changzhou-2019.txt: 0 errors, 1 warning
///   warning[text.encodingNoise]: 161 pinyin annotation(s) remain in the text, first “(lǐng)”.
///     |
///   4 | …、總體情況 2019年,常州市政務服務管理辦公室在市委、市政府的領(lǐng)導下,…
///     |                                                              ^^^^^^
/// ```
struct DiagnosticRenderer: Sendable {
  /// The language of messages and location words.
  var language: MessageLanguage = .en

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
  func render(_ report: AnnualReport, path: String) -> String {
    guard !report.diagnostics.isEmpty else { return "\(path): no diagnostics\n" }
    var out = "\(path): \(Counts(report.diagnostics).summary)\n"
    for diagnostic in report.diagnostics {
      let text = diagnostic.description(in: report.normalizedText, language: language.library)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        out += "  \(line)\n"
      }
    }
    return out
  }
}
