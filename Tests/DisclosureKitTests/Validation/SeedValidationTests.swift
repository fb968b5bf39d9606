import DisclosureKit
import Foundation
import Testing

/// The checks on the seed reports, read by the real stages. The probe
/// extractor declares the statutory vocabulary and returns the tables the
/// core aligned, so these tests do not depend on the built-in extractors.
@Suite("SeedValidation")
struct SeedValidationTests {
  struct StatutoryProbe: ReportExtractor {
    var id: String { "statutory-probe" }
    var vocabulary: Vocabulary {
      Vocabulary(
        sections: Vocabulary.standardSections, tables: TableTemplate.standard2019 + TableTemplate.standard2021)
    }
    func score(_ document: Document) -> Double { 1 }
    func extract(_ document: Document) -> ExtractionResult {
      ExtractionResult(template: "probe", confidence: 1, tables: document.tables)
    }
  }

  static let arithmetic: Set<Diagnostic.Code> = [
    .table3Balance, .table3Results, .table3RowTotal, .table3Subtotal, .table4BlockTotal, .table2Published,
    .table2InForce, .blankAsZero,
  ]

  static func parse(_ seed: Int) throws -> AnnualReport {
    try ReportParser(extractors: [StatutoryProbe()]).parse(data: Fixtures.seed(seed), name: Fixtures.seedNames[seed])
  }

  @Test func seed000ReportsItsMissingTables() throws {
    let report = try Self.parse(0)
    let missing = report.diagnostics.filter { $0.code == .tableMissing }
    #expect(missing.compactMap { $0.location?.table } == ["activeDisclosure", "requests", "reviewLitigation"])
    #expect(missing.allSatisfy { $0.severity == .error })
    // Each is located at the heading of the section that should hold it.
    #expect(
      missing.compactMap { $0.location?.range.map { report.text(of: $0) } }
        == missing.compactMap { $0.location?.section })
    #expect(report.tables == [])
  }

  @Test func seed001PassesEveryArithmeticIdentity() throws {
    let report = try Self.parse(1)
    #expect(report.tables.map(\.key) == ["activeDisclosure", "requests", "reviewLitigation"])
    #expect(report.diagnostics.filter { Self.arithmetic.contains($0.code) } == [])
    // Every identity was evaluated along every column or row it declares, and held.
    let context = CheckContext(vocabulary: StatutoryProbe().vocabulary)
    var evaluated: [String: Int] = [:]
    for table in report.tables {
      let template = try #require(context.template(for: table))
      for identity in template.identities {
        let instances = identity.evaluate(table)
        #expect(instances.allSatisfy { $0.holds })
        #expect(instances.allSatisfy { $0.blanksCountedAsZero.isEmpty })
        evaluated[identity.code.rawValue, default: 0] += instances.count
      }
    }
    #expect(
      evaluated == [
        "table2.published": 2, "table3.balance": 7, "table3.results": 7, "table3.rowTotal": 23,
        "table4.blockTotal": 3,
      ])
  }

  @Test func seed004ReportsItsMojibake() throws {
    let report = try Self.parse(4)
    let noise = report.diagnostics.filter { $0.code == .encodingNoise }
    let samples = noise.compactMap { $0.location?.range.map { report.text(of: $0) } }
    #expect(samples.contains { $0.hasPrefix("?!") || $0.hasPrefix("？！") })
  }

  @Test(arguments: 0..<5) func everySeedRendersEveryDiagnostic(_ seed: Int) throws {
    let report = try Self.parse(seed)
    for diagnostic in report.diagnostics {
      let rendered = diagnostic.description(in: report.normalizedText, language: .chinese)
      #expect(rendered.hasPrefix("\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]: "))
      if let range = diagnostic.location?.range, range.start < report.normalizedText.utf8.count {
        #expect(rendered.contains("^"))
      }
    }
  }
}
