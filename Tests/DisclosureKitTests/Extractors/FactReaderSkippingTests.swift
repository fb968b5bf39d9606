import Testing

@testable import DisclosureKit

/// A standard report's tables are skipped by the fact reader, not read and
/// filtered out: a key a table names first is still read from the prose.
@Suite("FactReader skipping tables")
struct FactReaderSkippingTests {
  static let table = "政府集中采购 | 242 | 1814万元\n收取信息处理费0元 | 0 | 0\n"
  static let prose = "全年依申请公开共收取费用120元。"
  static let text = table + prose
  static let tableRange = SourceRange(start: 0, end: table.utf8.count)

  @Test func aKeyNamedFirstInASkippedTableIsReadFromTheProse() {
    let tokens = Lexer().tokenize(Self.text)
    let skipping = FactReader().read(Self.text, tokens: tokens, in: nil, skipping: [Self.tableRange])
    #expect(skipping.map(\.key) == ["feesCollected"])
    #expect(skipping.first?.value == 120)
    #expect(skipping.first.map { Self.tableRange.contains($0.range) } == false)
    // Read and filtered afterwards, the table's cell would have taken the key.
    let all = FactReader().read(Self.text, tokens: tokens)
    #expect(all.first { $0.key == "feesCollected" }?.value == 0)
  }

  @Test func nothingSkippedReadsAsBefore() {
    let tokens = Lexer().tokenize(Self.text)
    #expect(
      FactReader().read(Self.text, tokens: tokens, in: nil, skipping: [])
        == FactReader().read(Self.text, tokens: tokens))
  }
}
