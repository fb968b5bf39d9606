import DisclosureKit
import Foundation
import Testing

/// What each seed must yield, read by hand from its text.
struct SeedExpectation: Sendable, CustomTestStringConvertible {
  var seed: Int
  var template: String
  var extractor: String
  /// Canonical facts (key → value) that must be present, each exactly once.
  var facts: [String: Double]
  var testDescription: String { Fixtures.seedNames[seed] }

  static let all: [SeedExpectation] = [
    // 常州 2019: the six titles, tables 2–4 lost by the scraper.
    SeedExpectation(
      seed: 0, template: "standard2019", extractor: "standard-table",
      facts: ["proactiveDisclosed": 20, "pressConferences": 4, "hotlineCalls": 561_998]),
    // 谢家集 2020: the tables, and figures in the prose.
    SeedExpectation(
      seed: 1, template: "standard2019", extractor: "standard-table",
      facts: [
        "proactiveDisclosed": 11175, "requestsReceived": 2, "feesCollected": 0, "reviewCases": 0,
        "reviewCorrected": 0, "litigationCases": 0, "answersGranted": 2, "answersAlreadyPublic": 2,
        "pressConferences": 12,
      ]),
    // 冷水滩 2020: a work summary under the report's title.
    SeedExpectation(
      seed: 2, template: "workSummary", extractor: "work-summary",
      facts: ["requestsReceived": 39, "requestsAnswered": 39]),
    // 景德镇 2018: narrative.
    SeedExpectation(
      seed: 3, template: "narrativePre2019", extractor: "narrative",
      facts: [
        "proactiveDisclosed": 389_718, "requestsReceived": 74, "requestsByChannel.online": 67,
        "requestsByChannel.letter": 7, "answersGranted": 51, "answersNotProvided": 23, "reviewCases": 5,
        "reviewUpheld": 2, "reviewCorrected": 1, "reviewOther": 2, "litigationCases": 3, "litigationUpheld": 3,
        "pressConferences": 60,
      ]),
    // 广州 2018, traditional script: “同意公开” before 71宗 is mojibake in the source (`?!巴夤_”的71宗`),
    // so answersGranted cannot be read; 非本机关 is read from the clause that explains it.
    SeedExpectation(
      seed: 4, template: "narrativePre2019", extractor: "narrative",
      facts: [
        "proactiveDisclosed": 445, "requestsReceived": 89, "requestsByChannel.inPerson": 58,
        "requestsByChannel.online": 31, "requestsAnswered": 89, "answersAlreadyPublic": 1, "answersPartial": 5,
        "answersNotThisAgency": 5, "answersNeedCorrection": 7, "feesCollected": 0, "reviewCases": 9,
        "reviewUpheld": 9, "litigationCases": 0, "pressConferences": 9, "policyInterpretations": 5,
      ]),
  ]
}

@Suite("SeedExtraction")
struct SeedExtractionTests {
  static func report(_ seed: Int) throws -> AnnualReport {
    try ReportParser().parse(data: try Fixtures.seed(seed), name: Fixtures.seedNames[seed])
  }

  @Test(arguments: SeedExpectation.all)
  func choosesTheTemplate(_ expectation: SeedExpectation) throws {
    let report = try Self.report(expectation.seed)
    #expect(report.template == expectation.template)
    #expect(report.extractor == expectation.extractor)
    #expect(report.confidence >= ParseOptions.defaultMinimumScore)
    #expect(report.scores.count == 3)
    #expect(report.confidence == report.scores[expectation.extractor])
  }

  @Test(arguments: SeedExpectation.all)
  func readsTheFacts(_ expectation: SeedExpectation) throws {
    let report = try Self.report(expectation.seed)
    for (key, value) in expectation.facts {
      let facts = report.facts(key)
      #expect(facts.map(\.value) == [value], "\(key)")
      if let fact = facts.first {
        #expect(report.text(of: fact.range).contains(fact.unit ?? "") || fact.value == 0, "\(key)")
        #expect(report.text(of: fact.range).isEmpty == false)
      }
    }
  }

