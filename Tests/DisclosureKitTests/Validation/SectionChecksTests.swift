import Foundation
import Testing

@testable import DisclosureKit

@Suite("SectionChecks")
struct SectionChecksTests {
  typealias S = StructureSupport
  let standard = CheckContext(vocabulary: Vocabulary(sections: Vocabulary.standardSections))
  let narrative = CheckContext(vocabulary: Vocabulary(sections: Vocabulary.narrativeSections))

  /// A report built from a seed through the real pipeline and this stage.
  func seedReport(_ n: Int) throws -> AnnualReport {
    let (document, tree) = try S.seed(n)
    return AnnualReport(
      source: document.source, template: "test", extractor: "test", confidence: 1, metadata: document.metadata,
      sections: tree.sections, tables: [], facts: [], diagnostics: [], normalizedText: document.text.text)
  }

  @Test func numberingGap() {
    let report = S.report("一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n五、存在的主要问题及改进情况\n正文。\n")
    let found = SectionNumbering().check(report, in: standard)
    #expect(found.map(\.code) == [.sectionNumberingGap])
    #expect(found.first?.location?.section == "五、存在的主要问题及改进情况")
    #expect(found.first?.message == "Level-1 numbering skips 三、四: 二 is followed by 五.")
  }

  @Test func outOfOrder() {
    let report = S.report("一、总体情况\n正文。\n二、其他需要报告的事项\n正文。\n三、主动公开政府信息情况\n正文。\n")
    let found = SectionNumbering().check(report, in: standard)
    #expect(found.map(\.code) == [.sectionOutOfOrder])
    #expect(found.first?.location?.section == "三、主动公开政府信息情况")
  }

  @Test func missingAndEmptySections() {
    let report = S.report("一、总体情况\n正文。\n二、主动公开政府信息情况\n | | \n三、收到和处理政府信息公开申请情况\n（一）申请\n")
    let found = SectionPresence().check(report, in: standard)
    #expect(found.filter { $0.code == .sectionEmpty }.map(\.location?.section) == ["二、主动公开政府信息情况"])
    #expect(found.filter { $0.code == .sectionMissing }.count == 3)
    #expect(
      found.filter { $0.code == .sectionMissing }.map(\.messageZh) == [
        "报告缺少“政府信息公开行政复议、行政诉讼情况”部分。", "报告缺少“存在的主要问题及改进情况”部分。", "报告缺少“其他需要报告的事项”部分。",
      ])
  }

  @Test func noVocabularyRequiresNothing() {
    let report = S.report("一、所做的主要工作\n正文。\n")
    #expect(SectionPresence().check(report, in: CheckContext(vocabulary: Vocabulary())).isEmpty)
  }

  @Test func ordinals() {
    #expect(
      ["一", "七", "十", "十二", "二十", "二十一", "3", "x", ""].map(SectionNumbering.ordinal(of:)) == [
        1, 7, 10, 12, 20, 21, 3, nil, nil,
      ])
  }

  @Test func seed000() throws {
    let report = try seedReport(0)
    let numbering = SectionNumbering().check(report, in: standard)
    #expect(numbering.map(\.code) == [.sectionNumberingGap])
    #expect(numbering.first?.message == "Level-1 numbering skips 六: 五 is followed by 七.")
    let presence = SectionPresence().check(report, in: standard)
    #expect(presence.map(\.code) == [.sectionEmpty, .sectionEmpty, .sectionEmpty])
    #expect(
      presence.map(\.location?.section) == [
        "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      ])
  }

  @Test func seed001() throws {
    let report = try seedReport(1)
    #expect(SectionNumbering().check(report, in: standard).isEmpty)
    #expect(SectionPresence().check(report, in: standard).isEmpty)
  }

  @Test func seed003() throws {
    let report = try seedReport(3)
    #expect(SectionNumbering().check(report, in: narrative).isEmpty)
    let presence = SectionPresence().check(report, in: narrative)
    #expect(presence.map(\.code) == [.sectionMissing, .sectionEmpty])
    #expect(presence.last?.location?.section == "五、政府信息公开的收费及减免情况")
  }
}
