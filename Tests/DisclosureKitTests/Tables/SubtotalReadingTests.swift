import Testing

@testable import DisclosureKit

/// Table 3s that print subtotals beside the statutory cells — a 不予公开 小计
/// row and a 法人或其他组织 小计 column — in every raw form: the statutory
/// cells are read as without them and the subtotals land apart, under
/// `denied.subtotal` and `legalPersons.subtotal`.
@Suite("SubtotalReading") struct SubtotalReadingTests {
  static let template = TableTemplate.requests2019
  static let organisations = [1, 2, 3, 4, 5]

  /// A consistent table 3: values by row key, seven applicant columns each.
  static let values: [String: [Int]] = {
    var values: [String: [Int]] = [:]
    for (r, row) in template.rows.enumerated() {
      let six = (0..<6).map { c in (r * 3 + c * 5) % 4 }
      values[row.key] = six + [six.reduce(0, +)]
    }
    return values
  }()

  static let deniedKeys = template.rows.map(\.key).filter { $0.hasPrefix("denied.") }

  /// The 不予公开 小计 row as a consistent report prints it.
  static let deniedSubtotal: [Int] = (0..<7).map { c in deniedKeys.reduce(0) { $0 + (values[$1]?[c] ?? 0) } }

  static func legalPersons(_ row: [Int]) -> Int { organisations.reduce(0) { $0 + row[$1] } }

  enum Form: String, CaseIterable, Sendable { case pipe, cellPerLine, spaceAligned }

  /// Table 3 as text: a two-level header, then one line (or one cell per
  /// line) per row, with a 小计 column after 其他 when `subtotalColumn`, a
  /// 小计 row after the last 不予公开 row when `subtotalRow`.
  static func render(
    _ form: Form, subtotalColumn: Bool, subtotalRow: [Int]?, columnFirst: Bool = false
  ) -> String {
    let separator: String =
      switch form {
      case .pipe: " | "
      case .cellPerLine: "\n"
      case .spaceAligned: "   "
      }
    func line(_ cells: [String]) -> String { cells.joined(separator: separator) + "\n" }
    func printed(_ v: [Int]) -> [String] {
      guard subtotalColumn else { return v.map(String.init) }
      let sub = String(legalPersons(v))
      var cells = v.map(String.init)
      cells.insert(sub, at: columnFirst ? 1 : 6)
      return cells
    }
    var orgs = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    if subtotalColumn { if columnFirst { orgs.insert("小计", at: 0) } else { orgs.append("小计") } }
    var text = "三、收到和处理政府信息公开申请情况\n"
    text += line(["申请人情况"])
    text += line(["自然人", "法人或其他组织", "总计"])
    text += line(orgs)
    for row in template.rows {
      if row.key == "denied.stateSecret" { text += line(["（三）不予公开"]) }
      text += line([row.labels[0]] + printed(values[row.key] ?? []))
      if row.key == "denied.administrativeQuery", let subtotalRow {
        text += line(["小计"] + printed(subtotalRow))
      }
    }
    return text + "四、政府信息公开行政复议、行政诉讼情况\n"
  }

  static func requests(_ result: TableReader.Result) throws -> ReportTable {
    try #require(result.tables.first { $0.key == "requests" })
  }

  /// The statutory cells are exactly the values, whatever subtotals stand beside them.
  static func expectStatutoryCells(_ table: ReportTable) {
    for row in template.rows {
      #expect(TableTesting.row(table, row.key) == values[row.key]?.map(Optional.some), "\(row.key)")
    }
  }