  @Test func lostTablesAreMissingNeverZeros() throws {
    let report = try Self.report(0)
    #expect(report.tables.isEmpty)
    let missing = report.diagnostics.filter { $0.code == .tableMissing }
    #expect(missing.map(\.location?.table) == ["activeDisclosure", "requests", "reviewLitigation"])
    #expect(missing.allSatisfy { $0.severity == .error })
    #expect(
      missing.map(\.location?.section) == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"])
  }

  @Test func tablesFoundAreKeptWithTheirEdition() throws {
    let report = try Self.report(1)
    #expect(report.tables.map(\.key) == ["activeDisclosure", "requests", "reviewLitigation"])
    #expect(report.tables.allSatisfy { $0.edition == 2019 })
    #expect(!report.diagnostics.contains { $0.code == .tableMissing })
    #expect(report.text(of: .overview)?.hasPrefix("2020年,谢家集区人民政府坚持") == true)
  }

  @Test func aWorkSummaryIsFlaggedAndItsFiguresAreMentions() throws {
    let report = try Self.report(2)
    #expect(report.diagnostics.filter { $0.code == .notStatutoryFormat }.map(\.severity) == [.warning])
    let mentions = report.facts("mention")
    #expect(mentions.count > 50)
    let received = try #require(mentions.first { $0.quote == "今年冷水滩区政府及政府组成部门共计收到依申请公开39件" })
    #expect(received.value == 39)
    #expect(received.label.hasSuffix("收到依申请公开"))
    #expect(report.sections.map(\.title) == ["所做的主要工作", "下一步工作打算"])
  }

  @Test func narrativeReportsHaveNoStandardTables() throws {
    for seed in [3, 4] {
      let report = try Self.report(seed)
      #expect(report.tables.isEmpty)
      #expect(!report.diagnostics.contains { $0.code == .tableMissing })
    }
  }

  /// The JSON of every seed has the keys of output.md.
  @Test(arguments: 0..<5)
  func jsonHasTheContractKeys(_ seed: Int) throws {
    let data = try JSONExport().encode(try Self.report(seed))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in [
      "schemaVersion", "source", "template", "extractor", "confidence", "metadata", "sections", "tables", "facts",
      "diagnostics",
    ] {
      #expect(json[key] != nil, "\(key)")
    }
    let source = try #require(json["source"] as? [String: Any])
    #expect(Set(source.keys) == ["name", "form", "encoding", "bytes"])
    let metadata = try #require(json["metadata"] as? [String: Any])
    #expect(
      Set(metadata.keys).isSuperset(of: ["title", "agency", "year", "published", "statisticsPeriod", "script"]))
    if let period = metadata["statisticsPeriod"] as? [String: Any] { #expect(Set(period.keys) == ["from", "to"]) }
    for section in try #require(json["sections"] as? [[String: Any]]) {
      #expect(
        Set(section.keys).isSuperset(of: ["heading", "number", "title", "kind", "level", "range", "children"]))
      #expect(Set(try #require(section["range"] as? [String: Any]).keys) == ["start", "end"])
    }
    let tables = try #require(json["tables"] as? [String: Any])
    for (key, value) in tables {
      let table = try #require(value as? [String: Any])
      if key == "reviewLitigation" {
        #expect(Set(table.keys) == ["review", "litigationDirect", "litigationAfterReview"])
        for block in table.values {
          #expect(
            Set(try #require(block as? [String: Any]).keys) == ["upheld", "corrected", "other", "pending", "total"])
        }
      } else {
        #expect(Set(table.keys) == ["edition", "rows"])
      }
    }
    for fact in try #require(json["facts"] as? [[String: Any]]) {
      #expect(Set(fact.keys).isSuperset(of: ["key", "value", "unit", "label", "quote", "range"]))
    }
    for diagnostic in try #require(json["diagnostics"] as? [[String: Any]]) {
      #expect(Set(diagnostic.keys).isSuperset(of: ["code", "severity", "message", "location"]))
      let location = try #require(diagnostic["location"] as? [String: Any])
      #expect(Set(location.keys).isSuperset(of: ["table", "row", "column"]))
    }
    let decoded = try JSONExport().decode(data)
    #expect(decoded.template == SeedExpectation.all[seed].template)
  }
}
