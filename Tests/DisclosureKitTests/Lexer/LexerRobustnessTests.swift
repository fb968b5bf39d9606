import Testing

@testable import DisclosureKit

/// Deterministic pseudo-random bytes (SplitMix64), biased towards the pieces
/// the lexer's patterns are made of, so the patterns' edges get exercised.
struct MangledInputs {
  static let pieces: [[UInt8]] =
    [
      "0", "1", "9", "2019", "20181231", ",", ".", "%", "％", "-", "+", "年", "月", "日", "度", "号", "〔", "〕", "[", "]",
      "(", ")", "（", "）", "一", "二", "十", "百", "千", "万", "亿", "〇", "两", "余", "多", "近", "约", "减", "百分之",
      "件", "条", "人次", "万元", "第", "、", "。", "|", "\t", "\n", "\r", " ", "　", "政", "府", "a", "Z", "①", ":",
    ].map { Array($0.utf8) } + [
      [0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ]

  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func input(pieces count: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<count {
      if next() % 8 == 0 {
        bytes.append(UInt8(truncatingIfNeeded: next()))
      } else {
        bytes += Self.pieces[Int(next() % UInt64(Self.pieces.count))]
      }
    }
    return bytes
  }
}

@Suite("Lexer robustness") struct LexerRobustnessTests {
  /// Tokens of raw bytes, with the cursor's invariant checks on in debug builds.
  static func tokens(of bytes: [UInt8]) -> [Token] {
    bytes.withUnsafeBytes { raw in
      _UTF8Cursor.withCursor(overBytes: raw) { cursor -> [Token] in
        var tokenizer = _Tokenizer(cursor)
        var out: [Token] = []
        while let token = tokenizer.next() { out.append(token) }
        return out
      }
    }
  }

  @Test(arguments: 0..<8)
  func mangledBytesTileAndNumbersParse(_ seed: Int) {
    var random = MangledInputs(state: UInt64(seed))
    for _ in 0..<150 {
      let bytes = random.input(pieces: Int(random.next() % 200))
      let tokens = Self.tokens(of: bytes)
      var offset = 0
      for token in tokens {
        #expect(Int(token.start) == offset && token.length > 0)
        offset = token.end
      }
      #expect(offset == bytes.count)
      for token in tokens where token.kind == .number || token.kind == .chineseNumeral {
        let result = bytes.withUnsafeBytes { raw in
          _UTF8Cursor.withCursor(overBytes: raw) { ChineseNumber.parse($0, from: Int(token.start), to: token.end) }
        }
        if case .failure(let error) = result, error != .overflow {
          Issue.record("number token \(bytes[Int(token.start)..<token.end]) does not parse: \(error)")
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(Array(Lexer().tokens(in: text)) == Lexer().tokenize(text))
    }
  }

  @Test(arguments: 0..<4)
  func mangledStringsNeverTrapChineseNumber(_ seed: Int) {
    var random = MangledInputs(state: UInt64(seed) &+ 100)
    for _ in 0..<300 {
      let text = String(decoding: random.input(pieces: Int(random.next() % 12)), as: UTF8.self)
      if let n = try? ChineseNumber(parsing: text) {
        #expect(n.value.isFinite)
      }
    }
  }
}
