import DisclosureKit
import Testing

/// Invented sentences in the phrasing real reports use, each with the facts
/// it must yield (key → value), and nothing else under a canonical key.
struct FactCase: Sendable, CustomTestStringConvertible {
  var text: String
  var expected: [String: Double]
  var testDescription: String { text }

  static let all: [FactCase] = [
    FactCase(text: "截至12月31日,全市主动公开政府信息共389718条。", expected: ["proactiveDisclosed": 389_718]),
    FactCase(
      text: "共收到政府信息公开申请120件,其中网上申请100件,信函15件,当面申请5件。",
      expected: [
        "requestsReceived": 120, "requestsByChannel.online": 100, "requestsByChannel.letter": 15,
        "requestsByChannel.inPerson": 5,
      ]),
    FactCase(
      text: "120件政府信息公开申请中,80件答复同意公开,10件同意部分公开,30件为非本机关政府信息。",
      expected: [
        "requestsReceived": 120, "answersGranted": 80, "answersPartial": 10, "answersNotThisAgency": 30,
      ]),
    FactCase(text: "本年度未发生因政府信息公开引起的行政复议和行政诉讼。", expected: ["reviewCases": 0, "litigationCases": 0]),
    FactCase(text: "我局依申请公开不收取任何费用。", expected: ["feesCollected": 0]),
    FactCase(text: "继续落实无前置、无证明、无收费的工作制度。", expected: [:]),
    FactCase(text: "全年收取政府信息公开费用1.2万元。", expected: ["feesCollected": 12_000]),
    FactCase(
      text: "行政复议案件4件,其中维持3件,纠正1件;行政诉讼案件2件,其中维持1件,撤销1件。",
      expected: [
        "reviewCases": 4, "reviewUpheld": 3, "reviewCorrected": 1, "litigationCases": 2, "litigationUpheld": 1,
        "litigationCorrected": 1,
      ]),
    FactCase(text: "受理政府信息公开申请10件。\n往来信函5件。", expected: ["requestsReceived": 10]),
    FactCase(
      text: "23件为非政府信息、政府信息不存在、非本机关政府信息类政府信息。", expected: ["answersNotProvided": 23]),
    FactCase(
      text: "“某某”的5宗,占总数的5.62%,主要是因为申请的信息不属于本机关掌握范围。",
      expected: ["answersNotThisAgency": 5]),
    FactCase(text: "大约94.38%属热线类信息,占总数的79.77%。", expected: [:]),
    FactCase(
      text: "受理政府信息公开申请10件。后又受理政府信息公开申请12件。", expected: ["requestsReceived": 10]),
    FactCase(text: "受理依申请公开投诉0件,全年共公开198条建议提案办理答复全文。", expected: [:]),
    FactCase(
      text: "答复政府信息公开申请89宗,其中属已主动公开范围的1宗,需要补正后公开的7宗。",
      expected: ["requestsAnswered": 89, "answersAlreadyPublic": 1, "answersNeedCorrection": 7]),
    FactCase(
      text: "举办新闻发布会9次,发布政策解读稿5篇,在线访谈3期。",
      expected: ["pressConferences": 9, "policyInterpretations": 5, "onlineInterviews": 3]),
    FactCase(text: "行政复议案件3件,其中维持具体行政行为2件,其他情形1件。", expected: ["reviewCases": 3, "reviewUpheld": 2, "reviewOther": 1]),
    FactCase(text: "全年共公开政府信息1200条。", expected: ["proactiveDisclosed": 1200]),
    FactCase(text: "共受理依申请12件,已全部答复。", expected: ["requestsReceived": 12]),
    FactCase(text: "本年度因政府信息公开引起的行政复议、行政诉讼案件均为0。", expected: ["reviewCases": 0, "litigationCases": 0]),
    FactCase(text: "本年度未收到政府信息公开申请。", expected: ["requestsReceived": 0]),
    FactCase(
      text: "收到申请8件,其中不属于本行政机关公开职责权限范围的3件。",
      expected: ["requestsReceived": 8, "answersNotThisAgency": 3]),
  ]
}

@Suite("FactReader")
struct FactReaderTests {
  static func facts(_ text: String, mentions: Bool = false) -> [Fact] {
    FactReader(includesMentions: mentions).read(text, tokens: Lexer().tokenize(text))
  }

