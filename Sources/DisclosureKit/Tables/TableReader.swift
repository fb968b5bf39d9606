/// Finds the tables of a report in whatever form the scraper left them,
/// rebuilds them as grids and aligns each to the templates it is given.
///
/// The reader needs no section tree: it reads the whole text as one stream
/// of labels and values (`GridBuilder`) and looks for every template's
/// rows in it. When the tree has the section of a template's
/// ``TableTemplate/sectionKind``, that section is searched first. Of the
/// templates that share a key (the 2019 and 2021 editions), the best match
/// is kept — the edition whose markers were seen, then the one with more
/// rows found. A table that is absent yields nothing: never a table of
/// zeros (the extractor or the checks decide whether it was required).
///
/// ```swift
/// let reader = TableReader(templates: TableTemplate.standard2019 + TableTemplate.standard2021)
/// let result = reader.read(text, tokens: tokens, sections: tree)
/// result.tables.first { $0.key == "requests" }?.value("newRequests", "total")   // 2
/// ```
///
/// - Complexity: O(n) in the text's bytes, plus a split search bounded by
///   ``ParseLimits/maxSplitCandidates``.
public struct TableReader: Sendable {
  /// What the reader found.
  public struct Result: Sendable, Hashable {
    /// Tables aligned to a template, at most one per template key.
    public var tables: [ReportTable]
    /// Grids that matched no template, kept for custom extractors.
    public var unmatched: [TableGrid]
    public var diagnostics: [Diagnostic]
    public init(tables: [ReportTable] = [], unmatched: [TableGrid] = [], diagnostics: [Diagnostic] = []) {
      self.tables = tables
      self.unmatched = unmatched
      self.diagnostics = diagnostics
    }
  }

  public var templates: [TableTemplate] {
    didSet {
      matchers = templates.map(LabelMatcher.cached)
      anchorSets = Self.anchorSets(of: matchers)
      lookupFilter = LabelMatcher.KeyFilter(matchers.flatMap(\.lookupKeys))
      suffixEnds = Self.suffixEnds(of: matchers)
    }
  }
  public var limits: ParseLimits
  /// One matcher per template, made with the reader (from the process's
  /// store, `LabelMatcher.cached`): keying every label variant and filling
  /// the matchers' tables depends on the templates alone, and a parser
  /// keeps one reader for every report it reads.
  private var matchers: [LabelMatcher]
  /// The `.blocks` templates' anchor searches, each set of row labels once
  /// (the editions of table 4 share theirs), with each matcher's bit.
  private var anchorSets: (searches: [LabelMatcher.Anchors], bits: [UInt8?])
  /// Every key of every matcher's lookups: a label no key can equal (by the
  /// filter's exact test) names nothing in any template.
  private var lookupFilter: LabelMatcher.KeyFilter
  /// Bit `v` set when some matcher's suffix entry ends with the scalar of
  /// value `v`; `nil` when an entry is not inert (any key may end with one).
  private var suffixEnds: [UInt64]?

  public init(templates: [TableTemplate], limits: ParseLimits = .default) {
    self.templates = templates
    self.limits = limits
    matchers = templates.map(LabelMatcher.cached)
    anchorSets = Self.anchorSets(of: matchers)
    lookupFilter = LabelMatcher.KeyFilter(matchers.flatMap(\.lookupKeys))
    suffixEnds = Self.suffixEnds(of: matchers)
  }

  /// Whether `key` may end with a suffix entry ending with one of `ends`
  /// (``suffixEnds``): an inert key ends with an inert entry only on the
  /// entry's last scalar.
  static func mayEnd(_ key: LabelKey, amongEnds ends: [UInt64]?) -> Bool {
    guard let ends else { return true }
    guard let last = key.lastInertScalar else { return !key.isInert }
    return last < 0x10000 && ends[Int(last >> 6)] & (1 << UInt64(last & 63)) != 0
  }

