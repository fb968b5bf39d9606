import Testing

@testable import DisclosureKit

@Suite("HeadingMarker")
struct HeadingMarkerTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var style: HeadingMarker.Style
    var ordinal: Int
    var marker: String
    var description: String { text }
  }

  static let matches: [Case] = [
    Case(text: "一、总体情况", style: .hanComma, ordinal: 1, marker: "一、"),
    Case(text: "十二、其他", style: .hanComma, ordinal: 12, marker: "十二、"),
    Case(text: "二十一、其他", style: .hanComma, ordinal: 21, marker: "二十一、"),
    Case(text: "七．其他", style: .hanComma, ordinal: 7, marker: "七．"),
    Case(text: "（一）主动公开", style: .hanParen, ordinal: 1, marker: "（一）"),
    Case(text: "(十)存在问题", style: .hanParen, ordinal: 10, marker: "(十)"),
    Case(text: "（五)混排", style: .hanParen, ordinal: 5, marker: "（五)"),
    Case(text: "1、领导高度重视", style: .digitComma, ordinal: 1, marker: "1、"),
    Case(text: "12、第十二项", style: .digitComma, ordinal: 12, marker: "12、"),
    Case(text: "1.围绕建设法治政府", style: .digitDot, ordinal: 1, marker: "1."),
    Case(text: "3．强化培训", style: .digitDot, ordinal: 3, marker: "3．"),
    Case(text: "（1）制定出台", style: .digitParen, ordinal: 1, marker: "（1）"),
    Case(text: "(2)强化", style: .digitParen, ordinal: 2, marker: "(2)"),
    Case(text: "1)围绕贯彻落实", style: .digitHalfParen, ordinal: 1, marker: "1)"),
    Case(text: "7）公开", style: .digitHalfParen, ordinal: 7, marker: "7）"),
    Case(text: "①网站", style: .circled, ordinal: 1, marker: "①"),
    Case(text: "⑳网站", style: .circled, ordinal: 20, marker: "⑳"),
    Case(text: "⑵网站", style: .digitParen, ordinal: 2, marker: "⑵"),
    Case(text: "⒊网站", style: .digitDot, ordinal: 3, marker: "⒊"),
    Case(text: "第一部分 总体情况", style: .ordinalPrefix, ordinal: 1, marker: "第一部分"),
    Case(text: "第三章 附则", style: .ordinalPrefix, ordinal: 3, marker: "第三章"),
    Case(text: "２、全角数字", style: .digitComma, ordinal: 2, marker: "２、"),
  ]

  @Test(arguments: matches)
  func matchesAtTheStart(_ c: Case) throws {
    let marker = try #require(HeadingMarker(prefixOf: c.text))
    #expect(marker.style == c.style)
    #expect(marker.ordinal == c.ordinal)
    #expect(marker.length == c.marker.utf8.count)
  }

  @Test(arguments: [
    "1.5亿元", "2019、", "2019年", "一是加强", "第一时间", "第一批", "十九大、", "总体情况", "（三安全）",
    "1.1 概况", "()", "（）", "0、", "一", "(", "1",
  ])
  func rejects(_ text: String) {
    #expect(HeadingMarker(prefixOf: text) == nil)
  }

  /// Markers inside a line: the word before decides.
  @Test(arguments: [
    ("统一、规范", 3, false),
    ("十一、其他", 3, false),
    ("成效。 七、其他", 10, true),
    ("成效。七、其他", 9, true),
    ("依据第（一）项", 9, false),
    ("工作（一）加强", 6, true),
    ("共2.1.3", 5, false),
    ("(1)项", 1, false),
    ("ab1、", 2, false),
  ])
  func respectsTheWordBefore(_ text: String, _ offset: Int, _ expected: Bool) {
    var bytes = Array(text.utf8)
    let found = bytes.withUnsafeMutableBytes { HeadingMarker.match(in: UnsafeRawBufferPointer($0), at: offset) }
    #expect((found != nil) == expected)
  }

  @Test func offsetsOutOfBoundsAreNil() {
    var bytes = Array("一、".utf8)
    bytes.withUnsafeMutableBytes { raw in
      #expect(HeadingMarker.match(in: UnsafeRawBufferPointer(raw), at: -1) == nil)
      #expect(HeadingMarker.match(in: UnsafeRawBufferPointer(raw), at: 99) == nil)
      // Inside a multi-byte scalar.
      #expect(HeadingMarker.match(in: UnsafeRawBufferPointer(raw), at: 1) == nil)
    }
    var truncated = Array(Array("（一）".utf8).prefix(5))
    truncated.withUnsafeMutableBytes { raw in
      #expect(HeadingMarker.match(in: UnsafeRawBufferPointer(raw), at: 0) == nil)
    }
  }
}
