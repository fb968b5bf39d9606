import DisclosureKit

/// Builds ``Document`` values by hand, so extractors are tested without the
/// earlier stages.
enum DocumentBuilder {
  static func document(
    _ text: String = "", sections: [Section] = [], tables: [ReportTable] = [],
    metadata: ReportMetadata = ReportMetadata(), tokens: [Token]? = nil
  ) -> Document {
    Document(
      source: SourceInfo(name: "test.txt", form: "text", encoding: "utf-8", bytes: text.utf8.count),
      text: NormalizedText(text: text), tokens: tokens ?? Lexer().tokenize(text),
      sections: SectionTree(sections: sections), metadata: metadata, tables: tables, unmatchedGrids: [],
      diagnostics: [])
  }

  /// A level-1 section titled `title` with `kind`, spanning `range`.
  static func section(
    _ number: String, _ title: String, kind: SectionKind?, range: SourceRange = SourceRange(start: 0, end: 0)
  ) -> Section {
    Section(
      heading: number + "、" + title, number: number, title: title, kind: kind, level: 1, range: range,
      headingRange: SourceRange(start: range.start, end: range.start))
  }

  /// A one-row table of `key` with `cells` (column → value).
  static func table(_ key: String, edition: Int? = nil, row: String = "total", cells: [(String, Int?)]) -> ReportTable {
    ReportTable(
      key: key, edition: edition,
      rows: [
        ReportTable.Row(
          key: row,
          cells: cells.map { ReportTable.Cell(column: $0.0, value: $0.1, state: $0.1 == nil ? .blank : .value) })
      ])
  }
}

/// An extractor with a fixed score, for selection tests.
struct FixedScoreExtractor: ReportExtractor {
  var id: String
  var fixedScore: Double
  var vocabulary: Vocabulary { Vocabulary() }
  func score(_ document: Document) -> Double { fixedScore }
  func extract(_ document: Document) -> ExtractionResult {
    ExtractionResult(template: "fixed-" + id, confidence: fixedScore)
  }
}
