import Foundation
import Testing

@testable import DisclosureKit

@Suite("TableReader") struct TableReaderTests {
  /// Seed 001: one cell per line, header labels split across lines, a stray
  /// `0` glued to a label, NBSP and trailing spaces on values.
  @Test func seed001CellPerLine() throws {
    let text = String(decoding: try Fixtures.seed(1), as: UTF8.self)
    let result = TableTesting.read(text)
    #expect(result.tables.map(\.key) == ["activeDisclosure", "requests", "reviewLitigation"])
    for table in result.tables {
      #expect(table.edition == 2019)
      let expected = try #require(TableFixture.seed001[table.key])
      #expect(table.rows.count == expected.count)
      for row in table.rows {
        #expect(row.cells.map(\.value) == expected[row.key], "\(table.key).\(row.key)")
        #expect(row.cells.allSatisfy { $0.state == .value })
      }
    }
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let table2 = try #require(result.tables.first)
    let amount = try #require(table2[row: "procurement"]?["amountYuan"])
    #expect(amount.value == 18_140_000)
    #expect(text.slice(try #require(amount.range)) == "1814万元")
    let label = try #require(result.tables[1][row: "unableToProvide.unclear"]?.labelRange)
    #expect(text.slice(label) == "3.补正后申请内容仍不明确")
  }

  /// Seeds without tables: 000 lost them (sections 二, 三, 四 empty), the
  /// others are narrative or work summaries. The reader invents nothing:
  /// the extractor or the checks raise `table.missing`.
  @Test(arguments: [0, 2, 3, 4])
  func seedsWithoutTables(_ seed: Int) throws {
    let text = String(decoding: try Fixtures.seed(seed), as: UTF8.self)
    let result = TableTesting.read(text)
    #expect(result.tables.isEmpty, "\(result.tables.map { TableTesting.dump($0) })")
  }

