import Foundation
import Testing

@testable import DisclosureKit

/// The exact outlines of the seed reports after the real pipeline. Seeds 000
/// and 004 are in traditional script and 002 is pasted twice: their
/// expectations hold once the Normalize stage folds the script and drops the
/// second copy.
@Suite("SeedOutlines")
struct SeedOutlineTests {
  typealias S = StructureSupport

  @Test func seed000() throws {
    let tree = try S.seed(0).tree
    #expect(
      S.top(tree) == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "七、其他需要报告的事项",
      ])
    #expect(
      tree.sections.map(\.kind) == [.overview, .proactiveDisclosure, .requests, .reviewLitigation, .problems, .other])
    #expect(tree.sections.map(\.level) == [1, 1, 1, 1, 1, 1])
    #expect(tree.sections[4].children.map(\.heading) == ["(一)主要问题", "(二)2020年改进措施"])
    #expect(tree.sections[1].children.isEmpty && tree.sections[2].children.isEmpty)
  }

  @Test func seed001() throws {
    let tree = try S.seed(1).tree
    #expect(
      S.outline(tree) == [
        "1 一、总体情况 overview",
        "2 (一)主动公开政府信息情况",
        "3 1)围绕贯彻落实十九届四中全会精神加强用权公开。",
        "3 2)围绕做好“六稳”“六保”工作加强政策发布解读。",
        "3 3)围绕优化营商环境加强政务信息公开。",
        "3 4)围绕疫情防控加强公共卫生信息公开。",
        "3 5)围绕民生改善加强重点领域信息公开。",
        "3 6)围绕基层“两化”强化示范引领。",
        "3 7)围绕公开条例落实提升工作质效。",
        "2 (二)依申请公开情况",
        "2 (三)政务信息管理情况",
        "2 (四)加强政府网站与政务新媒体平台建设",
        "2 (五)保障措施",
        "1 二、主动公开政府信息情况 proactiveDisclosure",
        "1 三、收到和处理政府信息公开申请情况 requests",
        "1 四、政府信息公开行政复议、行政诉讼情况 reviewLitigation",
        "1 五、存在问题及改进措施 problems",
        "2 (一)存在问题。",
        "2 (二)改进措施。",
        "1 六、其他需要报告的事项 other",
      ])
    let problems = try #require(tree.section(.problems))
    #expect(problems.children.map(\.title) == ["存在问题", "改进措施"])
  }

  @Test func seed002() throws {
    let tree = try S.seed(2).tree
    #expect(S.top(tree) == ["一、所做的主要工作", "二、下一步工作打算"])
    #expect(tree.sections.map(\.kind) == [.unknown, .unknown])
    #expect(tree.sections[0].children.map(\.number) == ["一", "二", "三", "四", "五", "六", "七"])
    #expect(tree.sections[0].children[0].heading == "(一)持续推进更加优质、高效、便民的政务服务")
    #expect(tree.sections[0].children[0].children.map(\.number) == ["1", "2", "3", "4"])
    #expect(tree.sections[1].children.map(\.heading).first == "1、在营造稳定公平透明、可预期营商环境上求突破。")
    #expect(tree.sections[1].children.count == 4)
  }

  @Test func seed003() throws {
    let tree = try S.seed(3).tree
    #expect(
      S.top(tree) == [
        "一、概述", "二、重点领域政府信息公开工作开展情况", "三、主动公开政府信息情况", "四、依申请公开政府信息办理情况",
        "五、政府信息公开的收费及减免情况", "六、因政府信息公开申请行政复议、提起行政诉讼的情况", "七、存在的主要问题和改进措施",
      ])
    #expect(
      tree.sections.map(\.kind) == [
        .overview, .unknown, .proactiveDisclosure, .requests, .fees, .reviewLitigation, .problems,
      ])
    let overview = try #require(tree.section(.overview))
    #expect(overview.children.map(\.heading) == ["(一)加强组织领导,健全工作机制。", "(二)做好政策解读、回应社会关切。"])
    #expect(overview.children[0].children.map(\.number) == ["1", "2", "3"])
    #expect(tree.section(.fees)?.children.isEmpty == true)
  }

  @Test func seed004() throws {
    let tree = try S.seed(4).tree
    #expect(
      S.top(tree) == [
        "一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开收费情况",
        "五、因信息公开引起的行政复议和行政诉讼情况", "六、存在的主要问题和改进措施",
      ])
    #expect(
      tree.sections.map(\.kind) == [.overview, .proactiveDisclosure, .requests, .fees, .reviewLitigation, .problems])
    let overview = try #require(tree.section(.overview))
    let first = try #require(overview.children.first)
    #expect(first.level == 2)
    #expect(first.heading == "(一)落实2018年政务公开工作要点分工方案情况")
    #expect(first.children.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
    #expect(first.children[0].heading == "1.围绕建设法治政府全面推进政务公开。")
    #expect(first.children[0].level == 3)
    #expect(first.children[0].children.map(\.number) == ["1", "2", "3"])
    #expect(first.children[0].children.map(\.level) == [4, 4, 4])
  }

  /// Every section's heading lies at the start of its range, ranges nest,
  /// and siblings do not overlap.
  @Test(arguments: 0..<5)
  func rangesNest(_ n: Int) throws {
    let (document, tree) = try S.seed(n)
    func visit(_ sections: [Section], in parent: SourceRange) {
      var previousEnd = parent.start
      for section in sections {
        #expect(parent.contains(section.range))
        #expect(section.range.start >= previousEnd)
        #expect(section.range.contains(section.headingRange))
        #expect(section.headingRange.start == section.range.start)
        #expect(document.text(of: section.headingRange) == section.heading)
        previousEnd = section.range.end
        visit(section.children, in: section.range)
      }
    }
    visit(tree.sections, in: SourceRange(start: 0, end: document.text.text.utf8.count))
  }
}
