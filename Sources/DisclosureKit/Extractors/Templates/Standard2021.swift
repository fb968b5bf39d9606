// The tables of 国办公开办函〔2021〕30号 (templates.md §3, §5), as data.

extension TableTemplate {
  /// Table 2 of the 2021 edition: 主动公开政府信息情况, 第（九）项 gone.
  public static let activeDisclosure2021 = TableTemplate(
    key: "activeDisclosure", edition: 2021, sectionKind: .proactiveDisclosure,
    editionMarkers: ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"],
    columns: [
      Column("issued", labels: ["本年制发件数"]),
      Column("repealed", labels: ["本年废止件数"]),
      Column("inForce", labels: ["现行有效件数"]),
      Column("decisions", labels: ["本年处理决定数量", "处理决定数量"]),
      Column("amountYuan", labels: ["本年收费金额(单位:万元)", "本年收费金额"], scale: 10000),
    ],
    rows: [
      Row("regulations", labels: ["规章"], columns: ["issued", "repealed", "inForce"]),
      Row("normativeDocuments", labels: ["行政规范性文件", "规范性文件"], columns: ["issued", "repealed", "inForce"]),
      Row("licensing", labels: ["行政许可"], columns: ["decisions"]),
      Row("penalties", labels: ["行政处罚"], columns: ["decisions"]),
      Row("coercion", labels: ["行政强制"], columns: ["decisions"]),
      Row("fees", labels: ["行政事业性收费"], columns: ["amountYuan"]),
    ])

  /// Table 3 of the 2021 edition: （六）其他处理 split into three rows.
  public static let requests2021: TableTemplate = {
    let rows =
      requestRowsBeforeOtherHandling + [
        Row(
          "otherHandling.overdueCorrection",
          labels: ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人无正当理由逾期不补正"],
          group: "其他处理"),
        Row(
          "otherHandling.unpaidFee",
          labels: ["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用"],
          group: "其他处理"),
        Row("otherHandling.other", labels: ["其他"], group: "其他处理"),
      ] + requestRowsAfterOtherHandling
    return requests(edition: 2021, editionMarkers: ["逾期不补正", "逾期未按收费通知要求缴纳费用"], rows: rows)
  }()

  /// Table 4 of the 2021 edition (the same as 2019's).
  public static let reviewLitigation2021 = reviewLitigation(edition: 2021)

  /// The 2021 edition's tables 2, 3 and 4.
  public static let standard2021: [TableTemplate] = [activeDisclosure2021, requests2021, reviewLitigation2021]
}
