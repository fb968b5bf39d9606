import DisclosureKit
import Testing

@Suite("EncodingNoise")
struct EncodingNoiseTests {
  typealias F = ValidationFixtures

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    /// English message, and the first occurrence's text, of each diagnostic.
    var expected: [(message: String, first: String)]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "2019年,在市委、市政府的领导下,依法公开。", expected: []),
    Case(
      text: "在市委的領(lǐng)导下,关(guān)于推进",
      expected: [("2 pinyin annotation(s) remain in the text, first “(lǐng)”.", "(lǐng)")]),
    Case(
      text: "占1.12%?!巴夤_”的71宗,部分不属于公开的范围?!胺潜緳C关",
      expected: [("2 mis-decoded sequence(s) (mojibake) remain in the text, first “?!巴夤_”.", "?!巴夤_")]),
    Case(
      text: "优化营商\u{FFFD}\u{FFFD}环境,锟斤拷",
      expected: [
        ("1 mis-decoded sequence(s) (mojibake) remain in the text, first “锟斤拷”.", "锟斤拷"),
        ("1 replacement character(s) (U+FFFD) remain in the text, first “\u{FFFD}\u{FFFD}”.", "\u{FFFD}\u{FFFD}"),
      ]),
    Case(
      text: "政务公开<SPAN style>工作&nbsp;要点/span>",
      expected: [("3 piece(s) of HTML markup remain in the text, first “<SPAN”.", "<SPAN")]),
    // Ordinary parentheses, English words, a question in prose and a lone `&` are not noise.
    Case(text: "(一)总体情况(见附件)、(app)与《条例》?是否 & 其他！", expected: []),
  ]

  @Test(arguments: cases)
  func findsEachKindOfNoise(_ fixture: Case) {
    let report = F.report(tables: [], text: fixture.text)
    let diagnostics = ReportChecks.EncodingNoise().check(report, in: F.context)
    #expect(diagnostics.map(\.message) == fixture.expected.map(\.message))
    #expect(
      diagnostics.compactMap { $0.location?.range.map { fixture.text.slice($0) } } == fixture.expected.map(\.first))
    #expect(diagnostics.allSatisfy { $0.code == .encodingNoise && $0.severity == .warning })
  }

  @Test func chineseMessage() {
    let report = F.report(tables: [], text: "領(lǐng)导")
    let diagnostic = ReportChecks.EncodingNoise().check(report, in: F.context).first
    #expect(diagnostic?.messageZh == "正文中残留1处拼音注音，首处为“(lǐng)”。")
  }

  @Test func noiseAnEarlierStageReportedIsNotReportedAgain() {
    let text = "領(lǐng)导\u{FFFD}"
    let earlier = [
      Diagnostic(.encodingNoise, .warning, "pinyin", location: .init(range: SourceRange(start: 0, end: 12))),
      Diagnostic(.inputEncoding, .warning, "replacement characters"),
    ]
    let report = F.report(tables: [], text: text, diagnostics: earlier)
    #expect(ReportChecks.EncodingNoise().check(report, in: F.context) == [])
  }

  @Test func unterminatedAndTruncatedPatternsDoNotTrap() {
    for text in ["(", "(lǐ", "?!", "?！", "锟斤", "<spa", "&nbs", "\u{FFFD}"] {
      let report = F.report(tables: [], text: text)
      let codes = ReportChecks.EncodingNoise().check(report, in: F.context).map(\.code)
      #expect(codes == (text == "\u{FFFD}" ? [.encodingNoise] : []), "\(text)")
    }
  }
}
