import Foundation
import Testing

@testable import DisclosureKit

/// The Tables stage reads labels and cells on the text's bytes, beside the
/// `String` paths it kept as references: keys, segments, value-likeness,
/// prose and the report year agree on every line of the fixtures and on
/// random texts made of the characters the rules turn on.
@Suite("TableBytePaths") struct TableBytePathTests {
  /// Pieces the rules look at, and some they must leave alone: numbering,
  /// digits, units, white space of every kind, quotes, marks, scalars that
  /// are not inert (combining marks, KELVIN SIGN, kana, ①).
  static let alphabet: [String] = [
    "0", "1", "2", "9", "00", "2019", "12.5", "1,234", "-", "—", "/", "\\", "*", "×", "无", "不适用", "(", ")",
    "（", "）", "、", ".", "．", ",", "，", ":", "：", ";", "；", "。", "一", "二", "三", "十", "〇", "零", "①", "⑳",
    "万元", "亿", "元", "万", "件", "项", "人次", "增", "减", "约", "大约", " ", "  ", "\u{3000}", "\u{A0}", "\u{85}",
    "\u{2003}", "\u{FEFF}", "\t", "\r", "“", "”", "\"", "'", "「", "」", "e\u{301}", "\u{212A}", "が", "ｱ",
    "\u{FF9E}", "Ａ", "１", "\u{FFFD}", "年", "年度报告", "年报", "规章", "其他", "规范性文件", "行政许可", "总计",
    "小计", "本年新收政府信息公开申请数量", "其他处理", "a", "K", "-", "|", "第", "页", "·", "\u{302A}", "\u{1680}",
    "（1）", "(一)", "一、", "二十、", "一二三四、", "3.", "4、", "5)", "6）", "7．", "8-9", "1,2", "\u{2028}", "\u{205F}",
    "万元5", "00 000", "0\u{3000}00", "五", "九", "十二",
  ]

  /// Random texts of up to `maxPieces` pieces, the same on every run.
  static func randomTexts(count: Int, maxPieces: Int, seed: UInt64) -> [String] {
    var state = seed
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    return (0..<count).map { _ in
      let pieces = Int(next() % UInt64(maxPieces + 1))
      return (0..<pieces).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
    }
  }