  @Test(arguments: Form.allCases)
  func subtotalRowAndColumnInText(_ form: Form) throws {
    let result = TableTesting.read(Self.render(form, subtotalColumn: true, subtotalRow: Self.deniedSubtotal))
    let table = try Self.requests(result)
    Self.expectStatutoryCells(table)
    for row in Self.template.rows {
      let expected = Self.values[row.key].map(Self.legalPersons)
      #expect(table[row: row.key]?.subtotalCells.map(\.value) == [expected], "\(row.key)")
      #expect(table[row: row.key]?.subtotalCells.first?.column == "legalPersons.subtotal")
    }
    let denied = try #require(table.subtotalRows.first)
    #expect(table.subtotalRows.map(\.key) == ["denied.subtotal"])
    #expect(denied.cells.map(\.value) == Self.deniedSubtotal.map(Optional.some))
    #expect(denied["legalPersons.subtotal"]?.value == Self.legalPersons(Self.deniedSubtotal))
    #expect(!result.diagnostics.contains { [.extraCells, .cellCountMismatch, .rowMissing].contains($0.code) })
  }

  @Test(arguments: Form.allCases)
  func subtotalRowOnly(_ form: Form) throws {
    let result = TableTesting.read(Self.render(form, subtotalColumn: false, subtotalRow: Self.deniedSubtotal))
    let table = try Self.requests(result)
    Self.expectStatutoryCells(table)
    #expect(table[row: "denied.subtotal"]?.cells.map(\.value) == Self.deniedSubtotal.map(Optional.some))
    #expect(table.rows.allSatisfy { $0.subtotalCells.isEmpty })
    #expect(!result.diagnostics.contains { [.extraCells, .cellCountMismatch, .rowMissing].contains($0.code) })
  }

  /// A header that names 小计 before the organisations puts the column there.
  @Test func subtotalColumnPrintedFirst() throws {
    let text = Self.render(.cellPerLine, subtotalColumn: true, subtotalRow: nil, columnFirst: true)
    let table = try Self.requests(TableTesting.read(text))
    Self.expectStatutoryCells(table)
    let granted = try #require(Self.values["granted"])
    #expect(table[row: "granted"]?["legalPersons.subtotal"]?.value == Self.legalPersons(granted))
  }

  /// Without subtotals nothing changes: no subtotal rows or cells appear.
  @Test(arguments: Form.allCases)
  func noSubtotals(_ form: Form) throws {
    let table = try Self.requests(TableTesting.read(Self.render(form, subtotalColumn: false, subtotalRow: nil)))
    Self.expectStatutoryCells(table)
    #expect(table.subtotalRows.isEmpty)
    #expect(table.rows.allSatisfy { $0.subtotalCells.isEmpty })
  }

  /// A 小计 in prose or before any row of a block is no subtotal row.
  @Test func bareSubtotalOutsideABlockIsIgnored() throws {
    var text = Self.render(.pipe, subtotalColumn: false, subtotalRow: nil)
    text = text.replacingOccurrences(of: "申请人情况\n", with: "申请人情况\n小计 | 1 | 2 | 3 | 4 | 5 | 6 | 21\n")
    let table = try Self.requests(TableTesting.read(text))
    #expect(table.subtotalRows.isEmpty)
    Self.expectStatutoryCells(table)
  }

  @Test func htmlGridWithSubtotalRowAndColumn() throws {
    var html = HTMLTableBuilder()
    html.line("三、收到和处理政府信息公开申请情况")
    html.table3(edition: 2019, values: Self.values, subtotal: true, deniedSubtotal: Self.deniedSubtotal)
    html.line("四、政府信息公开行政复议、行政诉讼情况")
    let result = TableTesting.read(html.text, tables: html.tables)
    let table = try Self.requests(result)
    Self.expectStatutoryCells(table)
    #expect(table[row: "denied.subtotal"]?.cells.map(\.value) == Self.deniedSubtotal.map(Optional.some))
    // The builder prints 小计 first under 法人或其他组织.
    let newRequests = try #require(Self.values["newRequests"])
    #expect(table[row: "newRequests"]?["legalPersons.subtotal"]?.value == Self.legalPersons(newRequests))
    #expect(!result.diagnostics.contains { [.extraCells, .cellCountMismatch, .rowMissing].contains($0.code) })
  }
}
