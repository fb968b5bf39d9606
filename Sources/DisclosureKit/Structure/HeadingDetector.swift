/// Finds the headings of a report and builds its ``SectionTree``.
///
/// - Complexity: O(n) in the number of tokens.
public struct HeadingDetector: Sendable {
  public var vocabulary: Vocabulary
  public var limits: ParseLimits

  public init(vocabulary: Vocabulary, limits: ParseLimits = .default) {
    self.vocabulary = vocabulary
    self.limits = limits
  }

  /// The heading tree of `text`.
  public func detect(in text: NormalizedText, tokens: [Token]) -> SectionTree {
    // Placeholder until the Structure stage lands.
    SectionTree()
  }
}
