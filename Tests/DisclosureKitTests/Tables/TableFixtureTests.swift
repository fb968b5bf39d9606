import Foundation
import Testing

@testable import DisclosureKit

@Suite("TableFixtures") struct TableFixtureTests {
  @Test(arguments: TableFixture.all)
  func readsEveryCell(_ fixture: TableFixture) throws {
    let text = String(decoding: try Fixtures.data("tables/" + fixture.file), as: UTF8.self)
    let result = TableTesting.read(text)
    let codes = Set(result.diagnostics.map(\.code))
    for (key, rows) in fixture.values {
      let table = try #require(result.tables.first { $0.key == key }, "no \(key) table")
      #expect(table.edition == fixture.editions[key])
      let template = try #require(TableTesting.templates.first { $0.key == key && $0.edition == table.edition })
      #expect(Set(table.rows.map(\.key)) == Set(template.rows.map(\.key)))
      for (rowKey, expected) in rows {
        if let split = fixture.ambiguousRows["\(key).\(rowKey)"] {
          let named = result.diagnostics.filter { $0.code == .ambiguousSplit && $0.location?.row == rowKey }
          #expect(named.contains { $0.message.contains(split) }, "\(key).\(rowKey): \(named.map(\.message))")
        }
        #expect(TableTesting.row(table, rowKey) == expected, "\(key).\(rowKey)\n\(TableTesting.dump(table))")
      }
    }
    for code in fixture.raises { #expect(codes.contains(code), "expected \(code)") }
    for code in fixture.neverRaises {
      #expect(
        !codes.contains(code), "unexpected \(code): \(result.diagnostics.filter { $0.code == code }.map(\.message))")
    }
  }

  @Test(arguments: TableFixture.all)
  func everyIdentityHolds(_ fixture: TableFixture) throws {
    let text = String(decoding: try Fixtures.data("tables/" + fixture.file), as: UTF8.self)
    let result = TableTesting.read(text)
    for table in result.tables where fixture.values[table.key] != nil && fixture.ambiguousRows.isEmpty {
      let template = try #require(TableTesting.templates.first { $0.key == table.key && $0.edition == table.edition })
      for identity in template.identities {
        #expect(identity.failures(in: table).isEmpty, "\(identity.code) fails in \(table.key)")
      }
    }
  }
}
