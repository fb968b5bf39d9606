import DisclosureKit
import Foundation
import Testing

/// A made-up format: reports with a section 五、投诉处理情况 and its table 表五,
/// declared the way any plug-in declares them.
struct ComplaintsExtractor: ReportExtractor {
  static let complaints = SectionKind(rawValue: "complaints")
  static let table = TableTemplate(
    key: "complaints", edition: 2024, sectionKind: complaints,
    columns: [.init("received", labels: ["收到投诉"]), .init("resolved", labels: ["办结投诉"])],
    rows: [.init("total", labels: ["合计"])])

  var id: String { "complaints" }
  var vocabulary: Vocabulary {
    Vocabulary(sections: [.init(Self.complaints, titles: ["投诉处理情况"])], tables: [Self.table])
  }
  func extract(_ document: Document) -> ExtractionResult {
    ExtractionResult(
      template: "complaints2024", confidence: score(document), tables: document.table("complaints").map { [$0] } ?? [])
  }
}

@Suite("CustomExtractor")
struct CustomExtractorTests {
  static let complaintsDocument = DocumentBuilder.document(
    "五、投诉处理情况\n合计 | 12 | 11\n",
    sections: [DocumentBuilder.section("五", "投诉处理情况", kind: ComplaintsExtractor.complaints)],
    tables: [DocumentBuilder.table("complaints", edition: 2024, cells: [("received", 12), ("resolved", 11)])],
    metadata: ReportMetadata(year: 2024))

  @Test func theDefaultScoreIsTheShareOfDeclaredTablesAndSectionsFound() {
    let extractor = ComplaintsExtractor()
    #expect(extractor.score(Self.complaintsDocument) == 1)
    let sectionOnly = DocumentBuilder.document(
      "五、投诉处理情况\n", sections: [DocumentBuilder.section("五", "投诉处理情况", kind: ComplaintsExtractor.complaints)])
    #expect(extractor.score(sectionOnly) == 0.5)
    #expect(extractor.score(DocumentBuilder.document("无关文本")) == 0)
  }

  @Test func itWinsWhenItScoresHigher() {
    var parser = ReportParser()
    parser.register(ComplaintsExtractor())
    #expect(parser.registry.extractors.map(\.id) == ["standard-table", "narrative", "work-summary", "complaints"])
    #expect(parser.registry.vocabulary.tables.contains(ComplaintsExtractor.table))
    let report = parser.report(for: Self.complaintsDocument)
    #expect(report.extractor == "complaints")
    #expect(report.template == "complaints2024")
    #expect(report.table("complaints")?.value("total", "received") == 12)
    #expect(report.scores["complaints"] == 1)
    #expect((report.scores["standard-table"] ?? 1) < 1)
  }

  @Test(arguments: 0..<5)
  func itLosesToTheBuiltInsOnTheSeeds(_ seed: Int) throws {
    var parser = ReportParser()
    parser.register(ComplaintsExtractor())
    let report = try parser.parse(data: try Fixtures.seed(seed), name: Fixtures.seedNames[seed])
    #expect(report.extractor != "complaints")
    #expect(report.scores["complaints"] == 0)
  }
}

@Suite("CustomExtractor through the pipeline")
struct CustomExtractorPipelineTests {
  static let text = """
    某区投诉处理年度报告
    一、总体情况
    本年度共收到投诉12件。
    五、投诉处理情况
    项目 | 收到投诉 | 办结投诉
    合计 | 12 | 11

    """

  /// The core reads the plug-in's section and table from its declarations
  /// alone, and the plug-in wins on the document it declares.
  @Test func theCoreReadsWhatThePluginDeclares() throws {
    var parser = ReportParser()
    parser.register(ComplaintsExtractor())
    let report = try parser.parse(string: Self.text, name: "complaints.txt")
    #expect(report.extractor == "complaints")
    #expect(report.template == "complaints2024")
    #expect(report.sections.map(\.kind) == [.overview, ComplaintsExtractor.complaints])
    let table = try #require(report.table("complaints"))
    #expect(table.value("total", "received") == 12)
    #expect(table.value("total", "resolved") == 11)
  }

  @Test func withoutThePluginTheDocumentIsUnknown() throws {
    let report = try ReportParser().parse(string: Self.text, name: "complaints.txt")
    #expect(report.template == "unknown")
    #expect(report.table("complaints") == nil)
  }
}
