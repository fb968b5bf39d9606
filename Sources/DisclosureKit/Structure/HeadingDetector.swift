/// Finds the headings of a report and builds its ``SectionTree``.
///
/// Headings are found from the normalised text's lines and their markers
/// (``HeadingMarker``): at the start of a line, running into their paragraph
/// (`(一)加强组织领导,健全工作机制。` then text), inside a line after a space
/// or a full stop, and — for reports scraped with no line breaks — wherever a
/// `一、` marker is followed by a section title the vocabulary knows. Levels
/// come from the order marker styles appear in (`LevelInference`), so a
/// report whose first sub-level is `1.` nests it at level 2. Table row
/// labels (`一、本年新收政府信息公开申请数量`), numbered prose sentences and
/// level-1 numbers that break the rising sequence are not headings. Level-1
/// sections get a canonical ``SectionKind`` from the vocabulary's patterns.
///
/// ```swift
/// let detector = HeadingDetector(vocabulary: Vocabulary(sections: Vocabulary.standardSections))
/// let tree = detector.detect(in: NormalizedText(text: "一、总体情况\n正文\n二、主动公开政府信息情况\n"), tokens: [])
/// tree.sections.map(\.kind)   // [.overview, .proactiveDisclosure]
/// ```
///
/// - Complexity: O(n) in the text's bytes.
public struct HeadingDetector: Sendable {
  /// The section titles that name level-1 kinds and find headings run into
  /// the text, and the table row labels that are not headings.
  public var vocabulary: Vocabulary {
    didSet { prepared = _Prepared(vocabulary) }
  }
  /// The caps; ``ParseLimits/maxSections`` bounds the tree.
  public var limits: ParseLimits
  /// What the detector derives from the vocabulary alone, folded once when
  /// the vocabulary is set rather than for every document (a parser keeps
  /// one detector for all the reports it reads).
  private(set) var prepared: _Prepared

  /// The section-title matcher and the folded table row labels of a vocabulary.
  struct _Prepared: Sendable {
    var matcher: SectionKindMatcher
    var tableRowLabels: _LabelSet

    init(_ vocabulary: Vocabulary) {
      matcher = SectionKindMatcher(patterns: vocabulary.sections)
      tableRowLabels = HeadingDetector.tableRowLabels(of: vocabulary)
    }
  }

  /// A detector for `vocabulary` under `limits`.
  public init(vocabulary: Vocabulary, limits: ParseLimits = .default) {
    self.vocabulary = vocabulary
    self.limits = limits
    prepared = _Prepared(vocabulary)
  }

  /// The heading tree of `text`.
  ///
  /// - Parameters:
  ///   - text: The normalised text; its furniture is not searched.
  ///   - tokens: The tokens of `text` (not needed: headings are read from the
  ///     bytes so the detector does not depend on how the lexer splits runs).
  /// - Returns: At most ``ParseLimits/maxSections`` sections in all.
  public func detect(in text: NormalizedText, tokens: [Token]) -> SectionTree {
    let bytes = _TextBytes(text.text)
    let lines = bytes.lines()
    let matcher = prepared.matcher
    var candidates = candidates(in: bytes, lines: lines, matcher: matcher)
    candidates = withoutTableLabels(candidates, in: bytes, lines: lines)
    candidates = Self.promotingNumberedSiblings(candidates)
    candidates = LevelInference.assignLevels(candidates)
    let broken = LevelInference.brokenChain(candidates)
    if !broken.isEmpty {
      candidates = LevelInference.assignLevels(
        candidates.indices.filter { !broken.contains($0) }.map { candidates[$0] })
    }
    if candidates.count > limits.maxSections { candidates.removeLast(candidates.count - limits.maxSections) }
    return SectionTree(sections: Self.tree(of: candidates, in: bytes, matcher: matcher))
  }

  /// Keeps a weak candidate (a long first sentence) only beside a numbered
  /// sibling of the same style that is a heading: `1、领导高度重视。` makes
  /// `2、完善机构设置,确定…` a heading too; a lone `1.` sentence in prose is not.
  static func promotingNumberedSiblings(_ candidates: [HeadingCandidate]) -> [HeadingCandidate] {
    var keep = candidates.map { $0.shape == .strong }
    // By style, as arrays indexed by the style's raw value rather than
    // dictionaries hashing it.
    let styles = Int(HeadingMarker.Style.allCases.map(\.rawValue).max() ?? 0) + 1
    var lastOfStyle = [Int?](repeating: nil, count: styles)
    for index in candidates.indices {
      let style = Int(candidates[index].marker.style.rawValue)
      if let previous = lastOfStyle[style], keep[previous],
        candidates[previous].marker.ordinal + 1 == candidates[index].marker.ordinal
      {
        keep[index] = true
      }
      lastOfStyle[style] = index
    }
    var nextOfStyle = [Int?](repeating: nil, count: styles)
    for index in candidates.indices.reversed() {
      let style = Int(candidates[index].marker.style.rawValue)
      if let next = nextOfStyle[style], keep[next],
        candidates[next].marker.ordinal == candidates[index].marker.ordinal + 1
      {
        keep[index] = true
      }
      nextOfStyle[style] = index
    }
    guard keep.contains(false) else { return candidates }
    return candidates.indices.filter { keep[$0] }.map { candidates[$0] }
  }
}
