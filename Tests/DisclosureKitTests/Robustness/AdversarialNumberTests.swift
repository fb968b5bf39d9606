import Foundation
import Testing

@testable import DisclosureKit

/// Numbers that do not fit or are not numbers: a typed error from
/// ``ChineseNumber``, and in a report an unreadable cell, never a trap or a
/// silently rounded value.
@Suite("AdversarialNumber")
struct AdversarialNumberTests {
  @Test(arguments: [
    ("1234567890123456789012345678901234567890", ChineseNumber.ParseError.overflow),
    ("9223372036854775808", .overflow),
    ("1e309", .notANumber),
    ("万万万万亿", .notANumber),
  ])
  func parseErrors(_ text: String, _ error: ChineseNumber.ParseError) {
    #expect(throws: error) { try ChineseNumber(parsing: text) }
  }

  @Test func largestExactValues() throws {
    #expect(try ChineseNumber(parsing: "999999999999999999").value == 999_999_999_999_999_999)
    #expect(try ChineseNumber(parsing: "一万亿").value == 1_000_000_000_000)
  }

  /// In a pipe table the cells that do not fit are unreadable, with a
  /// diagnostic naming them; none is rounded to a value.
  @Test func oversizedCellsInATable() throws {
    let text = """
      二、主动公开政府信息情况
      第二十条第（一）项 | | |
      信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
      规章 | 1234567890123456789012345678901234567890 | 9223372036854775808 | 1e309
      行政规范性文件 | 万万万万亿 | 0 | 3
      """
    let report = try Metered.parse(Data(text.utf8)).result.get()
    #expect(report.normalizedText.contains("9223372036854775808"))
    let result = TableTesting.read(text)
    let table = try #require(result.tables.first { $0.key == "activeDisclosure" }, "\(result.tables.map(\.key))")
    #expect(table[row: "regulations"]?.cells.map(\.value) == [nil, nil, nil])
    // The digit runs are cells that do not fit; `1e309` is not read as a
    // number cell at all, so its place is missing.
    #expect(table[row: "regulations"]?.cells.map(\.state) == [.unreadable, .unreadable, .missing])
    #expect(
      result.diagnostics.contains { $0.code == .unreadableCell },
      "\(result.diagnostics.map { "\($0.code): \($0.message)" })")
  }
}
