import Testing

@testable import DisclosureKit

@Suite("IdentityEvaluation") struct IdentityEvaluationTests {
  static func table(_ rows: [String: [Int?]], blanks: Set<String> = []) -> ReportTable {
    let template = TableTemplate.requests2019
    return ReportTable(
      key: "requests", edition: 2019,
      rows: template.rows.compactMap { row in
        guard let values = rows[row.key] else { return nil }
        return ReportTable.Row(
          key: row.key,
          cells: zip(template.columnKeys(of: row), values).map { column, value in
            let state: ReportTable.CellState =
              blanks.contains("\(row.key).\(column)") ? .blank : value == nil ? .unreadable : .value
            return ReportTable.Cell(column: column, value: value, state: state)
          })
      })
  }

  static let balance = TableTemplate.requests2019.identities[0]
  static let rowTotal = TableTemplate.requests2019.identities[2]

  @Test func balanceHoldsAndFails() {
    let t = Self.table([
      "newRequests": [3, 0, 0, 0, 0, 0, 3], "carriedOver": [1, 0, 0, 0, 0, 0, 1],
      "totalHandled": [3, 0, 0, 0, 0, 0, 3], "carriedForward": [0, 0, 0, 0, 0, 0, 0],
    ])
    let instances = Self.balance.evaluate(t)
    #expect(instances.count == 7)
    let failing = instances.filter { !$0.holds }
    #expect(failing.map(\.key) == ["naturalPerson", "total"])
    #expect(failing.first?.lhs == 4)
    #expect(failing.first?.rhs == 3)
  }

  @Test func blanksCountAsZeroAndAreReported() {
    let t = Self.table(
      ["newRequests": [2, nil, 0, 0, 0, 0, 2]], blanks: ["newRequests.commercialEnterprise"])
    let instances = Self.rowTotal.evaluate(t)
    #expect(instances.count == 1)
    #expect(instances[0].holds)
    #expect(instances[0].blanksCountedAsZero == [.init(row: "newRequests", column: "commercialEnterprise")])
    #expect(instances[0].countedBlanksAsZero)
  }

  @Test func unreadableOrAbsentCellsSkipTheInstance() {
    let t = Self.table(["newRequests": [2, nil, 0, 0, 0, 0, 2]])
    #expect(Self.rowTotal.evaluate(t).isEmpty)
    // Only newRequests and carriedOver present: the balance names absent rows.
    let partial = Self.table(["newRequests": [2, 0, 0, 0, 0, 0, 2], "carriedOver": [0, 0, 0, 0, 0, 0, 0]])
    #expect(Self.balance.evaluate(partial).isEmpty)
  }

  @Test func greaterThanOrEqualAlongRows() {
    let identity = TableTemplate.activeDisclosure2019.identities[0]
    let t = ReportTable(
      key: "activeDisclosure", edition: 2019,
      rows: [
        .init(
          key: "regulations",
          cells: [
            .init(column: "newlyMade", value: 1, state: .value),
            .init(column: "newlyPublished", value: 5, state: .value),
            .init(column: "totalPublished", value: 3, state: .value),
          ]),
        .init(
          key: "fees",
          cells: [
            .init(column: "previousYearCount", value: 1, state: .value),
            .init(column: "change", value: 0, state: .value),
          ]),
      ])
    let instances = identity.evaluate(t)
    #expect(instances.map(\.key) == ["regulations"])
    #expect(instances.first?.holds == false)
  }
}
