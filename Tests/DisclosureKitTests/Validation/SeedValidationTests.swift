import DisclosureKit
import Foundation
import Testing

/// The checks on the seed reports, read by the real stages and built-in
/// extractors. The standard-table extractor is given the statutory
/// vocabulary explicitly, so the tests do not depend on how its default is
/// wired.
@Suite("SeedValidation")
struct SeedValidationTests {
  static let statutory = Vocabulary(
    sections: Vocabulary.standardSections, tables: TableTemplate.standard2019 + TableTemplate.standard2021)

  static let parser = ReportParser(extractors: [
    Extractors.StandardTable(vocabulary: statutory), Extractors.Narrative(), Extractors.WorkSummary(),
  ])

  static let arithmetic: Set<Diagnostic.Code> = [
    .table3Balance, .table3Results, .table3RowTotal, .table3Subtotal, .table4BlockTotal, .table2Published,
    .table2InForce, .blankAsZero,
  ]

  static func parse(_ seed: Int) throws -> AnnualReport {
    try parser.parse(data: Fixtures.seed(seed), name: Fixtures.seedNames[seed])
  }

  @Test func seed000ReportsItsMissingSectionAndTables() throws {
    let report = try Self.parse(0)
    #expect(report.template == "standard2019")
    let missing = report.diagnostics.filter { $0.code == .tableMissing }
    // Once each, whichever of the extractor and TablePresence raised it.
    #expect(missing.compactMap { $0.location?.table } == ["activeDisclosure", "requests", "reviewLitigation"])
    #expect(missing.allSatisfy { $0.severity == .error })
    #expect(
      missing.compactMap { $0.location?.section } == [
        "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      ])
    #expect(report.tables == [])
    // 六 is missing: the numbering goes from 五 to 七.
    let gap = try #require(report.diagnostics.first { $0.code == .sectionNumberingGap })
    #expect(gap.location?.section == "七、其他需要报告的事项")
  }

  @Test func seed001PassesEveryArithmeticIdentity() throws {
    let report = try Self.parse(1)
    #expect(report.tables.map(\.key) == ["activeDisclosure", "requests", "reviewLitigation"])
    #expect(report.diagnostics.filter { Self.arithmetic.contains($0.code) } == [])
    // Its prose restates table figures, and they agree.
    #expect(report.facts.contains { $0.key == "requestsReceived" })
    #expect(!report.diagnostics.contains { $0.code == .narrativeMismatch })
    // Every identity was evaluated along every column or row it declares, and held.
    let context = CheckContext(vocabulary: Self.statutory)
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
        // Seed 001 prints no subtotal, so no subtotal identity is evaluated.
        "table3.subtotal": 0,
      ])
  }

  @Test func seed004ReportsItsDatesAndMojibake() throws {
    let report = try Self.parse(4)
    #expect(report.metadata.year == 2018)
    // Published 2018-02-21, for a report on 2018.
    #expect(report.diagnostics.contains { $0.code == .publicationDate })
    // 本单位2017年度发生…行政复议案9宗, in a report on 2018.
    let foreign = report.diagnostics.filter { $0.code == .foreignYearReference }
    #expect(foreign.compactMap { $0.location?.range.map { report.text(of: $0) } } == ["2017年度"])
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
