import DisclosureKit
import Testing

@Suite("DiagnosticRendering")
struct DiagnosticRenderingTests {
  static let text = "一、总体情况\n受理政府信息公开申请12件,\t答复10件。\n"

  /// The byte range of the first `needle` in `text`.
  static func range(of needle: String, in text: String = text) -> SourceRange {
    guard let found = text.range(of: needle) else { return SourceRange(start: 0, end: 0) }
    let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    return SourceRange(start: start, end: start + needle.utf8.count)
  }

  @Test func descriptionWithoutTextIsTheMessageAndPlace() {
    let diagnostic = Diagnostic(
      .table3Balance, .error, "Table 3 does not balance.", zh: "表三不平衡。",
      location: .init(table: "requests", column: "total"), expected: 14, actual: 13)
    #expect(
      diagnostic.description == """
        error[table3.balance]: Table 3 does not balance.
          at table requests, column total
          expected 14, actual 13
        """)
    #expect(
      diagnostic.description(in: nil, language: .chinese) == """
        error[table3.balance]: 表三不平衡。
          位置：requests表，total列
          应为14，实为13
        """)
  }

  @Test func caretsUnderTheRangeCountHanAsTwoColumns() {
    let diagnostic = Diagnostic(
      .narrativeMismatch, .warning, "The prose says 12.", location: .init(range: Self.range(of: "12")))
    #expect(
      diagnostic.description(in: Self.text) == """
        warning[narrative.tableMismatch]: The prose says 12.
          |
        2 | 受理政府信息公开申请12件,\t答复10件。
          |                     ^^
        """)
  }

  /// The example of the DocC comment on `description(in:language:)`.
  @Test func documentedExample() {
    let text = "受理申请12件\n"
    let diagnostic = Diagnostic(
      .narrativeMismatch, .warning, "The prose says 12.", location: .init(range: .init(start: 12, end: 14)))
    #expect(
      diagnostic.description(in: text) == """
        warning[narrative.tableMismatch]: The prose says 12.
          |
        1 | 受理申请12件
          |         ^^
        """)
  }

  @Test func tabsBeforeTheRangeAreKeptInTheCaretLine() {
    let diagnostic = Diagnostic(
      .narrativeMismatch, .warning, "Ten.", zh: "十件。", location: .init(section: "一、总体情况", range: Self.range(of: "10件")))
    #expect(
      diagnostic.description(in: Self.text, language: .chinese) == """
        warning[narrative.tableMismatch]: 十件。
          位置：“一、总体情况”部分
          |
        2 | 受理政府信息公开申请12件,\t答复10件。
          |                          \t    ^^^^
        """)
  }

  @Test func relatedLocationIsRenderedAfterTheMain() {
    let text = "收到申请5件\n本年新收 | 4\n"
    let diagnostic = Diagnostic(
      .narrativeMismatch, .warning, "5 ≠ 4.", location: .init(range: Self.range(of: "5", in: text)),
      expected: 4, actual: 5,
      related: .init(table: "requests", row: "newRequests", column: "total", range: Self.range(of: "4", in: text)))
    #expect(
      diagnostic.description(in: text) == """
        warning[narrative.tableMismatch]: 5 ≠ 4.
          expected 4, actual 5
          |
        1 | 收到申请5件
          |         ^
          related: at table requests, row newRequests, column total
          |
        2 | 本年新收 | 4
          |            ^
        """)
  }

  @Test func longLinesAreCutAroundTheRange() {
    let before = String(repeating: "甲", count: 40)
    let after = String(repeating: "乙", count: 40)
    let text = before + "错" + after
    let diagnostic = Diagnostic(
      .encodingNoise, .warning, "Noise.", location: .init(range: Self.range(of: "错", in: text)))
    let shownBefore = String(repeating: "甲", count: 30)
    let shownAfter = String(repeating: "乙", count: 30)
    #expect(
      diagnostic.description(in: text) == """
        warning[text.encodingNoise]: Noise.
          |
        1 | …\(shownBefore)错\(shownAfter)…
          |  \(String(repeating: " ", count: 60))^^
        """)
  }

  /// A whole body on one line: only the window around the range is shown,
  /// whatever the line's length or its characters' widths in bytes.
  @Test(arguments: [("a", 1), ("甲", 1), ("😀", 1), ("a", 5000), ("甲", 5000)])
  func windowIsTheSameOnAnyLine(_ filler: String, _ factor: Int) {
    let before = String(repeating: filler, count: 40 * factor)
    let text = "标题\n" + before + "错" + String(repeating: "乙", count: 40 * factor) + "\n下一行"
    let diagnostic = Diagnostic(
      .encodingNoise, .warning, "Noise.", location: .init(range: Self.range(of: "错", in: text)))
    let width = filler == "a" ? 30 : 60
    #expect(
      diagnostic.description(in: text) == """
        warning[text.encodingNoise]: Noise.
          |
        2 | …\(String(repeating: filler, count: 30))错\(String(repeating: "乙", count: 30))…
          |  \(String(repeating: " ", count: width))^^
        """)
  }

  @Test func emptyRangesAndRangesPastTheLineStillPoint() {
    let empty = Diagnostic(.table2InForce, .warning, "Blank.", location: .init(range: SourceRange(start: 9, end: 9)))
    #expect(
      empty.description(in: "规章 |  | 3\n") == """
        warning[table2.inForce]: Blank.
          |
        1 | 规章 |  | 3
          |        ^
        """)
    let spanning = Diagnostic(.table3Balance, .error, "Rows.", location: .init(range: SourceRange(start: 0, end: 9)))
    #expect(
      spanning.description(in: "ab\ncd\nef\n") == """
        error[table3.balance]: Rows.
          |
        1 | ab
          | ^^
        """)
  }

  @Test func rangesOutsideTheTextRenderNoSource() {
    let diagnostic = Diagnostic(
      .table3Balance, .error, "Away.", location: .init(range: SourceRange(start: 90, end: 95)))
    #expect(diagnostic.description(in: "short") == "error[table3.balance]: Away.")
    #expect(diagnostic.description(in: "") == "error[table3.balance]: Away.")
  }

  @Test func aRangeInsideAScalarDoesNotTrap() {
    let diagnostic = Diagnostic(.encodingNoise, .info, "Mid.", location: .init(range: SourceRange(start: 1, end: 2)))
    #expect(diagnostic.description(in: "甲乙").hasPrefix("info[text.encodingNoise]: Mid.\n  |\n1 | "))
  }
}
