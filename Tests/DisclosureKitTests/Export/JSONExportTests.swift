import DisclosureKit
import Foundation
import Testing

@Suite("JSONExport")
struct JSONExportTests {
  /// A report with a rows table (a blank cell among them), a blocks table,
  /// a fact, a diagnostic without a location, and metadata mostly unknown.
  static let report: AnnualReport = {
    let requests = ReportTable(
      key: "requests", edition: 2019,
      rows: [
        ReportTable.Row(
          key: "newRequests",
          cells: [
            ReportTable.Cell(
              column: "naturalPerson", value: 2, state: .value, text: "2", range: SourceRange(start: 100, end: 101)),
            ReportTable.Cell(column: "total", value: nil, state: .blank),
          ]),
        ReportTable.Row(key: "denied.stateSecret", cells: [ReportTable.Cell(column: "total", value: 0, state: .value)]),
      ])
    let review = ReportTable(
      key: "reviewLitigation", edition: 2019, layout: .blocks,
      rows: [
        ReportTable.Row(
          key: "review",
          cells: ["upheld", "corrected", "other", "pending", "total"].map {
            ReportTable.Cell(column: $0, value: 1, state: .value)
          })
      ])
    let fact = Fact(
      key: "requestsReceived", value: 2, unit: "件", label: "受理政府信息公开申请", quote: "全区受理政府信息公开申请2件",
      range: SourceRange(start: 10, end: 14))
    return AnnualReport(
      source: SourceInfo(name: "a.txt", form: "text", encoding: "utf-8", bytes: 300), template: "standard2019",
      extractor: "standard-table", confidence: 0.9, scores: ["standard-table": 0.9],
      metadata: ReportMetadata(title: "某区2020年政府信息公开工作年度报告", year: 2020),
      sections: [
        Section(
          heading: "一、总体情况", number: "一", title: "总体情况", kind: .overview, level: 1,
          range: SourceRange(start: 0, end: 50), headingRange: SourceRange(start: 0, end: 18))
      ],
      tables: [requests, review], facts: [fact],
      diagnostics: [Diagnostic(.tableMissing, .error, "Table 2 (activeDisclosure) was not found.")],
      normalizedText: "")
  }()

  static func object(_ report: AnnualReport) throws -> [String: Any] {
    let data = try JSONExport().encode(report)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func topLevelKeysAreTheContract() throws {
    let json = try Self.object(Self.report)
    let contract: Set = [
      "schemaVersion", "source", "template", "extractor", "confidence", "metadata", "sections", "tables", "facts",
      "diagnostics",
    ]
    #expect(contract.isSubset(of: Set(json.keys)))
    #expect(Set(json.keys).subtracting(contract) == ["scores", "evidence"])
    #expect(json["schemaVersion"] as? Int == 1)
    #expect(json["template"] as? String == "standard2019")
  }

  @Test func unknownMetadataIsNullNotMissing() throws {
    let metadata = try #require(try Self.object(Self.report)["metadata"] as? [String: Any])
    #expect(Set(metadata.keys) == ["title", "agency", "year", "published", "statisticsPeriod", "script"])
    #expect(metadata["agency"] is NSNull)
    #expect(metadata["published"] is NSNull)
    #expect(metadata["statisticsPeriod"] is NSNull)
    #expect(metadata["year"] as? Int == 2020)
    #expect(metadata["script"] as? String == "simplified")
  }

  @Test func rowsTablesCarryEditionAndRowsWithNullForBlank() throws {
    let tables = try #require(try Self.object(Self.report)["tables"] as? [String: Any])
    let requests = try #require(tables["requests"] as? [String: Any])
    #expect(requests["edition"] as? Int == 2019)
    let rows = try #require(requests["rows"] as? [String: Any])
    #expect(Set(rows.keys) == ["newRequests", "denied.stateSecret"])
    let newRequests = try #require(rows["newRequests"] as? [String: Any])
    #expect(newRequests["naturalPerson"] as? Int == 2)
    #expect(newRequests["total"] is NSNull)
  }

  @Test func blocksTablesAreKeyedByBlock() throws {
    let tables = try #require(try Self.object(Self.report)["tables"] as? [String: Any])
    let review = try #require(tables["reviewLitigation"] as? [String: Any])
    #expect(Set(review.keys) == ["review"])
    let block = try #require(review["review"] as? [String: Any])
    #expect(Set(block.keys) == ["upheld", "corrected", "other", "pending", "total"])
  }

  @Test func factsAndDiagnosticsHaveTheContractKeys() throws {
    let json = try Self.object(Self.report)
    let fact = try #require((json["facts"] as? [[String: Any]])?.first)
    #expect(Set(fact.keys) == ["key", "value", "unit", "label", "quote", "range", "isApproximate"])
    #expect(fact["value"] as? Int == 2)
    #expect((fact["range"] as? [String: Int]) == ["start": 10, "end": 14])
    let diagnostic = try #require((json["diagnostics"] as? [[String: Any]])?.first)
    #expect(Set(diagnostic.keys).isSuperset(of: ["code", "severity", "message", "location"]))
    #expect(diagnostic["code"] as? String == "table.missing")
    #expect(diagnostic["severity"] as? String == "error")
    let location = try #require(diagnostic["location"] as? [String: Any])
    #expect(Set(location.keys) == ["table", "row", "column"])
    #expect(location["table"] is NSNull)
  }

  @Test func sectionsHaveTheContractKeys() throws {
    let section = try #require((try Self.object(Self.report)["sections"] as? [[String: Any]])?.first)
    #expect(
      Set(section.keys).isSuperset(of: ["heading", "number", "title", "kind", "level", "range", "children"]))
    #expect(section["kind"] as? String == "overview")
  }

