import Foundation
import Testing

@testable import DisclosureKit

/// The structure stage's fast paths — scalars where characters were read,
/// byte scans where every scalar was decoded — against the character and
/// string versions beside them.
@Suite("Structure fast paths")
struct StructureFastPathTests {
  static func samples() throws -> [String] {
    try FastPathSamples.seedTexts() + FastPathSamples.texts(count: 300, maxPieces: 40, seed: 21)
  }

  static let shortTexts = FastPathSamples.texts(count: 3000, maxPieces: 6, seed: 22)
  static let tables = TableTemplate.standard2019 + TableTemplate.standard2021

  @Test func kindsOnScalarsAgreeWithCharacters() {
    let matcher = SectionKindMatcher(patterns: Vocabulary.standardSections)
    var titles = Self.shortTexts
    for pattern in Vocabulary.standardSections {
      for title in pattern.titles {
        titles += [
          title, "政府信息公开的" + title, String(title.dropFirst()), title + "情况",
          title.replacingOccurrences(of: "公开", with: "公開"),
        ]
        titles += [String(title.prefix(3)) + "\u{F9B2}" + String(title.dropFirst(3)), title + "e\u{301}"]
      }
    }
    for title in titles {
      let key = SectionKindMatcher.keyScalars(of: title)
      #expect(key == SectionKindMatcher.key(of: title).map { $0.unicodeScalars.first?.value ?? 0 })
      for fuzzy in [false, true] {
        #expect(
          matcher.kind(ofKey: key, fuzzy: fuzzy) == matcher._kindByCharacters(ofKey: key, fuzzy: fuzzy),
          "\(title.debugDescription)")
      }
    }
  }

  @Test func labelSetAgreesWithCharacterKeys() {
    let detector = HeadingDetector(vocabulary: Vocabulary(sections: Vocabulary.standardSections, tables: Self.tables))
    let labels = detector.tableRowLabels()
    var titles = Self.shortTexts
    for table in Self.tables {
      for row in table.rows {
        titles += row.labels + row.labels.map { $0 + "\u{F9B2}" } + row.labels.map { "（一）" + $0 }
      }
    }
    for title in titles {
      let key = SectionKindMatcher.keyScalars(of: title)
      let characters = key.compactMap { Unicode.Scalar($0).map(Character.init) }
      #expect(labels.contains(key) == labels.characters.contains(characters), "\(title.debugDescription)")
      if let limited = SectionKindMatcher.keyScalars(of: title.unicodeScalars, atMost: labels.longest) {
        #expect(limited == key)
      } else {
        #expect(key.count > labels.longest && !labels.contains(key))
      }
    }
  }

  @Test func titlesAndNumbersFromBytesAgreeWithStrings() throws {
    for text in try Self.samples() {
      let bytes = _TextBytes(text)
      // Every scalar boundary pair of a short window.
      var boundaries: [Int] = []
      var offset = 0
      for scalar in text.unicodeScalars {
        boundaries.append(offset)
        offset += UTF8.width(scalar)
      }
      boundaries.append(offset)
      var generator = FastPathSamples.Generator(seed: UInt64(text.utf8.count))
      for _ in 0..<min(200, boundaries.count) {
        guard let start = boundaries.randomElement(using: &generator) else { continue }
        let end = boundaries.filter { $0 >= start && $0 <= start + 40 }.randomElement(using: &generator) ?? start
        let string = bytes.string(start, end)
        #expect(
          HeadingDetector.cleanTitle(in: bytes, start, end) == HeadingDetector.cleanTitle(string),
          "\(string.debugDescription)")
        #expect(
          HeadingDetector.number(in: bytes, start, end) == HeadingDetector.number(of: string),
          "\(string.debugDescription)")
        #expect(Array(bytes.scalars(start, end)) == Array(string.unicodeScalars))
      }
    }
  }

  @Test func breaksAndLinesAgreeWithAScalarWalk() throws {
    for text in try Self.samples() {
      let bytes = _TextBytes(text)
      var expected: [(Int, Int, Bool)] = []
      var offset = 0
      for scalar in text.unicodeScalars {
        let value = scalar.value
        if _TextBytes.isSpace(value) || HeadingDetector.endsSentence(value) || value == 0x3001 {
          expected.append((offset, UTF8.width(scalar), value == 0x3001))
        }
        offset += UTF8.width(scalar)
      }
      var found: [(Int, Int, Bool)] = []
      bytes.forEachBreak(from: 0, to: bytes.count) { found.append(($0, $1, $2)) }
      #expect(
        found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1)
          && found.map(\.2) == expected.map(\.2))
      // Lines: the byte loop the memchr path replaced.
      var lines: [SourceRange] = []
      var start = 0
      let utf8 = Array(text.utf8)
      var i = 0
      while i < utf8.count {
        if utf8[i] == 0x0A || utf8[i] == 0x0D {
          lines.append(SourceRange(start: start, end: i))
          if utf8[i] == 0x0D, i + 1 < utf8.count, utf8[i + 1] == 0x0A { i += 1 }
          start = i + 1
        }
        i += 1
      }
      if start < utf8.count { lines.append(SourceRange(start: start, end: utf8.count)) }
      #expect(bytes.lines() == lines)
      // No marker starts where the prefilter says none can.
      utf8.withUnsafeBytes { raw in
        for offset in 0..<utf8.count where !bytes.mayStartMarker(at: offset) {
          #expect(HeadingMarker.matchIgnoringContext(in: raw, at: offset) == nil)
        }
      }
    }
  }

  @Test func headerHelpersAgreeWithCharacters() throws {
    var texts = Self.shortTexts + FastPathSamples.texts(count: 100, maxPieces: 300, seed: 23)
    texts += FastPathSamples.lines(of: try FastPathSamples.seedTexts())
    for text in texts {
      for limit in [0, 1, 5, 40, 400] {
        #expect(
          MetadataReader.prefix(text, characters: limit) == String(text.prefix(limit)), "\(text.debugDescription)")
      }
      #expect(
        MetadataReader.dateLineCharacters(text) == MetadataReader.dateLineCharactersOfAnyText(text),
        "\(text.debugDescription)")
      let utf8 = text.utf8
      for cut in [0, 3, 6] where cut <= utf8.count {
        let start = text.unicodeScalars.index(text.startIndex, offsetBy: min(cut, text.unicodeScalars.count))
        let expected = Array(text[start...].lazy.filter { !$0.isWhitespace }.prefix(60))
        #expect(MetadataReader.window(after: start, in: text) == expected, "\(text.debugDescription)")
      }
      #expect(
        TitleReading.breadcrumbSegments(text) == text.split(whereSeparator: { $0 == ">" || $0 == "»" }),
        "\(text.debugDescription)")
      let slowTitle =
        TitleReading.titleEndings.contains { text.hasSuffix($0) }
        || (text.utf8Contains("年度报告") && text._hasAtMostCharacters(40)) || TitleReading.isSummaryTitle(text)
      #expect(TitleReading.isTitle(text) == slowTitle, "\(text.debugDescription)")
      let closed = TitleReading.closedUp(text)
      if let plain = _PlainScalar.scalars(closed) {
        #expect(TitleReading.announcedTitle(plain: plain) == TitleReading.announcedTitle(characters: Array(closed)))
        let title = TitleReading.endingAtReport(closed)
        if let scalars = _PlainScalar.scalars(title) {
          #expect(
            TitleReading.yearSplit(plain: scalars, of: title)
              == TitleReading.yearSplit(characters: Array(title), of: title), "\(title.debugDescription)")
        }
      }
      #expect(MetadataReader.mostFrequentYear(in: text) == Self.mostFrequentYearByIterator(text))
    }
    for (character, _) in DateParsing.chineseYearDigits {
      #expect(_PlainScalar.scalars(String(character)) != nil, "\(character)")
    }
  }

  /// ``MetadataReader/mostFrequentYear(in:)`` as it was written, re-reading
  /// the bytes after a year through a pending buffer.
  static func mostFrequentYearByIterator(_ text: String) -> Int? {
    var counts: [Int: Int] = [:]
    var run = 0
    var value = 0
    var utf8 = text.utf8.makeIterator()
    var pending: [UInt8] = []
    while let byte = pending.isEmpty ? utf8.next() : pending.removeFirst() {
      if (0x30...0x39).contains(byte) {
        run += 1
        value = run <= 4 ? value * 10 + Int(byte - 0x30) : value
        continue
      }
      if run == 4, byte == 0xE5, let b1 = utf8.next(), let b2 = utf8.next() {
        pending = [b1, b2]
        if b1 == 0xB9, b2 == 0xB4, (1990...2100).contains(value) {
          let next = utf8.next()
          if let next { pending.append(next) }
          if next.map({ !(0x30...0x39).contains($0) }) ?? true { counts[value, default: 0] += 1 }
        }
      }
      run = 0
      value = 0
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }
}
