import Foundation
import Testing

@testable import DisclosureKit

/// Helpers shared by the table tests.
enum TableTesting {
  /// Every built-in template, both editions.
  static let templates = TableTemplate.standard2019 + TableTemplate.standard2021

  /// Reads the tables of plain `text` with no section tree.
  static func read(_ text: String, tables: [SourceDocument.Table] = [], limits: ParseLimits = .default)
    -> TableReader.Result
  {
    let normalized = NormalizedText(text: text, tables: tables)
    return TableReader(templates: templates, limits: limits).read(
      normalized, tokens: Lexer().tokenize(text), sections: SectionTree())
  }

  /// Segments as what the aligner reads of them: kind, text, range and glued digits.
  static func segments(_ segments: [LabelSegmenter.Segment], in bytes: [UInt8]) -> [String] {
    segments.map { segment in
      let glued = segment.glued.map { "+[\($0.digits)|\($0.unit)|\($0.isCount)|\($0.range)]" } ?? ""
      return "\(segment.kind) \(segment.text(in: bytes)) \(segment.range)\(glued)"
    }
  }

  /// The values of one row, in template column order.
  static func row(_ table: ReportTable?, _ key: String) -> [Int?]? {
    table?[row: key]?.cells.map(\.value)
  }

  /// A compact dump of a table, for failure messages.
  static func dump(_ table: ReportTable?) -> String {
    guard let table else { return "nil" }
    return "\(table.key) \(table.edition ?? 0)\n"
      + table.rows.map { row in
        "  \(row.key): " + row.cells.map { $0.value.map(String.init) ?? "\($0.state.rawValue)" }.joined(separator: ",")
      }.joined(separator: "\n")
  }
}
