import Foundation
import Testing

@testable import DisclosureKit

@Suite("MetadataReader")
struct MetadataReaderTests {
  typealias S = StructureSupport

  func metadata(_ text: String, furniture: [NormalizedText.FurnitureLine] = []) -> ReportMetadata {
    MetadataReader().read(NormalizedText(text: text, furniture: furniture), tokens: [], sections: SectionTree())
  }

  func seed(_ n: Int) throws -> ReportMetadata { try S.seed(n).document.metadata }

  @Test func seed000() throws {
    let m = try seed(0)
    #expect(m.title == "常州市政务服务管理办公室2019年政府信息公开工作年度报告")
    #expect(m.agency == "常州市政务服务管理办公室")
    #expect(m.year == 2019)
    #expect(m.published == nil)
    #expect(m.script == "traditional")
  }

  @Test func seed001() throws {
    let m = try seed(1)
    #expect(m.title == "谢家集区人民政府2020年政府信息公开工作年度报告")
    #expect(m.agency == "谢家集区人民政府")
    #expect(m.year == 2020)
    #expect(m.published == "2021-02-19")
    #expect(m.statisticsPeriod == ReportMetadata.Period(from: "2020-01-01", to: "2020-12-31"))
  }

  @Test func seed002() throws {
    let m = try seed(2)
    #expect(m.title == "永州市冷水滩区行政审批服务局2020年政府信息公开工作年度报告")
    #expect(m.agency == "永州市冷水滩区行政审批服务局")
    #expect(m.year == 2020)
    #expect(m.published == nil)
    #expect(m.indexNumber == "4311030021/2021-00073")
    #expect(m.issuingOrgan == "冷水滩区")
    #expect(m.documentNumber == nil)
  }

  @Test func seed003() throws {
    let m = try seed(3)
    #expect(m.title == "景德镇市政府信息公开年度报告")
    #expect(m.agency == "景德镇市")
    #expect(m.year == 2018)
    #expect(m.published == "2019-02-22")
    #expect(m.statisticsPeriod == ReportMetadata.Period(from: "2018-01-01", to: "2018-12-31"))
  }

  @Test func seed004() throws {
    let m = try seed(4)
    #expect(m.title == "广州市政务服务数据管理局信息公开工作年度报告")
    #expect(m.agency == "广州市政务服务数据管理局")
    #expect(m.year == 2018)
    #expect(m.published == "2018-02-21")
    #expect(m.statisticsPeriod == nil)
  }

  @Test func crawlerHeaderInTheBody() {
    let m = metadata(
      """
      标题: 某县交通运输局2021年政府信息公开工作年度报告
      发布时间: 2022/1/28
      发文机关: 某县交通运输局
      文号: 某交发〔2022〕3号
      索引号: 000014349/2022-00012
      原文链接: http://example.gov.cn/art/2022/1/28.html
      ==== 正文 ====
      一、总体情况
      """)
    #expect(m.title == "某县交通运输局2021年政府信息公开工作年度报告")
    #expect(m.agency == "某县交通运输局")
    #expect(m.year == 2021)
    #expect(m.published == "2022-01-28")
    #expect(m.issuingOrgan == "某县交通运输局")
    #expect(m.documentNumber == "某交发〔2022〕3号")
    #expect(m.indexNumber == "000014349/2022-00012")
  }

  @Test func crawlerHeaderInTheFurniture() {
    let range = SourceRange(start: 0, end: 0)
    let m = metadata(
      "一、总体情况\n统计期限为2019年1月1日至12月31日。\n",
      furniture: [
        .init(kind: .crawlerHeader, text: "标题: 某市2019年度政府信息公开工作报告", sourceRange: range),
        .init(kind: .pageInfo, text: "发布日期：2020年1月15日 来源：某市", sourceRange: range),
      ])
    #expect(m.title == "某市2019年度政府信息公开工作报告")
    #expect(m.agency == "某市")
    #expect(m.year == 2019)
    #expect(m.published == "2020-01-15")
    #expect(m.statisticsPeriod == ReportMetadata.Period(from: "2019-01-01", to: "2019-12-31"))
  }

  @Test func spacedTitleWithAgencyAbove() {
    let m = metadata("某区行政审批服务局\n2020年政府信息公开工作年 度 报 告\n正文。\n")
    #expect(m.title == "某区行政审批服务局2020年政府信息公开工作年度报告")
    #expect(m.agency == "某区行政审批服务局")
    #expect(m.year == 2020)
  }

  @Test func breadcrumbTitleAndYear() {
    let m = metadata("首页 > 政务公开 > 年报 > 2017年 > 某市人民政府信息公开年度报告\n正文。\n")
    #expect(m.title == "某市人民政府信息公开年度报告")
    #expect(m.agency == "某市人民政府")
    #expect(m.year == 2017)
  }

  @Test func announcedTitleAndDateLine() {
    let m = metadata(
      "\n(2019年3月1日)\n根据《条例》的规定,现公布某市政务服务数据管理局信息公开工作年度报告。本报告由概述组成。\n2018年,我局认真贯彻。\n")
    #expect(m.title == "某市政务服务数据管理局信息公开工作年度报告")
    #expect(m.agency == "某市政务服务数据管理局")
    #expect(m.year == 2018)
    #expect(m.published == "2019-03-01")
  }

  @Test func titleWithTrailingSource() {
    let m = metadata("某局2019年政府信息公开工作年度报告(来源:某局)\n正文。\n")
    #expect(m.title == "某局2019年政府信息公开工作年度报告")
    #expect(m.agency == "某局")
  }

  @Test func signatureDateAtTheEnd() {
    let m = metadata("某局2018年政府信息公开工作年度报告\n正文。\n某局办公室\n2019年1月30日\n")
    #expect(m.published == "2019-01-30")
  }

  @Test(arguments: [
    ("数据统计起止时间为2018111231。", "2018-01-01", "2018-12-31"),
    ("统计期限自2020年1月1日始至2020年12月31日止", "2020-01-01", "2020-12-31"),
    ("统计时间为2019年1月1日-2019年12月31日", "2019-01-01", "2019-12-31"),
    ("报告期为2021年1月1日至12月31日", "2021-01-01", "2021-12-31"),
    ("数据统计期为20200101-20201231", "2020-01-01", "2020-12-31"),
  ])
  func statisticsPeriods(_ sentence: String, _ from: String, _ to: String) {
    #expect(metadata("正文。\n" + sentence + "\n").statisticsPeriod == ReportMetadata.Period(from: from, to: to))
  }

  @Test func chineseNumeralYearInTitle() {
    #expect(metadata("某县二〇一八年政府信息公开工作年度报告\n").year == 2018)
    #expect(metadata("某县二〇一八年政府信息公开工作年度报告\n").agency == "某县")
  }

  @Test func emptyText() {
    let m = metadata("")
    #expect(m == ReportMetadata())
  }
}
