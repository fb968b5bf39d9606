import DisclosureKit
import Foundation
import Testing

/// Whole reports through `ReportParser().parse(data:name:)`, compared with
/// everything the fixture's author knows: template, metadata, the level-1
/// outline, every table cell, the facts and the exact diagnostic codes.
@Suite("EndToEnd") struct EndToEndTests {
  private static func parse(_ fixture: E2EFixture) throws -> AnnualReport {
    try ReportParser().parse(data: Fixtures.data("e2e/" + fixture.file), name: fixture.file)
  }

  /// Runs `body` as a known issue when the fixture declares one for `aspect`.
  private static func check(_ fixture: E2EFixture, _ aspect: E2EFixture.Aspect, _ body: () throws -> Void) rethrows {
    if let reason = fixture.knownIssues[aspect] {
      withKnownIssue(Comment(rawValue: reason)) { try body() }
    } else {
      try body()
    }
  }

  /// `code[table/row/column]`, the location parts the library set.
  static func key(_ diagnostic: Diagnostic) -> String {
    let parts = [diagnostic.location?.table, diagnostic.location?.row, diagnostic.location?.column].compactMap { $0 }
    return diagnostic.code.rawValue + (parts.isEmpty ? "" : "[" + parts.joined(separator: "/") + "]")
  }

  @Test("template and extractor", arguments: E2EFixture.all)
  func template(_ fixture: E2EFixture) throws {
    let report = try Self.parse(fixture)
    Self.check(fixture, .template) {
      #expect(report.template == fixture.template)
    }
  }

  @Test("metadata", arguments: E2EFixture.all)
  func metadata(_ fixture: E2EFixture) throws {
    let metadata = try Self.parse(fixture).metadata
    Self.check(fixture, .metadata) {
      #expect(metadata.title == fixture.title)
      #expect(metadata.agency == fixture.agency)
      #expect(metadata.year == fixture.year)
      #expect(metadata.published == fixture.published)
      #expect(metadata.statisticsPeriod?.from == fixture.period?.from)
      #expect(metadata.statisticsPeriod?.to == fixture.period?.to)
      #expect(metadata.script == fixture.script)
    }
  }

  @Test("level-1 outline", arguments: E2EFixture.all)
  func outline(_ fixture: E2EFixture) throws {
    let sections = try Self.parse(fixture).sections
    Self.check(fixture, .outline) {
      #expect(sections.map(\.heading) == fixture.outline.map(\.heading))
      #expect(sections.map(\.kind) == fixture.outline.map { Optional($0.kind) })
      #expect(sections.allSatisfy { $0.level == 1 })
    }
  }

  @Test("every table cell", arguments: E2EFixture.all)
  func tables(_ fixture: E2EFixture) throws {
    let report = try Self.parse(fixture)
    Self.check(fixture, .tables) {
      #expect(Set(report.tables.map(\.key)) == Set(fixture.tables.keys))
      for (tableKey, rows) in fixture.tables {
        guard let table = report.table(tableKey) else { continue }
        #expect(Set(table.rows.map(\.key)) == Set(rows.keys), "\(tableKey) rows")
        for (rowKey, expected) in rows where !fixture.ambiguousRows.contains(tableKey + "." + rowKey) {
          let actual = table[row: rowKey]?.cells.map(\.value)
          #expect(actual == expected, "\(tableKey).\(rowKey)")
        }
      }
    }
  }

  @Test("facts", arguments: E2EFixture.all)
  func facts(_ fixture: E2EFixture) throws {
    let facts = try Self.parse(fixture).facts
    Self.check(fixture, .facts) {
      let actual = facts.map { "\($0.key)=\($0.value)" }.sorted()
      let expected = fixture.facts.map { "\($0.key)=\($0.value)" }.sorted()
      #expect(actual == expected)
      for fact in fixture.facts {
        let quoted = facts.contains { $0.key == fact.key && $0.value == fact.value && $0.quote.contains(fact.quote) }
        #expect(quoted, "\(fact.key)=\(fact.value) quoting “\(fact.quote)”")
      }
    }
  }

  @Test("exact diagnostic codes", arguments: E2EFixture.all)
  func diagnostics(_ fixture: E2EFixture) throws {
    let diagnostics = try Self.parse(fixture).diagnostics
    Self.check(fixture, .diagnostics) {
      #expect(diagnostics.map(Self.key).sorted() == fixture.diagnostics.sorted())
    }
  }

  /// Every value is also in the JSON contract, and the JSON reads back.
  @Test("JSON round trip", arguments: E2EFixture.all)
  func json(_ fixture: E2EFixture) throws {
    let report = try Self.parse(fixture)
    let decoded = try JSONExport().decode(JSONExport().encode(report))
    // The contract carries each cell's value under its keys; the cell's text
    // and the rows' order are not part of it.
    func values(_ tables: [ReportTable]) -> [String: [String: [String: Int?]]] {
      var out: [String: [String: [String: Int?]]] = [:]
      for table in tables {
        for row in table.rows {
          for cell in row.cells { out[table.key, default: [:]][row.key, default: [:]][cell.column] = cell.value }
        }
      }
      return out
    }
    #expect(values(decoded.tables) == values(report.tables))
    // Table 4 is the same in both editions; its JSON has no edition.
    func editions(_ tables: [ReportTable]) -> [Int?] { tables.filter { $0.layout != .blocks }.map(\.edition) }
    #expect(editions(decoded.tables) == editions(report.tables))
    #expect(decoded.metadata == report.metadata)
    #expect(decoded.diagnostics.map(\.code) == report.diagnostics.map(\.code))
  }
}