  @Test(arguments: FactCase.all)
  func readsTheCanonicalFacts(_ example: FactCase) {
    let facts = Self.facts(example.text)
    var found: [String: Double] = [:]
    for fact in facts { found[fact.key] = fact.value }
    #expect(found == example.expected)
    #expect(facts.count == example.expected.count)
  }

  @Test func aFactCarriesItsUnitLabelQuoteAndEvidence() throws {
    let text = "2020年,全区受理政府信息公开申请2件,办结2件。"
    let fact = try #require(Self.facts(text).first { $0.key == "requestsReceived" })
    #expect(fact.value == 2)
    #expect(fact.unit == "件")
    #expect(fact.label == "受理政府信息公开申请")
    #expect(fact.quote == "全区受理政府信息公开申请2件")
    #expect(text.slice(fact.range) == "2件")
    #expect(fact.isApproximate == false)
  }

  @Test func approximateFiguresAreMarked() throws {
    let fact = try #require(Self.facts("全年主动公开政府信息3000余条。").first)
    #expect(fact.value == 3000)
    #expect(fact.isApproximate)
  }

  @Test func mentionsLabelEveryCountedFigure() {
    let text = "惠及企业93家,涉及金额744.83万元;事项分别达到了79项、47项、41项。"
    let mentions = Self.facts(text, mentions: true).filter { $0.key == "mention" }
    #expect(mentions.map(\.value) == [93, 7_448_300, 79, 47, 41])
    #expect(mentions.map(\.label) == ["惠及企业", "涉及金额", "事项分别", "事项分别", "事项分别"])
    #expect(mentions.map(\.unit) == ["家", "元", "项", "项", "项"])
  }

  @Test func idiomaticSingleNumeralsAreNotFigures() {
    #expect(Self.facts("推进“一件事一次办”改革,落实“两个责任”。", mentions: true).isEmpty)
  }

  @Test func onlyTheClausesInsideTheRangeAreRead() {
    let text = "受理政府信息公开申请10件。\n举办新闻发布会3场。"
    let start = text.utf8.count - "举办新闻发布会3场。".utf8.count
    let facts = FactReader().read(
      text, tokens: Lexer().tokenize(text), in: SourceRange(start: start, end: text.utf8.count))
    #expect(facts.map(\.key) == ["pressConferences"])
  }

  @Test func customPatternsAreData() {
    let patterns = [FactPattern("trainingSessions", triggers: ["培训班"], units: FactPattern.countUnits)]
    let text = "举办政务公开培训班3期,参训200余人次。"
    let facts = FactReader(patterns: patterns).read(text, tokens: Lexer().tokenize(text))
    #expect(facts.map(\.key) == ["trainingSessions"])
    #expect(facts.first?.value == 3)
  }
}

@Suite("FactReader robustness")
struct FactReaderRobustnessTests {
  @Test func tableCellsAreSeparateClauses() {
    let text = "政府集中采购 | 242 | 1814万元\n"
    let facts = FactReader(includesMentions: true).read(text, tokens: Lexer().tokenize(text))
    #expect(facts.map(\.value) == [18_140_000])
    #expect(facts.map(\.label) == [""])
  }

  @Test func aQuoteDoesNotGrowWithARunTogetherBody() throws {
    let filler = String(repeating: "开展工作", count: 500)
    let text = filler + "全年主动公开政府信息300条" + filler
    let fact = try #require(FactReader().read(text, tokens: Lexer().tokenize(text)).first)
    #expect(fact.value == 300)
    #expect(fact.quote.utf8.count <= 2 * 240 + 16)
    #expect(fact.quote.contains("主动公开政府信息300条"))
  }

  /// Tokens that do not fit the text (from another text, or past its end)
  /// give no facts and no trap.
  @Test func mismatchedTokensNeverTrap() {
    let text = "受理政府信息公开申请12件。"
    let tokens = Lexer().tokenize(text + text + "另有申请99件。")
    _ = FactReader(includesMentions: true).read(text, tokens: tokens)
    let wild = [
      Token(kind: .number, start: 1_000_000, length: 5), Token(kind: .unit, start: 1_000_005, length: 3),
      Token(kind: .number, start: 1, length: 2), Token(kind: .unit, start: 2, length: 60_000),
    ]
    #expect(FactReader(includesMentions: true).read(text, tokens: wild).allSatisfy { $0.value.isFinite })
  }
}