  /// Every line of the seeds and table fixtures, with the random texts.
  static let texts: [String] = {
    var lines: [String] = []
    let paths =
      Fixtures.seedNames.map { "seeds/" + $0 } + [
        "tables/blank-cells-pipe.txt", "tables/edition2021-pipe.txt", "tables/madeup-table3-runtogether.txt",
        "tables/seed001-markdown.txt", "tables/seed001-runtogether.txt", "tables/seed001-spacealigned.txt",
        "tables/seed001-tabs.txt", "e2e/2019-gettext.txt", "e2e/2021-gettext-no-newlines.txt",
        "e2e/2019-one-line.txt",
      ]
    for path in paths {
      guard let data = try? Fixtures.data(path) else { continue }
      let text = String(decoding: data, as: UTF8.self)
      for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        lines.append(String(line))
        // Cells as the pipe and space readers cut them.
        lines += line.split(whereSeparator: { $0 == "|" || $0 == "\t" }).map(String.init)
      }
    }
    return lines + randomTexts(count: 4000, maxPieces: 12, seed: 7) + randomTexts(count: 300, maxPieces: 80, seed: 11)
  }()

  /// `text` between two ideographs, with the range of `text` in the bytes.
  static func framed(_ text: String) -> (bytes: [UInt8], start: Int, end: Int) {
    let bytes = Array(("前" + text + "后").utf8)
    return (bytes, 3, bytes.count - 3)
  }

  @Test func keysAgreeWithTheScalarPath() {
    for text in Self.texts {
      let reference = LabelMatcher.keyByScalars(text)
      let (bytes, start, end) = Self.framed(text)
      for key in [LabelMatcher.key(text), LabelMatcher.key(bytes, start, end)] {
        #expect(Array(key.text.utf8) == Array(reference.utf8), "\(text)")
        #expect(key.isInert == LabelMatcher.KeyFilter.isInert(reference), "\(text)")
        #expect(key.firstParenthesis == (Array(reference.utf8).firstIndex(of: 0x28) ?? -1), "\(text)")
        #expect(key == LabelKey(reference) && key.hash == LabelKey(reference).hash, "\(text)")
      }
    }
  }

  /// A range cut inside a scalar is keyed as its repaired `String`.
  @Test func cutRangesAreKeyedAsRepaired() {
    let bytes = Array("规章（一）总计".utf8)
    for start in 0..<bytes.count {
      for end in start...bytes.count {
        let repaired = String(decoding: bytes[start..<end], as: UTF8.self)
        #expect(LabelMatcher.key(bytes, start, end).text == LabelMatcher.keyByScalars(repaired))
      }
    }
  }

  @Test func segmentsAgreeWithTheScalarPath() {
    for text in Self.texts {
      let (bytes, start, end) = Self.framed(text)
      let reference = TableTesting.segments(LabelSegmenter.segmentsByScalars(bytes, start, end), in: bytes)
      #expect(
        TableTesting.segments(LabelSegmenter.segmentsByBytes(bytes, start, end), in: bytes) == reference, "\(text)")
      #expect(TableTesting.segments(LabelSegmenter.segments(bytes, start, end), in: bytes) == reference, "\(text)")
    }
  }

  /// Ranges cut inside a scalar take the scalar path.
  @Test func cutSegmentsTakeTheScalarPath() {
    let bytes = Array("规章12（一）总计3万元".utf8)
    for start in 0..<bytes.count {
      for end in start...bytes.count {
        let reference = TableTesting.segments(LabelSegmenter.segmentsByScalars(bytes, start, end), in: bytes)
        #expect(TableTesting.segments(LabelSegmenter.segments(bytes, start, end), in: bytes) == reference)
      }
    }
  }

  @Test func valueLikenessAgreesWithTheStringPath() {
    for text in Self.texts + ["", " ", "12", " 1 2 ", "\u{FEFF}0", "增 5", "增５", "—/—", " 不适用 ", "×", "0x"] {
      let (bytes, start, end) = Self.framed(text)
      #expect(CellValueParser.isValueLike(bytes, start, end) == CellValueParser.isValueLike(text), "\(text)")
    }
    let bytes = Array("１２万元".utf8)
    for start in 0..<bytes.count {
      for end in start...bytes.count {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        #expect(CellValueParser.isValueLike(bytes, start, end) == CellValueParser.isValueLike(text))
      }
    }
  }

  /// Plain digits parse as the general path parses them, at every scale.
  @Test func plainDigitsParseAsTheGeneralPath() {
    var texts = ["0", "00", "007", "123", "999999999999999", "9999999999999999", "1234567890123456789", "12a", " 12"]
    texts += Self.randomTexts(count: 500, maxPieces: 6, seed: 19)
    for length in 1...17 { texts.append(String(repeating: "9", count: length)) }
    for text in texts {
      for scale in [1, 10, 10000, 100_000_000] {
        #expect(
          CellValueParser.parse(text, scale: scale) == CellValueParser.parseByCharacters(text, scale: scale), "\(text)")
      }
    }
  }

  /// The original prose test, on a `String`.
  static func isProseReference(_ line: String) -> Bool {
    line.utf8Contains("。") || line.utf8.count > 120 && line.count > 120 && !line.contains(where: \.isASCIIDigit)
  }

  @Test func proseAgreesWithTheStringPath() {
    let long = Self.randomTexts(count: 300, maxPieces: 120, seed: 13)
    for text in Self.texts + long + [String(repeating: "规", count: 41), String(repeating: "e\u{301}", count: 50)] {
      let (bytes, start, end) = Self.framed(text)
      #expect(GridBuilder.isProse(bytes, start, end) == Self.isProseReference(text), "\(text)")
    }
  }

  /// The one pass over a line finds what the readers it gates would.
  @Test func lineShapeAgreesWithTheReaders() {
    let builder = GridBuilder(limits: .default)
    let long = Self.randomTexts(count: 300, maxPieces: 120, seed: 17)
    for text in Self.texts + long + ["a|b", "a｜b", "a\tb", "a  b", "a\u{3000}b", "a\u{A0}\u{A0}b", "。", "\u{FEFF}"] {
      let (bytes, start, end) = Self.framed(text)
      let shape = GridBuilder.shape(bytes, start, end)
      #expect(shape.hasSeparator == (builder.pipeCells(bytes, start, end) != nil), "\(text)")
      #expect(shape.hasFullStop == _TableBytes.contains(bytes, start, end, Array("。".utf8)), "\(text)")
      if !shape.hasWhitespace {
        #expect(builder.spaceAlignedCells(bytes, start, end) == nil, "\(text)")
        #expect(builder.collapsedLines(bytes, start, end) == nil, "\(text)")
        #expect((start..<end).allSatisfy { GridBuilder.isWhitespace(bytes, $0) == 0 }, "\(text)")
      }
    }
  }

  /// The original year reader, on the `String` of the text's head.
  static func reportYearReference(_ text: String) -> Int? {
    let head = String(decoding: text.utf8.prefix(4096), as: UTF8.self)
    for line in head.split(whereSeparator: \.isNewline) {
      guard line.utf8Contains("年度报告") || line.utf8Contains("年报") else { continue }
      let chars = Array(line)
      var i = 0
      while i + 4 < chars.count {
        let digits = chars[i..<(i + 4)]
        if digits.allSatisfy(\.isASCIIDigit), chars[i + 4] == "年", i == 0 || !chars[i - 1].isASCIIDigit,
          let year = Int(String(digits)), (2000...2100).contains(year)
        {
          return year
        }
        i += 1
      }
    }
    return nil
  }

  @Test func reportYearAgreesWithTheStringPath() {
    var texts = Self.texts.filter { $0.utf8Contains("年") }
    texts += [
      "某区2019年政府信息公开工作年度报告", "12019年度报告", "2019年\u{301}度报告", "\r\n2021年度报告\u{2028}x",
      "３０１９年报", "2019\u{301}年度报告 2020年", "1999年报告\n2001年年报",
    ]
    // Titles the head's 4096 bytes cut, inside a scalar and between them.
    for pad in 4080...4096 {
      texts.append(String(repeating: "a", count: pad) + "2019年度报告")
      texts.append(String(repeating: "a", count: pad - 4000) + String(repeating: "规", count: 1333) + "2019年报")
    }
    for text in texts {
      #expect(EditionDetector.reportYear(in: Array(text.utf8)) == Self.reportYearReference(text), "\(text)")
      #expect(EditionDetector.reportYear(in: text) == Self.reportYearReference(text), "\(text)")
    }
  }

  @Test func whiteSpaceByValueIsUnicodes() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(_TableBytes.isWhitespace(value) == CellValueParser.isWhitespace(scalar), "\(value)")
    }
    #expect(!_TableBytes.isWhitespace(0xFEFF))
  }

  /// The byte table finds what a `String` dictionary finds, for keys that
  /// are inert and keys that are not, on either side.
  @Test(arguments: [["规章", "(一)总计", "其他", "a"], ["规章", "K规章", "e\u{301}"], []])
  func keyTableAgreesWithADictionary(_ keys: [String]) {
    let table = _KeyTable(keys.enumerated().map { (key: LabelKey($1), value: $0) })
    var dictionary: [String: Int] = [:]
    for (index, key) in keys.enumerated() where dictionary[key] == nil { dictionary[key] = index }
    for probe in keys + ["规", "\u{212A}规章", "\u{E9}", "(一)", "", "其他其他"] {
      #expect(table.value(for: LabelKey(probe)) == dictionary[probe], "\(probe)")
    }
  }

  /// A label the reader's filter rules out names nothing in any template:
  /// no row, column, group, subtotal row or block.
  @Test func labelsRuledOutNameNothing() {
    let matchers = TableTesting.templates.map(LabelMatcher.init)
    let filter = LabelMatcher.KeyFilter(matchers.flatMap(\.lookupKeys))
    var labels = Self.texts
    for matcher in matchers {
      labels += matcher.template.rows.flatMap(\.labels) + matcher.template.columns.flatMap(\.labels)
      labels += matcher.template.subtotals.flatMap { $0.labels + $0.blockLabels }
    }
    let ends = TableReader.suffixEnds(of: matchers)
    #expect(ends != nil)
    var ruledOut = 0
    for label in labels {
      let key = LabelMatcher.key(label)
      guard !filter.mayName(key) else { continue }
      if !TableReader.mayEnd(key, amongEnds: ends) {
        // Nor, glued to digits, by suffix.
        for matcher in matchers { #expect(matcher.row(forKey: key, group: nil, suffix: true) == nil, "\(label)") }
      }
      ruledOut += 1
      for matcher in matchers {
        #expect(matcher.group(forKey: key) == nil, "\(label)")
        #expect(matcher.column(forKey: key) == nil, "\(label)")
        #expect(matcher.subtotals.block(forKey: key) == nil, "\(label)")
        for group in [nil] + matcher.groupKeys.indices.map(Optional.some) {
          #expect(matcher.row(forKey: key, group: group) == nil, "\(label)")
        }
        for block in [nil] + matcher.subtotals.subtotals.indices.map(Optional.some) {
          #expect(matcher.subtotals.row(forKey: key, block: block) == nil, "\(label)")
        }
      }
    }
    #expect(ruledOut > 1000)
  }

  /// Every line of a seed, read by the builder, holds what its scalar path
  /// would: each label's key is the key of its text.
  @Test func builtItemsKeyTheirText() throws {
    for seed in 0..<5 {
      let text = String(decoding: try Fixtures.seed(seed), as: UTF8.self)
      let built = GridBuilder(limits: .default).build(NormalizedText(text: text))
      #expect(built.bytes == Array(text.utf8))
      // Digits set off inside a label cell are label items with no key.
      for item in built.items where item.kind == .label && !item.key.isEmpty {
        #expect(item.key.text == LabelMatcher.keyByScalars(item.text(in: built.bytes)))
      }
      #expect(built.items.contains { !$0.key.isEmpty })
    }
  }
}