  @Test func htmlGrids2019WithSpans() throws {
    var html = HTMLTableBuilder()
    html.line("二、主动公开政府信息情况")
    html.seed001Table2()
    html.line("三、收到和处理政府信息公开申请情况")
    let t3 = try #require(TableFixture.seed001["requests"]).mapValues { $0.map { $0 ?? 0 } }
    html.table3(edition: 2019, values: t3)
    html.line("四、政府信息公开行政复议、行政诉讼情况")
    html.table4([Int](repeating: 0, count: 15))
    let result = TableTesting.read(html.text, tables: html.tables)
    try Self.expect(result, TableFixture.seed001, edition: 2019)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  @Test func htmlGrids2021WithSubtotalColumn() throws {
    var html = HTMLTableBuilder()
    html.line("二、主动公开政府信息情况")
    html.table2Edition2021()
    html.line("三、收到和处理政府信息公开申请情况")
    let expected = try #require(TableFixture.edition2021["requests"])
    html.table3(edition: 2021, values: expected.mapValues { $0.map { $0 ?? 0 } }, subtotal: true)
    html.line("四、政府信息公开行政复议、行政诉讼情况")
    html.table4([2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0])
    let result = TableTesting.read(html.text, tables: html.tables)
    try Self.expect(result, TableFixture.edition2021, edition: 2021)
    // The 小计 column is read apart from the statutory columns, row by row.
    let requests = try #require(result.tables.first { $0.key == "requests" })
    for (row, values) in expected {
      let organisations = values[1...5].reduce(0) { $0 + ($1 ?? 0) }
      #expect(requests[row: row]?.subtotalCells.map(\.value) == [organisations], "\(row)")
    }
    #expect(!result.diagnostics.contains { [.extraCells, .cellCountMismatch, .rowMissing].contains($0.code) })
  }

  @Test func blankAndUnreadableCells() throws {
    let text = String(decoding: try Fixtures.data("tables/blank-cells-pipe.txt"), as: UTF8.self)
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    let carried = try #require(requests[row: "carriedOver"])
    #expect(carried.cells.map(\.value) == [0, nil, nil, 0, 0, 0, 0])
    #expect(carried.cells.map(\.state) == [.value, .blank, .blank, .value, .value, .value, .value])
    #expect(requests[row: "denied.stateSecret"]?["total"]?.state == .blank)
    let duplicate = try #require(requests[row: "notProcessed.duplicate"])
    #expect(duplicate.cells.map(\.value) == [0, nil, 0, 0, nil, 0, 0])
    #expect(duplicate["commercialEnterprise"]?.state == .unreadable)
    #expect(duplicate["legalServiceInstitution"]?.text == "无")
    let blanks = result.diagnostics.filter { $0.code == .blankCells }
    #expect(blanks.count == 1)
    #expect(blanks.first?.location?.table == "requests")
    let unreadable = result.diagnostics.filter { $0.code == .unreadableCell }
    #expect(unreadable.compactMap(\.location?.column) == ["commercialEnterprise", "legalServiceInstitution"])
    #expect(unreadable.allSatisfy { $0.location?.row == "notProcessed.duplicate" })
  }

  @Test func missingRows() throws {
    let text = String(decoding: try Fixtures.data("tables/missing-row-pipe.txt"), as: UTF8.self)
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(
      requests[row: "denied.thirdPartyRights"]?.cells.allSatisfy { $0.state == .missing && $0.value == nil } == true)
    #expect(requests[row: "denied.internalAffairs"]?.cells.map(\.value) == [0, 0, 0, 0, 0, 0, 0])
    let table2 = try #require(result.tables.first { $0.key == "activeDisclosure" })
    #expect(table2[row: "coercion"]?.cells.map(\.state) == [.missing, .missing, .missing])
    #expect(table2.value("penalties", "decisions") == 208)
    let missing = result.diagnostics.filter { $0.code == .rowMissing }.compactMap(\.location?.row)
    #expect(missing.sorted() == ["coercion", "denied.thirdPartyRights"])
  }

  /// Values more or fewer than the template's cells are never shifted.
  @Test func cellCountMismatchLeavesCellsEmpty() throws {
    let text = """
      三、收到和处理政府信息公开申请情况
      一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 5
      二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
      （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5

      """
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(requests[row: "newRequests"]?.cells.allSatisfy { $0.value == nil } == true)
    #expect(requests.value("granted", "total") == 5)
    let mismatch = result.diagnostics.filter { $0.code == .cellCountMismatch }
    #expect(mismatch.map(\.location?.row) == ["newRequests"])
  }

  @Test func unmatchedGridIsKept() throws {
    let text = """
      附表：信息发布统计
      栏目 | 条数 | 占比
      工作动态 | 401 | 90
      财政信息 | 7 | 2

      """
    let result = TableTesting.read(text)
    #expect(result.tables.isEmpty)
    let grid = try #require(result.unmatched.first)
    #expect(grid.form == .pipe)
    #expect(
      grid.rows.suffix(3).map { $0.map(\.text) } == [["栏目", "条数", "占比"], ["工作动态", "401", "90"], ["财政信息", "7", "2"]])
  }

  /// A table split by a page-break line joins; so does an HTML table split
  /// in two by a page break.
  @Test func pageBreakInsideCellPerLine() throws {
    let text = String(decoding: try Fixtures.seed(1), as: UTF8.self)
      .replacingOccurrences(of: "6.属于四类过程性信息", with: "- 4 -\n\n第5页\n6.属于四类过程性信息")
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(requests.value("denied.processInformation", "total") == 0)
    #expect(requests.value("totalHandled", "total") == 2)
    #expect(result.diagnostics.isEmpty)
  }

  /// Page numbers after any kind of white space; lines that only start
  /// like one are not.
  @Test(arguments: [
    ("- 4 -", true), ("\u{3000}—4—", true), ("\u{FEFF}第 4 页 共 10 页", true), ("\u{2003}\u{A0}－12－", true),
    ("\u{0B}─3─", true), ("–7–", true), ("第四页", false), ("- 4 - 规章", false), ("规章 4", false), ("", false),
  ])
  func pageBreakLines(_ line: String, _ isBreak: Bool) {
    let bytes = Array(line.utf8)
    #expect(GridBuilder.isPageBreak(bytes, 0, bytes.count) == isBreak)
  }

