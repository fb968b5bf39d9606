import Foundation
import Testing

@testable import DisclosureKit

@Suite("HTMLReader")
struct HTMLReaderTests {
  /// Each row as its cell texts joined by `|`; a span copy is marked `^`.
  static func rows(_ table: SourceDocument.Table) -> [String] {
    table.rows.map { row in row.map { ($0.isSpanCopy ? "^" : "") + $0.text }.joined(separator: "|") }
  }

  static func page() throws -> SourceDocument {
    try SourceReader().read(try Fixtures.data("input/tables-2019.html"))
  }

  @Test func rendersThePageAsLines() throws {
    let document = try Self.page()
    #expect(document.form == .html)
    #expect(document.encoding == .utf8)
    let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      Array(lines.prefix(10)) == [
        "首页 > 政务公开 > 年报",
        "某区人民政府2019年政府信息公开工作年度报告",
        "本报告由“总体情况”等部分组成，数据统计期限自2019年1月1日起至2019年12月31日止。",
        "编号一一<A&B> 坏实体\u{FFFD}与\u{FFFD}结束&unknown;",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量",
        "规章 | 0 | 0 | 0",
        "规范性文件 | 2 | 2 | 13",
        "第二十条第（五）项",
      ])
    #expect(
      Array(lines.suffix(4)) == [
        "（七）总计 | 5 | 1 | 0 | 0 | 0 | 0 | 6", "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "六、其他需要报告的事项", "无。",
      ])
    #expect(!document.text.contains("not a cell"))
    #expect(!document.text.contains("commented-out"))
    #expect(!document.text.contains("color"))
    #expect(lines.contains("行政许可 | 62 |  | 1226"))
  }

  @Test func expandsTable2WithColspans() throws {
    let tables = try Self.page().tables
    try #require(tables.count == 2)
    #expect(
      Self.rows(tables[0]) == [
        "第二十条第（一）项|^第二十条第（一）项|^第二十条第（一）项|^第二十条第（一）项",
        "信息内容|本年新制作数量|本年新公开数量|对外公开总数量",
        "规章|0|0|0",
        "规范性文件|2|2|13",
        "第二十条第（五）项|^第二十条第（五）项|^第二十条第（五）项|^第二十条第（五）项",
        "信息内容|上一年项目数量|本年增/减|处理决定数量",
        "行政许可|62||1226",
        "第二十条第（九）项|^第二十条第（九）项|^第二十条第（九）项|^第二十条第（九）项",
        "信息内容|采购项目数量|采购总金额|^采购总金额",
        "政府集中采购|3|1814万元|^1814万元",
      ])
  }

  @Test func expandsTable3WithTheCornerCellAndRowspans() throws {
    let tables = try Self.page().tables
    try #require(tables.count == 2)
    let corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    let part = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    #expect(
      Self.rows(tables[1]) == [
        "\(corner)|^\(corner)|^\(corner)|申请人情况|^申请人情况|^申请人情况|^申请人情况|^申请人情况|^申请人情况|^申请人情况",
        "^\(corner)|^\(corner)|^\(corner)|自然人|法人或其他组织|^法人或其他组织|^法人或其他组织|^法人或其他组织|^法人或其他组织|总计",
        "^\(corner)|^\(corner)|^\(corner)|^自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|^总计",
        "一、本年新收政府信息公开申请数量|^一、本年新收政府信息公开申请数量|^一、本年新收政府信息公开申请数量|5|1|0|0|0|0|6",
        "二、上年结转政府信息公开申请数量|^二、上年结转政府信息公开申请数量|^二、上年结转政府信息公开申请数量|0||0|0|0|0|0",
        "三、本年度办理结果|（一）予以公开|^（一）予以公开|3|1|0|0|0|0|4",
        "^三、本年度办理结果|\(part)|^\(part)|1|0|0|0|0|0|1",
        "^三、本年度办理结果|（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0",
        "^三、本年度办理结果|^（三）不予公开|2.其他法律行政法规禁止公开|1|0|0|0|0|0|1",
        "^三、本年度办理结果|（七）总计|^（七）总计|5|1|0|0|0|0|6",
        "四、结转下年度继续办理|^四、结转下年度继续办理|^四、结转下年度继续办理|0|0|0|0|0|0|0",
      ])
  }

  @Test func everyCellPointsAtItsTextAndCopiesAtTheOriginal() throws {
    let document = try Self.page()
    for table in document.tables {
      #expect(table.rows.allSatisfy { $0.count == table.rows[0].count })
      for row in table.rows {
        for cell in row {
          #expect(document.text.slice(cell.range) == cell.text)
          #expect(table.range.contains(cell.range))
        }
      }
    }
    let table3 = document.tables[1]
    #expect(table3.rows[2][0].range == table3.rows[0][0].range)
    #expect(table3.rows[8][0].range == table3.rows[5][0].range)
    // The map leads back to the HTML bytes of the cell.
    let html = try Fixtures.data("input/tables-2019.html")
    let cell = table3.rows[3][9]
    let source = document.sourceMap.sourceRange(cell.range)
    #expect(String(decoding: html[source.start..<source.end], as: UTF8.self) == "6")
    let label = document.tables[0].rows[1][1]
    let labelSource = document.sourceMap.sourceRange(label.range)
    #expect(String(decoding: html[labelSource.start..<labelSource.end], as: UTF8.self) == "本年新<br />制作数量")
  }

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var html: String
    var text: String
    var grids: [[String]]
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "huge and invalid spans are clamped",
      html: #"<table><tr><td rowspan="1000000000">a</td><td colspan="-1">b</td><td colspan="x">c</td></tr>"#
        + #"<tr><td colspan=99999999999999999999>d</td></tr></table>"#,
      text: "a | b | c\nd",
      grids: [["a|b|c" + String(repeating: "|", count: 62), "^a|d" + String(repeating: "|^d", count: 63)]]),
    Case(
      name: "cells and rows left unclosed",
      html: "<table><tr><td>规章<td>0<tr><td>规范性文件<td>2</table><p>后文",
      text: "规章 | 0\n规范性文件 | 2\n后文",
      grids: [["规章|0", "规范性文件|2"]]),
    Case(
      name: "td outside a table and stray end tags",
      html: "</td></tr></table><td>甲</td><td>乙</td></div></p>丙",
      text: "甲\n乙\n丙",
      grids: []),
    Case(
      name: "a layout table keeps the data table inside it",
      html: "<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>",
      text: "一、总体情况\n规章 | 0",
      grids: [["规章|0"]]),
    Case(
      name: "a pipe in a cell and short rows",
      html: "<table><tr><td>a|b</td><td>c</td><td>d</td></tr><tr><td>e</td></tr></table>",
      text: "a｜b | c | d\ne",
      grids: [["a｜b|c|d", "e||"]]),
    Case(
      name: "stray text in a table opens a cell",
      html: "<table> <tr> 散文 <td>x</td></tr></table>",
      text: "散文 | x",
      grids: [["散文|x"]]),
    Case(
      name: "an unclosed script drops the rest, an unclosed comment too",
      html: "<p>前</p><script>var a = '<p>x</p>';",
      text: "前",
      grids: []),
    Case(
      name: "entities without semicolons and out of range",
      html: "<p>A&nbspB &amp C &#x110000; &#xD800; &#150; &#12290</p>",
      text: "A B & C \u{FFFD} \u{FFFD} \u{2013} 。",
      grids: []),
  ]

  static let navigationCases: [Case] = [
    Case(
      name: "a navigation bar and a menu are dropped",
      html: #"<div class="top-nav"><ul><li>首页</li><li><div>政务公开</div></li></ul></div>"#
        + #"<div id="content"><p>一、总体情况</p></div><nav><a>互动交流</a></nav><select><option>网站群</option></select>"#
        + #"<div class='bdshare_t'>分享到</div><p>二、结尾</p>"#,
      text: "一、总体情况\n二、结尾",
      grids: []),
    Case(
      name: "an unclosed navigation container is kept",
      html: #"<div class="menu"><p>一、总体情况</p><p>二、结尾"#,
      text: "一、总体情况\n二、结尾",
      grids: []),
    Case(
      name: "a table inside navigation is dropped with it",
      html: #"<aside><table><tr><td>友情链接</td></tr></table></aside><table><tr><td>规章</td><td>0</td></tr></table>"#,
      text: "规章 | 0",
      grids: [["规章|0"]]),
  ]

  @Test(arguments: navigationCases)
  func dropsNavigation(_ testCase: Case) {
    let page = HTMLReader().read(Array(testCase.html.utf8))
    #expect(page.text == testCase.text)
    #expect(page.tables.map(Self.rows) == testCase.grids)
  }

  @Test(arguments: cases)
  func readsTolerantly(_ testCase: Case) {
    let page = HTMLReader().read(Array(testCase.html.utf8))
    #expect(page.text == testCase.text)
    #expect(page.tables.map(Self.rows) == testCase.grids)
  }

  @Test func capsTableCellsAndNesting() {
    let limits = ParseLimits(maxNesting: 2, maxTableCells: 6)
    let rows = String(repeating: "<tr><td>1</td><td>2</td></tr>", count: 5)
    let page = HTMLReader(limits: limits).read(Array("<table>\(rows)</table>".utf8))
    #expect(page.tables.map(Self.rows) == [["1|2", "1|2", "1|2"]])
    #expect(page.diagnostics.map(\.code) == [.limitReached])
    #expect(page.text == "1 | 2\n1 | 2\n1 | 2\n1 | 2\n1 | 2")

    let nested = "<table><tr><td><table><tr><td><table><tr><td>深</td></tr></table></td></tr></table></td></tr></table>"
    let deep = HTMLReader(limits: limits).read(Array(nested.utf8))
    #expect(deep.text == "深")
    #expect(deep.diagnostics.map(\.code) == [.limitReached])
  }

  @Test func manyUnclosedTagsStayLinear() {
    // 200,000 unclosed tags and quotes: finishes (no timing asserted), one line of text each.
    let html = String(repeating: "<td a=\"<p>x", count: 20_000) + String(repeating: "<", count: 100_000)
    let page = HTMLReader().read(Array(html.utf8))
    #expect(page.text.hasPrefix("x\nx\n"))
    #expect(page.text.hasSuffix(String(repeating: "<", count: 10)))
  }
}
