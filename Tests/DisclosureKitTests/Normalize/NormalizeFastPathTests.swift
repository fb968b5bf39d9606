import Foundation
import Testing

@testable import DisclosureKit

/// The normaliser's fast paths against the paths beside them: the fused
/// vote-and-fold pass against the vote and the fold apart, patched runs
/// against a copy and a replacement per edit, furniture classified on
/// scalars against the string version.
@Suite("Normalize fast paths")
struct NormalizeFastPathTests {
  static func samples() throws -> [String] {
    try FastPathSamples.seedTexts() + FastPathSamples.texts(count: 400, maxPieces: 60, seed: 11)
  }

  static func same(_ a: Normalizer._CharacterPass, _ b: Normalizer._CharacterPass) -> Bool {
    a.builder.bytes == b.builder.bytes && a.builder.map == b.builder.map
  }

  @Test func fusedPassAgreesWithVoteAndFoldApart() throws {
    let normalizer = Normalizer()
    var fused = 0
    for text in try Self.samples() {
      let bytes = Array(text.utf8)
      let decision = ScriptFolding.decide(bytes)
      let unpatched = normalizer.foldCharacters(bytes, script: decision, patching: false)
      let patched = normalizer.foldCharacters(bytes, script: decision)
      #expect(Self.same(unpatched, patched), "\(text.debugDescription)")
      let (vote, pass) = normalizer.decideAndFold(bytes)
      #expect(vote == decision, "\(text.debugDescription)")
      #expect((pass == nil) == decision.folds, "\(text.debugDescription)")
      if let pass {
        fused += 1
        #expect(Self.same(pass, unpatched), "\(text.debugDescription)")
      }
    }
    #expect(fused > 100)
  }

  @Test func furnitureOnScalarsAgreesWithStrings() throws {
    var lines = FastPathSamples.lines(of: try FastPathSamples.seedTexts().map { try normalized($0).text })
    lines += FastPathSamples.texts(count: 3000, maxPieces: 8, seed: 12)
    lines += FastPathSamples.texts(count: 300, maxPieces: 40, seed: 13)
    for line in lines where !line.contains("\n") {
      let bytes = ArraySlice(Array(line.utf8))
      #expect(PageFurniture.classify(bytes) == PageFurniture.classify(Substring(line)), "\(line.debugDescription)")
      let expected: PageFurniture.HeaderField? = PageFurniture.fieldName(Substring(line)).flatMap { name in
        PageFurniture.crawlerFields.contains(name)
          ? .crawler : PageFurniture.pageFields.contains(name) ? .page : nil
      }
      #expect(PageFurniture.headerField(bytes) == expected, "\(line.debugDescription)")
    }
  }

  @Test func furnitureWordsArePlain() {
    for word in PageFurniture.Plain.allConstants {
      #expect(_PlainScalar.scalars(word) != nil, "\(word)")
    }
  }

  /// The syllable test as it was written on strings.
  static func isSyllableOnStrings(_ letters: [UInt8]) -> Bool {
    let initials = [
      "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y",
      "w",
    ]
    let finals: Set<String> = [
      "a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ve", "ue", "er", "an", "en", "in",
      "un", "vn", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang",
      "van", "io",
    ]
    let text = String(decoding: letters, as: UTF8.self)
    if finals.contains(text) || text == "ng" { return true }
    for initial in initials where text.hasPrefix(initial) {
      if finals.contains(String(text.dropFirst(initial.count))) { return true }
    }
    return false
  }

  @Test func packedSyllablesAgreeWithStrings() {
    var generator = FastPathSamples.Generator(seed: 14)
    let letters = Array("abcdefghijklmnopqrstuvwxyz1".utf8)
    for _ in 0..<20000 {
      let length = Int.random(in: 0...9, using: &generator)
      let word = (0..<length).map { _ in letters.randomElement(using: &generator) ?? 0 }
      #expect(PinyinAnnotations.isSyllable(word) == Self.isSyllableOnStrings(word), "\(word)")
    }
    for word in ["zhuang", "lv", "er", "ng", "shuang", "xiong", "app", "pdf", "zha", "zh", ""] {
      let bytes = Array(word.utf8)
      #expect(PinyinAnnotations.isSyllable(bytes) == Self.isSyllableOnStrings(bytes), "\(word)")
    }
  }
}
