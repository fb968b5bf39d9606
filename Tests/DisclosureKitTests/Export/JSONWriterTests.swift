import Foundation
import Testing

@testable import DisclosureKit

/// `JSONExport` prints with the library's own encoder; these tests hold it
/// to the bytes Foundation's `JSONEncoder` gives with the options
/// `JSONExport` used to pass it, on every fixture and on made-up values.
@Suite("JSON writer")
struct JSONWriterTests {
  static func foundation(_ value: some Encodable, prettyPrinted: Bool) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      prettyPrinted ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }

  static func ours(_ value: some Encodable, prettyPrinted: Bool) throws -> [UInt8] {
    try JSONExport.bytes(of: value, prettyPrinted: prettyPrinted, newline: false)
  }

  static func expectSameBytes(
    _ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    for pretty in [false, true] {
      let expected = try foundation(value, prettyPrinted: pretty)
      let actual = try ours(value, prettyPrinted: pretty)
      #expect(
        actual == expected,
        "pretty: \(pretty)\nours:       \(String(decoding: actual.prefix(400), as: UTF8.self))\nfoundation: \(String(decoding: expected.prefix(400), as: UTF8.self))",
        sourceLocation: sourceLocation)
    }
  }

  /// Every fixture the tests bundle that parses at all, through the whole pipeline.
  static let fixturePaths: [String] = {
    guard let root = Fixtures.url("") else { return [] }
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
    return (files ?? []).filter { ["txt", "html", "bin"].contains($0.pathExtension) }
      .map { String($0.path.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
      .sorted()
  }()

  @Test func fixturesAreFound() {
    #expect(Self.fixturePaths.count >= 50)
    #expect(Self.fixturePaths.contains("seeds/" + Fixtures.seedNames[0]))
  }

  @Test(arguments: fixturePaths)
  func reportOfEveryFixturePrintsAsJSONEncoderDoes(_ path: String) throws {
    guard let report = try? ReportParser().parse(data: Fixtures.data(path), name: path) else { return }
    try Self.expectSameBytes(report)
    #expect(Array(try JSONExport().encode(report)) == (try Self.foundation(report, prettyPrinted: true)))
    #expect(Array(try JSONExport().encodeLine(report)) == (try Self.foundation(report, prettyPrinted: false)) + [0x0A])
  }

  struct Scalars: Encodable {
    var strings: [String]
    var doubles: [Double]
    var floats: [Float]
    var ints: [Int]
    var int64s: [Int64]
    var unsigned: [UInt64]
    var small: [Int8]
    var flags: [Bool]
    var optionals: [String?]
    var nothing: Int?
  }

  @Test func everyASCIIByteAndTrickyStringsAreEscapedAsJSONEncoderDoes() throws {
    var strings = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
    strings += [
      "", "\"quoted\"", "back\\slash", "a/b", "\u{7F}", "\u{2028}\u{2029}", "é", "中文，标点。", "😀", "\u{FEFF}",
      "tab\tand\nnewline\r\n", String(repeating: "长", count: 500),
    ]
    try Self.expectSameBytes(
      Scalars(
        strings: strings, doubles: [], floats: [], ints: [], int64s: [], unsigned: [], small: [], flags: [true, false],
        optionals: ["x", nil], nothing: nil))
  }

  @Test func numbersPrintAsJSONEncoderPrintsThem() throws {
    var generator = SplitMix64(seed: 0x5EED)
    var doubles: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.1 + 0.2, 1e20, 1e-7, 1e16, 1e15, 123_456_789.123, 12_345_678_901_234_567_890,
      Double(Int.max), .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
      .leastNormalMagnitude, 389718, 18_140_000, 0.0034, 0.85, 1 / 3,
    ]
    // Any finite bit pattern, and values with few digits.
    for _ in 0..<2_000 {
      let double = Double(bitPattern: generator.next())
      if double.isFinite { doubles.append(double) }
      doubles.append(Double(Int64(bitPattern: generator.next()) % 1_000_000) / 100)
    }
    let floats: [Float] =
      [0, 0.1, -2.5, 1e30, 3.4028235e38, 1e-45]
      + (0..<200).map { _ in
        Float(bitPattern: UInt32(truncatingIfNeeded: generator.next()) & 0x7F7F_FFFF)
      }
    try Self.expectSameBytes(
      Scalars(
        strings: [], doubles: doubles, floats: floats, ints: [0, 1, -1, .min, .max, 389718],
        int64s: [.min, .max], unsigned: [0, .max], small: [.min, .max], flags: [], optionals: [], nothing: nil))
  }

  @Test func keysSortByTheirUTF8Bytes() throws {
    let keys = ["b", "B", "a10", "a9", "a", "", "a.b", "a-b", "ab", "aB", "é", "中", "z", "Z", "_", "a.b.c", "😀"]
    var dictionary: [String: Int] = [:]
    for (index, key) in keys.enumerated() { dictionary[key] = index }
    try Self.expectSameBytes(dictionary)
    try Self.expectSameBytes(["nested": dictionary, "": [:], "empty": [String: Int]()])
  }

  @Test func emptyAndNestedContainers() throws {
    try Self.expectSameBytes([[Int]]())
    try Self.expectSameBytes([[[Int]()], [], [[1]]] as [[[Int]]])
    try Self.expectSameBytes(["k": [String: [Int]]()])
    try Self.expectSameBytes("top level")
    try Self.expectSameBytes(1.0)
  }

  /// A key encoded twice, nested containers, and `superEncoder`: what a
  /// hand-written `encode(to:)` may do.
  struct Handwritten: Encodable {
    enum Keys: String, CodingKey { case twice, nested, list, parent, zeta }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(1, forKey: .twice)
      try c.encode("second", forKey: .twice)
      var nested = c.nestedContainer(keyedBy: Keys.self, forKey: .nested)
      try nested.encodeNil(forKey: .zeta)
      var list = nested.nestedUnkeyedContainer(forKey: .list)
      try list.encode(2.5)
      var inner = list.nestedContainer(keyedBy: Keys.self)
      try inner.encode(true, forKey: .twice)
      var deeper = list.nestedUnkeyedContainer()
      try deeper.encodeNil()
      try "from super".encode(to: c.superEncoder(forKey: .parent))
      _ = c.superEncoder()
      var single = list.superEncoder().singleValueContainer()
      try single.encode(UInt8(7))
    }
  }

  @Test func handwrittenEncodingsPrintAsJSONEncoderDoes() throws {
    try Self.expectSameBytes(Handwritten())
  }

  struct NonFinite: Encodable {
    var values: [String: Double]
  }

  @Test func nonFiniteNumbersThrowAsJSONEncoderDoes() {
    for value in [Double.nan, .infinity, -.infinity] {
      #expect(throws: EncodingError.self) { try Self.ours(NonFinite(values: ["x": value]), prettyPrinted: false) }
      #expect(throws: EncodingError.self) { try Self.foundation(NonFinite(values: ["x": value]), prettyPrinted: false) }
    }
    do {
      _ = try Self.ours(NonFinite(values: ["x": .nan]), prettyPrinted: false)
    } catch EncodingError.invalidValue(_, let context) {
      #expect(context.codingPath.map(\.stringValue) == ["values", "x"])
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}

/// A small seeded generator, so the made-up numbers are the same every run.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
