/// Recovers the cell boundaries of digits that ran together with no
/// separator (`（一）予以公开153010019` → 15, 3, 0, 1, 0, 0, 19).
///
/// What the template guarantees decides: the number of cells each row has,
/// no leading zeros (a `0` is a whole cell), and the template's identities —
/// each row's total (checked while a row's split is enumerated, to prune),
/// then the column identities over the whole table (checked when every row
/// has a split). The search covers the splits of the whole table, not row
/// by row, and is bounded by ``ParseLimits/maxRunTogetherDigits`` and
/// ``ParseLimits/maxSplitCandidates``.
///
/// When several splits satisfy every identity, the one the prose supports
/// (``TableTemplate/proseCues``), then the one with the most whole-zero
/// cells, then the one with the most balanced digit lengths is taken and `table.ambiguousSplit` lists the
/// others; when none does, the split that breaks the fewest identities is
/// taken and `table.inconsistentSplit` says which.
struct RunTogetherSplitter: Sendable {
  /// Digits to split, covering one or more consecutive template rows (table
  /// 4's single row covers all three blocks).
  struct Unit: Sendable {
    var glued: TableItem.Glued
    var rows: [Int]
  }

  /// One way to split a unit.
  struct Candidate: Sendable, Hashable {
    /// The digit length of each cell.
    var lengths: [Int]
    var values: [Int]
    /// Row identities the split breaks.
    var rowFailures: Int
    /// Lower is likelier: each cell that is a whole `0` counts −100 (zeros
    /// dominate real tables: `18900` reads 189|0|0 before 18|90|0), then the
    /// spread of digit lengths within each row (balanced lengths first).
    var implausibility: Int

    /// The penalty of cells of `lengths` and `values` in rows ending at `rowEnds`.
    static func implausibility(lengths: [Int], values: [Int], rowEnds: [Int]) -> Int {
      var spread = 0
      var start = 0
      for end in rowEnds where end <= lengths.count && start < end {
        let row = lengths[start..<end]
        spread += (row.max() ?? 0) - (row.min() ?? 0)
        start = end
      }
      let zeros = zip(lengths, values).filter { $0 == 1 && $1 == 0 }.count
      return spread - 100 * zeros
    }
  }

  /// A value the prose states for one cell (`共收到申请23件` → 新收 总计 = 23).
  struct Hint: Sendable, Hashable {
    var row: String
    var column: String
    var value: Int
  }

  /// The chosen cells per unit, with what the search found.
  struct Outcome: Sendable {
    var cells: [[TemplateAligner.CellSource?]]
    var diagnostics: [Diagnostic]
  }

  var template: TableTemplate
  var limits: ParseLimits

  /// The most candidates kept for one unit.
  static let maxCandidatesPerUnit = 4096
  /// The most candidates kept for a unit whose row identities no split keeps.
  static let maxBrokenCandidates = 64

  /// Splits every unit, choosing the combination that breaks the fewest
  /// identities of the table `fixed` completed with the split cells.
  func split(_ units: [Unit], fixed: ReportTable, hints: [Hint] = []) -> Outcome {
    var budget = Budget(remaining: limits.maxSplitCandidates)
    var diagnostics: [Diagnostic] = []
    var candidates = [[Candidate]](repeating: [], count: units.count)
    // Short runs first, each with a fair share of half the budget, so one
    // absurd row cannot starve the others; the rest is for combining.
    let order = units.indices.sorted { units[$0].glued.digits.count < units[$1].glued.digits.count }
    var enumerationBudget = budget.remaining / 2
    for (done, index) in order.enumerated() {
      let unit = units[index]
      var share = Budget(remaining: enumerationBudget / max(1, units.count - done))
      let granted = share.remaining
      let found = candidatesFor(unit, budget: &share)
      enumerationBudget -= granted - share.remaining
      budget.remaining -= granted - share.remaining
      if share.exhausted { budget.exhausted = true }
      candidates[index] = found
      if found.isEmpty {
        diagnostics.append(
          diagnostic(
            .inconsistentSplit, unit,
            "The digits “\(unit.glued.digits)” cannot be split into \(cellCount(unit)) cells"
              + (unit.glued.digits.count > limits.maxRunTogetherDigits ? " within the digit limit" : "")))
      }
    }
    let choice = combine(units, candidates: candidates, fixed: fixed, hints: hints, budget: &budget)
    let examined = limits.maxSplitCandidates - budget.remaining
    _WorkMeter.add(.splitSearches, 1)
    _WorkMeter.add(.splitCandidates, examined)
    _WorkMeter.raise(.maxSplitCandidatesPerSearch, to: examined)
    diagnostics += choice.diagnostics
    if budget.exhausted {
      diagnostics.append(
        Diagnostic(
          .limitReached, .warning,
          "The split search of \(template.key) stopped at \(limits.maxSplitCandidates) candidates; the best split "
            + "found so far was taken",
          zh: "拆分搜索达到上限", location: Diagnostic.Location(table: template.key)))
    }
    var cells: [[TemplateAligner.CellSource?]] = []
    for (index, unit) in units.enumerated() {
      guard let pick = choice.picks[index],
        let candidate = candidates[index].indices.contains(pick) ? candidates[index][pick] : nil
      else {
        cells.append(
          [TemplateAligner.CellSource?](
            repeating: (unit.glued.digits, unit.glued.range, .unreadable), count: cellCount(unit)))
        continue
      }
      cells.append(sources(of: candidate, in: unit))
    }
    return Outcome(cells: cells, diagnostics: diagnostics)
  }

  func cellCount(_ unit: Unit) -> Int {
    unit.rows.reduce(0) { $0 + template.columnKeys(of: template.rows[$1]).count }
  }

  /// The cells of `candidate`: each its digits and byte range (digits are ASCII).
  private func sources(of candidate: Candidate, in unit: Unit) -> [TemplateAligner.CellSource?] {
    let digits = Array(unit.glued.digits)
    var out: [TemplateAligner.CellSource?] = []
    var offset = 0
    for (position, length) in candidate.lengths.enumerated() {
      var text = String(digits[offset..<(offset + length)])
      let start = unit.glued.range.start + offset
      var end = start + length
      if position == candidate.lengths.count - 1, !unit.glued.unit.isEmpty {
        text += unit.glued.unit
        end = unit.glued.range.end + unit.glued.unit.utf8.count
      }
      out.append((text, SourceRange(start: start, end: end), nil))
      offset += length
    }
    return out
  }

  func diagnostic(_ code: Diagnostic.Code, _ unit: Unit, _ message: String) -> Diagnostic {
    let row = unit.rows.first.map { template.rows[$0].key }
    return Diagnostic(
      code, .warning, message, zh: code == .ambiguousSplit ? "连写数字的拆分不唯一" : "连写数字无法满足全部勾稽关系",
      location: Diagnostic.Location(table: template.key, row: unit.rows.count == 1 ? row : nil, range: unit.glued.range)
    )
  }

  /// A shared count of the work the search may still do.
  struct Budget {
    var remaining: Int
    var exhausted = false
    mutating func spend(_ amount: Int = 1) -> Bool {
      guard remaining >= amount else {
        exhausted = true
        return false
      }
      remaining -= amount
      return true
    }
  }
}
