import Foundation
import Testing

@testable import DisclosureKit

@Suite("DateAgreement")
struct DateAgreementTests {
  typealias S = StructureSupport
  let context = CheckContext(vocabulary: Vocabulary())

  func report(
    year: Int?, title: String? = nil, published: String? = nil, period: (String, String)? = nil,
    text: String = ""
  ) -> AnnualReport {
    var report = S.report(text)
    report.metadata = ReportMetadata(
      title: title, year: year, published: published,
      statisticsPeriod: period.map { ReportMetadata.Period(from: $0.0, to: $0.1) })
    return report
  }

  @Test func agreeingDatesRaiseNothing() {
    let r = report(
      year: 2020, title: "某区2020年政府信息公开工作年度报告", published: "2021-02-19",
      period: ("2020-01-01", "2020-12-31"), text: "2020年度共受理申请2件。2019年度报告已公开。")
    #expect(DateAgreement().check(r, in: context).isEmpty)
  }

  @Test func publicationInTheReportYear() {
    let found = DateAgreement().check(report(year: 2018, published: "2018-02-21"), in: context)
    #expect(found.map(\.code) == [.publicationDate])
    #expect(found.first?.message == "The report on 2018 is dated 2018-02-21; it should be published in 2019.")
  }

  @Test func periodOutsideTheYear() {
    let found = DateAgreement().check(
      report(year: 2020, title: "某区2020年政府信息公开工作年度报告", period: ("2019-01-01", "2019-12-31")), in: context)
    #expect(found.map(\.code) == [.periodMismatch, .yearMismatch])
  }

  @Test func foreignYearFigures() {
    let text = "一、概述\n本单位2017年度发生行政复议案9宗,其中维持9宗。2017年度的报告已公开。2019年度计划做好3件事。\n"
    let found = DateAgreement().check(report(year: 2018, text: text), in: context)
    #expect(found.map(\.code) == [.foreignYearReference])
    #expect(found.first.flatMap { $0.location?.range }.map { text.slice($0) } == "2017年度")
  }

  @Test func noYearNoDiagnostics() {
    #expect(DateAgreement().check(report(year: nil, published: "2018-02-21"), in: context).isEmpty)
  }

  @Test func seed004() throws {
    let (document, tree) = try S.seed(4)
    let r = AnnualReport(
      source: document.source, template: "test", extractor: "test", confidence: 1, metadata: document.metadata,
      sections: tree.sections, tables: [], facts: [], diagnostics: [], normalizedText: document.text.text)
    let found = DateAgreement().check(r, in: context)
    #expect(found.map(\.code) == [.publicationDate, .foreignYearReference])
    #expect(found.last.flatMap { $0.location?.range }.map { r.text(of: $0) } == "2017年度")
  }

  @Test func seed001Agrees() throws {
    let (document, _) = try S.seed(1)
    var r = report(year: nil)
    r.metadata = document.metadata
    r.normalizedText = document.text.text
    #expect(DateAgreement().check(r, in: context).isEmpty)
  }
}
