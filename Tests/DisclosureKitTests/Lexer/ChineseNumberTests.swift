import Testing

@testable import DisclosureKit

/// One parsing case: the text and what it must read as.
struct NumberCase: Sendable, CustomTestStringConvertible {
  var text: String
  var value: Double
  var approximate = false
  var percent = false
  var unit: String? = nil

  var testDescription: String { text }

  init(_ text: String, _ value: Double, approximate: Bool = false, percent: Bool = false, unit: String? = nil) {
    self.text = text
    self.value = value
    self.approximate = approximate
    self.percent = percent
    self.unit = unit
  }

  /// Every case, including every kind of numeric string in the five seeds.
  static let all: [NumberCase] = [
    // Plain and grouped integers.
    NumberCase("0", 0), NumberCase("7", 7), NumberCase("389718", 389_718), NumberCase("11175", 11175),
    NumberCase("169914", 169_914), NumberCase("1,234", 1234), NumberCase("1,234,567", 1_234_567),
    NumberCase("510623", 510_623), NumberCase("007", 7), NumberCase(" 12 ", 12), NumberCase("\u{3000}12\u{3000}", 12),
    NumberCase("９１", 91),
    // Decimals, computed exactly.
    NumberCase("12.35", 12.35), NumberCase("0.5", 0.5), NumberCase("114.73", 114.73), NumberCase("12.50", 12.5),
    NumberCase("３．５", 3.5),
    // Signs.
    NumberCase("-3", -3), NumberCase("+3", 3), NumberCase("减3", -3), NumberCase("负12.5", -12.5),
    NumberCase("－3", -3),
    // Percentages.
    NumberCase("91%", 0.91, percent: true), NumberCase("99.9%", 0.999, percent: true),
    NumberCase("0.34%", 0.0034, percent: true), NumberCase("100%", 1, percent: true),
    NumberCase("97.56%", 0.9756, percent: true), NumberCase("5.62%", 0.0562, percent: true),
    NumberCase("8.1%", 0.081, percent: true), NumberCase("99.9％", 0.999, percent: true),
    NumberCase("近40%", 0.4, approximate: true, percent: true), NumberCase("百分之九十", 0.9, percent: true),
    NumberCase("百分之90", 0.9, percent: true), NumberCase("百分之五十", 0.5, percent: true),
    // 万 and 亿, with units.
    NumberCase("1814万元", 18_140_000, unit: "元"), NumberCase("744.83万元", 7_448_300, unit: "元"),
    NumberCase("114.73万元", 1_147_300, unit: "元"), NumberCase("4215万元", 42_150_000, unit: "元"),
    NumberCase("12.35万元", 123_500, unit: "元"), NumberCase("1.5亿元", 150_000_000, unit: "元"),
    NumberCase("1.5亿", 150_000_000), NumberCase("3万亿", 3_000_000_000_000), NumberCase("2万", 20000),
    // Approximations.
    NumberCase("2.5万余条", 25000, approximate: true, unit: "条"),
    NumberCase("2.5万余件", 25000, approximate: true, unit: "件"),
    NumberCase("9万余条", 90000, approximate: true, unit: "条"),
    NumberCase("6万余人次", 60000, approximate: true, unit: "人次"),
    NumberCase("60余家", 60, approximate: true, unit: "家"), NumberCase("4500余篇", 4500, approximate: true, unit: "篇"),
    NumberCase("100万余条", 1_000_000, approximate: true, unit: "条"),
    NumberCase("10多万元", 100_000, approximate: true, unit: "元"),
    NumberCase("三百余件", 300, approximate: true, unit: "件"), NumberCase("约200人次", 200, approximate: true, unit: "人次"),
    NumberCase("大约200人", 200, approximate: true, unit: "人"), NumberCase("近百场", 100, approximate: true, unit: "场"),
    NumberCase("200人左右", 200, approximate: true, unit: "人"), NumberCase("将近3万", 30000, approximate: true),
    // Units.
    NumberCase("67件", 67, unit: "件"), NumberCase("7件", 7, unit: "件"), NumberCase("389718条", 389_718, unit: "条"),
    NumberCase("5个", 5, unit: "个"), NumberCase("1059项", 1059, unit: "项"), NumberCase("3宗", 3, unit: "宗"),
    NumberCase("12场", 12, unit: "场"), NumberCase("4期", 4, unit: "期"), NumberCase("2份", 2, unit: "份"),
    NumberCase("1批", 1, unit: "批"), NumberCase("117份", 117, unit: "份"),
    // Chinese numerals.
    NumberCase("一千二百三十四", 1234), NumberCase("二〇一九", 2019), NumberCase("十一", 11), NumberCase("两万", 20000),
    NumberCase("十", 10), NumberCase("一百零五", 105), NumberCase("一千零一", 1001), NumberCase("三十", 30),
    NumberCase("一亿二千万", 120_000_000), NumberCase("一万亿", 1_000_000_000_000), NumberCase("十九", 19),
    NumberCase("二十余", 20, approximate: true), NumberCase("十多个", 10, approximate: true, unit: "个"),
    NumberCase("两个", 2, unit: "个"), NumberCase("零", 0), NumberCase("壹佰贰拾", 120), NumberCase("百", 100),
    NumberCase("三万四千五百", 34500),
  ]
}

@Suite("ChineseNumber") struct ChineseNumberTests {
  @Test(arguments: NumberCase.all)
  func parses(_ c: NumberCase) throws {
    let n = try ChineseNumber(parsing: c.text)
    #expect(n.value == c.value)
    #expect(n.isApproximate == c.approximate)
    #expect(n.isPercent == c.percent)
    #expect(n.unit == c.unit)
  }

