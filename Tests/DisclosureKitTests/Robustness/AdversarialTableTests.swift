import Foundation
import Testing

@testable import DisclosureKit

/// The run-together split search on inputs built to blow it up: work is
/// bounded by ``ParseLimits/maxSplitCandidates`` per search and
/// ``ParseLimits/maxRunTogetherDigits`` per run, and the outcome is a
/// diagnostic, never a hang.
@Suite("AdversarialTable")
struct AdversarialTableTests {
  static let header = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"

  /// Table 3 as a crawler's `get_text()` leaves it: each label followed directly by its digits.
  static func table3(_ digits: (TableTemplate.Row) -> String) -> String {
    var line = header
    for row in TableTemplate.requests2019.rows { line += row.labels[0] + digits(row) }
    return "三、收到和处理政府信息公开申请情况\n" + line + "\n四、政府信息公开行政复议、行政诉讼情况\n"
  }

  static func read(_ text: String, limits: ParseLimits = .default) -> (TableReader.Result, _WorkMeter) {
    let meter = _WorkMeter()
    let result = _WorkMeter.$current.withValue(meter) { TableTesting.read(text, limits: limits) }
    return (result, meter)
  }

  @Test func fourHundredDigitRunIsRefusedWithADiagnostic() throws {
    let run = String(repeating: "1234567890", count: 40)
    let text = Self.table3 { $0.key == "granted" ? run : "0000000" }
    let (result, meter) = Self.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(requests[row: "granted"]?.cells.map(\.state) == Array(repeating: .unreadable, count: 7))
    #expect(TableTesting.row(requests, "newRequests") == [0, 0, 0, 0, 0, 0, 0])
    let refused = result.diagnostics.filter {
      $0.code == .inconsistentSplit && $0.message.contains("within the digit limit")
    }
    #expect(refused.count == 1)
    #expect(refused.first?.location?.row == "granted")
    #expect(meter[.maxSplitCandidatesPerSearch] <= ParseLimits.default.maxSplitCandidates)
  }

  /// Every row a long run of nonzero digits, so no row identity prunes the
  /// search: it stops at its budget with a ``Diagnostic/Code/limitReached``.
  @Test func everyRowAtTheDigitLimitStopsAtTheBudget() throws {
    let limits = ParseLimits(maxSplitCandidates: 20_000)
    let text = Self.table3 { _ in String(repeating: "123456789", count: 7) }
    let (result, meter) = Self.read(text, limits: limits)
    #expect(meter[.splitSearches] >= 1)
    #expect(meter[.maxSplitCandidatesPerSearch] <= 20_000)
    #expect(result.diagnostics.contains { $0.code == .limitReached })
  }

  @Test func theBudgetIsHonouredAtItsValueAndOnePast() throws {
    let text = Self.table3 { _ in "98765432123" }
    for budget in [1, 2, 1000, 1001] {
      let (_, meter) = Self.read(text, limits: ParseLimits(maxSplitCandidates: budget))
      #expect(meter[.maxSplitCandidatesPerSearch] <= budget)
    }
  }

  /// Table 3's rows repeated a thousand times.
  @Test func aThousandRows() throws {
    var line = Self.header
    let rows = TableTemplate.requests2019.rows
    for index in 0..<1000 { line += rows[index % rows.count].labels[0] + "1000001" }
    let text = "三、收到和处理政府信息公开申请情况\n" + line + "\n"
    let (result, meter) = Self.read(text)
    #expect(meter[.maxSplitCandidatesPerSearch] <= ParseLimits.default.maxSplitCandidates)
    #expect(meter[.splitCandidates] <= meter[.splitSearches] * ParseLimits.default.maxSplitCandidates)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(TableTesting.row(requests, "newRequests") == [1, 0, 0, 0, 0, 0, 1])
  }
}