  /// The bitmap of ``suffixEnds``.
  static func suffixEnds(of matchers: [LabelMatcher]) -> [UInt64]? {
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for matcher in matchers {
      guard let ends = matcher.suffixLastScalars else { return nil }
      for value in ends where value < 0x10000 { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
    }
    return bits
  }

  /// One search per distinct set of `.blocks` row labels, for at most eight
  /// sets (one bit each of ``TableItem/anchors``); a matcher past them asks
  /// its own.
  private static func anchorSets(of matchers: [LabelMatcher]) -> (searches: [LabelMatcher.Anchors], bits: [UInt8?]) {
    var searches: [LabelMatcher.Anchors] = []
    var bits: [UInt8?] = []
    for matcher in matchers {
      guard matcher.template.layout == .blocks else {
        bits.append(nil)
        continue
      }
      if let index = searches.firstIndex(where: { $0.keys == matcher.anchors.keys }) {
        bits.append(1 << UInt8(index))
      } else if searches.count < 8 {
        bits.append(1 << UInt8(searches.count))
        searches.append(matcher.anchors)
      } else {
        bits.append(nil)
      }
    }
    return (searches, bits)
  }

  /// Reads the tables of `text`.
  ///
  /// - Parameters:
  ///   - text: The normalised text, with its HTML grids.
  ///   - tokens: The text's tokens (the reader works from the text's bytes;
  ///     tokens are accepted for the stage contract).
  ///   - sections: The heading tree; may be empty.
  /// - Returns: The aligned tables in template order, the grids no template
  ///   matched, and the diagnostics of alignment.
  public func read(_ text: NormalizedText, tokens: [Token], sections: SectionTree) -> Result {
    var built = GridBuilder(limits: limits).build(text)
    for k in built.items.indices where built.items[k].kind == .label {
      built.items[k].mayName = lookupFilter.mayName(built.items[k].key)
      built.items[k].maySuffix = Self.mayEnd(built.items[k].key, amongEnds: suffixEnds)
    }
    // Whether a label holds a `.blocks` anchor is asked once per label, not
    // once per edition and pass, and only of the items a pass reads: the
    // section's when it has the table.
    var allAnchored = false
    var anchoredInside: Set<SectionKind> = []
    let aligner = TemplateAligner(limits: limits)
    var candidates: [(alignment: TemplateAligner.Alignment, template: TableTemplate)] = []
    var keys: [String] = []
    // The editions of a table share a section: its items are filtered once.
    var itemsInside: [SectionKind: [TableItem]] = [:]
    for (index, (template, matcher)) in zip(templates, matchers).enumerated() {
      var alignment: TemplateAligner.Alignment?
      let anchorBit = anchorSets.bits[index]
      if let kind = template.sectionKind, let section = sections.section(kind) {
        var inside = itemsInside[kind] ?? built.items.filter { section.range.contains($0.range) }
        if anchorBit != nil, anchoredInside.insert(kind).inserted {
          markAnchors(&inside)
        }
        itemsInside[kind] = inside
        alignment = aligner.alignment(of: inside, matcher: matcher, anchorBit: anchorBit)
      }
      if alignment == nil {
        if anchorBit != nil, !allAnchored {
          markAnchors(&built.items)
          allAnchored = true
        }
        alignment = aligner.alignment(of: built.items, matcher: matcher, anchorBit: anchorBit)
      }
      guard let alignment else { continue }
      if !keys.contains(template.key) { keys.append(template.key) }
      candidates.append((alignment, template))
    }
    // The edition the markers of any table named: a table whose editions
    // read alike (table 4) takes it.
    let marked = candidates.filter { $0.alignment.markersMatched > 0 }.compactMap(\.template.edition)
    let documentEdition = marked.max { a, b in marked.count { $0 == a } < marked.count { $0 == b } }
    var best: [String: TemplateAligner.Alignment] = [:]
    for candidate in candidates {
      if let current = best[candidate.template.key],
        !Self.isBetter(candidate.alignment, than: current, preferring: documentEdition)
      {
        continue
      }
      best[candidate.template.key] = candidate.alignment
    }
    var result = Result()
    var consumed: [SourceRange] = []
    let year = EditionDetector.reportYear(in: built.bytes)
    for key in keys {
      guard let chosen = best[key] else { continue }
      result.tables.append(chosen.table)
      result.diagnostics += chosen.diagnostics
      consumed += chosen.consumed
      // Only a table whose headers showed its edition can be said to follow the wrong one.
      if let year, chosen.markersMatched > 0,
        let mismatch = EditionDetector.mismatch(
          chosen.table, year: year, editions: templates.filter { $0.key == key }.compactMap(\.edition))
      {
        result.diagnostics.append(mismatch)
      }
    }
    result.unmatched = built.grids.filter { grid in !consumed.contains { grid.range.contains($0) } }
    return result
  }

  /// Sets each label's ``TableItem/anchors`` bit of every anchor set whose
  /// row labels it contains.
  private func markAnchors(_ items: inout [TableItem]) {
    for (index, search) in anchorSets.searches.enumerated() {
      let bit: UInt8 = 1 << UInt8(index)
      for k in items.indices where items[k].kind == .label && search.contains(items[k].key) {
        items[k].anchors |= bit
      }
    }
  }

  /// The edition whose markers matched wins; then the higher score; on a
  /// tie, the edition the document's other tables showed.
  static func isBetter(
    _ a: TemplateAligner.Alignment, than b: TemplateAligner.Alignment, preferring edition: Int?
  ) -> Bool {
    if a.markersMatched != b.markersMatched, min(a.markersMatched, b.markersMatched) == 0 {
      return a.markersMatched > b.markersMatched
    }
    if a.score != b.score { return a.score > b.score }
    return edition != nil && a.table.edition == edition && b.table.edition != edition
  }
}
