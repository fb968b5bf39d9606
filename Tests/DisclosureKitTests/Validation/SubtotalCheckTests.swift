import DisclosureKit
import Testing

/// The subtotal identities of the built-in table 3 (不予公开 小计 and
/// 法人或其他组织 小计): evaluated where a report prints the subtotal, and
/// only there; a perturbed cell fails exactly the identities it is in.
@Suite("SubtotalChecks")
struct SubtotalCheckTests {
  typealias F = ValidationFixtures
  static let template = TableTemplate.requests2019
  static let context = CheckContext(vocabulary: Vocabulary(tables: TableTemplate.standard2019))
  static let organisations = [
    "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution",
    "otherOrganization",
  ]
  static let deniedRows = template.rows.map(\.key).filter { $0.hasPrefix("denied.") }
  let check = ReportChecks.TableIdentities()

  static func cell(_ column: String, _ value: Int) -> ReportTable.Cell {
    ReportTable.Cell(column: column, value: value, state: .value, text: String(value))
  }

  /// The built-in table 3, consistent, with a 法人或其他组织 小计 cell on
  /// every row and a consistent 不予公开 小计 row.
  static func tableWithSubtotals() -> (table: ReportTable, text: String) {
    var (table, text) = F.table(template, values: F.consistentRequestValues(template))
    for r in table.rows.indices {
      let sum = organisations.reduce(0) { $0 + (table.rows[r][$1]?.value ?? 0) }
      table.rows[r].subtotalCells = [cell("legalPersons.subtotal", sum)]
    }
    let columns = template.columns.map(\.key) + ["legalPersons.subtotal"]
    let sums = columns.map { column in deniedRows.reduce(0) { $0 + (table.value($1, column) ?? 0) } }
    table.subtotalRows = [
      ReportTable.Row(
        key: "denied.subtotal", cells: zip(columns.dropLast(), sums).map { cell($0, $1) },
        subtotalCells: [cell("legalPersons.subtotal", sums.last ?? 0)])
    ]
    return (table, text)
  }

  /// `code@row.column` of each failure, from its location.
  static func failures(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.filter { $0.severity == .error }.map {
      "\($0.code.rawValue)@\($0.location?.row ?? "?").\($0.location?.column ?? "?")"
    }.sorted()
  }

  /// What the declarations predict fails when the cell at `row`, `column`
  /// alone changes: each identity naming it, at the stated cell's location
  /// (sorted; the cell where the 小计 row and column cross is in two).
  static func predicted(_ row: String, _ column: String, in table: ReportTable) -> [String] {
    var predicted: [String] = []
    for identity in template.identities {
      let named = identity.lhs + identity.rhs
      // The location names the stated cell when one side is a single cell.
      let stated = identity.lhs.count == 1 ? identity.lhs[0] : identity.rhs.count == 1 ? identity.rhs[0] : "?"
      switch identity.scope {
      case .eachColumn where named.contains(row) && named.allSatisfy { table[row: $0]?[column] != nil }:
        predicted.append("\(identity.code.rawValue)@\(stated).\(column)")
      case .eachRow where named.contains(column) && named.allSatisfy { table[row: row]?[$0] != nil }:
        predicted.append("\(identity.code.rawValue)@\(row).\(stated)")
      default: break
      }
    }
    return predicted.sorted()
  }

  static var everyCell: [(row: String, column: String)] {
    let table = tableWithSubtotals().table
    return (table.rows + table.subtotalRows).flatMap { row in
      (row.cells + row.subtotalCells).map { (row.key, $0.column) }
    }
  }

  @Test func consistentSubtotalsRaiseNothing() {
    let (table, text) = Self.tableWithSubtotals()
    #expect(check.check(F.report(tables: [table], text: text), in: Self.context) == [])
  }

  @Test func everyPerturbedCellFailsExactlyItsIdentities() {
    let (table, text) = Self.tableWithSubtotals()
    // 23 rows and the 小计 row, each with seven columns and the 小计 column.
    #expect(Self.everyCell.count == (Self.template.rows.count + 1) * 8)
    for (row, column) in Self.everyCell {
      let perturbed = table.replacing(row, column) { $0.value = ($0.value ?? 0) + 1 }
      let raised = check.check(F.report(tables: [perturbed], text: text), in: Self.context)
      let predicted = Self.predicted(row, column, in: table)
      #expect(Self.failures(raised) == predicted, "\(row).\(column)")
    }
  }

  /// The cells a subtotal identity names, one by one.
  @Test func subtotalCellsTakePartInTheirIdentities() {
    let table = Self.tableWithSubtotals().table
    #expect(
      Self.predicted("denied.subtotal", "naturalPerson", in: table) == [
        "table3.rowTotal@denied.subtotal.total", "table3.subtotal@denied.subtotal.naturalPerson",
      ])
    #expect(
      Self.predicted("newRequests", "legalPersons.subtotal", in: table) == [
        "table3.balance@?.legalPersons.subtotal", "table3.subtotal@newRequests.legalPersons.subtotal",
      ])
    #expect(
      Self.predicted("denied.stateSecret", "researchInstitution", in: table) == [
        "table3.results@totalHandled.researchInstitution", "table3.rowTotal@denied.stateSecret.total",
        "table3.subtotal@denied.stateSecret.legalPersons.subtotal",
        "table3.subtotal@denied.subtotal.researchInstitution",
      ])
    // Where the 小计 row and column cross, the cell is in both subtotals.
    #expect(
      Self.predicted("denied.subtotal", "legalPersons.subtotal", in: table) == [
        "table3.subtotal@denied.subtotal.legalPersons.subtotal",
        "table3.subtotal@denied.subtotal.legalPersons.subtotal",
      ])
  }

  /// A wrong subtotal says which, with the expected and stated values.
  @Test func wrongDeniedSubtotal() throws {
    let (table, text) = Self.tableWithSubtotals()
    let stated = try #require(table.value("denied.subtotal", "naturalPerson"))
    let perturbed = table.replacing("denied.subtotal", "naturalPerson") { $0.value = stated + 4 }
    let raised = check.check(F.report(tables: [perturbed], text: text), in: Self.context)
    let subtotal = try #require(raised.first { $0.code == .table3Subtotal })
    #expect(subtotal.location?.row == "denied.subtotal")
    #expect(subtotal.location?.column == "naturalPerson")
    #expect(subtotal.actual == Double(stated + 4))
    #expect(subtotal.expected == Double(stated))
    #expect(subtotal.severity == .error)
  }

  /// Without printed subtotals the subtotal identities are silent, blanks and all.
  @Test func absentSubtotalsAreNotEvaluated() {
    let (table, text) = F.table(Self.template, values: F.consistentRequestValues(Self.template))
    #expect(check.check(F.report(tables: [table], text: text), in: Self.context) == [])
    let perturbed = table.replacing("denied.stateSecret", "naturalPerson") { $0.value = ($0.value ?? 0) + 1 }
    let codes = check.check(F.report(tables: [perturbed], text: text), in: Self.context).map(\.code)
    #expect(!codes.contains(.table3Subtotal))
    #expect(codes.count == 2)
  }
}
