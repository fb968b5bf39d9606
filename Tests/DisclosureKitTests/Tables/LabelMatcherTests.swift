import Testing

@testable import DisclosureKit

@Suite("LabelMatcher") struct LabelMatcherTests {
  static let requests = LabelMatcher(.requests2019)
  static let requests2021 = LabelMatcher(.requests2021)
  static let table2 = LabelMatcher(.activeDisclosure2019)

  @Test(arguments: [
    ("3.危及“三安全一稳定”", "denied.securityStability"),
    ("3.危及\"三安全一稳定\"", "denied.securityStability"),
    ("3、危及「三安全一稳定」", "denied.securityStability"),
    ("（三）危及三安全一稳定", "denied.securityStability"),
    ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "partiallyGranted"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partiallyGranted"),
    ("（二）部分公开（区分处理的，只计这一", "partiallyGranted"),
    ("一、本年新收政府信息公开申请数量", "newRequests"),
    ("一、 本年新收 政府信息公开 申请数量", "newRequests"),
    ("四、结转下年度继续办理", "carriedForward"),
    ("（七）总计", "totalHandled"),
    ("⑤要求行政机关确认或重新出具已获取信息", "notProcessed.confirmation"),
  ])
  func matchesRowVariants(_ label: String, _ key: String) {
    let index = Self.requests.row(for: label)
    #expect(index.map { TableTemplate.requests2019.rows[$0].key } == key)
  }

