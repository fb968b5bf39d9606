import Foundation
import Testing

@testable import DisclosureKit

@Suite("PageFurniture")
struct PageFurnitureTests {
  typealias Kind = NormalizedText.FurnitureLine.Kind

  static func summary(_ text: NormalizedText) -> [String] {
    text.furniture.map { "\($0.kind.rawValue): \($0.text)" }
  }

  @Test func seed000SetsThePipeRunsAside() throws {
    let text = try normalizedSeed(0)
    let pipes = String(repeating: "|", count: 347)
    #expect(Self.summary(text) == ["separator: |", "separator: \(pipes)", "separator: | \(pipes)", "separator: |"])
    #expect(text.text.hasPrefix("常州市政务服务管理办公室2019年政府信息公开工作年度报告\n一、总体情况"))
    #expect(!text.text.contains("|"))
  }

  @Test func seed001SetsThePageBarAndTheFeedbackFormAside() throws {
    let text = try normalizedSeed(1)
    #expect(
      Self.summary(text) == [
        "pageInfo: 发布时间:2021-02-19 11:18信息来源:谢家集区人民政府文字大小:[    ] 背景色:",
        "other: 正在更新中...",
        "form: 为进一步了解掌握社会公众对政策执行效果的反馈与评价,请您对该政策的制定及执行提出宝贵的意见或建议。我们将及时收集并分析,共同助力政策不断完善。",
        "form: • 姓  名:", "form: • 联系方式:", "form: • *内  容:", "form: • *验 证 码:",
      ])
    #expect(text.text.hasPrefix("谢家集区人民政府2020年政府信息公开工作年度报告\n\n报告按照《中华人民共和国政府信息公开条例》"))
    #expect(text.text.hasSuffix("打通服务群众“最后一公里”"))
  }

  @Test func seed002SetsTheIndexRowsAside() throws {
    let text = try normalizedSeed(2)
    #expect(
      Self.summary(text) == [
        "pageInfo: 索引号: | 4311030021/2021-00073 | 分类: | |", "pageInfo: 发文机关: | 冷水滩区 | 发文日期: | |",
        "pageInfo: 名称: | |||", "pageInfo: 文号 : |",
      ])
    #expect(text.furniture[0].sourceRange == SourceRange(start: 0, end: 48))
    #expect(text.text.hasPrefix("永州市冷水滩区行政审批服务局\n"))
  }

  @Test func seed003SetsTheBreadcrumbAndPageBarAside() throws {
    let text = try normalizedSeed(3)
    #expect(
      Self.summary(text) == [
        "breadcrumb: 首页 > 政务公开 > 政府信息公开年报 > 2018年 > 景德镇市政府信息公开年度报告",
        "pageInfo: 发布时间: 2019-02-22 访问量:", "other: 相关文档:", "other: 相关附件:",
      ])
    #expect(text.text.hasPrefix("市政府\n\n本报告是根据《中华人民共和国政府信息公开条例》"))
    // The breadcrumb's range covers its bytes in the input (NBSPs included).
    let data = try Fixtures.seed(3)
    let range = text.furniture[0].sourceRange
    #expect(String(decoding: data[range.start..<range.end], as: UTF8.self).hasPrefix("首页\u{A0}>\u{A0}政务公开"))
  }

  @Test func seed004SetsTheShareBlockAside() throws {
    let text = try normalizedSeed(4)
    #expect(Self.summary(text) == ["share: 扫码进入", "share: 扫码进入", "share: 扫码打开", "share: 关注 · 广州政府网"])
    // The range covers the line's text; the pinyin annotation after it was removed, not set aside.
    let data = try Fixtures.seed(4)
    let last = text.furniture[3].sourceRange
    #expect(String(decoding: data[last.start..<last.end], as: UTF8.self) == "關注 · 廣州政府網")
  }

  @Test func crawlerHeaderBlock() throws {
    let input = """
      标题: 某局2020年政府信息公开工作年度报告
      发布时间: 2021-01-28
      发文机关: 某局
      原文链接: http://www.example.gov.cn/art/2021/1/28/art_1.html
      ==== 正文 ====

      某局2020年政府信息公开工作年度报告
      一、总体情况
      发布时间为每年1月31日前。
      """
    let text = try normalized(input)
    #expect(
      Self.summary(text) == [
        "crawlerHeader: 标题: 某局2020年政府信息公开工作年度报告", "crawlerHeader: 发布时间: 2021-01-28",
        "crawlerHeader: 发文机关: 某局", "crawlerHeader: 原文链接: http://www.example.gov.cn/art/2021/1/28/art_1.html",
        "crawlerHeader: ==== 正文 ====",
      ])
    #expect(text.text == "某局2020年政府信息公开工作年度报告\n一、总体情况\n发布时间为每年1月31日前。")
  }

  @Test func bodyLinesThatLookAlikeStay() throws {
    let input = """
      某局2020年政府信息公开工作年度报告
      一、总体情况
      名称: 某某项目
      联系电话:
      0554-2797015
      （三）扫码办事
      行政许可 > 行政处罚 > 行政强制
      申请 > 受理 > 审核 > 办结
      《关于印发某方案的通知》(文号:某〔2020〕1号,发布日期:2020-01-01)
      -
      ——
      规章 | 0 | | |
      """
    let text = try normalized(input)
    #expect(text.furniture.isEmpty)
    #expect(text.text == input)
  }

  @Test(arguments: [
    ("当前位置：首页 > 信息公开 > 年报", Kind.breadcrumb),
    ("【字体：大 中 小】【打印】【关闭】", .pageInfo),
    ("浏览次数：1234", .pageInfo),
    ("分享到：", .share),
    ("扫一扫在手机打开当前页", .share),
    ("-----------------", .separator),
    ("| | |", .separator),
    ("上一篇", .other),
    ("【正文】", .crawlerHeader),
    ("版权所有：某市人民政府办公室 京ICP备12345678号", .other),
    ("网站标识码3600000001 赣公网安备 36020202000123号", .other),
  ])
  func classifiesALine(_ line: String, _ kind: Kind) {
    #expect(PageFurniture.classify(Substring(line)) == kind)
  }

  @Test(arguments: ["一、总体情况", "2020年，本机关发布时间为1月。", "（一）主动公开情况", "规章 | 0 | 0 | 0", "0", "-"])
  func leavesBodyLinesAlone(_ line: String) {
    #expect(PageFurniture.classify(Substring(line)) == nil)
  }
}