  /// The section tree, when present, says where each table is expected.
  @Test func sectionsNarrowTheSearch() throws {
    let text = String(decoding: try Fixtures.seed(1), as: UTF8.self)
    let start = try #require(text.range(of: "三、收到和处理政府信息公开申请情况")).lowerBound.utf16Offset(in: text)
    let startByte =
      text.utf8.count - String(text[text.index(text.startIndex, offsetBy: 0)...]).utf8.count
      + String(text.prefix(start)).utf8.count
    let endByte = startByte + 4000
    let section = Section(
      heading: "三、收到和处理政府信息公开申请情况", number: "三", title: "收到和处理政府信息公开申请情况", kind: .requests, level: 1,
      range: SourceRange(start: startByte, end: min(endByte, text.utf8.count)),
      headingRange: SourceRange(start: startByte, end: startByte + 10))
    let normalized = NormalizedText(text: text)
    let result = TableReader(templates: TableTesting.templates).read(
      normalized, tokens: [], sections: SectionTree(sections: [section]))
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(requests.value("newRequests", "total") == 2)
    #expect(requests.range.map { $0.start >= startByte } == true)
  }

  /// Custom templates work the same way: nothing is special-cased by key.
  @Test func customTemplate() throws {
    let template = TableTemplate(
      key: "hotline", sectionKind: .other,
      columns: [.init("calls", labels: ["来电数量"]), .init("resolved", labels: ["办结数量"])],
      rows: [.init("q1", labels: ["第一季度"]), .init("q2", labels: ["第二季度"])],
      identities: [
        Identity(.init(rawValue: "hotline.resolved"), .eachRow, lhs: ["calls"], .greaterThanOrEqual, rhs: ["resolved"])
      ])
    let text = "热线办理情况\n季度 | 来电数量 | 办结数量\n第一季度 | 1200 | 1180\n第二季度 | 990 | 990\n"
    let result = TableReader(templates: [template]).read(
      NormalizedText(text: text), tokens: [], sections: SectionTree())
    let table = try #require(result.tables.first)
    #expect(table.key == "hotline")
    #expect(table.rows.map { $0.cells.map(\.value) } == [[1200, 1180], [990, 990]])
  }

  /// Table 4 printed as three labelled rows rather than one row of fifteen.
  @Test func table4AsLabelledRows() throws {
    let text = """
      四、政府信息公开行政复议、行政诉讼情况
      类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
      行政复议 | 3 | 1 | 0 | 1 | 5
      未经复议直接起诉 | 1 | 0 | 0 | 0 | 1
      复议后起诉 | 0 | 0 | 0 | 2 | 2

      """
    let table = try #require(TableTesting.read(text).tables.first { $0.key == "reviewLitigation" })
    #expect(table.layout == .blocks)
    #expect(table.rows.map { $0.cells.map(\.value) } == [[3, 1, 0, 1, 5], [1, 0, 0, 0, 1], [0, 0, 0, 2, 2]])
  }

  /// Table 4 in pipe rows padded with blank cells to the table's width,
  /// with or without the litigation blocks' own column header row.
  @Test(arguments: [false, true])
  func table4PipeRowsPaddedWithBlanks(subHeader: Bool) throws {
    let header = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 "
    let text = """
      四、政府信息公开行政复议、行政诉讼情况
      | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
      | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |

      """ + (subHeader ? "| | | | | " + header + header + "|\n" : "")
      + "| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 1 |\n五、存在的主要问题及改进情况\n"
    let table = try #require(TableTesting.read(text).tables.first { $0.key == "reviewLitigation" })
    #expect(table.rows.map { $0.cells.map(\.value) } == [[2, 1, 0, 0, 3], [1, 0, 0, 0, 1], [0, 0, 1, 0, 1]])
  }

  static func expect(_ result: TableReader.Result, _ values: [String: [String: [Int?]]], edition: Int) throws {
    for (key, rows) in values {
      let table = try #require(result.tables.first { $0.key == key }, "no \(key)")
      #expect(table.edition == edition, "\(key)")
      for (row, expected) in rows {
        #expect(TableTesting.row(table, row) == expected, "\(key).\(row)\n\(TableTesting.dump(table))")
      }
    }
  }
}
