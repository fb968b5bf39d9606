import Foundation
import Testing

@testable import DisclosureKit

/// A line and its exact token stream.
struct GoldenLine: Sendable, CustomTestStringConvertible {
  var text: String
  var tokens: [String]
  var testDescription: String { text }

  init(_ text: String, _ tokens: [String]) {
    self.text = text
    self.tokens = tokens
  }

  /// Tricky lines from the seeds, and a few invented ones.
  static let all: [GoldenLine] = [
    GoldenLine("数据统计起止时间为2018111231", ["han:数据统计起止时间为", "num:2018111231"]),
    GoldenLine("截至20181231止", ["han:截至", "date:20181231", "han:止"]),
    GoldenLine("(国办公开办函〔2019〕60号)", ["p:(", "doc:国办公开办函〔2019〕60号", "p:)"]),
    GoldenLine("印发了景府办字〔2018〕72号文件", ["han:印发了", "doc:景府办字〔2018〕72号", "han:文件"]),
    GoldenLine("〔2019〕60号", ["doc:〔2019〕60号"]),
    GoldenLine(
      "发布时间:2021-02-19 11:18信息来源:谢家集区人民政府",
      ["han:发布时间", "p::", "date:2021-02-19 11:18", "han:信息来源", "p::", "han:谢家集区人民政府"]),
    GoldenLine("全市主动公开政府信息共389718条", ["han:全市主动公开政府信息共", "num:389718", "unit:条"]),
    GoldenLine(
      "其中网络申请67件,信函7件",
      ["han:其中网络申请", "num:67", "unit:件", "p:,", "han:信函", "num:7", "unit:件"]),
    GoldenLine("1814万元", ["num[万]:1814万", "unit:元"]),
    GoldenLine("进驻率91%", ["han:进驻率", "num[%]:91%"]),
    GoldenLine("办结率99.9％。", ["han:办结率", "num[%.]:99.9％", "p:。"]),
    GoldenLine("居民诚信承诺书达2.5万余件", ["han:居民诚信承诺书达", "num[万~.]:2.5万余", "unit:件"]),
    GoldenLine("围绕贯彻落实十九届四中全会精神", ["han:围绕贯彻落实", "cnum:十九", "han:届四中全会精神"]),
    GoldenLine("一是统一进一步一站式服务", ["han:一是统一进一步一站式服务"]),
    GoldenLine("第一批十三五千万", ["han:第一批十三五千万"]),
    GoldenLine("二〇一九年十二月三十一日", ["date:二〇一九年十二月三十一日"]),
    GoldenLine(
      "百分之九十的一千二百三十四个两万人次",
      ["cnum[%]:百分之九十", "han:的", "cnum:一千二百三十四", "unit:个", "cnum:两万", "unit:人次"]),
    GoldenLine(
      "近百场约200人次减3件", ["cnum[~]:近百", "unit:场", "num[~]:约200", "unit:人次", "num[-]:减3", "unit:件"]),
    GoldenLine("共-3 1-12月", ["han:共", "num[-]:-3", "sp: ", "num:1", "p:-", "num:12", "han:月"]),
    GoldenLine("1,234 12.35万元", ["num[,]:1,234", "sp: ", "num[万.]:12.35万", "unit:元"]),
    GoldenLine(
      "2019年1月1日至2019年12月31日", ["date:2019年1月1日", "han:至", "date:2019年12月31日"]),
    GoldenLine("2018年度 2018年 2019-02-22", ["date:2018年度", "sp: ", "date:2018年", "sp: ", "date:2019-02-22"]),
    GoldenLine(
      "A4纸 COVID-19 ｜\t|\r\nx\u{3000}y",
      [
        "word:A4", "han:纸", "sp: ", "word:COVID", "p:-", "num:19", "sp: ", "sep:｜", "sep:\t", "sep:|", "br:\r\n",
        "word:x", "sp:\u{3000}", "word:y",
      ]),
  ]
}

@Suite("Lexer") struct LexerTests {
  @Test(arguments: GoldenLine.all)
  func golden(_ line: GoldenLine) {
    #expect(lex(line.text) == line.tokens)
  }

  /// Heading markers come from ``HeadingMarker/match(in:at:)`` (the Structure stage);
  /// where it finds none, the same bytes lex as numbers and punctuation.
  @Test(arguments: [
    ("3.补正后申请内容仍不明确0", "3.", ["num:3", "p:."], ["han:补正后申请内容仍不明确", "num:0"]),
    ("1)围绕贯彻落实十九届四中全会精神", "1)", ["num:1", "p:)"], ["han:围绕贯彻落实", "cnum:十九", "han:届四中全会精神"]),
    ("一、总体情况", "一、", ["han:一", "p:、"], ["han:总体情况"]),
    ("（一）主动公开", "（一）", ["p:（", "han:一", "p:）"], ["han:主动公开"]),
  ])
  func headingMarkerAtLineStart(_ text: String, _ marker: String, _ without: [String], _ rest: [String]) {
    let expected = HeadingMarker(prefixOf: text) == nil ? without + rest : ["mark:" + marker] + rest
    #expect(lex(text) == expected)
    // After a line break, a space, a cell separator or a sentence end too.
    #expect(Array(lex("x\n" + text).dropFirst(2)) == expected)
    #expect(Array(lex("。" + text).dropFirst(1)) == expected)
    #expect(Array(lex("| " + text).dropFirst(2)) == expected)
  }

