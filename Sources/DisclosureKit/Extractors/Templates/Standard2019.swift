// The tables of 国办公开办函〔2019〕60号 (templates.md §2, §5), as data. The
// table reader and the checks read nothing but these declarations.

extension TableTemplate {
  /// The columns of table 3, shared by both editions: 申请人情况.
  static let requestColumns: [Column] = [
    Column("naturalPerson", labels: ["自然人"]),
    Column("commercialEnterprise", labels: ["商业企业"]),
    Column("researchInstitution", labels: ["科研机构"]),
    Column("socialWelfareOrganization", labels: ["社会公益组织"]),
    Column("legalServiceInstitution", labels: ["法律服务机构"]),
    Column("otherOrganization", labels: ["其他"]),
    Column("total", labels: ["总计"]),
  ]

  /// Table 3's rows up to （五）不予处理, shared by both editions.
  static let requestRowsBeforeOtherHandling: [Row] = [
    Row("newRequests", labels: ["本年新收政府信息公开申请数量", "本年新收政府信息公开申请"]),
    Row("carriedOver", labels: ["上年结转政府信息公开申请数量", "上年结转政府信息公开申请"]),
    Row("granted", labels: ["予以公开"]),
    Row("partiallyGranted", labels: ["部分公开(区分处理的,只计这一情形,不计其他情形)", "部分公开"]),
    Row("denied.stateSecret", labels: ["属于国家秘密"]),
    Row("denied.prohibitedByLaw", labels: ["其他法律行政法规禁止公开"]),
    Row("denied.securityStability", labels: ["危及三安全一稳定"]),
    Row("denied.thirdPartyRights", labels: ["保护第三方合法权益"]),
    Row("denied.internalAffairs", labels: ["属于三类内部事务信息"]),
    Row("denied.processInformation", labels: ["属于四类过程性信息"]),
    Row("denied.enforcementFiles", labels: ["属于行政执法案卷"]),
    Row("denied.administrativeQuery", labels: ["属于行政查询事项"]),
    Row("unableToProvide.notHeld", labels: ["本机关不掌握相关政府信息"]),
    Row("unableToProvide.needsCreation", labels: ["没有现成信息需要另行制作"]),
    Row("unableToProvide.unclear", labels: ["补正后申请内容仍不明确"]),
    Row("notProcessed.petition", labels: ["信访举报投诉类申请"]),
    Row("notProcessed.duplicate", labels: ["重复申请"]),
    Row("notProcessed.publication", labels: ["要求提供公开出版物"]),
    Row("notProcessed.excessive", labels: ["无正当理由大量反复申请"]),
    Row("notProcessed.confirmation", labels: ["要求行政机关确认或重新出具已获取信息"]),
  ]

  /// Table 3's last two rows.
  static let requestRowsAfterOtherHandling: [Row] = [
    Row("totalHandled", labels: ["总计"]),
    Row("carriedForward", labels: ["结转下年度继续办理"]),
  ]

  /// What the prose before table 3 restates: the requests received.
  static let requestCues = [
    ProseCue(row: "newRequests", column: "total", phrases: [["收到", "申请"], ["受理", "申请"], ["新收", "申请"]])
  ]

  /// Table 3's identities (templates.md §5) for the given result rows.
  static func requestIdentities(resultRows: [String]) -> [Identity] {
    [
      Identity(
        .table3Balance, .eachColumn, lhs: ["newRequests", "carriedOver"], rhs: ["totalHandled", "carriedForward"]),
      Identity(.table3Results, .eachColumn, lhs: ["totalHandled"], rhs: resultRows),
      Identity(
        .table3RowTotal, .eachRow, lhs: ["total"],
        rhs: [
          "naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
          "legalServiceInstitution", "otherOrganization",
        ]),
    ]
  }

  /// The result rows of table 3 between 本年度办理结果 and 总计.
  static func resultRows(_ rows: [Row]) -> [String] {
    rows.map(\.key).filter { !["newRequests", "carriedOver", "totalHandled", "carriedForward"].contains($0) }
  }

