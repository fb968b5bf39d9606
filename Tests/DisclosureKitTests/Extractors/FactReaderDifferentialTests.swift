import Foundation
import Testing

@testable import DisclosureKit

/// The fact reader reads labels in place on bytes; the matcher it replaced
/// (kept as `_ReferenceFactMatcher`) read them as `String`s. The two must
/// give the same facts: on every fixture's normalised text, and on made-up
/// sentences full of the pieces where bytes and characters part ways
/// (combining marks, compatibility ideographs, tone marks, odd spaces).
@Suite("FactReader differential")
struct FactReaderDifferentialTests {
  static func expectSameFacts(
    _ text: String, tokens: [Token]? = nil, maxLabelBytes: Int = 240, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let tokens = tokens ?? Lexer().tokenize(text)
    for mentions in [false, true] {
      let reader = FactReader(includesMentions: mentions, maxLabelBytes: maxLabelBytes)
      let actual = reader.read(text, tokens: tokens)
      let expected = referenceFacts(text, tokens: tokens, includesMentions: mentions, maxLabelBytes: maxLabelBytes)
      #expect(actual == expected, "mentions: \(mentions), text: \(text.prefix(200))", sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: JSONWriterTests.fixturePaths)
  func everyFixtureGivesTheFactsOfTheReferenceMatcher(_ path: String) throws {
    guard let document = try? ReportParser().document(data: Fixtures.data(path), name: path) else { return }
    Self.expectSameFacts(document.text.text, tokens: document.tokens)
    // Short labels cut clauses inside characters and triggers.
    Self.expectSameFacts(document.text.text, tokens: document.tokens, maxLabelBytes: 13)
  }

  @Test func theReferenceReadsTheSeedsFacts() throws {
    // The oracle itself is checked: seed 003's facts as issue 7 lists them.
    let document = try ReportParser().document(data: Fixtures.seed(3))
    let facts = referenceFacts(document.text.text, tokens: document.tokens)
    let values = Dictionary(facts.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    #expect(values["proactiveDisclosed"] == 389718)
    #expect(values["requestsReceived"] == 74)
    #expect(values["reviewCases"] == 5)
  }

  /// Pieces of sentences: triggers, negations, false negations, openers,
  /// numbers with units, punctuation, and scalars that trip byte logic.
  static let pieces: [String] = [
    "全年", "主动公开政府信息", "收到政府信息公开申请", "其中", "网络申请", "当面", "信函", "答复", "办结",
    "同意公开", "部分公开", "不予公开", "不同意公开", "不存在", "非本机关", "非政府信息", "需要补正", "已主动公开",
    "收取费用", "不收取费用", "信息处理费", "行政复议", "行政诉讼", "维持", "纠错", "其他", "新闻发布会", "政策解读",
    "来电", "未发生", "没有", "无", "不", "零", "无法", "不予", "不服", "未经", "为0", "均为0", "是零", "主要是", "因为",
    "占", "占比", "系", "389718条", "74件", "67件", "7件", "2.5万余条", "1814万元", "三百余件", "0件", "5宗",
    "1,234件", "50%", "百分之九十", "一件事一次办", "4120 条", "，", "；", "：", "。", "、", "（", "）", "“", "”", " ",
    "\u{3000}", "\u{00A0}", "\n", "\t", "|", "一、", "（二）", "1.", "\u{0301}", "\u{F900}", "\u{302A}", "\u{FF9E}",
    "\u{200D}", "\u{FE0F}", "é", "e\u{0301}", "😀", "🇨🇳", "\r\n", "办结\u{0301}", "不\u{0301}予", "占\u{0301}",
    "\u{F91F}答复", "主要\u{302A}是", "不予\u{0301}", "\u{F967}予", "\u{F967}", "主要是\u{0301}",
  ]

  @Test func madeUpSentencesGiveTheFactsOfTheReferenceMatcher() {
    var generator = SplitMix64(seed: 0xFAC7)
    for round in 0..<600 {
      var text = ""
      let length = 4 + Int(generator.next() % 40)
      for _ in 0..<length {
        text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      }
      Self.expectSameFacts(text, maxLabelBytes: round % 3 == 0 ? 9 + round % 17 : 240)
    }
  }

  @Test func statementsOfZeroAndExplanations() {
    for text in [
      "未发生行政复议和行政诉讼情况。", "依申请公开不收取费用。", "行政复议和行政诉讼案件均为0。", "无法提供行政复议材料。",
      "本年度未经行政复议。", "不予公开的申请0件。", "收到申请5件，主要是网络申请。", "收到申请5件，占\u{0301}50%，主要是当面。",
      "收到申请5件，占50%，系非本机关政府信息。", "不\u{0301}予收取费用。", "不予\u{0301}收取费用。", "\u{F967}予收取费用。", "收到申请5件，主要是\u{0301}网络。",
      "行政复议 \u{3000}未发生。",
    ] {
      Self.expectSameFacts(text)
    }
  }
}
