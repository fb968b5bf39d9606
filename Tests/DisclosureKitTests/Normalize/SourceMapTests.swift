import Foundation
import Testing

@testable import DisclosureKit

@Suite("NormalizedSourceMap")
struct SourceMapTests {
  /// The input bytes that `needle` in the normalised text maps back to.
  static func source(of needle: String, in text: NormalizedText, input: Data) throws -> String {
    let found = try #require(text.text.utf8.firstRange(of: Array(needle.utf8)))
    let start = text.text.utf8.distance(from: text.text.utf8.startIndex, to: found.lowerBound)
    let range = text.sourceMap.sourceRange(SourceRange(start: start, end: start + needle.utf8.count))
    return String(decoding: input[range.start..<range.end], as: UTF8.self)
  }

  @Test func traditionalTitlesMapBackToTheirTraditionalBytes() throws {
    let seed0 = try Fixtures.seed(0)
    let text0 = try normalizedSeed(0)
    #expect(
      try Self.source(of: "常州市政务服务管理办公室2019年政府信息公开工作年度报告", in: text0, input: seed0)
        == "常州市政務服務管理辦公室2019年政府信息公開工作年度報告")
    #expect(try Self.source(of: "在市委、市政府的领导下", in: text0, input: seed0) == "在市委、市政府的領(lǐng)導下")

    let seed4 = try Fixtures.seed(4)
    let text4 = try normalizedSeed(4)
    #expect(
      try Self.source(of: "广州市政务服务数据管理局信息公开工作年度报告", in: text4, input: seed4)
        == "廣州市政務服務數(shù)據(jù)管理局信息公開工作年度報告")
    #expect(try Self.source(of: "一、概述", in: text4, input: seed4) == "一、概述")
  }

  @Test func theKeptCopyMapsToTheFirstCopy() throws {
    let seed2 = try Fixtures.seed(2)
    let text2 = try normalizedSeed(2)
    let title = "冷水滩区行政审批服务局2020年工作总结及2021年工作打算"
    let found = try #require(text2.text.utf8.firstRange(of: Array(title.utf8)))
    let start = text2.text.utf8.distance(from: text2.text.utf8.startIndex, to: found.lowerBound)
    let range = text2.sourceMap.sourceRange(SourceRange(start: start, end: start + title.utf8.count))
    let firstInInput = try #require(seed2.firstRange(of: Data(title.utf8)))
    #expect(range == SourceRange(start: firstInInput.lowerBound, end: firstInInput.upperBound))
  }

  @Test(arguments: [1, 2, 3])
  func everyUnchangedLineMapsToIdenticalBytes(_ seed: Int) throws {
    let input = try Fixtures.seed(seed)
    let text = try normalizedSeed(seed)
    var offset = 0
    var checked = 0
    for line in text.text.split(separator: "\n", omittingEmptySubsequences: false) {
      let count = line.utf8.count
      defer { offset += count + 1 }
      guard count > 0, !line.contains(" "), !line.contains("\t") else { continue }
      let range = text.sourceMap.sourceRange(SourceRange(start: offset, end: offset + count))
      let source = String(decoding: input[range.start..<range.end], as: UTF8.self)
      // Lines that lost HTML residue map to bytes that still hold it.
      guard !source.contains("⠼") else { continue }
      #expect(source == String(line))
      checked += 1
    }
    #expect(checked > 20)
  }

  @Test func gb18030SeedNormalisesLikeTheUTF8Seed() throws {
    let gb = try Fixtures.data("input/seed001.gb18030.txt")
    let fromGB = try Normalizer().normalize(SourceReader().read(gb))
    let fromUTF8 = try normalizedSeed(1)
    #expect(fromGB.text == fromUTF8.text)
    #expect(fromGB.furniture.map(\.text) == fromUTF8.furniture.map(\.text))
    // Per-line anchors: the page bar's range starts where its line starts in the GB18030 bytes.
    let bar = fromGB.furniture[0].sourceRange.start
    let expected = try #require(gb.firstRange(of: Data("发布时间".data(using: TextEncoding.foundationGB18030) ?? Data())))
    #expect(bar == expected.lowerBound)
  }

  @Test func htmlTablesAreReRangedIntoTheNormalisedText() throws {
    let html =
      "<p>規章情況</p><table><tr><td>規章</td><td>１２</td><td>關(guān)於</td></tr>"
      + "<tr><td colspan=\"2\">總計</td><td>&nbsp;</td></tr></table>"
    let data = Data(html.utf8)
    let document = try SourceReader().read(data)
    let text = Normalizer().normalize(document)
    #expect(text.script == .traditional)
    // The row's trailing space (the blank cell) is trimmed like any trailing space.
    #expect(text.text == "规章情况\n规章 | 12 | 关于\n总计 |")
    let table = try #require(text.tables.first)
    #expect(table.rows.map { $0.map(\.text) } == [["规章", "12", "关于"], ["总计", "总计", ""]])
    for cell in table.rows.joined() {
      #expect(text.text.slice(cell.range) == cell.text)
    }
    let cell = text.sourceMap.sourceRange(table.rows[0][2].range)
    #expect(String(decoding: data[cell.start..<cell.end], as: UTF8.self) == "關(guān)於")
    #expect(text.text.slice(table.range) == "规章 | 12 | 关于\n总计 |")
  }

  @Test func composedMapsAgreeWithStepwiseLookups() throws {
    let input = "\u{FEFF}領(lǐng)導１２\r\n<span>關(guān)於</span>&nbsp;x\n"
    let data = Data(input.utf8)
    let document = try SourceReader().read(data)
    let text = Normalizer().normalize(document)
    #expect(text.text == "领导12\n关于 x")
    let bytes = Array(text.text.utf8)
    for offset in 0..<bytes.count {
      let mapped = text.sourceMap.sourceOffset(offset)
      #expect(mapped >= 0 && mapped < data.count)
    }
    #expect(text.sourceMap.sourceOffset(0) == 3)  // past the BOM
    #expect(text.sourceMap.sourceOffset(6) == 3 + 3 + 7 + 3)  // "1" ← "１", after BOM, 領, (lǐng), 導
    #expect(text.sourceMap.sourceOffset(8) == 3 + 3 + 7 + 3 + 6 + 1)  // "\n" ← the "\n" of "\r\n"
    #expect(text.sourceMap.sourceOffset(9) == 3 + 3 + 7 + 3 + 6 + 2 + 6)  // "关" ← "關", after "<span>"
  }
}
