import Foundation
import Testing

@testable import DisclosureKit

@Suite("HTMLResidue")
struct HTMLResidueTests {
  @Test func removesTheMangledTagsOfSeed002() throws {
    let text = try normalizedSeed(2).text
    #expect(!text.contains("⠼"))
    #expect(!text.contains("span>"))
    #expect(!text.contains("font face"))
    let lines = text.split(separator: "\n")
    let first = try #require(lines.first { $0.hasPrefix("1、“三集中三到位”全面提升。") })
    #expect(first.hasSuffix("拿出整改方案和时间表报区行政审批服务局,并在规定时间内整改到位。"))
    #expect(text.contains("三是信息数据报送足。为提高信用信息报送质量,邀请了“信用永州”平台建设技术人员到冷水滩举行"))
  }

  @Test(arguments: [
    (#"<span style="font-size:16px;font-family:仿宋">文字</span></p>&nbsp;后"#, "文字 后"),
    ("一、总体情况。内容<o:p></o:p>", "一、总体情况。内容"),
    ("&lt;条例&gt; &amp; &#x4E00;&#19968;", "<条例> & 一一"),
    ("⠼/span>甲⠼font face=\"仿宋\" >乙", "甲乙"),
    ("5<6 且 a<b 与《条例》<未知标签>", "5<6 且 a<b 与《条例》<未知标签>"),
    ("<span\n跨行>", "<span\n跨行>"),
    ("⠼ 不是标签", "⠼ 不是标签"),
  ])
  func removesResidueAndNothingElse(_ input: String, _ expected: String) throws {
    #expect(try normalized(input).text == expected)
  }

  @Test func residueInsideALongPlainReportIsRemovedWithoutTurningItIntoHTML() throws {
    let body = String(repeating: "主动公开政府信息情况良好。", count: 400)
    let document = try SourceReader().read(Data(("一、总体情况\n" + body + "</span></p>\n二、结尾").utf8))
    #expect(document.form == .text)
    let text = Normalizer().normalize(document).text
    #expect(text.hasSuffix("良好。\n二、结尾"))
    #expect(text.utf8.count == ("一、总体情况\n" + body + "\n二、结尾").utf8.count)
  }
}
