import Foundation
import Testing

@testable import DisclosureKit

@Suite("TableRobustness") struct TableRobustnessTests {
  /// A crawler that put the whole body on one line, tables run together.
  @Test func wholeBodyOnOneLine() throws {
    let tables = String(decoding: try Fixtures.data("tables/seed001-runtogether.txt"), as: UTF8.self)
      .replacingOccurrences(of: "\n", with: "")
    let result = TableTesting.read("一、总体情况2020年，本区共收到政府信息公开申请2件。" + tables)
    for (key, rows) in TableFixture.seed001 {
      let table = try #require(result.tables.first { $0.key == key })
      for (row, expected) in rows { #expect(TableTesting.row(table, row) == expected, "\(key).\(row)") }
    }
  }

  /// Mangled inputs — cut anywhere, bytes dropped, separators sprinkled —
  /// never trap, and every range stays inside the text.
  @Test(arguments: ["seed001-pipe.txt", "seed001-runtogether.txt", "seed001-spacealigned.txt", "edition2021-pipe.txt"])
  func mangledInputs(_ file: String) throws {
    let original = Array(String(decoding: try Fixtures.data("tables/" + file), as: UTF8.self))
    var rng = GeneratedTableTests.Generator(state: UInt64(original.count))
    for round in 0..<12 {
      var chars = original
      switch round % 4 {
      case 0: chars = Array(chars.prefix(Int.random(in: 0...chars.count, using: &rng)))
      case 1:
        for _ in 0..<40 where !chars.isEmpty { chars.remove(at: Int.random(in: 0..<chars.count, using: &rng)) }
      case 2:
        for _ in 0..<40 {
          let piece: Character = ["|", "\t", " ", "\n", "0", "-", "（", "万"].randomElement(using: &rng) ?? "|"
          chars.insert(piece, at: Int.random(in: 0...chars.count, using: &rng))
        }
      default: chars = chars.map { $0.isNumber && Bool.random(using: &rng) ? "9" : $0 }
      }
      let text = String(chars)
      let result = TableTesting.read(text)
      let size = text.utf8.count
      for table in result.tables {
        for row in table.rows {
          for cell in row.cells {
            if let range = cell.range { #expect(range.start >= 0 && range.end <= size) }
          }
        }
      }
    }
  }

  /// A huge cell count, long lines and deep nonsense stay bounded.
  @Test func pathologicalLines() {
    let digits = String(repeating: "9", count: 5000)
    let text =
      "一、本年新收政府信息公开申请数量" + digits + "\n" + String(repeating: "| 0 ", count: 5000) + "\n"
      + String(repeating: "（一）予以公开\n", count: 500)
    let result = TableTesting.read(text)
    #expect(result.tables.allSatisfy { $0.rows.allSatisfy { $0.cells.allSatisfy { $0.value != 9 } } })
  }
}