  @Test func headingMarkersInAReport() {
    let text = "一、总体情况\n（一）主动公开\n1.补正\n(1)围绕\n①二\n报告。二、主动公开\n  3.补正 | 0 |"
    #expect(
      lex(text) == [
        "mark:一、", "han:总体情况", "br:\n", "mark:（一）", "han:主动公开", "br:\n", "mark:1.", "han:补正", "br:\n",
        "mark:(1)", "han:围绕", "br:\n", "mark:①", "han:二", "br:\n", "han:报告", "p:。", "mark:二、", "han:主动公开",
        "br:\n", "sp:  ", "mark:3.", "han:补正", "sp: ", "sep:|", "sp: ", "num:0", "sp: ", "sep:|",
      ])
  }

  @Test func noHeadingMarkerMidLineOrInADecimal() {
    #expect(lex("统一、规范") == ["han:统一", "p:、", "han:规范"])
    #expect(lex("共3.补正") == ["han:共", "num:3", "p:.", "han:补正"])
    #expect(lex("12.35万元") == ["num[万.]:12.35万", "unit:元"])
    #expect(lex("1.5亿元") == ["num[亿.]:1.5亿", "unit:元"])
  }

  @Test func tokenIsEightBytes() {
    #expect(MemoryLayout<Token>.size == 8)
  }

  @Test func invalidUTF8IsOneTokenPerSequence() {
    // "ab" FF "一" (E4 B8 80) E4 B8 (truncated) "件" C0 80 (overlong) ED A0 80 (surrogate) "c"
    let bytes: [UInt8] = [
      0x61, 0x62, 0xFF, 0xE4, 0xB8, 0x80, 0xE4, 0xB8, 0xE4, 0xBB, 0xB6, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0x63,
    ]
    let kinds = bytes.withUnsafeBytes { raw in
      _UTF8Cursor.withCursor(overBytes: raw) { cursor -> [(Token.Kind, Int, Int)] in
        var tokenizer = _Tokenizer(cursor)
        var out: [(Token.Kind, Int, Int)] = []
        while let t = tokenizer.next() { out.append((t.kind, Int(t.start), Int(t.length))) }
        return out
      }
    }
    let expected: [(Token.Kind, Int, Int)] = [
      (.word, 0, 2), (.invalid, 2, 1), (.han, 3, 3), (.invalid, 6, 2), (.han, 8, 3), (.invalid, 11, 1),
      (.invalid, 12, 1), (.invalid, 13, 1), (.invalid, 14, 1), (.invalid, 15, 1), (.word, 16, 1),
    ]
    #expect(kinds.map(\.0) == expected.map(\.0))
    #expect(kinds.map(\.1) == expected.map(\.1))
    #expect(kinds.map(\.2) == expected.map(\.2))
  }

  @Test(arguments: 0..<5)
  func tokensTileTheSeeds(_ seed: Int) throws {
    let text = String(decoding: try Fixtures.seed(seed), as: UTF8.self)
    let tokens = Lexer().tokenize(text)
    var offset = 0
    for token in tokens {
      #expect(Int(token.start) == offset)
      #expect(token.length > 0)
      offset = Int(token.start) + Int(token.length)
    }
    #expect(offset == text.utf8.count)
    #expect(Array(Lexer().tokens(in: text)) == tokens)
    var count = 0
    Lexer().forEachToken(in: text) { _ in count += 1 }
    #expect(count == tokens.count)
  }

  @Test(arguments: 0..<5)
  func everyNumberTokenParses(_ seed: Int) throws {
    let text = String(decoding: try Fixtures.seed(seed), as: UTF8.self)
    for token in Lexer().tokenize(text) where token.kind == .number || token.kind == .chineseNumeral {
      let parsed = Result { () throws(ChineseNumber.ParseError) in try ChineseNumber(parsing: token, in: text) }
      if case .failure(let error) = parsed, error != .overflow {
        Issue.record("\(text.slice(token.range)) does not parse: \(error)")
      }
    }
  }

  @Test func longRunsAreSplit() {
    let text =
      String(repeating: "政", count: 30_000) + String(repeating: "a", count: 70_000)
      + String(repeating: " ", count: 70_000) + String(repeating: "9", count: 70_000)
    let tokens = Lexer().tokenize(text)
    #expect(tokens.allSatisfy { $0.length > 0 })
    #expect(tokens.map(\.kind) == [.han, .han, .word, .word, .space, .space, .number, .number])
    #expect(tokens.map { Int($0.length) } == [65535, 90000 - 65535, 65535, 70000 - 65535, 65535, 4465, 65535, 4465])
  }

  @Test func reusesStorage() {
    var tokens: [Token] = []
    Lexer().tokenize("共389718条", into: &tokens)
    #expect(tokens.count == 3)
    Lexer().tokenize("一、总体情况", into: &tokens)
    #expect(render("一、总体情况", tokens).count == tokens.count)
    #expect(tokens.first?.start == 0)
  }

  @Test func emptyText() {
    #expect(Lexer().tokenize("").isEmpty)
  }

  @Test func numeralRunsStayLinear() {
    // A long run of numeral characters that is no number must not be rescanned per character.
    let text = String(repeating: "一二三四五六七八九十", count: 5000)
    let tokens = Lexer().tokenize(text)
    #expect(tokens.reduce(0) { $0 + Int($1.length) } == text.utf8.count)
  }
}
