import DisclosureKit

/// An extractor for a made-up local template: reports that add a section
/// "公共企事业单位信息公开情况" with a table 5 counting, per sector, the public
/// enterprises and institutions that disclose information, the items they
/// disclosed, and the requests they received.
///
/// It only declares: the section title, the table's rows and columns with
/// their label variants, and the arithmetic the table must satisfy. The core
/// finds the section, rebuilds the table from whatever form the report uses
/// (HTML, pipe rows, one cell per line…), aligns it to these labels, and runs
/// the identity check; ``extract(_:)`` just picks up the result.
struct PublicEnterpriseExtractor: ReportExtractor {
  /// The section kind this template adds.
  static let sectionKind = SectionKind(rawValue: "publicEnterprises")

  /// Raised when table 5's 合计 row is not the sum of the sectors.
  static let totalCode = Diagnostic.Code(rawValue: "table5.total")

  /// Table 5, declared as data.
  static let table5 = TableTemplate(
    key: "publicEnterprises",
    sectionKind: sectionKind,
    columns: [
      .init("units", labels: ["公开信息单位数", "单位数量", "单位数"]),
      .init("items", labels: ["主动公开信息条数", "公开信息条数", "公开条数"]),
      .init("requests", labels: ["收到公开申请数", "收到申请数", "申请数"]),
    ],
    rows: [
      .init("education", labels: ["教育", "教育机构"]),
      .init("health", labels: ["卫生健康", "医疗卫生"]),
      .init("water", labels: ["供水", "供水企业"]),
      .init("transport", labels: ["公共交通", "交通运输"]),
      .init("total", labels: ["合计", "总计"]),
    ],
    identities: [
      // For every column: 合计 = 教育 + 卫生健康 + 供水 + 公共交通.
      Identity(totalCode, .eachColumn, lhs: ["total"], rhs: ["education", "health", "water", "transport"])
    ])

  var id: String { "public-enterprise" }

  var vocabulary: Vocabulary {
    Vocabulary(
      sections: [
        .init(.overview, titles: ["总体情况", "概述"]),
        .init(Self.sectionKind, titles: ["公共企事业单位信息公开情况", "公共企事业单位办事公开情况"]),
      ],
      tables: [Self.table5])
  }

  // `score(_:)` is the protocol's default: the share of the declared tables
  // and section kinds the document has.

  func extract(_ document: Document) -> ExtractionResult {
    var diagnostics: [Diagnostic] = []
    let tables = document.table(Self.table5.key).map { [$0] } ?? []
    if tables.isEmpty {
      diagnostics.append(
        Diagnostic(
          .tableMissing, .warning, "Table 5 (public enterprises and institutions) was not found.",
          zh: "未找到表五（公共企事业单位信息公开情况）。", location: .init(table: Self.table5.key)))
    }
    return ExtractionResult(
      template: "publicEnterprise", confidence: score(document), tables: tables, diagnostics: diagnostics)
  }
}