  @Test func cellEvidenceIsKeyedByTableRowColumn() throws {
    let evidence = try #require(try Self.object(Self.report)["evidence"] as? [String: [String: Int]])
    #expect(evidence == ["requests.newRequests.naturalPerson": ["start": 100, "end": 101]])
  }

  @Test func decodingRestoresValuesBlanksAndEvidence() throws {
    let decoded = try JSONExport().decode(try JSONExport().encode(Self.report))
    #expect(decoded.template == "standard2019")
    #expect(decoded.scores == ["standard-table": 0.9])
    let requests = try #require(decoded.table("requests"))
    #expect(requests.value("newRequests", "naturalPerson") == 2)
    #expect(requests[row: "newRequests"]?["total"]?.state == .blank)
    #expect(decoded.evidence("requests", "newRequests", "naturalPerson") == SourceRange(start: 100, end: 101))
    #expect(decoded.table("reviewLitigation")?.layout == .blocks)
    #expect(decoded.facts == Self.report.facts)
    #expect(decoded.diagnostics.map(\.code) == [.tableMissing])
    #expect(decoded.metadata == Self.report.metadata)
    #expect(decoded.sections == Self.report.sections)
  }

  @Test func encodingIsDeterministic() throws {
    #expect(try JSONExport().encode(Self.report) == JSONExport().encode(Self.report))
  }

  @Test func aLineIsOneLineOfJSON() throws {
    let line = try JSONExport().encodeLine(Self.report)
    #expect(line.last == UInt8(ascii: "\n"))
    #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
  }
}

@Suite("Evidence")
struct EvidenceTests {
  /// A value's range maps back to the bytes of the file as read, through the
  /// normaliser's folding of traditional script and removal of pinyin.
  @Test func aFactMapsBackToTheInputBytes() throws {
    let data = try Fixtures.seed(0)
    let report = try ReportParser().parse(data: data, name: Fixtures.seedNames[0])
    let fact = try #require(report.facts("hotlineCalls").first)
    #expect(report.text(of: fact.range) == "561998件")
    let source = report.sourceRange(of: fact.range)
    #expect(String(decoding: data[source.start..<source.end], as: UTF8.self) == "561998件")
    let proactive = try #require(report.facts("proactiveDisclosed").first)
    #expect(proactive.quote == "在政府门户网站上我办主动公开信息20条")
    let quoteStart = report.sourceRange(of: proactive.range)
    #expect(String(decoding: data[quoteStart.start..<quoteStart.end], as: UTF8.self) == "20條")
  }

  @Test func aCellMapsBackToTheInputBytes() throws {
    let data = try Fixtures.seed(1)
    let report = try ReportParser().parse(data: data, name: Fixtures.seedNames[1])
    let range = try #require(report.evidence("activeDisclosure", "penalties", "previousYearCount"))
    let source = report.sourceRange(of: range)
    #expect(String(decoding: data[source.start..<source.end], as: UTF8.self) == "1269")
  }
}
