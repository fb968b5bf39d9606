import Foundation
import Testing

@testable import DisclosureKit

@Suite("DuplicateBody")
struct DuplicateBodyTests {
  @Test func keepsSeed002Once() throws {
    let normalized = try normalizedSeed(2)
    let text = normalized.text
    let title = "冷水滩区行政审批服务局2020年工作总结及2021年工作打算"
    #expect(text.components(separatedBy: title).count == 2)
    #expect(text.components(separatedBy: "4、在推动社会信用体系建设上突破。").count == 2)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(Array(lines.prefix(4)) == ["永州市冷水滩区行政审批服务局", "永州市冷水滩区行政审批服务局", "2020年政府信息公开工作年 度 报 告", Substring(title)])
    #expect(lines.count == 34)
    let diagnostic = try #require(normalized.diagnostics.first { $0.code == .duplicateBody })
    #expect(diagnostic.message == "The body appears twice; the second copy (31 lines, 20492 bytes) was dropped.")
    let kept = try #require(diagnostic.location?.range)
    #expect(text.slice(kept).hasPrefix(title))
    #expect(text.slice(kept).hasSuffix("营造良好的诚信环境。") || kept.end == text.utf8.count)
  }

  @Test(arguments: [0, 1, 3, 4])
  func findsNoDuplicateInTheOtherSeeds(_ seed: Int) throws {
    #expect(try normalizedSeed(seed).diagnostics.allSatisfy { $0.code != .duplicateBody })
  }

  @Test func keepsABodyOnOneLinePastedTwiceOnce() throws {
    let body =
      "一、总体情况 2020年，本机关主动公开政府信息123条，受理政府信息公开申请5件，均按期答复。"
      + "二、主动公开政府信息情况 规章 0 0 0 规范性文件 2 2 13。三、收到和处理政府信息公开申请情况 本年新收5件。"
      + "四、存在的主要问题及改进情况 公开意识有待加强。"
    let normalized = try normalized("某局2020年政府信息公开工作年度报告\n" + body + " " + body + "\n")
    #expect(normalized.text == "某局2020年政府信息公开工作年度报告\n" + body)
    #expect(normalized.diagnostics.map(\.code) == [.duplicateBody])
  }

  @Test func aShortRepeatIsNotADuplicateBody() throws {
    let text = "一、总体情况\n0\n0\n0\n二、主动公开\n0\n0\n0\n三、结尾部分的文字较长较长较长较长较长较长较长较长较长较长较长较长"
    let normalized = try normalized(text)
    #expect(normalized.text == text)
    #expect(normalized.diagnostics.isEmpty)
  }

  @Test func findReturnsTheTwoCopies() {
    let a = String(repeating: "A", count: 150)
    let b = String(repeating: "B", count: 150)
    let text = ["head", a, b, a, b].joined(separator: "\n")
    let bytes = Array(text.utf8)
    var lines: [Range<Int>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    lines.append(start..<bytes.count)
    #expect(DuplicateBody.find(in: bytes, lines: lines) == DuplicateBody.Match(first: 1..<3, second: 3..<5))
  }
}
