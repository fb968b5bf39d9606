/// Who published a report, for which year, and when.
public struct ReportMetadata: Sendable, Hashable, Codable {
  /// A period of days, as ISO dates (`2020-01-01`).
  public struct Period: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }

  /// The report's title: `谢家集区人民政府2020年政府信息公开工作年度报告`.
  public var title: String?
  /// The publishing agency: `谢家集区人民政府`.
  public var agency: String?
  /// The year reported on.
  public var year: Int?
  /// The publication date as an ISO date.
  public var published: String?
  /// The statistics period the figures cover.
  public var statisticsPeriod: Period?
  /// `simplified`, or `traditional` when the source was in traditional script.
  public var script: String
  /// 索引号, where the page gives one.
  public var indexNumber: String?
  /// 发文机关, where the page gives one.
  public var issuingOrgan: String?
  /// 文号, where the page gives one.
  public var documentNumber: String?

  public init(
    title: String? = nil, agency: String? = nil, year: Int? = nil, published: String? = nil,
    statisticsPeriod: Period? = nil, script: String = "simplified", indexNumber: String? = nil,
    issuingOrgan: String? = nil, documentNumber: String? = nil
  ) {
    self.title = title
    self.agency = agency
    self.year = year
    self.published = published
    self.statisticsPeriod = statisticsPeriod
    self.script = script
    self.indexNumber = indexNumber
    self.issuingOrgan = issuingOrgan
    self.documentNumber = documentNumber
  }
}
