import Testing

@testable import DisclosureKit

/// Rows run together with blank cells in them, as `get_text()` leaves a
/// cell holding `&nbsp;`: `3.要求提供公开出版物00  0004.无正当理由…` is the
/// row 0 | 0 | blank | blank | 0 | 0 | 0, then the numbering of the next row.
@Suite("RunTogetherBlankCells") struct RunTogetherBlankCellTests {
  static func segments(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return LabelSegmenter.segments(bytes, 0, bytes.count).map { segment in
      "\(segment.kind == .label ? "L" : "V"):\(segment.text(in: bytes))"
        + (segment.glued.map { "+[\($0.digits)]" } ?? "")
    }
  }

  @Test func blanksBetweenGroupsThatCannotStandAlone() {
    #expect(
      Self.segments("3.要求提供公开出版物00\u{A0}\u{A0}0004.无正当理由大量反复申请0000000") == [
        "L:3.要求提供公开出版物+[00  000]", "L:4.无正当理由大量反复申请+[0000000]",
      ])
    // Ideographic and ASCII spaces are blanks the same way, one cell each.
    #expect(Self.segments("重复申请1\u{3000}00 12") == ["L:重复申请+[1 00 12]"])
  }

  /// Groups that are each a valid cell stay separate values: `规章0 0 0` is
  /// three cells set off by spaces, not a run with blanks.
  @Test(arguments: ["规章0  0  0", "规章12 3 15"])
  func validGroupsStaySeparateValues(_ text: String) {
    let segments = Self.segments(text)
    #expect(segments.count == 3)
    #expect(segments.first?.hasPrefix("L:规章+[") == true)
  }

  /// A decimal or money cell after the blank is not this form.
  @Test func decimalsEndTheRun() {
    #expect(Self.segments("行政事业性收费00  12.5万元").first == "L:行政事业性收费+[00]")
  }

  /// The space-aligned reader does not cut a line at the blanks of such a run.
  @Test func spaceAlignedLinesKeepTheRunWhole() {
    let run = Array("出版物00  0004.无正当".utf8)
    #expect(GridBuilder(limits: .default).spaceAlignedCells(run, 0, run.count) == nil)
    let aligned = Array("规章     0     0     0".utf8)
    #expect(GridBuilder(limits: .default).spaceAlignedCells(aligned, 0, aligned.count)?.count == 4)
  }

  /// The whole table: the blank cells are read as blank, every identity holds
  /// counting them as 0, and the row total makes the other splits certain.
  @Test func tableWithABlankRow() throws {
    var line = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    for row in TableTemplate.requests2019.rows {
      let digits: String =
        switch row.key {
        case "newRequests", "totalHandled": "1000102"
        case "granted": "1000001"
        case "notProcessed.publication": "00\u{A0}\u{A0}101"
        default: "0000000"
        }
      line += row.labels[0] + digits
    }
    let result = TableTesting.read("三、收到和处理政府信息公开申请情况\n" + line + "\n")
    let table = try #require(result.tables.first { $0.key == "requests" })
    #expect(TableTesting.row(table, "notProcessed.publication") == [0, 0, nil, nil, 1, 0, 1])
    #expect(
      table[row: "notProcessed.publication"]?.cells.map(\.state) == [
        .value, .value, .blank, .blank, .value, .value, .value,
      ])
    #expect(TableTesting.row(table, "granted") == [1, 0, 0, 0, 0, 0, 1])
    #expect(TableTesting.row(table, "totalHandled") == [1, 0, 0, 0, 1, 0, 2])
    #expect(result.diagnostics.map(\.code).contains(.blankCells))
    #expect(!result.diagnostics.contains { [.rowMissing, .inconsistentSplit].contains($0.code) })
  }
}
