import Foundation
import Testing

@testable import DisclosureKit

/// Mangled and adversarial inputs: the structure stage and its checks
/// return, whatever the bytes.
@Suite("StructureRobustness")
struct StructureRobustnessTests {
  /// A deterministic generator, so a failure reproduces.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static let pieces = [
    "一、", "（一）", "(", ")", "1.", "1)", "①", "第一部分", "总体情况", "\n", " ", "|", "。", "2019年", "1月", "31日",
    "统计", "发布时间:", "年度报告", "0", "12", "、", "十", "\u{FFFD}", "标题:", ">", "2017年度", "9宗", "#", "*", "\t",
  ]

  @Test(arguments: 0..<40)
  func randomPiecesNeverTrap(_ seed: Int) {
    var generator = Generator(state: UInt64(seed) &+ 1)
    var text = ""
    for _ in 0..<400 { text += Self.pieces.randomElement(using: &generator) ?? "" }
    let report = StructureSupport.report(text)
    let context = CheckContext(vocabulary: StructureSupport.vocabulary)
    _ = SectionNumbering().check(report, in: context)
    _ = SectionPresence().check(report, in: context)
    _ = DateAgreement().check(report, in: context)
    for section in report.sections {
      #expect(section.range.contains(section.headingRange))
      #expect(section.range.end <= text.utf8.count)
    }
  }

  @Test func truncatedScalarsAndMarkersOnly() {
    var bytes = Array("一、总体情况\n（一".utf8)
    bytes.append(0xE4)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(StructureSupport.top(StructureSupport.tree(text)) == ["一、总体情况"])
    #expect(StructureSupport.tree(String(repeating: "一、", count: 5000)).sections.count <= 1)
  }

  /// Many level-1 candidates take the greedy chain: of 一…九十九 repeated,
  /// the first rising run is kept.
  @Test func manyLevelOneCandidates() {
    let text = (0..<3000).map { "\(SectionNumbering.hanNumeral($0 % 99 + 1))、标题\n" }.joined()
    let tree = StructureSupport.tree(text)
    #expect(tree.allSections.count == 99)
    #expect(tree.sections.map(\.number).prefix(3) == ["一", "二", "三"])
  }

  @Test func longLineWithoutBreaks() {
    let body = String(repeating: "政务公开工作取得成效", count: 20000)
    let text = body + "二、主动公开政府信息情况" + body
    #expect(StructureSupport.top(StructureSupport.tree(text)) == ["二、主动公开政府信息情况"])
  }
}