  /// Table 4 (both editions): three blocks of five.
  static func reviewLitigation(edition: Int) -> TableTemplate {
    let columns = [
      Column("upheld", labels: ["结果维持"]),
      Column("corrected", labels: ["结果纠正"]),
      Column("other", labels: ["其他结果"]),
      Column("pending", labels: ["尚未审结"]),
      Column("total", labels: ["总计"]),
    ]
    return TableTemplate(
      key: "reviewLitigation", edition: edition, sectionKind: .reviewLitigation, layout: .blocks, columns: columns,
      rows: [
        Row("review", labels: ["行政复议"]),
        Row("litigationDirect", labels: ["未经复议直接起诉", "直接起诉"]),
        Row("litigationAfterReview", labels: ["复议后起诉"]),
      ],
      identities: [
        Identity(.table4BlockTotal, .eachRow, lhs: ["total"], rhs: ["upheld", "corrected", "other", "pending"])
      ])
  }

  /// Table 2 of the 2019 edition: 主动公开政府信息情况.
  public static let activeDisclosure2019: TableTemplate = {
    var template = TableTemplate(
      key: "activeDisclosure", edition: 2019, sectionKind: .proactiveDisclosure,
      editionMarkers: ["本年新制作数量", "本年新公开数量", "对外公开总数量", "采购项目数量", "采购总金额"],
      columns: [
        Column("newlyMade", labels: ["本年新制作数量", "本年制作数量"]),
        Column("newlyPublished", labels: ["本年新公开数量", "本年公开数量"]),
        Column("totalPublished", labels: ["对外公开总数量"]),
        Column("previousYearCount", labels: ["上一年项目数量"]),
        Column("change", labels: ["本年增/减", "本年增减"]),
        Column("decisions", labels: ["处理决定数量"]),
        Column("projects", labels: ["采购项目数量"]),
        Column("amountYuan", labels: ["采购总金额"]),
      ],
      rows: [
        Row("regulations", labels: ["规章"], columns: ["newlyMade", "newlyPublished", "totalPublished"]),
        Row(
          "normativeDocuments", labels: ["规范性文件", "行政规范性文件"],
          columns: ["newlyMade", "newlyPublished", "totalPublished"]),
        Row("licensing", labels: ["行政许可"], columns: ["previousYearCount", "change", "decisions"]),
        Row(
          "otherManagementServices", labels: ["其他对外管理服务事项"],
          columns: ["previousYearCount", "change", "decisions"]),
        Row("penalties", labels: ["行政处罚"], columns: ["previousYearCount", "change", "decisions"]),
        Row("coercion", labels: ["行政强制"], columns: ["previousYearCount", "change", "decisions"]),
        Row("fees", labels: ["行政事业性收费"], columns: ["previousYearCount", "change"]),
        Row("procurement", labels: ["政府集中采购"], columns: ["projects", "amountYuan"]),
      ],
      identities: [
        Identity(.table2Published, .eachRow, lhs: ["totalPublished"], .greaterThanOrEqual, rhs: ["newlyPublished"])
      ])
    // Only 本年增/减 may be negative, and 上一年项目数量 + 本年增/减 is this
    // year's count of items, never negative either.
    template.plausibilities = [
      Identity(
        "table2.countNotNegative", .eachRow, lhs: ["previousYearCount", "change"], .greaterThanOrEqual, rhs: []),
      Identity("table2.countNotNegative", .eachRow, lhs: ["previousYearCount"], .greaterThanOrEqual, rhs: []),
      Identity("table2.countNotNegative", .eachRow, lhs: ["decisions"], .greaterThanOrEqual, rhs: []),
    ]
    return template
  }()

  /// Table 3 of the 2019 edition: one （六）其他处理 row.
  public static let requests2019: TableTemplate = {
    let rows =
      requestRowsBeforeOtherHandling + [Row("otherHandling", labels: ["其他处理"])] + requestRowsAfterOtherHandling
    return requests(edition: 2019, rows: rows)
  }()

  /// Table 4 of the 2019 edition.
  public static let reviewLitigation2019 = reviewLitigation(edition: 2019)

  /// The 2019 edition's tables 2, 3 and 4.
  public static let standard2019: [TableTemplate] = [activeDisclosure2019, requests2019, reviewLitigation2019]
}
