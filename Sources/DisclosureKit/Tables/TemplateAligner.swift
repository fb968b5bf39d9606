/// Aligns a rebuilt table to a template by its row and column labels, not
/// by position alone.
///
/// Row labels are matched with `LabelMatcher`'s tolerance (numbering,
/// quotes, bracket widths, white space, `规范性文件` / `行政规范性文件`); each
/// matched label takes the values that follow it — in its own row for HTML,
/// pipe and space-aligned rows, on the following lines for one cell per
/// line — and digits run into a label are split by `RunTogetherSplitter`.
/// A row whose value count differs from the template's is aligned by its
/// column headers when the grid has them, else left `nil` with a
/// `table.cellCountMismatch` diagnostic: values are never shifted silently.
/// A template row not found has `.missing` cells and a `table.rowMissing`
/// diagnostic.
///
/// ```swift
/// let aligner = TemplateAligner()
/// aligner.align(grid, to: .requests2019)?.value("newRequests", "total")   // 2
/// ```
public struct TemplateAligner: Sendable {
  /// A table aligned to a template, with how well it matched.
  public struct Alignment: Sendable, Hashable {
    /// The aligned table.
    public var table: ReportTable
    /// How well the source matched the template: the share of template rows
    /// that were found with values, plus 0.25 for each edition marker seen
    /// near the table.
    public var score: Double
    /// How many of the template's edition markers were seen near the table.
    public var markersMatched: Int
    /// What alignment noticed: missing rows, blank or unreadable cells,
    /// ambiguous or inconsistent splits.
    public var diagnostics: [Diagnostic]
    /// The ranges of the labels and cells the table was read from.
    public var consumed: [SourceRange]
  }

  public var limits: ParseLimits

  public init(limits: ParseLimits = .default) {
    self.limits = limits
  }

  /// Aligns `grid` to `template`.
  ///
  /// - Returns: The aligned table, or `nil` when no template row was found
  ///   with values.
  /// - Complexity: O(n) in the grid's cells, plus a split search bounded by
  ///   ``ParseLimits/maxSplitCandidates``.
  public func align(_ grid: TableGrid, to template: TableTemplate) -> ReportTable? {
    alignment(of: grid, to: template)?.table
  }

  /// Aligns `grid` to `template`, with the match score and diagnostics.
  public func alignment(of grid: TableGrid, to template: TableTemplate) -> Alignment? {
    alignment(of: GridBuilder(limits: limits).items(of: grid), to: template)
  }

  /// Aligns the stream `items` to `template`.
  func alignment(of items: [TableItem], to template: TableTemplate) -> Alignment? {
    alignment(of: items, matcher: LabelMatcher(template))
  }

  /// Aligns the stream `items` to the matcher's template; a caller aligning
  /// several streams to one template builds its matcher once.
  ///
  /// - Parameter anchorBit: See ``readBlocks(_:matcher:anchorBit:)``.
  func alignment(of items: [TableItem], matcher: LabelMatcher, anchorBit: UInt8? = nil) -> Alignment? {
    let template = matcher.template
    let subtotals = matcher.subtotals
    var reads: [Int: RowRead] = [:]
    var subtotalReads: [Int: RowRead] = [:]
    var units: [RunTogetherSplitter.Unit] = []
    if template.layout == .blocks, let block = readBlocks(items, matcher: matcher, anchorBit: anchorBit) {
      switch block {
      case .values(let values, let anchor):
        var offset = 0
        for (index, row) in template.rows.enumerated() {
          let count = template.columnKeys(of: row).count
          let slice = Array(values[offset..<min(values.count, offset + count)])
          reads[index] = RowRead(labelRange: anchor, values: slice, glued: nil, first: 0, last: 0)
          offset += count
        }
      case .glued(let glued, let anchor):
        for index in template.rows.indices {
          reads[index] = RowRead(labelRange: anchor, values: [], glued: nil, first: 0, last: 0)
        }
        units.append(RunTogetherSplitter.Unit(glued: glued, rows: Array(template.rows.indices)))
      }
    } else {
      let found = readRows(items, matcher: matcher, subtotals: subtotals)
      reads = found.rows
      subtotalReads = found.subtotals
    }
    guard !reads.isEmpty else { return nil }
    return assemble(
      reads, subtotalReads: subtotalReads, units: units, items: items, matcher: matcher, subtotals: subtotals)
  }
}
