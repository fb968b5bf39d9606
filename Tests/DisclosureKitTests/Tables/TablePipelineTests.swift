import Foundation
import Testing

@testable import DisclosureKit

/// The table reader behind the real Input, Normalize, Lexer and Structure
/// stages, through `ReportParser().document(data:)`.
@Suite("TablePipeline") struct TablePipelineTests {
  /// A parser whose vocabulary holds both editions' tables.
  static let parser = ReportParser(extractors: [
    Extractors.StandardTable(
      vocabulary: Vocabulary(
        sections: Vocabulary.standardSections,
        tables: TableTemplate.standard2019 + TableTemplate.standard2021))
  ])

  static func document(_ text: String) throws -> Document {
    try parser.document(data: Data(text.utf8), name: "test")
  }

  @Test func seed001ThroughThePipeline() throws {
    let document = try Self.parser.document(data: try Fixtures.seed(1), name: "001")
    // The heading detector found the sections the tables are looked for in.
    #expect(document.sections.section(.requests) != nil)
    #expect(document.tables.map(\.key) == ["activeDisclosure", "requests", "reviewLitigation"])
    for table in document.tables {
      let expected = try #require(TableFixture.seed001[table.key])
      for row in table.rows { #expect(row.cells.map(\.value) == expected[row.key], "\(table.key).\(row.key)") }
    }
    let amount = try #require(document.table("activeDisclosure")?[row: "procurement"]?["amountYuan"])
    #expect(document.text(of: try #require(amount.range)) == "1814万元")
  }

  @Test func seed000HasNoTables() throws {
    let document = try Self.parser.document(data: try Fixtures.seed(0), name: "000")
    #expect(document.tables.isEmpty)
  }

  /// Real HTML with rowspan and colspan, read by the HTML reader.
  @Test func realHTML() throws {
    var rows3 = ""
    let t3 = try #require(TableFixture.seed001["requests"])
    func cells(_ key: String) -> String { (t3[key] ?? []).map { "<td>\($0 ?? 0)</td>" }.joined() }
    rows3 += "<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
    rows3 += "<td colspan=\"7\">申请人情况</td></tr>"
    rows3 += "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
    rows3 += "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
    rows3 += "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td>\(cells("newRequests"))</tr>"
    rows3 += "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td>\(cells("carriedOver"))</tr>"
    let results = TableTemplate.resultRows(TableTemplate.requests2019.rows)
    for (index, key) in results.enumerated() {
      let label = TableTemplate.requests2019.rows.first { $0.key == key }?.labels.first ?? key
      let lead = index == 0 ? "<td rowspan=\"\(results.count + 1)\">三、本年度办理结果</td>" : ""
      rows3 += "<tr>\(lead)<td colspan=\"2\">\(label)</td>\(cells(key))</tr>"
    }
    rows3 += "<tr><td colspan=\"2\">（七）总计</td>\(cells("totalHandled"))</tr>"
    rows3 += "<tr><td colspan=\"3\">四、结转下年度继续办理</td>\(cells("carriedForward"))</tr>"
    let head = (["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]).map { "<td rowspan=\"2\">\($0)</td>" }.joined()
    let sub = (["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
      .map { "<td>\($0)</td>" }.joined()
    let html = """
      <html><body><h1>某区2020年政府信息公开工作年度报告</h1>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table>\(rows3)</table>
      <p>四、政府信息公开行政复议、行政诉讼情况</p>
      <table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
      <tr>\(head)<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      <tr>\(sub)</tr>
      <tr>\(String(repeating: "<td>0</td>", count: 14))<td>1</td></tr></table>
      <p>五、存在的主要问题及改进情况</p></body></html>
      """
    let document = try Self.document(html)
    try #require(!document.text.tables.isEmpty, "the HTML reader gave no grids")
    let requests = try #require(document.table("requests"))
    for row in requests.rows { #expect(row.cells.map(\.value) == t3[row.key], "\(row.key)") }
    let table4 = try #require(document.table("reviewLitigation"))
    #expect(table4.rows.map { $0.cells.map(\.value) } == [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 1]])
  }

  /// Traditional script: the normaliser folds it before the reader matches labels.
  @Test func traditionalScript() throws {
    let text = """
      某局2020年政府信息公開工作年度報告
      三、收到和處理政府信息公開申請情況
      一、本年新收政府信息公開申請數量 | 2 | 0 | 0 | 0 | 0 | 0 | 2
      二、上年結轉政府信息公開申請數量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
      （一）予以公開 | 2 | 0 | 0 | 0 | 0 | 0 | 2
      （七）總計 | 2 | 0 | 0 | 0 | 0 | 0 | 2
      四、結轉下年度繼續辦理 | 0 | 0 | 0 | 0 | 0 | 0 | 0

      """
    let document = try Self.document(text)
    try #require(document.text.script == .traditional)
    let requests = try #require(document.table("requests"))
    #expect(requests.value("newRequests", "total") == 2)
    #expect(requests.value("totalHandled", "naturalPerson") == 2)
    #expect(requests.value("carriedForward", "total") == 0)
  }

  /// A 2021 report that prints the 2019 table 2 says so.
  @Test func editionMismatch() throws {
    let text = """
      某局2021年政府信息公开工作年度报告
      二、主动公开政府信息情况
      信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
      规章 | 0 | 0 | 0
      规范性文件 | 1 | 1 | 9

      """
    let result = TableTesting.read(text)
    let table = try #require(result.tables.first { $0.key == "activeDisclosure" })
    #expect(table.edition == 2019)
    #expect(result.diagnostics.contains { $0.code == .editionMismatch && $0.location?.table == "activeDisclosure" })
    // The same table in a 2020 report is right.
    let right = TableTesting.read(text.replacingOccurrences(of: "2021年", with: "2020年"))
    #expect(!right.diagnostics.contains { $0.code == .editionMismatch })
  }

  /// Rows in a slightly different order still land under their keys.
  @Test func rowsOutOfOrder() throws {
    let text = """
      二、主动公开政府信息情况
      信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
      规范性文件 | 3 | 2 | 40
      规章 | 1 | 1 | 7

      """
    let table = try #require(TableTesting.read(text).tables.first { $0.key == "activeDisclosure" })
    #expect(TableTesting.row(table, "regulations") == [1, 1, 7])
    #expect(TableTesting.row(table, "normativeDocuments") == [3, 2, 40])
  }
}
