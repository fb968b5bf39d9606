import Testing

@testable import DisclosureKit

@Suite("CellValueParser") struct CellValueParserTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var scale = 1
    var value: Int?
    var state: ReportTable.CellState
    var description: String { "\(text)×\(scale)" }
  }

  static let cases: [Case] = [
    Case(text: "0", value: 0, state: .value),
    Case(text: "0   ", value: 0, state: .value),
    Case(text: "\u{a0}0", value: 0, state: .value),
    Case(text: "\u{3000}1226\u{3000}", value: 1226, state: .value),
    Case(text: "1,226", value: 1226, state: .value),
    Case(text: "１２２６", value: 1226, state: .value),
    Case(text: "1814万元", value: 18_140_000, state: .value),
    Case(text: "251000元", value: 251_000, state: .value),
    Case(text: "12.35", scale: 10_000, value: 123_500, state: .value),
    Case(text: "12.35万元", scale: 10_000, value: 123_500, state: .value),
    Case(text: "500元", scale: 10_000, value: 500, state: .value),
    Case(text: "-3", value: -3, state: .value),
    Case(text: "减3", value: -3, state: .value),
    Case(text: "增5", value: 5, state: .value),
    Case(text: "23件", value: 23, state: .value),
    Case(text: "", value: nil, state: .blank),
    Case(text: "  \u{a0}", value: nil, state: .blank),
    Case(text: "-", value: nil, state: .unreadable),
    Case(text: "—", value: nil, state: .unreadable),
    Case(text: "/", value: nil, state: .unreadable),
    Case(text: "无", value: nil, state: .unreadable),
  ]

  @Test(arguments: cases)
  func parses(_ c: Case) {
    let parsed = CellValueParser.parse(c.text, scale: c.scale)
    #expect(parsed.value == c.value)
    #expect(parsed.state == c.state)
  }

  @Test func labelsAreNotValues() {
    for label in ["规章", "1.属于国家秘密", "（七）总计", "本年增/减", "第二十条第（一）项"] {
      #expect(!CellValueParser.isValueLike(label), "\(label)")
    }
  }

  @Test func proseIsNotValueLike() {
    #expect(!CellValueParser.isValueLike("本机关2019年共收到政府信息公开申请23件，办结23件。"))
    #expect(CellValueParser.isValueLike(" 不适用 "))
    #expect(CellValueParser.isValueLike("增５"))
    #expect(CellValueParser.isValueLike("大约200人"))
    #expect(CellValueParser.maxMarkBytes == 12)
  }

  /// The prefilter of `isValueLike` admits every first scalar `number(_:)`
  /// can read: each scalar of the BMP, alone and before a number's tail,
  /// with and without the sign word 增.
  @Test func numberStartsAreComplete() {
    var missed: [String] = []
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value), !CellValueParser.isWhitespace(scalar), value != 0xFEFF else { continue }
      for tail in ["", "1", "约1", "分之1"] {
        for head in ["", "增"] {
          let text = head + String(Character(scalar)) + tail
          if CellValueParser.number(text) != nil, !CellValueParser.mayStartNumber(text) { missed.append(text) }
        }
      }
    }
    #expect(missed == [])
  }

  /// `1814万元` through the lexer's ChineseNumber (the real one folds 万元);
  /// enabled once the Lexer stage has landed.
  @Test(.enabled(if: (try? ChineseNumber(parsing: "3万")) != nil))
  func chineseNumberReadsMoney() throws {
    #expect(try ChineseNumber(parsing: "1814万元").value == 18_140_000)
    #expect(CellValueParser.parse("1814万元").value == 18_140_000)
  }
}
