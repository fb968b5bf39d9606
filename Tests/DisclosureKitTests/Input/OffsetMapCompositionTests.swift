import Foundation
import Testing

@testable import DisclosureKit

/// A small deterministic generator so failures reproduce.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("OffsetMapComposition")
struct OffsetMapCompositionTests {
  /// Rewrites `input` at random: copies, same-length and other replacements, deletions.
  static func rewrite(_ input: [UInt8], using random: inout SplitMix) -> _RewriteBuilder {
    var builder = _RewriteBuilder()
    var index = 0
    while index < input.count {
      let length = min(input.count - index, Int.random(in: 1...6, using: &random))
      switch Int.random(in: 0..<5, using: &random) {
      case 0: builder.replace(at: index, with: [])
      case 1:
        builder.replace(
          at: index, with: Array(repeating: UInt8(ascii: "x"), count: Int.random(in: 1...4, using: &random)))
      case 2: builder.replace(at: index, length: length, with: Array(repeating: UInt8(ascii: "y"), count: length))
      default: builder.copy(input, index..<(index + length))
      }
      index += length
    }
    return builder
  }

  @Test(arguments: 0..<40)
  func composedMapEqualsStepwiseLookups(_ seed: Int) {
    var random = SplitMix(state: UInt64(seed))
    let input = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0x61...0x7A, using: &random) }
    let first = Self.rewrite(input, using: &random)
    let second = Self.rewrite(first.bytes, using: &random)
    let inner = first.map
    let outer = second.map
    let composed = outer.composed(over: inner, derivedLength: second.count)
    for offset in 0..<second.count {
      #expect(composed.sourceOffset(offset) == inner.sourceOffset(outer.sourceOffset(offset)))
    }
  }

  @Test func composesOverTheIdentityAndAShift() {
    let shift = OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: 3, copiedLength: Int.max)])
    var builder = _RewriteBuilder()
    let input = Array("abcdef".utf8)
    builder.copy(input, 0..<2)
    builder.replace(at: 2, with: Array("XYZ".utf8))
    builder.copy(input, 4..<6)
    let composed = builder.map.composed(over: shift, derivedLength: builder.count)
    #expect((0..<builder.count).map(composed.sourceOffset) == [3, 4, 5, 5, 5, 7, 8])
    let identity = builder.map.composed(over: .identity, derivedLength: builder.count)
    #expect((0..<builder.count).map(identity.sourceOffset) == [0, 1, 2, 2, 2, 4, 5])
  }

  @Test func derivedOffsetInvertsAMonotoneMap() {
    var builder = _RewriteBuilder()
    let input = Array("abcdefghij".utf8)
    builder.copy(input, 0..<3)
    builder.replace(at: 3, with: [])  // "de" deleted
    builder.copy(input, 5..<7)
    builder.replace(at: 7, with: Array("Z".utf8))  // "h" replaced
    builder.copy(input, 8..<10)
    let map = builder.map
    #expect((0...10).map(map.derivedOffset) == [0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8])
  }
}
