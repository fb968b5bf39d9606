extension Vocabulary {
  /// The six sections of the standard-table format of 国办公开办函〔2019〕60号
  /// and 〔2021〕30号 (templates.md §2–3), with the title variants real
  /// reports print, in simplified script and without numbering.
  public static let standardSections: [SectionPattern] = [
    SectionPattern(.overview, titles: ["总体情况"]),
    SectionPattern(.proactiveDisclosure, titles: ["主动公开政府信息情况", "主动公开政府信息", "主动公开情况"]),
    SectionPattern(
      .requests,
      titles: ["收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请", "政府信息公开申请情况"]),
    SectionPattern(
      .reviewLitigation,
      titles: [
        "政府信息公开行政复议、行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "政府信息公开被申请行政复议、提起行政诉讼情况", "因政府信息公开被申请行政复议和提起行政诉讼情况",
        "行政复议、行政诉讼情况",
      ]),
    SectionPattern(
      .problems,
      titles: [
        "存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在问题及改进措施",
        "存在的主要问题及改进措施", "存在的主要问题和改进情况", "存在的问题及改进措施", "主要问题及改进情况",
      ]),
    SectionPattern(.other, titles: ["其他需要报告的事项", "其他需要报告事项", "其他事项"]),
  ]

  /// The sections of the pre-2019 narrative format (templates.md §1), with
  /// the title variants real reports print, in simplified script and without
  /// numbering.
  public static let narrativeSections: [SectionPattern] = [
    SectionPattern(.overview, titles: ["概述", "总体情况", "基本情况"]),
    SectionPattern(.proactiveDisclosure, titles: ["主动公开政府信息情况", "主动公开情况", "主动公开政府信息的情况"]),
    SectionPattern(
      .requests,
      titles: [
        "依申请公开政府信息情况", "依申请公开政府信息办理情况", "政府信息依申请公开办理情况", "依申请公开情况",
        "依申请公开政府信息的情况",
      ]),
    SectionPattern(
      .fees,
      titles: ["政府信息公开的收费及减免情况", "政府信息公开收费情况", "收费及减免情况", "收费情况", "收费和减免情况"]),
    SectionPattern(
      .reviewLitigation,
      titles: [
        "因政府信息公开申请行政复议、提起行政诉讼的情况", "因信息公开引起的行政复议和行政诉讼情况",
        "因政府信息公开申请行政复议和提起行政诉讼的情况", "行政复议和行政诉讼情况", "申请行政复议和提起行政诉讼情况",
      ]),
    SectionPattern(
      .problems,
      titles: ["存在的主要问题和改进措施", "存在问题及改进措施", "存在的主要问题及改进措施", "存在的问题和改进措施"]),
    SectionPattern(.other, titles: ["其他需要报告的事项", "需要说明的事项", "其他需要说明的事项"]),
  ]
}
