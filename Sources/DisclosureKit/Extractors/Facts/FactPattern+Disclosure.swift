// The facts of templates.md §1 as data. Keys the spec leaves open are
// chosen here and documented on the catalogue.

extension FactPattern {
  /// The facts of a disclosure report's prose (templates.md §1).
  ///
  /// Beyond the keys the spec lists, this catalogue uses:
  /// - `answersAlreadyPublic`: requests answered by pointing to information
  ///   already proactively disclosed (`属已主动公开范围的1宗`);
  /// - `answersNotGovernmentInformation`: the request was not for government
  ///   information (`非政府信息`);
  /// - `answersNotProvided`: one figure given for several of the reasons
  ///   not-held / not-this-agency / not-government-information together
  ///   (`23件为非政府信息、政府信息不存在、非本机关政府信息`);
  /// - `onlineInterviews`, `publicOpinionResponses`, `hotlineCalls`,
  ///   `policyInterpretations`, `pressConferences`: counted activities.
  public static let disclosureFacts: [FactPattern] = {
    let count = countUnits
    let requestChannel = ["requestsReceived"]
    let review = ["reviewCases"]
    let litigation = ["litigationCases"]
    let unableToProvide = "answersNotProvided"
    return [
      FactPattern(
        "proactiveDisclosed",
        triggers: [
          "主动公开政府信息", "主动公开各类政府信息", "主动公开各类信息", "主动公开信息", "主动公开文件", "主动公开各类", "共公开政府信息", "全年公开政府信息", "累计公开政府信息",
        ],
        units: count, excluding: ["依申请", "已主动公开", "属于主动公开"]),
      FactPattern(
        "requestsReceived",
        triggers: [
          "收到政府信息公开申请", "受理政府信息公开申请", "收到信息公开申请", "受理信息公开申请", "收到依申请", "受理依申请",
          "政府信息公开申请", "信息公开申请", "依申请公开申请", "收到申请", "受理申请", "申请公开政府信息",
        ],
        units: count, excluding: ["投诉", "复议", "诉讼", "答复", "办结", "不予"], readsNegationAsZero: true),
      FactPattern(
        "requestsAnswered",
        triggers: ["答复政府信息公开申请", "答复信息公开申请", "办结政府信息公开申请", "答复申请"], units: count),
      FactPattern(
        "requestsAnswered", triggers: ["办结", "答复", "办理完毕", "办理完成"], units: count, context: requestChannel),
      FactPattern("requestsByChannel.online", triggers: ["网络申请", "网上申请", "在线申请", "网站申请", "互联网申请"], units: count),
      FactPattern("requestsByChannel.inPerson", triggers: ["当面申请", "现场申请", "窗口申请", "当面提交", "当面提出"], units: count),
      FactPattern("requestsByChannel.letter", triggers: ["信函申请", "来信申请", "邮寄申请"], units: count),
      FactPattern("requestsByChannel.fax", triggers: ["传真申请"], units: count),
      FactPattern("requestsByChannel.email", triggers: ["电子邮件申请", "电子邮箱申请", "邮件申请"], units: count),
      FactPattern("requestsByChannel.online", triggers: ["网络", "网上", "在线"], units: count, context: requestChannel),
      FactPattern("requestsByChannel.inPerson", triggers: ["当面", "现场"], units: count, context: requestChannel),
      FactPattern("requestsByChannel.letter", triggers: ["信函", "来信", "邮寄"], units: count, context: requestChannel),
      FactPattern("requestsByChannel.fax", triggers: ["传真"], units: count, context: requestChannel),
      FactPattern("requestsByChannel.email", triggers: ["电子邮件", "电子邮箱", "邮件"], units: count, context: requestChannel),
      FactPattern(
        "requestsByChannel.other", triggers: ["其他方式", "其他形式", "其他渠道"], units: count, context: requestChannel),
      FactPattern(
        "answersGranted", triggers: ["同意公开", "予以公开", "准予公开", "全部公开", "公开答复"], units: count,
        excluding: ["部分", "不予", "不同意"], readsExplanation: true),
      FactPattern(
        "answersPartial", triggers: ["部分公开", "同意部分公开", "部分同意公开", "部分予以公开"], units: count,
        readsExplanation: true),
      FactPattern(
        "answersDenied", triggers: ["不予公开", "不同意公开", "不公开"], units: count, readsExplanation: true),
      FactPattern(
        "answersNotHeld", triggers: ["政府信息不存在", "信息不存在", "不掌握", "不存在"], units: count, group: unableToProvide,
        readsExplanation: true),
      FactPattern(
        "answersNotThisAgency",
        triggers: [
          "非本机关", "非本单位", "非本行政机关", "不属于本机关", "不属于本单位", "不属于本行政机关", "不属本机关", "不属本单位",
        ],
        units: count, group: unableToProvide, readsExplanation: true),
      FactPattern(
        "answersNotGovernmentInformation", triggers: ["非政府信息", "不属于政府信息", "不属政府信息"], units: count,
        group: unableToProvide, readsExplanation: true),
      FactPattern(
        "answersNeedCorrection", triggers: ["需要补正", "需补正", "补正"], units: count, readsExplanation: true),
      FactPattern(
        "answersAlreadyPublic", triggers: ["已主动公开", "属于主动公开", "已经主动公开", "已公开"], units: count,
        readsExplanation: true),
      FactPattern(
        "feesCollected", triggers: ["信息处理费", "收取费用", "收取", "收费", "费用"], units: moneyUnits,
        excluding: ["行政事业性", "收费通知", "缴纳"], readsNegationAsZero: true,
        negationContext: ["政府信息公开", "信息公开", "依申请", "信息处理费"]),
      FactPattern(
        "reviewCases", triggers: ["行政复议案件", "行政复议案", "行政复议申请", "行政复议"], units: count,
        readsNegationAsZero: true),
      FactPattern("reviewUpheld", triggers: ["维持"], units: count, context: review),
      FactPattern("reviewCorrected", triggers: ["纠错", "纠正", "撤销", "确认违法"], units: count, context: review),
      FactPattern("reviewOther", triggers: ["其他"], units: count, context: review),
      FactPattern(
        "litigationCases", triggers: ["行政诉讼案件", "行政诉讼案", "行政诉讼"], units: count, readsNegationAsZero: true),
      FactPattern("litigationUpheld", triggers: ["维持", "驳回"], units: count, context: litigation),
      FactPattern(
        "litigationCorrected", triggers: ["纠错", "纠正", "撤销", "败诉", "确认违法"], units: count, context: litigation),
      FactPattern("pressConferences", triggers: ["新闻发布会"], units: count),
      FactPattern("policyInterpretations", triggers: ["政策解读", "解读稿", "解读材料"], units: count),
      FactPattern("onlineInterviews", triggers: ["在线访谈"], units: count),
      FactPattern("publicOpinionResponses", triggers: ["回应舆情", "舆情回应", "回应重大舆情", "回应公众关注"], units: count),
      FactPattern("hotlineCalls", triggers: ["热线来电", "群众来电", "热线电话", "来电"], units: count),
    ]
  }()
}
