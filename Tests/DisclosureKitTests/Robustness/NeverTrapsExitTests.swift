import Foundation
import Testing

@testable import DisclosureKit

/// "Never traps", tested as a process: each of the nastiest inputs runs
/// through the whole pipeline and JSON export in a child process that must
/// exit normally. A trap anywhere (overflow, bad index, force unwrap) would
/// kill the child and fail the test without taking the test run down.
@Suite("NeverTrapsExit")
struct NeverTrapsExitTests {
  @Test func nestedTablesHugeSpansAndBadEntities() async {
    await #expect(processExitsWith: .success) {
      let html =
        String(repeating: "<table><tr><td rowspan=\"1000000000\" colspan=\"-1\">", count: 20_000)
        + "&#99999999999;&#x;&#" + String(repeating: "9", count: 500) + "<td colspan=99999999999999999999>"
      if let report = try? ReportParser().parse(string: html) { _ = try? JSONExport().encode(report) }
    }
  }

  @Test func runTogetherDigitsAtEveryLength() async {
    await #expect(processExitsWith: .success) {
      let rows = TableTemplate.requests2019.rows
      for length in [0, 1, 6, 7, 8, 63, 64, 65, 400] {
        var line = "三、收到和处理政府信息公开申请情况\n申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        for (index, row) in rows.enumerated() {
          line += row.labels[0] + String(repeating: String((index + length) % 10), count: length)
        }
        if let report = try? ReportParser().parse(string: line) { _ = try? JSONExport().encode(report) }
      }
    }
  }

  @Test func mangledSeedsAndNumbers() async {
    await #expect(processExitsWith: .success) {
      var state: UInt64 = 0x9E37_79B9_7F4A_7C15
      func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
      }
      let numbers = ["9223372036854775808", "1e309", "万万万万亿", String(repeating: "9", count: 40), "-", "．", "百分之", "亿亿"]
      for number in numbers { _ = try? ChineseNumber(parsing: number) }
      for name in Fixtures.seedNames {
        guard var bytes = try? [UInt8](Fixtures.data("seeds/" + name)), !bytes.isEmpty else { continue }
        for _ in 0..<64 {
          let index = Int(next() % UInt64(bytes.count))
          let insertion = Array(numbers[Int(next() % UInt64(numbers.count))].utf8)
          if next() % 3 == 0 {
            bytes[index] = UInt8(truncatingIfNeeded: next())
          } else {
            bytes.insert(contentsOf: insertion, at: index)
          }
        }
        if let report = try? ReportParser().parse(data: Data(bytes)) { _ = try? JSONExport().encode(report) }
      }
    }
  }

  @Test func encodingsBinaryAndEmpty() async {
    await #expect(processExitsWith: .success) {
      let inputs: [[UInt8]] = [
        [], [0], Array(repeating: 0, count: 1000), [0xFF, 0xFE], [0xFE, 0xFF, 0xD8], [0xEF, 0xBB, 0xBF],
        Array("%PDF-1.4".utf8), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xC0, 0x80, 0xED, 0xA0, 0x80],
        Array(repeating: 0xB1, count: 999), [0x81, 0x30, 0x81], [0xFF, 0xFE, 0x00, 0xD8, 0x00, 0xDC, 0x00],
      ]
      for bytes in inputs {
        if let report = try? ReportParser().parse(data: Data(bytes)) { _ = try? JSONExport().encode(report) }
      }
    }
  }
}
