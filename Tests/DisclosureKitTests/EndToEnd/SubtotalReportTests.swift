import DisclosureKit
import Foundation
import Testing

/// A whole report whose table 3, one cell per line, prints a 法人或其他组织
/// 小计 column and a 不予公开 小计 row — two of them misprinted — through
/// `ReportParser`, the checks and both exports.
@Suite("SubtotalReport") struct SubtotalReportTests {
  static let file = "e2e/2020-subtotals-cell-per-line.txt"

  static func parse() throws -> AnnualReport {
    try ReportParser().parse(data: Fixtures.data(file), name: file)
  }

  static func requests(_ report: AnnualReport) throws -> ReportTable {
    try #require(report.tables.first { $0.key == "requests" })
  }

  @Test func statutoryCellsAreReadAsIfNoSubtotalWerePrinted() throws {
    let report = try Self.parse()
    #expect(report.template == "standard2019")
    let table = try Self.requests(report)
    #expect(table.rows.map(\.key) == TableTemplate.requests2019.rows.map(\.key))
    #expect(table[row: "newRequests"]?.cells.map(\.value) == [30, 4, 0, 1, 0, 2, 37])
    #expect(table[row: "granted"]?.cells.map(\.value) == [12, 1, 0, 0, 0, 1, 14])
    #expect(table[row: "denied.processInformation"]?.cells.map(\.value) == [2, 1, 0, 0, 0, 0, 3])
    #expect(table[row: "unableToProvide.notHeld"]?.cells.map(\.value) == [5, 1, 0, 1, 0, 0, 7])
    #expect(table[row: "totalHandled"]?.cells.map(\.value) == [28, 4, 0, 1, 0, 2, 35])
    #expect(table[row: "carriedForward"]?.cells.map(\.value) == [4, 0, 0, 0, 0, 0, 4])
  }

  @Test func subtotalsAreReadApart() throws {
    let table = try Self.requests(Self.parse())
    #expect(table.subtotalRows.map(\.key) == ["denied.subtotal"])
    #expect(table[row: "denied.subtotal"]?.cells.map(\.value) == [5, 1, 0, 0, 0, 0, 6])
    #expect(table.value("denied.subtotal", "legalPersons.subtotal") == 1)
    #expect(table.value("newRequests", "legalPersons.subtotal") == 7)
    #expect(table.value("granted", "legalPersons.subtotal") == 3)
    #expect(table.value("totalHandled", "legalPersons.subtotal") == 7)
    #expect(table.rows.allSatisfy { $0.subtotalCells.map(\.column) == ["legalPersons.subtotal"] })
  }

  /// Each misprint fails exactly the identities its cell is in, with the
  /// expected and stated values; nothing else in table 3 is flagged.
  @Test func misprintedSubtotalsFailTheirIdentities() throws {
    let report = try Self.parse()
    let table3 = report.diagnostics.filter { $0.location?.table == "requests" }
    #expect(
      table3.map(EndToEndTests.key) == [
        "table3.results[requests/totalHandled/legalPersons.subtotal]",
        "table3.subtotal[requests/denied.subtotal/naturalPerson]",
        "table3.subtotal[requests/denied.subtotal/total]",
        "table3.subtotal[requests/granted/legalPersons.subtotal]",
      ])
    #expect(table3.map(\.expected) == [8, 4, 5, 2])
    #expect(table3.map(\.actual) == [7, 5, 6, 3])
    #expect(table3.allSatisfy { $0.severity == .error })
    // Padding cells at the end of pipe rows in table 2 are no values.
    #expect(!report.diagnostics.contains { [.extraCells, .cellCountMismatch].contains($0.code) })
  }

  @Test func jsonCarriesSubtotalsApartAndRoundTrips() throws {
    let report = try Self.parse()
    let data = try JSONExport().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let tables = try #require(object["tables"] as? [String: Any])
    let requests = try #require(tables["requests"] as? [String: Any])
    #expect(Set(requests.keys) == ["edition", "rows", "subtotals"])
    let rows = try #require(requests["rows"] as? [String: Any])
    #expect(Set(rows.keys) == Set(TableTemplate.requests2019.rows.map(\.key)))
    let granted = try #require(rows["granted"] as? [String: Any])
    #expect(granted.count == 7)
    let subtotals = try #require(requests["subtotals"] as? [String: Any])
    let subtotalRows = try #require(subtotals["rows"] as? [String: [String: Int]])
    #expect(subtotalRows["denied.subtotal"]?["naturalPerson"] == 5)
    let columns = try #require(subtotals["columns"] as? [String: [String: Int]])
    #expect(columns["legalPersons.subtotal"]?["granted"] == 3)
    #expect(columns["legalPersons.subtotal"]?["denied.subtotal"] == 1)
    #expect(columns["legalPersons.subtotal"]?.count == TableTemplate.requests2019.rows.count + 1)
    // Tables without subtotals carry no `subtotals` key.
    let review = try #require(tables["activeDisclosure"] as? [String: Any])
    #expect(review["subtotals"] == nil)

    let decoded = try JSONExport().decode(data)
    let table = try Self.requests(decoded)
    #expect(table.value("denied.subtotal", "total") == 6)
    #expect(table.value("granted", "legalPersons.subtotal") == 3)
    let original = try Self.requests(report)
    #expect(table[row: "denied.subtotal"]?["total"]?.range == original[row: "denied.subtotal"]?["total"]?.range)
  }

  /// The CSV's fixed column set has no subtotal columns.
  @Test func csvKeepsItsFixedColumns() throws {
    let csv = CSVExport()
    #expect(!csv.header().contains("subtotal"))
    #expect(csv.header() == CSVExport().header())
    let line = csv.row(try Self.parse())
    #expect(line.split(separator: ",", omittingEmptySubsequences: false).count == csv.columns.count)
  }

  /// The same table 3 as an HTML page with row and column spans, 2021
  /// edition, 小计 after 其他 in the header and closing the 不予公开 block:
  /// consistent, so nothing at all is flagged.
  @Test func htmlPageWithSpansAndConsistentSubtotals() throws {
    let file = "e2e/2021-html-subtotals.html"
    let report = try ReportParser().parse(data: Fixtures.data(file), name: file)
    #expect(report.template == "standard2021")
    #expect(report.diagnostics.map(EndToEndTests.key) == [])
    let table = try Self.requests(report)
    #expect(table.edition == 2021)
    #expect(table[row: "newRequests"]?.cells.map(\.value) == [30, 4, 0, 1, 0, 2, 37])
    #expect(table[row: "denied.processInformation"]?.cells.map(\.value) == [2, 1, 0, 0, 0, 0, 3])
    #expect(table[row: "totalHandled"]?.cells.map(\.value) == [28, 4, 0, 1, 0, 2, 35])
    #expect(table[row: "denied.subtotal"]?.cells.map(\.value) == [4, 1, 0, 0, 0, 0, 5])
    #expect(table.value("denied.subtotal", "legalPersons.subtotal") == 1)
    #expect(table.value("unableToProvide.notHeld", "legalPersons.subtotal") == 2)
    #expect(table.subtotalRows.count == 1)
    #expect(table.rows.allSatisfy { $0.subtotalCells.count == 1 })
  }
}
