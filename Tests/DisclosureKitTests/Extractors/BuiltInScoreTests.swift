import DisclosureKit
import Testing

@Suite("BuiltInScores")
struct BuiltInScoreTests {
  static let standardTitles: [(String, String, SectionKind)] = [
    ("一", "总体情况", .overview), ("二", "主动公开政府信息情况", .proactiveDisclosure),
    ("三", "收到和处理政府信息公开申请情况", .requests), ("四", "政府信息公开行政复议、行政诉讼情况", .reviewLitigation),
    ("五", "存在的主要问题及改进情况", .problems), ("六", "其他需要报告的事项", .other),
  ]
  static let narrativeTitles: [(String, String, SectionKind)] = [
    ("一", "概述", .overview), ("二", "主动公开政府信息情况", .proactiveDisclosure),
    ("三", "依申请公开政府信息办理情况", .requests), ("四", "政府信息公开的收费及减免情况", .fees),
    ("五", "因政府信息公开申请行政复议、提起行政诉讼的情况", .reviewLitigation), ("六", "存在的主要问题和改进措施", .problems),
    ("七", "其他需要报告的事项", .other),
  ]

  static func document(
    _ titles: [(String, String, SectionKind)], year: Int?, tables: [ReportTable] = [], text: String = ""
  ) -> Document {
    DocumentBuilder.document(
      text, sections: titles.map { DocumentBuilder.section($0.0, $0.1, kind: $0.2) }, tables: tables,
      metadata: ReportMetadata(year: year))
  }

  static func approx(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

  @Test func standardTitlesWithoutTablesStillSelectStandard() {
    let document = Self.document(Self.standardTitles, year: 2019)
    #expect(Self.approx(Extractors.StandardTable().score(document), 1.0))
    #expect(Extractors.Narrative().score(document) < 0.35)
    #expect(ReportParser().report(for: document).template == "standard2019")
  }

  @Test func theYearMovesTheStandardScore() {
    #expect(Self.approx(Extractors.StandardTable().score(Self.document(Self.standardTitles, year: nil)), 0.9))
    #expect(Self.approx(Extractors.StandardTable().score(Self.document(Self.standardTitles, year: 2017)), 0.6))
  }

  @Test func fromTwentyTwentyOneWithoutTablesTheEditionIs2021() {
    #expect(ReportParser().report(for: Self.document(Self.standardTitles, year: 2021)).template == "standard2021")
  }

  @Test func tablesDecideTheStandardScore() {
    let rows = ["upheld", "corrected", "other", "pending", "total"].map { ($0, Optional(0)) }
    let tables = [
      DocumentBuilder.table("requests", edition: 2021, cells: [("total", 3)]),
      DocumentBuilder.table("reviewLitigation", edition: 2021, row: "review", cells: rows),
    ]
    let document = Self.document([], year: nil, tables: tables)
    #expect(Self.approx(Extractors.StandardTable().score(document), 0.9))
    #expect(Extractors.Narrative().score(document) == 0)
    let report = ReportParser().report(for: document)
    #expect(report.template == "standard2021")
    #expect(report.tables.map(\.key) == ["requests", "reviewLitigation"])
    #expect(report.diagnostics.filter { $0.code == .tableMissing }.map(\.location?.table) == ["activeDisclosure"])
  }

  @Test func aTableOfMostlyMissingRowsDoesNotCount() {
    let junk = ReportTable(
      key: "requests", edition: 2019,
      rows: [
        ReportTable.Row(key: "granted", cells: [ReportTable.Cell(column: "total", value: nil, state: .unreadable)]),
        ReportTable.Row(key: "newRequests", cells: [ReportTable.Cell(column: "total", value: nil, state: .missing)]),
      ])
    let document = Self.document(Self.narrativeTitles, year: 2018, tables: [junk])
    #expect(Extractors.StandardTable().score(document) < 0.35)
    #expect(ReportParser().report(for: document).template == "narrativePre2019")
  }

  @Test func narrativeTitlesAndAnEarlyYearSelectNarrative() {
    let document = Self.document(Self.narrativeTitles, year: 2017)
    #expect(Self.approx(Extractors.Narrative().score(document), 1.0))
    #expect(Extractors.StandardTable().score(document) < 0.35)
  }

  @Test func anEarlyAnnualReportWithUnknownHeadingsIsStillNarrative() {
    let document = Self.document([], year: 2016, text: "某县2016年政府信息公开工作年度报告\n全县主动公开政府信息100条。\n")
    #expect(Self.approx(Extractors.Narrative().score(document), 0.65))
    #expect(Extractors.Narrative().score(Self.document([], year: 2016, text: "新闻:今天天气晴。\n")) < 0.35)
  }

  @Test func aWorkSummaryUnderTheReportTitle() {
    let text = "某局2020年政府信息公开工作年 度 报 告\n某局2020年工作总结及2021年工作打算\n一、所做的主要工作\n二、下一步工作打算\n"
    let document = Self.document(
      [("一", "所做的主要工作", .unknown), ("二", "下一步工作打算", .unknown)], year: 2020, text: text)
    #expect(Self.approx(Extractors.WorkSummary().score(document), 0.95))
    let report = ReportParser().report(for: document)
    #expect(report.template == "workSummary")
    #expect(report.diagnostics.map(\.code).contains(.notStatutoryFormat))
  }

  @Test func workSummaryHeadingsInsideAStandardReportDoNotWin() {
    let titles = Self.standardTitles + [("七", "下一步工作打算", SectionKind.unknown)]
    let document = Self.document(titles, year: 2020)
    #expect(Extractors.WorkSummary().score(document) < 0.35)
    #expect(ReportParser().report(for: document).template == "standard2019")
  }
}