  @Test(arguments: NumberCase.all)
  func parsesFromBytes(_ c: NumberCase) throws {
    let bytes = Array(c.text.utf8)
    let n = try bytes.withUnsafeBytes { raw throws(ChineseNumber.ParseError) in try ChineseNumber(parsing: raw) }
    #expect(n == (try ChineseNumber(parsing: c.text)))
  }

  @Test func battery() {
    #expect(NumberCase.all.count >= 60)
  }

  @Test(arguments: [
    "", " ", "abc", "1e309", "1.2.3", "1,2", "12,34", "0,123", "一二三四五六七八九十百", "万万万万亿", "千万", "十三五",
    "3件事", "%", "百分之", "减", "-", "2019年", "1814万元元", "一百二百", "一万万", "12%%", "1 2",
  ])
  func rejects(_ text: String) {
    #expect(throws: ChineseNumber.ParseError.notANumber) { try ChineseNumber(parsing: text) }
  }

  @Test(arguments: [
    String(repeating: "9", count: 40), "9223372036854775808", "99999999999999999999", "1亿亿亿",
    "9223372036854775807万", "0.12345678901234567890123",
  ])
  func overflows(_ text: String) {
    #expect(throws: ChineseNumber.ParseError.overflow) { try ChineseNumber(parsing: text) }
  }

  @Test func largestInt64IsExactEnough() throws {
    let n = try ChineseNumber(parsing: "9223372036854775807")
    #expect(n.value == 9_223_372_036_854_775_807.0)
    #expect(n.integerValue == nil)
  }

  @Test func moneyHasNoDrift() throws {
    #expect(try ChineseNumber(parsing: "12.35万元").integerValue == 123_500)
    #expect(try ChineseNumber(parsing: "0.1").value + (try ChineseNumber(parsing: "0.2").value) != 0.3)
    #expect(try ChineseNumber(parsing: "0.3").value == 0.3)
    #expect(try ChineseNumber(parsing: "1814万元").integerValue == 18_140_000)
  }

  @Test func parsesTokens() throws {
    let text = "共389718条,约2.5万余件,进驻率91%,三百余件"
    let values = try Lexer().tokenize(text).filter { $0.kind == .number || $0.kind == .chineseNumeral }
      .map { token throws(ChineseNumber.ParseError) in try ChineseNumber(parsing: token, in: text).value }
    #expect(values == [389_718, 25000, 0.91, 300])
  }

  @Test func parsesABatchOfTokens() {
    let text = "共389718条,约2.5万余件,进驻率91%,三百余件,12.35万元"
    let tokens = Lexer().tokenize(text).filter { $0.kind == .number || $0.kind == .chineseNumeral }
    var values: [Double] = []
    ChineseNumber.forEachValue(of: tokens + [Token(kind: .number, start: 500, length: 3)], in: text) { _, result in
      switch result {
      case .success(let n): values.append(n.value)
      case .failure(let error): values.append(error == .notANumber ? -1 : -2)
      }
    }
    #expect(values == [389_718, 25000, 0.91, 300, 123_500, -1])
  }

  /// 左右 after a token belongs to the text, not the token: the token alone is read
  /// (it once made the token no number, as the reading looked past its end).
  @Test func tokenBefore左右Parses() throws {
    let text = "三百余左右，2.5万左右"
    let values = try Lexer().tokenize(text).filter { $0.kind == .number || $0.kind == .chineseNumeral }
      .map { token throws(ChineseNumber.ParseError) in try ChineseNumber(parsing: token, in: text).value }
    #expect(values == [300, 25000])
    #expect(try ChineseNumber(parsing: "200人左右").isApproximate)
  }

  @Test func tokenOutsideTextIsNotANumber() {
    let token = Token(kind: .number, start: 10, length: 5)
    #expect(throws: ChineseNumber.ParseError.notANumber) { try ChineseNumber(parsing: token, in: "12") }
  }

  /// The fast paths of `parse` against the whole grammar (`parseFully`), for numbers
  /// strung from pieces and read both alone and as a range followed by more text.
  @Test(arguments: 0..<8)
  func fastPathsAgreeWithTheGrammar(_ seed: Int) {
    let pieces = [
      "0", "7", "12", "999999999999999999", "1234567890123456789", ".", "5", "万", "亿", "余", "多", "%", "％", "一",
      "两", "〇", "十", "百", "-", "约", "近", ",", "０", "．", " ", "件", "元", "左", "右", "政",
    ].map { Array($0.utf8) }
    let afters = ["", "左右", "左", "件", "政"].map { Array($0.utf8) }
    var random = MangledInputs(state: UInt64(seed) &+ 9_000)
    for _ in 0..<400 {
      var number: [UInt8] = []
      for _ in 0..<(1 + Int(random.next() % 5)) { number += pieces[Int(random.next() % UInt64(pieces.count))] }
      for after in afters {
        let bytes = number + after
        bytes.withUnsafeBytes { raw in
          _UTF8Cursor.withCursor(overBytes: raw) { cursor in
            let fast = ChineseNumber.parse(cursor, from: 0, to: number.count)
            let full = ChineseNumber.parseFully(cursor, from: 0, to: number.count)
            #expect(
              fast == full,
              "\(String(decoding: number, as: UTF8.self)) before \(String(decoding: after, as: UTF8.self))")
          }
        }
      }
    }
  }
}
