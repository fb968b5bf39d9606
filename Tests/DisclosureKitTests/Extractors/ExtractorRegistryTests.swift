import DisclosureKit
import Foundation
import Testing

@Suite("ExtractorRegistry")
struct ExtractorRegistryTests {
  let document = DocumentBuilder.document("任意文本")

  @Test func highestScoreWins() throws {
    let registry = ExtractorRegistry([
      FixedScoreExtractor(id: "a", fixedScore: 0.4), FixedScoreExtractor(id: "b", fixedScore: 0.9),
      FixedScoreExtractor(id: "c", fixedScore: 0.6),
    ])
    let selection = try #require(registry.select(for: document))
    #expect(selection.extractor.id == "b")
    #expect(selection.scores == ["a": 0.4, "b": 0.9, "c": 0.6])
  }

  @Test func tieGoesToTheFirstRegistered() throws {
    let registry = ExtractorRegistry([
      FixedScoreExtractor(id: "first", fixedScore: 0.7), FixedScoreExtractor(id: "second", fixedScore: 0.7),
    ])
    #expect(try #require(registry.select(for: document)).extractor.id == "first")
  }

  @Test(arguments: [(Double.nan, 0.0), (.infinity, 1.0), (-3, 0.0), (7, 1.0), (0.25, 0.25)])
  func scoresAreClamped(_ raw: Double, _ expected: Double) throws {
    let registry = ExtractorRegistry([FixedScoreExtractor(id: "x", fixedScore: raw)])
    #expect(registry.scores(for: document).first?.score == expected)
    #expect(try #require(registry.select(for: document)).scores["x"] == expected)
  }

  @Test func aNotANumberScoreNeverWins() throws {
    let registry = ExtractorRegistry([
      FixedScoreExtractor(id: "nan", fixedScore: .nan), FixedScoreExtractor(id: "low", fixedScore: 0.1),
    ])
    #expect(try #require(registry.select(for: document)).extractor.id == "low")
  }

  @Test func registeringAnIdAgainReplacesInPlace() {
    var registry = ExtractorRegistry([
      FixedScoreExtractor(id: "a", fixedScore: 0.1), FixedScoreExtractor(id: "b", fixedScore: 0.2),
    ])
    registry.register(FixedScoreExtractor(id: "a", fixedScore: 0.9))
    #expect(registry.extractors.map(\.id) == ["a", "b"])
    #expect(registry.scores(for: document).map(\.score) == [0.9, 0.2])
  }

  @Test func emptyRegistrySelectsNothing() {
    #expect(ExtractorRegistry().select(for: document) == nil)
  }

  @Test func builtInsAreRegisteredInOrder() {
    #expect(ReportParser().registry.extractors.map(\.id) == ["standard-table", "narrative", "work-summary"])
  }

  @Test func belowTheMinimumScoreTheTemplateIsUnknown() {
    let parser = ReportParser(extractors: [FixedScoreExtractor(id: "weak", fixedScore: 0.2)])
    let report = parser.report(for: document)
    #expect(report.template == "unknown")
    #expect(report.extractor == "none")
    #expect(report.confidence == 0.2)
    #expect(report.scores == ["weak": 0.2])
    #expect(report.diagnostics.map(\.code) == [.unknownTemplate])
    #expect(report.tables.isEmpty && report.facts.isEmpty)
  }

  @Test func atTheMinimumScoreTheExtractorIsUsed() {
    let parser = ReportParser(extractors: [
      FixedScoreExtractor(id: "ok", fixedScore: ParseOptions.defaultMinimumScore)
    ])
    let report = parser.report(for: document)
    #expect(report.template == "fixed-ok")
    #expect(report.extractor == "ok")
  }

  @Test func aForcedExtractorIsUsedWhateverTheScores() {
    let parser = ReportParser(
      extractors: [FixedScoreExtractor(id: "high", fixedScore: 0.9), FixedScoreExtractor(id: "low", fixedScore: 0.0)],
      options: ParseOptions(forcedExtractor: "low"))
    let report = parser.report(for: document)
    #expect(report.extractor == "low")
    #expect(report.template == "fixed-low")
    #expect(report.scores == ["high": 0.9, "low": 0.0])
  }

  @Test func anUnregisteredForcedIdFallsBackToTheScores() {
    let parser = ReportParser(
      extractors: [FixedScoreExtractor(id: "high", fixedScore: 0.9)], options: ParseOptions(forcedExtractor: "nope"))
    #expect(parser.report(for: document).extractor == "high")
  }

  @Test(arguments: [
    "",
    "新华社北京3月5日电 国务院总理今天在人民大会堂作政府工作报告，回顾过去一年的工作。\n",
    "Breaking news: markets closed higher on Tuesday.\n",
  ])
  func unrelatedTextIsUnknown(_ text: String) {
    let report = ReportParser().report(for: DocumentBuilder.document(text))
    #expect(report.template == "unknown")
    #expect(report.diagnostics.contains { $0.code == .unknownTemplate })
  }
}
