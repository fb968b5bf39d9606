// The split search: each unit's candidate splits (compositions of its
// digits into cells, no leading zeros, pruned by each row's identities),
// then the combination over the table that breaks the fewest identities.

extension RunTogetherSplitter {
  /// The identities that apply within one row, as column positions.
  private struct RowCheck {
    var lhs: [Int]
    var rhs: [Int]
    var identity: Identity
  }

  private func rowChecks(_ rowIndex: Int) -> [RowCheck] {
    let row = template.rows[rowIndex]
    let keys = template.columnKeys(of: row)
    return template.identities.compactMap { identity in
      guard identity.scope == .eachRow, identity.only?.contains(row.key) ?? true else { return nil }
      let lhs = identity.lhs.compactMap { keys.firstIndex(of: $0) }
      let rhs = identity.rhs.compactMap { keys.firstIndex(of: $0) }
      guard lhs.count == identity.lhs.count, rhs.count == identity.rhs.count else { return nil }
      return RowCheck(lhs: lhs, rhs: rhs, identity: identity)
    }
  }

  /// The candidate splits of `unit`, best first: those that keep every row
  /// identity, or, when none does, every split ranked by broken identities.
  func candidatesFor(_ unit: Unit, budget: inout Budget) -> [Candidate] {
    let digits = Array(unit.glued.digits.utf8)
    let count = cellCount(unit)
    guard count > 0, digits.count >= count, digits.count <= limits.maxRunTogetherDigits,
      digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return [] }
    var rowEnds: [Int] = []
    var checks: [[RowCheck]] = []
    var total = 0
    for rowIndex in unit.rows {
      total += template.columnKeys(of: template.rows[rowIndex]).count
      rowEnds.append(total)
      checks.append(rowChecks(rowIndex))
    }
    var strict = enumerate(digits, count: count, rowEnds: rowEnds, checks: checks, prune: true, budget: &budget)
    if strict.isEmpty {
      strict = enumerate(digits, count: count, rowEnds: rowEnds, checks: checks, prune: false, budget: &budget)
    }
    return strict.sorted { ($0.rowFailures, $0.imbalance) < ($1.rowFailures, $1.imbalance) }
  }

  private func enumerate(
    _ digits: [UInt8], count: Int, rowEnds: [Int], checks: [[RowCheck]], prune: Bool, budget: inout Budget
  ) -> [Candidate] {
    var out: [Candidate] = []
    var lengths: [Int] = []
    var values: [Int] = []
    var failures = 0
    func rowFails(_ row: Int, rowStart: Int) -> Int {
      var broken = 0
      for check in checks[row] {
        var left = 0
        var right = 0
        for p in check.lhs { left = left &+ values[rowStart + p] }
        for p in check.rhs { right = right &+ values[rowStart + p] }
        if !check.identity.relationHolds(left, right) { broken += 1 }
      }
      return broken
    }
    func visit(_ position: Int) {
      guard out.count < Self.maxCandidatesPerUnit, budget.spend() else { return }
      let cell = lengths.count
      if cell == count {
        if position == digits.count {
          var imbalance = 0
          var start = 0
          for end in rowEnds {
            let row = lengths[start..<end]
            imbalance += (row.max() ?? 0) - (row.min() ?? 0)
            start = end
          }
          out.append(Candidate(lengths: lengths, values: values, rowFailures: failures, imbalance: imbalance))
        }
        return
      }
      let remainingCells = count - cell
      let maxLength = digits[position] == 0x30 ? 1 : min(18, digits.count - position - (remainingCells - 1))
      guard maxLength >= 1 else { return }
      for length in 1...maxLength {
        var value = 0
        for byte in digits[position..<(position + length)] { value = value * 10 + Int(byte - 0x30) }
        lengths.append(length)
        values.append(value)
        var added = 0
        if let row = rowEnds.firstIndex(of: cell + 1) {
          added = rowFails(row, rowStart: row == 0 ? 0 : rowEnds[row - 1])
        }
        if !(prune && added > 0) {
          failures += added
          visit(position + length)
          failures -= added
        }
        lengths.removeLast()
        values.removeLast()
      }
    }
    visit(0)
    return out
  }

  /// What the combination search chose.
  struct Choice {
    var picks: [Int?]
    var diagnostics: [Diagnostic]
  }

  /// Tries the combinations of the units' candidates (bounded by the
  /// budget), scoring each by the identities the whole table breaks.
  func combine(_ units: [Unit], candidates: [[Candidate]], fixed: ReportTable, budget: inout Budget) -> Choice {
    var best: (failures: Int, imbalance: Int, picks: [Int])?
    var picks: [Int] = []
    var table = fixed
    let rowPositions = Dictionary(uniqueKeysWithValues: template.rows.enumerated().map { ($1.key, $0) })
    let splittable = units.indices.filter { !candidates[$0].isEmpty }
    func place(_ unitIndex: Int, _ candidate: Candidate) {
      var offset = 0
      for rowIndex in units[unitIndex].rows {
        let key = template.rows[rowIndex].key
        guard let position = rowPositions[key], position < table.rows.count else { continue }
        for c in table.rows[position].cells.indices {
          table.rows[position].cells[c].value = candidate.values[offset]
          table.rows[position].cells[c].state = .value
          offset += 1
        }
      }
    }
    func visit(_ depth: Int, rowFailures: Int, imbalance: Int) {
      guard budget.spend(8) else { return }
      if let best, rowFailures > best.failures { return }
      guard depth < splittable.count else {
        var failures = rowFailures
        for identity in template.identities where identity.scope == .eachColumn {
          failures += identity.failures(in: table).count
        }
        if best == nil || (failures, imbalance) < (best?.failures ?? 0, best?.imbalance ?? 0) {
          best = (failures, imbalance, picks)
        }
        return
      }
      let unitIndex = splittable[depth]
      for (index, candidate) in candidates[unitIndex].enumerated() {
        place(unitIndex, candidate)
        picks.append(index)
        visit(depth + 1, rowFailures: rowFailures + candidate.rowFailures, imbalance: imbalance + candidate.imbalance)
        picks.removeLast()
      }
    }
    visit(0, rowFailures: 0, imbalance: 0)
    var result = [Int?](repeating: nil, count: units.count)
    var diagnostics: [Diagnostic] = []
    guard let best else { return Choice(picks: result, diagnostics: diagnostics) }
    for (depth, unitIndex) in splittable.enumerated() { result[unitIndex] = best.picks[depth] }
    for (depth, unitIndex) in splittable.enumerated() { place(unitIndex, candidates[unitIndex][best.picks[depth]]) }
    if best.failures == 0 {
      // A unit is ambiguous when another of its splits, the other units
      // kept, still breaks nothing.
      for (depth, unitIndex) in splittable.enumerated() {
        let chosen = best.picks[depth]
        var alternatives: [Int] = []
        for (index, candidate) in candidates[unitIndex].enumerated().prefix(256)
        where index != chosen && candidate.rowFailures == 0 {
          guard budget.spend(8) else { break }
          place(unitIndex, candidate)
          let broken = template.identities.filter { $0.scope == .eachColumn }.reduce(0) {
            $0 + $1.failures(in: table).count
          }
          if broken == 0 { alternatives.append(index) }
        }
        place(unitIndex, candidates[unitIndex][chosen])
        guard !alternatives.isEmpty else { continue }
        let shown = ([chosen] + alternatives).prefix(16).map {
          candidates[unitIndex][$0].values.map(String.init).joined(separator: "|")
        }
        diagnostics.append(
          diagnostic(
            .ambiguousSplit, units[unitIndex],
            "“\(units[unitIndex].glued.digits)” splits \(alternatives.count + 1) ways that keep every identity: "
              + shown.joined(separator: ", ") + "; took " + (shown.first ?? "")))
      }
    } else if best.failures > 0 {
      var broken: [String] = []
      for identity in template.identities {
        for instance in identity.failures(in: table) {
          broken.append("\(identity.code.rawValue)@\(instance.key) (\(instance.lhs) vs \(instance.rhs))")
        }
      }
      diagnostics.append(
        Diagnostic(
          .inconsistentSplit, .warning,
          "No split of the run-together digits of \(template.key) keeps every identity; the one taken breaks "
            + "\(best.failures): " + broken.prefix(10).joined(separator: ", "),
          zh: "连写数字的任何拆分都不满足全部勾稽关系", location: Diagnostic.Location(table: template.key)))
    }
    return Choice(picks: result, diagnostics: diagnostics)
  }
}
