import DisclosureKit
import Foundation
import Testing

/// Each seed's JSON, compared byte for byte with `Fixtures/golden/NNN.json`.
///
/// The golden files were reviewed by hand against the seeds: every table
/// cell, fact value, unit and label, the section tree and the metadata. When
/// a stage changes its output on purpose, review the new JSON the failure
/// writes to the temporary directory and replace the golden file with it.
@Suite("Golden")
struct GoldenTests {
  @Test(arguments: 0..<5)
  func jsonMatchesTheReviewedGolden(_ seed: Int) throws {
    let name = String(format: "%03d", seed)
    let report = try ReportParser().parse(data: try Fixtures.seed(seed), name: Fixtures.seedNames[seed])
    let json = try JSONExport().encode(report)
    let golden = try Fixtures.data("golden/\(name).json")
    if json != golden {
      let out = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(name).json")
      try? json.write(to: out)
      Issue.record("JSON of seed \(name) differs from golden/\(name).json; the new JSON is at \(out.path)")
    }
  }

  /// Every range in a seed's report points at the text it claims.
  @Test(arguments: 0..<5)
  func rangesPointAtTheirEvidence(_ seed: Int) throws {
    let report = try ReportParser().parse(data: try Fixtures.seed(seed), name: Fixtures.seedNames[seed])
    for fact in report.facts {
      let text = report.text(of: fact.range)
      if fact.value != 0 || fact.range.count < fact.quote.utf8.count {
        #expect(fact.unit.map { text.hasSuffix($0) || text.hasSuffix("万" + $0) } ?? true, "\(fact.key) \(text)")
      }
      #expect(fact.quote.contains(text) || text.contains(fact.quote), "\(fact.key) \(text)")
    }
    for section in report.sections {
      #expect(report.text(of: section.headingRange).contains(section.title), "\(section.heading)")
    }
    for table in report.tables {
      for row in table.rows {
        for cell in row.cells where cell.state == .value {
          let range = try #require(cell.range, "\(table.key).\(row.key).\(cell.column)")
          let text = report.text(of: range)
          #expect(text.contains { $0.isNumber }, "\(table.key).\(row.key).\(cell.column)")
        }
      }
    }
  }
}
