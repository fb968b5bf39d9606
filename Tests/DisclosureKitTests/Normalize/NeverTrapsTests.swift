import Foundation
import Testing

@testable import DisclosureKit

/// Mangled inputs run through the Input and Normalize stages: each either
/// throws a typed error or yields a text whose every offset maps inside the
/// input. A trap would crash the test run.
@Suite("NeverTraps")
struct NeverTrapsTests {
  static let pieces: [String] = [
    "<table>", "</table>", "<tr>", "<td rowspan=\"99999999999\" colspan=-5>", "</td>", "<th colspan=0>", "<p>", "<br/>",
    "<script>", "</script>", "<!--", "-->", "&#x", "&#1114112;", "&#", "&nbsp", "&", "⠼/span>", "⠼font ", "<span ",
    "領(lǐng)", "(", "（", "ǐ", ")", "|||||||||||||||||||||||", "\r", "\n", "\n\n\n\n", "\u{0}", "首页 > 政务 > ", "发布时间:",
    "姓 名:", "扫码", "==== 正文 ====", "一、总体情况", "１２３", "\u{3000}", "\u{FEFF}", "\u{200B}", " ", "规章 | 0 | ",
  ]

  static func check(_ data: Data) {
    guard let document = try? SourceReader().read(data) else { return }
    let text = Normalizer().normalize(document)
    let count = text.text.utf8.count
    for offset in stride(from: 0, to: count, by: max(1, count / 64)) {
      let source = text.sourceMap.sourceOffset(offset)
      #expect(source >= 0 && source <= data.count)
    }
    for table in text.tables {
      for cell in table.rows.joined() {
        #expect(cell.range.start >= 0 && cell.range.end <= count)
      }
    }
    for line in text.furniture {
      #expect(line.sourceRange.start >= 0 && line.sourceRange.end <= data.count)
    }
  }

  @Test(arguments: 0..<60)
  func tagSoup(_ seed: Int) {
    var random = SplitMix(state: UInt64(seed) &+ 1000)
    var text = seed % 2 == 0 ? "<html>" : ""
    for _ in 0..<Int.random(in: 1...300, using: &random) {
      text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
    }
    Self.check(Data(text.utf8))
  }

  @Test(arguments: 0..<5)
  func damagedSeeds(_ seed: Int) throws {
    let original = [UInt8](try Fixtures.seed(seed))
    var random = SplitMix(state: UInt64(seed))
    for _ in 0..<8 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...40, using: &random) {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
      }
      bytes.removeLast(Int.random(in: 0..<min(200, bytes.count), using: &random))
      Self.check(Data(bytes))
    }
  }

  @Test func truncatedHTML() throws {
    let html = [UInt8](try Fixtures.data("input/tables-2019.html"))
    for end in stride(from: 1, to: html.count, by: 37) {
      Self.check(Data(html[0..<end]))
    }
  }

  @Test(arguments: [
    ParseLimits(maxSpan: Int.max, maxNesting: Int.max, maxTableCells: Int.max),
    ParseLimits(maxSpan: 0, maxNesting: 0, maxTableCells: 0),
    ParseLimits(maxSpan: -1, maxNesting: -1, maxTableCells: -1),
  ])
  func extremeLimits(_ limits: ParseLimits) throws {
    let html = #"<table><tr><td rowspan="99999999999999999999999" colspan="3">a</td></tr><tr><td>b</td></tr></table>"#
    let document = try SourceReader(limits: limits).read(Data(html.utf8))
    let text = Normalizer(limits: limits).normalize(document)
    #expect(text.text == "a\nb")
    let page = try SourceReader(limits: limits).read(try Fixtures.data("input/tables-2019.html"))
    #expect(page.text.contains("四、结转下年度继续办理"))
  }

  @Test(arguments: 0..<20)
  func randomBytes(_ seed: Int) {
    var random = SplitMix(state: UInt64(seed) &+ 77)
    let bytes = (0..<Int.random(in: 1...2000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
    Self.check(Data(bytes))
  }
}
