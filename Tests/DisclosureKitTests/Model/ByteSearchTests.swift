import Testing

@testable import DisclosureKit

/// The byte-level helpers the pipeline's hot paths use instead of
/// Foundation's string search, checked against plain definitions.
@Suite("Byte search")
struct ByteSearchTests {
  /// The first offset of `needle` in `hay` at or after `start`, the slow way.
  static func naiveOffset(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, start >= 0, needle.count <= hay.count else { return nil }
    var i = start
    while i + needle.count <= hay.count {
      if Array(hay[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }

  @Test func firstOffsetMatchesANaiveSearch() {
    let hay = Array("共收到申请12件，答复申请12件。收到申请".utf8)
    for needle in ["申请", "12", "件", "。", "收到申请", "请1", "共", "无此词", "答复申请12件。收到申请"] {
      let bytes = Array(needle.utf8)
      for start in [0, 1, 5, 9, 20, hay.count - 1, hay.count, hay.count + 3] {
        #expect(hay.firstOffset(of: bytes, from: start) == Self.naiveOffset(bytes, in: hay, from: start))
      }
    }
    #expect(hay.firstOffset(of: []) == nil)
    #expect(hay.firstOffset(of: Array("申请".utf8), from: -1) == nil)
    #expect(Array("ab".utf8).firstOffset(of: Array("abc".utf8)) == nil)
  }

  @Test func firstOffsetSkipsAnchorsThatDoNotStartAMatch() {
    // The needle's last byte stands many times before the match.
    let hay = Array("xbxbxbxbab".utf8)
    #expect(hay.firstOffset(of: Array("ab".utf8)) == 8)
    #expect(hay.firstOffset(of: Array("b".utf8), from: 2) == 3)
  }

  @Test func rangesAreStringIndices() {
    let text = "其中网络申请67件"
    let range = text.utf8Range(of: "申请")
    #expect(range.map { String(text[$0]) } == "申请")
    #expect(text.utf8Range(of: "申请", from: range?.upperBound) == nil)
    #expect(text.utf8Contains("网络"))
    #expect(!text.utf8Contains(""))
  }

  @Test func trimmingWhitespaceKeepsPlainTextAndTrimsTheRest() {
    #expect("申请12件".trimmingWhitespace() == "申请12件")
    #expect("a b".trimmingWhitespace() == "a b")
    #expect(" 申请 ".trimmingWhitespace() == "申请")
    #expect("\u{3000}申请\n".trimmingWhitespace() == "申请")
    #expect("“申请”".trimmingWhitespace() == "“申请”")
    #expect(" \t\n".trimmingWhitespace() == "")
    #expect("".trimmingWhitespace() == "")
  }

  @Test func countsStopAtTheLimit() {
    #expect("政府信息公开"._hasAtMostCharacters(6))
    #expect(!"政府信息公开"._hasAtMostCharacters(5))
    #expect("e\u{301}e\u{301}"._hasAtMostCharacters(2))
    #expect(!"e\u{301}e\u{301}"._hasAtMostScalars(3))
    #expect("e\u{301}e\u{301}"._hasAtMostScalars(4))
    #expect("政府"._hasAtMostScalars(2))
    #expect(!"政府"._hasAtMostScalars(1))
  }

  @Test func byteContainment() {
    #expect("a\rb"._utf8Contains(byte: 0x0D))
    #expect(!"申请"._utf8Contains(byte: 0x0D))
    #expect("申请"[...]._utf8Contains(byte: 0xE7))
  }

  @Test func scalarBitmapHoldsExactlyItsScalars() {
    let bitmap = _ScalarBitmap(scalarsOf: ":：>𠀀")
    #expect(bitmap.contains(0x3A))
    #expect(bitmap.contains(0xFF1A))
    #expect(bitmap.contains(0x3E))
    #expect(bitmap.contains(0x20000))
    #expect(!bitmap.contains(0x3B))
    #expect(!bitmap.contains(0xFF1B))
    #expect(!bitmap.contains(0x20001))
    #expect(!bitmap.contains(0x10FFFF))
  }

  @Test func triggerIndexFindsEachTriggersFirstOccurrence() {
    let triggers = [["收到申请", "申请"], ["网络申请", "网络"], [""], ["答复"]]
    let index = _TriggerIndex(triggers)
    let label = Array("本年收到申请，网络申请5件，网络".utf8)
    let hits = index.firstOffsets(in: label)
    for (pattern, list) in triggers.enumerated() {
      for (trigger, text) in list.enumerated() {
        #expect(
          hits.offset(pattern: pattern, trigger: trigger)
            == Self.naiveOffset(Array(text.utf8), in: label, from: 0))
      }
    }
    #expect(hits.offset(pattern: 0, trigger: 2) == nil)
    #expect(hits.offset(pattern: 4, trigger: 0) == nil)
  }
}