  @Test func matchesTable2Variants() {
    for label in ["规范性文件", "行政规范性文件", "行政 规范性文件"] {
      #expect(
        Self.table2.row(for: label).map { TableTemplate.activeDisclosure2019.rows[$0].key } == "normativeDocuments")
    }
    #expect(Self.table2.column(for: "本年增／减").map { TableTemplate.activeDisclosure2019.columns[$0].key } == "change")
  }

  @Test func groupedRowNeedsItsGroup() {
    #expect(Self.requests2021.row(forKey: LabelKey("其他"), group: nil) == nil)
    #expect(Self.requests2021.row(for: "其他", group: "不予处理") == nil)
    let index = Self.requests2021.row(for: "其他", group: "其他处理")
    #expect(index.map { TableTemplate.requests2021.rows[$0].key } == "otherHandling.other")
  }

  @Test func suffixOnlyWhenAsked() {
    let key = LabelMatcher.key("对外公开总数量规章")
    #expect(Self.table2.row(forKey: key, group: nil) == nil)
    #expect(Self.table2.row(forKey: key, group: nil, suffix: true) == 0)
    // A row label that is also a column label never matches by suffix.
    #expect(Self.requests.row(forKey: LabelMatcher.key("尚未审结总计"), group: nil, suffix: true) == nil)
  }

  @Test func unrelatedLabelsMatchNothing() {
    for label in ["其中行政许可事项", "主动公开政府信息情况", "其他", "信息内容"] {
      #expect(Self.table2.row(for: label) == nil, "\(label)")
    }
  }

  @Test func keyFilterRulesOutOnlyWhatCannotMatch() {
    let filter = LabelMatcher.KeyFilter(["规章", "(一)总计"])
    #expect(filter.mayMatch("规章"))
    #expect(filter.mayMatch("(一)总计"))
    // A key of a length the filter knows is hashed: the dictionary decides.
    #expect(filter.mayMatch("规范"))
    #expect(!filter.mayMatch("规范性文件"))
    #expect(!filter.mayMatch("规章规章"))
    #expect(!filter.mayMatch(String(repeating: "本机关认真贯彻落实条例，", count: 20)))
    // KELVIN SIGN is canonically equivalent to K: String equality says so,
    // so a key holding it is never ruled out by its length.
    #expect(["K规章": 1]["\u{212A}规章"] == 1)
    #expect(LabelMatcher.KeyFilter(["K规章"]).mayMatch("\u{212A}规章"))
    // A key that is not inert turns the filter off.
    #expect(LabelMatcher.KeyFilter(["e\u{301}"]).mayMatch(String(repeating: "长", count: 50)))
  }

  @Test(arguments: [
    ("规章", true), ("abc-,.", true), ("（一）总计：", true), ("“规章”—…", true), ("、。〇〩", true),
    ("\u{302A}", false), ("が", false), ("é", false), ("\u{212A}", false), ("\u{F900}", false), ("\u{FF9E}", false),
  ])
  func inertScalars(_ key: String, _ inert: Bool) {
    #expect(LabelMatcher.KeyFilter.isInert(key) == inert)
  }

  /// The byte path for plain labels gives what the scalar path gives.
  @Test(arguments: [
    "", " ", "\u{3000}", "规章", "  本机关认真贯彻落实条例。 ", "\u{A0}\u{2003}主动公开\u{3000}\u{85}",
    "\u{FEFF}规章\u{FEFF}", "\u{1680}其他\u{205F}", "e\u{301} 标签", "\t行政许可\r", "（一）规章", "二、规章",
    "规章2213", "\u{FFFD}规章",
  ])
  func plainLabelsMatchTheScalarPath(_ label: String) {
    let bytes = Array(("前" + label + "后").utf8)
    let start = "前".utf8.count
    let end = bytes.count - "后".utf8.count
    let reference = TableTesting.segments(LabelSegmenter.segmentsByScalars(bytes, start, end), in: bytes)
    #expect(TableTesting.segments(LabelSegmenter.segments(bytes, start, end), in: bytes) == reference)
  }

  /// A line of prose is one label, trimmed, whose text is its bytes: no
  /// `String` is made for it.
  @Test func proseTakesTheBytePath() {
    let bytes = Array("\u{3000}本机关认真贯彻落实条例。".utf8)
    let segments = LabelSegmenter.segments(bytes, 0, bytes.count)
    #expect(segments.map { $0.text(in: bytes) } == ["本机关认真贯彻落实条例。"])
    #expect(segments.map(\.text) == [nil])
    #expect(segments.map(\.range) == [SourceRange(start: 3, end: bytes.count)])
    // Cut inside a scalar, the range takes the scalar path and keeps its repaired text.
    #expect(LabelSegmenter.segments(bytes, 1, bytes.count).first?.text != nil)
  }

  /// The one-pass anchor search agrees with a byte search per key.
  @Test func anchorSearchAgreesWithByteSearch() {
    let keys = ["行政复议", "未经复议直接起诉", "直接起诉", "复议后起诉"]
    let search = LabelMatcher.AnchorSearch(keys)
    for label in [
      "", "行", "行政", "行政复议", "申请行政复议", "本年度无直接起诉", "复议后起", "复议后起诉案件", "行政复",
      String(repeating: "本机关认真贯彻落实条例，", count: 20) + "行政复议",
    ] {
      #expect(search.found(in: Array(label.utf8)) == keys.contains { label.utf8Contains($0) }, "\(label)")
    }
    #expect(LabelMatcher.AnchorSearch(["a"]).found(in: Array("a".utf8)) == nil)
  }

  /// A kept matcher is the matcher of an equal template.
  @Test func cachedMatcherMatchesAFreshOne() {
    let cached = LabelMatcher.cached(.requests2021)
    #expect(LabelMatcher.cached(.requests2021).template == TableTemplate.requests2021)
    #expect(cached.template == TableTemplate.requests2021)
    for label in ["（一）予以公开", "其他", "四、结转下年度继续办理", "本机关认真贯彻落实条例。"] {
      #expect(cached.row(for: label) == Self.requests2021.row(for: label), "\(label)")
      #expect(cached.column(for: label) == Self.requests2021.column(for: label), "\(label)")
    }
  }

  /// A reader makes its matchers with its templates, and again when they change.
  @Test func readerMatchersFollowItsTemplates() throws {
    let text = String(decoding: try Fixtures.seed(1), as: UTF8.self)
    let document = NormalizedText(text: text)
    var reader = TableReader(templates: [])
    #expect(reader.read(document, tokens: [], sections: SectionTree()).tables.isEmpty)
    reader.templates = [.requests2019]
    #expect(reader.read(document, tokens: [], sections: SectionTree()).tables.map(\.key) == ["requests"])
  }
}
