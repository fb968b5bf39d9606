import Testing

@testable import DisclosureKit

/// The bulk driver (`_Tokenizer.run`, behind `tokenize(_:into:)` and `forEachToken`)
/// against the tokenizer proper (`_Tokenizer.next()` alone, behind the streaming
/// `Lexer.Tokens`): the same tokens for every input, valid UTF-8 or not.
@Suite("Lexer bulk driver") struct LexerBulkTests {
  /// `next()` until the end, one tokenizer for the whole text.
  static func reference(_ bytes: [UInt8]) -> [Token] { LexerRobustnessTests.tokens(of: bytes) }

  /// The bulk driver over the same bytes.
  static func bulk(_ bytes: [UInt8]) -> [Token] {
    bytes.withUnsafeBytes { raw in
      _UTF8Cursor.withCursor(overBytes: raw) { cursor -> [Token] in
        var tokenizer = _Tokenizer(cursor)
        var out: [Token] = []
        tokenizer.run { out.append(contentsOf: $0) }
        return out
      }
    }
  }

  /// Records the first difference, rendered, rather than two long arrays.
  static func expectSame(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = reference(bytes)
    let actual = bulk(bytes)
    guard actual != expected else { return }
    let firstDifference = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }
    let index = firstDifference?.offset ?? min(actual.count, expected.count)
    let text = String(decoding: bytes, as: UTF8.self)
    func show(_ tokens: [Token]) -> String {
      index < tokens.count ? "\(tokens[index].kind) \(tokens[index].range) \(render(text, tokens[index]))" : "end"
    }
    let message = "\(label): token \(index) differs: bulk \(show(actual)), next() \(show(expected))"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }

  @Test(arguments: 0..<5)
  func seedsGiveTheSameTokens(_ seed: Int) throws {
    let bytes = Array(try Fixtures.seed(seed))
    Self.expectSame(bytes, "seed \(seed)")
    // The public entry points: bulk into storage, the callback, and the streaming iterator.
    let text = String(decoding: bytes, as: UTF8.self)
    let tokens = Lexer().tokenize(text)
    #expect(tokens == Array(Lexer().tokens(in: text)))
    var called: [Token] = []
    Lexer().forEachToken(in: text) { called.append($0) }
    #expect(called == tokens)
    // Reused storage holding more tokens than this text has.
    var reused = Array(repeating: Token(kind: .han, start: 0, length: 1), count: tokens.count + 7)
    Lexer().tokenize(text, into: &reused)
    #expect(reused == tokens)
  }

  @Test(arguments: 0..<5)
  func truncatedSeedsGiveTheSameTokens(_ seed: Int) throws {
    let bytes = Array(try Fixtures.seed(seed))
    // Cut anywhere in the first few hundred bytes, mid-sequence included, and near the end.
    let cuts = Array(0..<min(bytes.count, 300)) + (0..<8).map { max(0, bytes.count - 1 - $0) }
    for cut in cuts {
      Self.expectSame(Array(bytes[..<cut]), "seed \(seed) cut at \(cut)")
      Self.expectSame(Array(bytes[cut...].prefix(400)), "seed \(seed) from \(cut)")
    }
  }

  static let adversarial: [(String, [UInt8])] = {
    func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
    let han = utf8("政")
    var cases: [(String, [UInt8])] = [
      ("empty", []),
      (
        "invalid bytes",
        [0x61, 0xFF, 0xE4, 0xB8, 0x80, 0xE4, 0xB8, 0xE4, 0xBB, 0xB6, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0x63]
      ),
      ("truncated ideograph at the end", utf8("政府") + [0xE5, 0xBA]),
      ("truncated lead at the end", utf8("政府") + [0xE5]),
      ("truncated after a number", utf8("共12") + [0xE4, 0xBB]),
      ("truncated wide punctuation", utf8("政府") + [0xE3, 0x80]),
      ("continuation bytes in a run", utf8("政府") + [0x80, 0xBF] + utf8("公开")),
      ("lead E4–E9 with bad continuation", [0xE6, 0x41, 0x42] + utf8("政") + [0xE6, 0xBF, 0x41]),
      ("four-byte scalars", utf8("政府😀公开𠀀信息\u{10FFFF}。") + [0xF0, 0x9F, 0x98]),
      ("CR LF mixes", utf8("a\r\nb\rc\n\r一、总体\r\n（一）主动\n\r\r\n\n1.补正\r")),
      ("line breaks U+2028", utf8("政府\u{2028}一、总体\u{85}二、公开")),
      ("headings", utf8("一、总体情况\n（一）主动公开\n第一章 总则\n第一批\n第十二条\n①二\n报告。二、主动\n| 3.补正 |")),
      ("numbers", utf8("共-3 1-12月 1,234 12.35万元 2.5万余件 约200人次 减3件 99.9％。百分之九十 十九届 两万人次")),
      ("numerals in prose", utf8("一是统一进一步一站式服务第一批十三五千万近百场二〇一九年十二月三十一日")),
      ("dates", utf8("2019年1月1日至2019年12月31日 2018年度 2021-02-19 11:18 20181231 2018111231 12月31号")),
      ("document numbers", utf8("印发了景府办字〔2018〕72号文件(国办公开办函〔2019〕60号)国发[2019]3号 国发（2019）3号")),
      ("brackets after Han", utf8("政府[2019]政府(2019)政府【2019】政府（一）")),
      ("signs after Han", utf8("政府－3政府−3政府-3政府+3")),
      ("words", utf8("COVID-19 A4纸 lǐng导 Ｗｏｒｄ_x1 ÀÉ×÷ αβγ")),
      ("spaces", utf8("政府 \u{3000}\u{A0}公开\t|｜\u{2003}x")),
      ("controls", [0x00, 0x01, 0x7F] + utf8("政") + [0x1F, 0x0B, 0x0C]),
      ("numeral at the end", utf8("统一")),
      ("numeral before the end", utf8("政府一")),
      ("numeral runs", utf8(String(repeating: "一二三四五六七八九十", count: 50))),
    ]
    // Runs longer than UInt16.max bytes, with the special cases right at the split.
    let longRun = Array(repeatElement(han, count: 21_845).joined())  // 65,535 bytes
    cases.append(("Han run of exactly 65,535 bytes then punctuation", longRun + utf8("。x")))
    cases.append(("Han run beyond 65,535 bytes", longRun + longRun + utf8("政府")))
    cases.append(("numeral at the split", Array(longRun.dropLast(3)) + utf8("一二件政府")))
    cases.append(("bracket at the split", longRun + utf8("〔2019〕60号")))
    cases.append(("truncated at the split", Array(longRun.dropLast(1)) + [0xE6]))
    cases.append(("long word", Array(repeating: UInt8(ascii: "a"), count: 70_000) + utf8("ǐ政")))
    cases.append(("long digits", Array(repeating: UInt8(ascii: "7"), count: 70_000) + utf8("件")))
    cases.append(("long spaces", Array(repeating: UInt8(ascii: " "), count: 70_000) + utf8("政")))
    return cases
  }()

  @Test func adversarialBytesGiveTheSameTokens() {
    for (label, bytes) in Self.adversarial {
      Self.expectSame(bytes, label)
    }
  }

  /// The bulk loop's one-load `mayStartNumber` against the tokenizer's, for every
  /// number start followed by every kind of character that decides it.
  @Test func mayStartNumberAgrees() {
    let starts = (UInt32(0x4000)..<0xA000).filter { _ScalarClass.of($0) == .numberStart }
    #expect(starts.count == 37)
    var nexts: [[UInt8]] = [
      [], [0x25], [0x41], [0xFF], [0xE4], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80],
    ]
    for text in ["余", "多", "年", "分", "％", "〇", "零", "万元", "万", "人次", "人", "条", "件", "批", "政", "。", "é"] {
      nexts.append(Array(text.utf8))
    }
    for scalar in starts { nexts.append(Array(String(Character(Unicode.Scalar(scalar) ?? " ")).utf8)) }
    for scalar in starts {
      let first = Array(String(Character(Unicode.Scalar(scalar) ?? " ")).utf8)
      for next in nexts {
        let bytes = first + next
        bytes.withUnsafeBytes { raw in
          _UTF8Cursor.withCursor(overBytes: raw) { cursor in
            let tokenizer = _Tokenizer(cursor)
            let expected = tokenizer.mayStartNumber(_DecodedScalar(value: scalar, length: 3, isValid: true), at: 0)
            let actual = _numberFollowerBitmap.withUnsafeBufferPointer { follower -> Bool? in
              guard let base = raw.baseAddress, let follower = follower.baseAddress else { return nil }
              return tokenizer.mayStartNumber(scalar, _BulkBytes(base: base, count: raw.count), at: 0, follower)
            }
            #expect(actual == expected, "\(String(decoding: bytes, as: UTF8.self))")
          }
        }
      }
    }
  }

  /// What the bulk loop's shortcuts read (`_Tokenizer+BulkShortcuts.swift`, the numeral
  /// and unit in `_Tokenizer+BulkHan.swift`), their near misses, and the places they may
  /// stand: line starts, after text, cells, spaces and sentence ends.
  static let shortcutPieces: [[UInt8]] =
    [
      // Heading markers and what is not one.
      "1、", "12、", "123、", "0、", "1.", "12.", "1.5", "1.1.", "1．", "1．２", "3)", "4）", "1２、", "(一)", "（二）",
      "(十)", "(十一)", "( 一)", "(一 )", "(12)", "（3）", "(0)", "(123)", "(1２)", "(注", "（注：", "(2019)", "（2019）",
      "一、", "十、", "十一、", "一.", "一．", "第一章", "第一批", "①",
      // Numbers, suffixes, years and dates.
      "0", "7", "12", "389718", "1234567", "12345678", "123456789", "100%", "99.9%", "0.34%", "12.35", "12.", "1.a",
      "3万", "3万余", "2.5万余条", "1814万元", "5万元", "60余件", "3万万", "380余万", "7亿", "6多", "5余多", "12％", "1,234",
      "１２", "2019", "2019年", "2019年度", "2019年1月", "2019年一月", "2019年〇", "2019年１", "2019年，", "2019年底",
      "2019%", "2019万", "2019.5", "2019-02-22", "2019/2/22", "1899年", "2101年", "1月", "13月", "3年", "12345年",
      // Numerals and units inside Han text.
      "一件", "一次", "两个", "三人次", "三人", "零件", "一万元", "一万", "十九大", "四十五", "负责", "约3", "近40%",
      "约定", "减少", "减3件", "负-3", "约-3", "近百分之九十", "万余", "万一", "亿元", "億元", "萬件", "一年", "第一件",
      // Spaces, wide and narrow.
      " ", "  ", "\u{A0}", "\u{A0}\u{A0}", "\u{3000}", "\u{2003}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{FEFF}",
      // Context.
      "政府", "信息", "\n", "\r\n", "|", "\t", "。", "，", "；", "（", "）", "〔", "〕", "a", "Z9",
    ].map { Array($0.utf8) } + [[0xE4, 0xB8], [0xC2], [0xE3, 0x80], [0x80], [0xFF], [0xE4, 0x38, 0x87]]

  @Test(arguments: 0..<24)
  func shortcutsGiveTheSameTokens(_ seed: Int) {
    var random = MangledInputs(state: UInt64(seed) &+ 5_000)
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 40) {
        bytes += Self.shortcutPieces[Int(random.next() % UInt64(Self.shortcutPieces.count))]
      }
      Self.expectSame(bytes, "shortcut pieces \(bytes)")
    }
  }

  /// Every piece at the start of a line, after text, in a cell, after a space and a
  /// sentence end, and followed by each kind of thing.
  @Test func shortcutsInEveryPlace() {
    let befores = ["", "\n", "政府", "|", " ", "。", "（", "第", "1"].map { Array($0.utf8) }
    let afters = ["", "政府", "\n", "件", "。", "1", ".5", "%"].map { Array($0.utf8) }
    for piece in Self.shortcutPieces {
      for before in befores {
        for after in afters { Self.expectSame(before + piece + after, "\(before + piece + after)") }
      }
    }
  }

  /// The Han loop's tables against the scalar classes, for every three-byte sequence
  /// with a lead E0–EF.
  @Test func hanTablesAgreeWithScalarClasses() {
    _ = _BulkTables.with { tables in
      for lead in UInt32(0xE0)...0xEF {
        for second in UInt32(0x80)...0xBF {
          for third in UInt32(0x80)...0xBF {
            let w = lead | second << 8 | third << 16
            let scalar = (lead & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F)
            let expected: _HanClass
            if lead < 0xE4 || lead > 0xE9 {
              expected = .other
            } else {
              expected = _ScalarClass.of(scalar) == .numberStart ? .numberStart : .plain
            }
            #expect(tables.hanClass(w) == expected, "U+\(String(scalar, radix: 16))")
            #expect(tables.isPlainHan(w) == (expected == .plain), "U+\(String(scalar, radix: 16))")
          }
        }
      }
    }
  }

  @Test(arguments: 0..<16)
  func mangledBytesGiveTheSameTokens(_ seed: Int) {
    var random = MangledInputs(state: UInt64(seed) &+ 1_000)
    for _ in 0..<200 {
      let bytes = random.input(pieces: Int(random.next() % 300))
      Self.expectSame(bytes, "mangled input \(bytes)")
    }
  }
}
