import Foundation
import Testing

@testable import DisclosureKit

@Suite("HeadingDetector")
struct HeadingDetectorTests {
  typealias S = StructureSupport

  @Test func standardOutlineWithKindsAndRanges() throws {
    let text = "一、总体情况\n正文。\n（一）主动公开\n内容。\n二、主动公开政府信息情况\n表\n"
    let tree = S.tree(text)
    #expect(S.outline(tree) == ["1 一、总体情况 overview", "2 （一）主动公开", "1 二、主动公开政府信息情况 proactiveDisclosure"])
    let first = try #require(tree.sections.first)
    #expect(first.number == "一")
    #expect(first.title == "总体情况")
    #expect(text.slice(first.headingRange) == "一、总体情况")
    #expect(text.slice(first.range) == "一、总体情况\n正文。\n（一）主动公开\n内容。\n")
    let child = try #require(first.children.first)
    #expect(child.number == "一")
    #expect(text.slice(child.range) == "（一）主动公开\n内容。\n")
    #expect(tree.sections[1].range.end == text.utf8.count)
  }

  /// Table 3's row labels, one cell per line, restart the numbering inside
  /// section 三 and are followed by numbers: none is a heading.
  @Test func tableRowLabelsOneCellPerLine() {
    let text = """
      三、收到和处理政府信息公开申请情况
      申请人情况
      自然人
      一、本年新收政府信息公开申请数量
      2
      0
      二、上年结转政府信息公开申请数量
      0
      三、本年度办理结果
      （一）予以公开
      2
      （三）不予公开
      1.属于国家秘密
      0
      3.补正后申请内容仍不明确0
      0
      （七）总计
      2
      四、结转下年度继续办理
      0
      四、政府信息公开行政复议、行政诉讼情况
      行政复议
      五、存在的主要问题及改进情况
      问题。
      """
    #expect(
      S.outline(S.tree(text)) == [
        "1 三、收到和处理政府信息公开申请情况 requests", "1 四、政府信息公开行政复议、行政诉讼情况 reviewLitigation",
        "1 五、存在的主要问题及改进情况 problems",
      ])
  }

  @Test func tableRowLabelsInPipeRows() {
    let text = """
      三、收到和处理政府信息公开申请情况
      | 申请人情况 | 自然人 | 总计 |
      | 一、本年新收政府信息公开申请数量 | 2 | 2 |
      | 二、上年结转政府信息公开申请数量 | 0 | 0 |
      | 三、本年度办理结果 | （一）予以公开 | 2 | 2 |
      | 四、结转下年度继续办理 | 0 | 0 |
      四、政府信息公开行政复议、行政诉讼情况
      """
    #expect(S.top(S.tree(text)) == ["三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"])
  }

  /// Cells run together with their label, and a pipe row whose first cell
  /// after the label is another label.
  @Test func runTogetherAndNestedRowLabels() {
    let text = """
      三、收到和处理政府信息公开申请情况
      一、本年新收政府信息公开申请数量2000002
      二、上年结转政府信息公开申请数量0000000
      | 三、本年度办理结果 | （一）予以公开 | 2 | 0 | 2 |
      （二）部分公开0000000
      3.补正后申请内容仍不明确0
      四、政府信息公开行政复议、行政诉讼情况
      （一）复议情况
      """
    #expect(
      S.outline(S.tree(text)) == [
        "1 三、收到和处理政府信息公开申请情况 requests", "1 四、政府信息公开行政复议、行政诉讼情况 reviewLitigation", "2 （一）复议情况",
      ])
  }

  @Test func markdownHeadings() {
    let text = "# 某局2020年政府信息公开工作年度报告\n## 一、总体情况\n正文。\n**（一）主动公开**\n正文。\n"
    #expect(S.outline(S.tree(text)) == ["1 一、总体情况 overview", "2 （一）主动公开"])
  }

  /// With a table template in the vocabulary, a row label is not a heading
  /// even when prose follows it.
  @Test func tableRowLabelsFromTheVocabulary() {
    let template = TableTemplate(
      key: "requests", columns: [.init("total", labels: ["总计"])],
      rows: [.init("granted", labels: ["予以公开"]), .init("denied.stateSecret", labels: ["属于国家秘密"], group: "不予公开")])
    let vocabulary = Vocabulary(sections: Vocabulary.standardSections, tables: [template])
    let text = "一、总体情况\n（一）予以公开\n说明文字。\n（二）不予公开\n说明文字。\n（三）工作机制\n说明。\n"
    #expect(S.outline(S.tree(text, vocabulary: vocabulary)) == ["1 一、总体情况 overview", "2 （三）工作机制"])
  }

  @Test func enumeratorsAndNumberedProseAreNotHeadings() {
    let text = """
      一、总体情况
      一是加强组织领导。二是健全制度。
      1.按照年度工作要点要求，我局在门户网站开设专栏，及时发布各类政策文件、规划计划、财政预决算、行政许可和行政处罚结果等信息，并通过政务新媒体同步推送，全年累计发布信息一千余条。
      二、主动公开政府信息情况
      """
    #expect(S.top(S.tree(text)) == ["一、总体情况", "二、主动公开政府信息情况"])
    #expect(S.tree(text).sections[0].children.isEmpty)
  }

  /// A long first sentence is a heading beside a short numbered sibling,
  /// cut at its first comma.
  @Test func longSentenceBesideNumberedSiblings() {
    let text = """
      一、概述
      1、领导高度重视。市长多次听取汇报。
      2、完善机构设置，确定市政府办公室信息科具体负责政务信息公开的信息日常发布和监督管理工作，并安排专人负责。各县都成立了机构。
      3、强化业务培训。举办培训班。
      """
    #expect(S.outline(S.tree(text)) == ["1 一、概述 overview", "2 1、领导高度重视。", "2 2、完善机构设置", "2 3、强化业务培训。"])
  }

  /// Headings that run into their paragraph, and headings inside a pasted
  /// line after a space.
  @Test func runInAndMidLineHeadings() {
    let text = """
      五、存在问题及改进措施
      (一)存在问题。2020年,我区在推进政务公开工作中虽然做了大量工作。
      (二)改进措施。一是全面推进。
      一、总体情况 2019年,我办取得成效。 (一)围绕重点领域,加大主动公开力度 出台方案。 七、其他需要报告的事项 常州市公共资源服务平台。
      """
    // 六 before 五 breaks the rising level-1 numbering and is dropped.
    let tree = S.tree("六、其他\n" + text)
    #expect(
      S.outline(S.tree(text)) == [
        "1 五、存在问题及改进措施 problems", "2 (一)存在问题。", "2 (二)改进措施。", "2 (一)围绕重点领域,加大主动公开力度",
        "1 七、其他需要报告的事项 other",
      ])
    #expect(S.top(tree) == ["五、存在问题及改进措施", "七、其他需要报告的事项"])
  }

  /// Marker styles mixed at one level: `（一）` with `(二)`, `1、` with `2.`.
  @Test func mixedMarkerStylesShareALevel() {
    let text = "一、总体情况\n（一）甲\n1、子一\n2.子二\n(二)乙\n(1)孙\n2)孙二\n①细目\n二、主动公开政府信息情况\n"
    #expect(
      S.outline(S.tree(text)) == [
        "1 一、总体情况 overview", "2 （一）甲", "3 1、子一", "3 2.子二", "2 (二)乙", "3 (1)孙", "3 2)孙二", "4 ①细目",
        "1 二、主动公开政府信息情况 proactiveDisclosure",
      ])
  }

  /// The first sub-level is `1.`, and `(1)` below it; a later section uses `（一）`.
  @Test func firstSubLevelNumberedWithDigits() {
    let text = "一、概述\n1.圍繞建設。\n(1)制定出台。\n(2)强化监督。\n2.围绕重点领域。\n二、主动公开政府信息情况\n（一）数量。\n"
    #expect(
      S.outline(S.tree(text)) == [
        "1 一、概述 overview", "2 1.圍繞建設。", "3 (1)制定出台。", "3 (2)强化监督。", "2 2.围绕重点领域。",
        "1 二、主动公开政府信息情况 proactiveDisclosure", "2 （一）数量。",
      ])
  }

  /// `1、` then `1.` numbered afresh directly under it nests.
  @Test func restartedDigitStyleNests() {
    let text = "一、概述\n1、工作\n1.细项\n2.细项\n2、工作\n"
    #expect(S.outline(S.tree(text)) == ["1 一、概述 overview", "2 1、工作", "3 1.细项", "3 2.细项", "2 2、工作"])
  }

  @Test func crawlerHeaderIsNotAHeading() {
    let text = """
      标题: 某市2019年政府信息公开工作年度报告
      发布时间: 2020-01-20
      原文链接: http://example.gov.cn/1.html
      ==== 正文 ====
      一、总体情况
      内容。
      """
    #expect(S.top(S.tree(text)) == ["一、总体情况"])
  }

  @Test func kindsOfNarrativeAndVariantTitles() {
    let text = """
      一、概述
      二、主动公开情况
      三、政府信息依申请公开办理情况
      四、政府信息公开的收费及减免情况
      五、因政府信息公开申请行政复议、提起行政诉讼的情况
      六、存在的主要问题和改进措施
      七、需要说明的事项
      八、重点领域信息公开
      """
    #expect(
      S.tree(text).sections.map(\.kind) == [
        .overview, .proactiveDisclosure, .requests, .fees, .reviewLitigation, .problems, .other, .unknown,
      ])
  }

  @Test func traditionalTitlesGetKinds() {
    let text = "一、總體情況\n二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n四、政府信息公開行政復議、行政訴訟情況\n"
    #expect(S.tree(text).sections.map(\.kind) == [.overview, .proactiveDisclosure, .requests, .reviewLitigation])
  }

  /// Seed 001 with every line break removed: the known sections are found
  /// inside the one line by their titles.
  @Test func oneLineBodyKeepsTheOutline() throws {
    let text = String(decoding: try Fixtures.data("structure/001-one-line.txt"), as: UTF8.self)
    let tree = S.tree(text)
    #expect(
      S.outline(
        SectionTree(
          sections: tree.sections.map {
            var s = $0; s.children = []; return s
          })) == [
          "1 一、总体情况 overview", "1 二、主动公开政府信息情况 proactiveDisclosure",
          "1 三、收到和处理政府信息公开申请情况 requests", "1 四、政府信息公开行政复议、行政诉讼情况 reviewLitigation",
          "1 五、存在问题及改进措施 problems", "1 六、其他需要报告的事项 other",
        ])
  }

  @Test func sectionCountIsCapped() {
    let text = (1...30).map { "（\(SectionNumbering.hanNumeral($0))）小节\n" }.joined()
    let tree = S.tree("一、总体情况\n" + text, limits: ParseLimits(maxSections: 5))
    #expect(tree.allSections.count == 5)
  }

  @Test func noHeadingsInEmptyOrMarkerlessText() {
    #expect(S.tree("").sections.isEmpty)
    #expect(S.tree("本报告由概述组成。\n\n").sections.isEmpty)
    #expect(S.tree("一、\n（一）\n").sections.isEmpty)
  }
}
