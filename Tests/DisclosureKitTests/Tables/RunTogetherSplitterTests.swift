import Testing

@testable import DisclosureKit

@Suite("RunTogetherSplitter") struct RunTogetherSplitterTests {
  static let rows2019 = TableTemplate.requests2019.rows

  /// Table 3 as a crawler's `get_text()` leaves it: each label followed
  /// directly by its digits.
  static func table3(_ rows: [String: String], zeroRest: Bool = true) -> String {
    var line = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    for row in rows2019 {
      guard let digits = rows[row.key] ?? (zeroRest ? "0000000" : nil) else { continue }
      line += row.labels[0] + digits
    }
    return "三、收到和处理政府信息公开申请情况\n" + line + "\n"
  }

  @Test func briefExamples() throws {
    let text = Self.table3([
      "newRequests": "2000002", "granted": "153010019", "partiallyGranted": "1000001",
      "totalHandled": "163010020", "carriedForward": "0000000", "carriedOver": "143010018",
    ])
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(TableTesting.row(requests, "newRequests") == [2, 0, 0, 0, 0, 0, 2])
    #expect(TableTesting.row(requests, "granted") == [15, 3, 0, 1, 0, 0, 19])
    #expect(TableTesting.row(requests, "carriedOver") == [14, 3, 0, 1, 0, 0, 18])
    #expect(TableTesting.row(requests, "totalHandled") == [16, 3, 0, 1, 0, 0, 20])
    let cell = try #require(requests[row: "granted"]?["total"])
    #expect(text.slice(try #require(cell.range)) == "19")
    #expect(!result.diagnostics.contains { $0.code == .inconsistentSplit })
  }

  /// A count and its change never leave fewer than no items, and only the
  /// change may be negative: `行政许可84-21530` is not 84 | -2153 | 0 (a whole
  /// zero, which the ranking otherwise favours) nor 8 | 4 | -21530. What is
  /// left is ambiguous — 84 | -2 | 1530 or 84 | -21 | 530 — and said so.
  @Test func aChangeNeverLeavesANegativeCount() throws {
    let text = "二、主动公开政府信息情况\n信息内容上一年项目数量本年增/减处理决定数量行政许可84-21530其他对外管理服务事项126-1260\n"
    let result = TableTesting.read(text)
    let table = try #require(result.tables.first { $0.key == "activeDisclosure" })
    #expect(TableTesting.row(table, "licensing") == [84, -21, 530])
    let ambiguity = try #require(
      result.diagnostics.first { $0.code == .ambiguousSplit && $0.location?.row == "licensing" })
    #expect(ambiguity.message.contains("splits 2 ways"))
    #expect(ambiguity.message.contains("84|-2|1530"))
    #expect(!ambiguity.message.contains("84|-2153|0"))
    // 126 | -126 | 0 leaves none, and is allowed.
    #expect(TableTesting.row(table, "otherManagementServices") == [126, -126, 0])
    // Plausibilities choose splits; they are never reported.
    let report = try ReportParser().parse(string: text)
    #expect(!report.diagnostics.contains { $0.code.rawValue == "table2.countNotNegative" })
  }

  @Test func table2IsFlaggedWhenAmbiguous() throws {
    let text = "二、主动公开政府信息情况\n信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件2213\n"
    let result = TableTesting.read(text)
    let table = try #require(result.tables.first { $0.key == "activeDisclosure" })
    #expect(TableTesting.row(table, "regulations") == [0, 0, 0])
    // 2|2|13 and 22|1|3 both keep 对外公开总数量 ≥ 本年新公开数量; 2|21|3 does not.
    let ambiguous = result.diagnostics.filter { $0.code == .ambiguousSplit }
    #expect(ambiguous.count == 1)
    #expect(ambiguous.first?.location?.row == "normativeDocuments")
    #expect(ambiguous.first?.message.contains("2|2|13") == true)
    #expect(ambiguous.first?.message.contains("22|1|3") == true)
    #expect(ambiguous.first?.message.contains("2|21|3") == false)
  }

  /// A real table with a real error: the split breaking the fewest identities, and which.
  @Test func inconsistentTableSaysWhich() throws {
    let text = Self.table3(["newRequests": "3000003", "granted": "2000002", "totalHandled": "2000002"])
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(TableTesting.row(requests, "newRequests") == [3, 0, 0, 0, 0, 0, 3])
    let inconsistent = try #require(result.diagnostics.first { $0.code == .inconsistentSplit })
    #expect(inconsistent.message.contains("table3.balance@naturalPerson"))
  }

  @Test func proseChoosesAmongSplits() throws {
    var template = TableTemplate(
      key: "demo", columns: [.init("a", labels: ["甲"]), .init("b", labels: ["乙"])],
      rows: [.init("r1", labels: ["一类"]), .init("r2", labels: ["二类"])])
    template.proseCues = [.init(row: "r1", column: "b", phrases: [["收到", "申请"]])]
    let text = "本年共收到申请3件。\n类别甲乙一类123二类00\n"
    let result = TableReader(templates: [template]).read(
      NormalizedText(text: text), tokens: [], sections: SectionTree())
    let table = try #require(result.tables.first)
    #expect(TableTesting.row(table, "r1") == [12, 3])
    #expect(TableTesting.row(table, "r2") == [0, 0])
    let ambiguous = try #require(result.diagnostics.first { $0.code == .ambiguousSplit })
    #expect(ambiguous.message.contains("prose supports"))
    // Without the cue the more balanced, first-found split is taken.
    template.proseCues = []
    let plain = TableReader(templates: [template]).read(NormalizedText(text: text), tokens: [], sections: SectionTree())
    #expect(TableTesting.row(plain.tables.first, "r1") == [1, 23])
  }

  /// A row of 40 digits must not explode: the search stops at the budget.
  @Test func longRowIsBounded() throws {
    let digits = String(repeating: "1234567891", count: 4)
    let text = Self.table3(["newRequests": digits])
    let result = TableTesting.read(text)
    let requests = try #require(result.tables.first { $0.key == "requests" })
    #expect(requests[row: "carriedOver"]?.cells.allSatisfy { $0.value == 0 } == true)
    let codes = Set(result.diagnostics.map(\.code))
    #expect(codes.contains(.limitReached) || codes.contains(.inconsistentSplit))
  }

  @Test func digitCapAtAndPastTheLimit() throws {
    var limits = ParseLimits()
    limits.maxRunTogetherDigits = 10
    // 10 digits, at the cap: only 12|10|0|0|0|0|22 keeps the row total.
    let atCap = TableTesting.read(Self.table3(["newRequests": "1210000022"]), limits: limits)
    let read = try #require(atCap.tables.first { $0.key == "requests" })
    #expect(TableTesting.row(read, "newRequests") == [12, 10, 0, 0, 0, 0, 22])
    let past = TableTesting.read(Self.table3(["newRequests": "12000000012"]), limits: limits)
    let requests = try #require(past.tables.first { $0.key == "requests" })
    #expect(requests[row: "newRequests"]?.cells.allSatisfy { $0.value == nil && $0.state == .unreadable } == true)
    #expect(past.diagnostics.contains { $0.code == .inconsistentSplit && $0.message.contains("digit limit") })
  }

  @Test func candidateBudget() throws {
    var limits = ParseLimits()
    limits.maxSplitCandidates = 50
    let result = TableTesting.read(Self.table3(["newRequests": "12345678901234"]), limits: limits)
    #expect(result.diagnostics.contains { $0.code == .limitReached })
  }
}
