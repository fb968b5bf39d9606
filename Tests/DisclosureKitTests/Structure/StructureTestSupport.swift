import Foundation

@testable import DisclosureKit

/// Helpers shared by the Structure and Validation tests.
enum StructureSupport {
  /// Both statutory formats' section patterns.
  static let vocabulary = Vocabulary(sections: Vocabulary.standardSections + Vocabulary.narrativeSections)

  /// The heading tree of `text`, taken as already normalised.
  static func tree(_ text: String, vocabulary: Vocabulary = vocabulary, limits: ParseLimits = .default)
    -> SectionTree
  {
    HeadingDetector(vocabulary: vocabulary, limits: limits).detect(in: NormalizedText(text: text), tokens: [])
  }

  /// Every section as `level heading kind`, depth first.
  static func outline(_ tree: SectionTree) -> [String] {
    tree.allSections.map { "\($0.level) \($0.heading)" + ($0.kind.map { " \($0.rawValue)" } ?? "") }
  }

  /// The level-1 headings.
  static func top(_ tree: SectionTree) -> [String] { tree.sections.map(\.heading) }

  /// The seed's document after the real pipeline, and its heading tree
  /// under both statutory vocabularies.
  static func seed(_ n: Int) throws -> (document: Document, tree: SectionTree) {
    let document = try ReportParser().document(data: try Fixtures.seed(n))
    let tree = HeadingDetector(vocabulary: vocabulary).detect(in: document.text, tokens: document.tokens)
    return (document, tree)
  }

  /// A report read from `text` through the structure stage only.
  static func report(_ text: String, furniture: [NormalizedText.FurnitureLine] = []) -> AnnualReport {
    let normalized = NormalizedText(text: text, furniture: furniture)
    let tree = HeadingDetector(vocabulary: vocabulary).detect(in: normalized, tokens: [])
    let metadata = MetadataReader().read(normalized, tokens: [], sections: tree)
    return AnnualReport(
      source: SourceInfo(name: "", form: "text", encoding: "utf-8", bytes: text.utf8.count), template: "test",
      extractor: "test", confidence: 1, metadata: metadata, sections: tree.sections, tables: [], facts: [],
      diagnostics: [], normalizedText: text)
  }
}
