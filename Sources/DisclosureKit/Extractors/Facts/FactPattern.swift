/// How a figure in the prose is recognised as a canonical fact: the phrases
/// that announce it, the units it is counted in, and the sentence context it
/// needs. Patterns are data; ``FactReader`` applies any list of them.
///
/// A figure is the number nearest its label within a clause: `全市主动公开政府信息共389718条`
/// reads `主动公开政府信息` before the number, `51件答复同意公开` reads
/// `答复同意公开` after it. A pattern matches when one of its ``triggers``
/// stands in the label, none of its ``excluding`` phrases does, the figure's
/// unit is one of ``units``, and — for a pattern with a ``context`` — the
/// sentence is about one of the context keys (`其中维持具体行政行为2件` is
/// `reviewUpheld` after a review total, `litigationUpheld` after a
/// litigation total). Among the patterns that match, the longest trigger
/// wins, then the first declared.
///
/// ```swift
/// FactPattern("pressConferences", triggers: ["新闻发布会"], units: FactPattern.countUnits)
/// ```
public struct FactPattern: Sendable, Hashable {
  /// The canonical key the fact gets: `requestsReceived`, `requestsByChannel.online`.
  public var key: String
  /// Phrases that announce the figure, in simplified script.
  public var triggers: [String]
  /// The units the figure may be counted in (`件`, `元`); empty for any.
  public var units: [String]
  /// Phrases that, when they stand in the label, rule the pattern out
  /// (`投诉` for a count of requests: `受理依申请公开投诉0起` is not one).
  public var excluding: [String]
  /// The keys a sentence must be about for the pattern to apply; empty for
  /// a pattern that applies anywhere.
  public var context: [String]
  /// The key reported instead when one figure is labelled with the triggers
  /// of several patterns of the same group (`23件为非政府信息、政府信息不存在、非本机关政府信息`
  /// is one figure for three outcomes).
  public var group: String?
  /// Whether a clause that states the trigger with a negation and no number
  /// (`未发生行政诉讼`, `不收取费用`) reads as the fact with value 0.
  public var readsNegationAsZero: Bool
  /// Phrases of which one must stand in a negated clause for it to read as
  /// 0; empty for none (`无收费` in a list of reforms is not a statement
  /// about disclosure fees, `依申请公开不收取费用` is).
  public var negationContext: [String]
  /// Whether an explanation clause after the figure may label it when the
  /// words before it say nothing (`“…”的5宗,占总数的5.62%,主要是因为…不属于本单位掌握范围`).
  public var readsExplanation: Bool

  public init(
    _ key: String, triggers: [String], units: [String] = [], excluding: [String] = [], context: [String] = [],
    group: String? = nil, readsNegationAsZero: Bool = false, negationContext: [String] = [],
    readsExplanation: Bool = false
  ) {
    self.key = key
    self.triggers = triggers
    self.units = units
    self.excluding = excluding
    self.context = context
    self.group = group
    self.readsNegationAsZero = readsNegationAsZero
    self.negationContext = negationContext
    self.readsExplanation = readsExplanation
  }

  /// The units counts of items, requests, cases and events are stated in.
  public static let countUnits = ["件", "宗", "条", "个", "项", "次", "场", "篇", "期", "份", "起", "例", "人次", "批"]

  /// The units of money; a figure in 万元 is read in yuan.
  public static let moneyUnits = ["元", "万元"]
}
