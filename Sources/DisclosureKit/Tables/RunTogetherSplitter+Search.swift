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
    // Plausibilities prune splits like identities do: `行政许可84-21530` is
    // not 84 | -2153 | 0, which leaves fewer than no items.
    return (template.identities + template.plausibilities).compactMap { identity in
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
    if count == 1, let whole = Self.singleCell(digits) {
      // One cell has nothing to split, and may hold a decimal: 行政事业性收费316.5 (万元).
      return [Candidate(lengths: [digits.count], values: [whole], rowFailures: 0, implausibility: 0)]
    }
    guard count > 0, digits.count >= count, digits.count <= limits.maxRunTogetherDigits,
      digits.indices.allSatisfy({
        Self.isDigit(digits[$0]) || Self.isMinus(digits, at: $0) || digits[$0] == Self.blank
      })
    else { return [] }
    let hasMinus = digits.contains(Self.minus)
    let hasBlank = digits.contains(Self.blank)
    var rowEnds: [Int] = []
    var checks: [[RowCheck]] = []
    var total = 0
    for rowIndex in unit.rows {
      total += template.columnKeys(of: template.rows[rowIndex]).count
      rowEnds.append(total)
      checks.append(rowChecks(rowIndex))
    }
    var strict: [Candidate]
    if unit.rows.count == 1, !hasMinus, !hasBlank, let check = checks[0].first(where: { isTotalLast($0, count: count) })
    {
      strict = enumerateTotalLast(digits, count: count, check: check, budget: &budget)
    } else {
      strict = enumerate(
        digits, count: count, rowEnds: rowEnds, checks: checks, prune: true, cap: Self.maxCandidatesPerUnit,
        budget: &budget)
    }
    if strict.isEmpty {
      // No split keeps the row's own total: a real error. A few splits, each
      // breaking it, still let the column identities choose.
      strict = enumerate(
        digits, count: count, rowEnds: rowEnds, checks: checks, prune: false, cap: Self.maxBrokenCandidates,
        budget: &budget)
    }
    return strict.sorted { ($0.rowFailures, $0.implausibility) < ($1.rowFailures, $1.implausibility) }
  }

  /// The integer part of `digits` when they are one number, decimal or not
  /// (`316.5` → 316, the value the identities see); `nil` otherwise.
  static func singleCell(_ digits: [UInt8]) -> Int? {
    let points = digits.filter { $0 == UInt8(ascii: ".") }.count
    guard points <= 1, let first = digits.first, let last = digits.last, (0x30...0x39).contains(first),
      (0x30...0x39).contains(last), digits.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }),
      first != 0x30 || digits.count == 1 || digits.dropFirst().first == UInt8(ascii: ".")
    else { return nil }
    var value = 0
    for byte in digits.prefix(while: { $0 != UInt8(ascii: ".") }) {
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
      guard !overflow, !overflow2 else { return nil }
      value = sum
    }
    return value
  }

  static let minus = UInt8(ascii: "-")

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// A blank cell among the digits (`00  000`): a cell of its own, read as
  /// blank and counted as 0 by the identities.
  static let blank = UInt8(ascii: " ")

  /// A minus that starts a negative cell: after a digit, before one.
  static func isMinus(_ digits: [UInt8], at index: Int) -> Bool {
    digits[index] == minus && index > 0 && isDigit(digits[index - 1]) && index + 1 < digits.count
      && isDigit(digits[index + 1])
  }

  /// The longest cell that may start at `position`: a cell never holds a
  /// minus but at its start, and a zero (after the minus) is a cell of its own.
  static func longestCell(_ digits: [UInt8], at position: Int) -> Int {
    if digits[position] == blank { return 1 }
    let signed = digits[position] == minus
    let first = signed ? position + 1 : position
    guard first < digits.count, digits[first] != blank else { return 0 }
    if digits[first] == 0x30 { return first + 1 - position }
    var end = first + 1
    while end < digits.count, digits[end] != minus, digits[end] != blank { end += 1 }
    return end - position
  }

  /// The value of the cell `position..<position + length`, signed.
  static func cellValue(_ digits: [UInt8], _ position: Int, _ length: Int) -> Int {
    var value = 0
    var sign = 1
    for byte in digits[position..<(position + length)] {
      if byte == blank { return 0 }
      if byte == minus {
        sign = -1
        continue
      }
      value = value &* 10 &+ Int(byte &- 0x30)
    }
    return sign &* value
  }

  /// Whether `check` makes a row's last cell the sum of all the others
  /// (table 3's 总计): then the search can fix the total first.
  private func isTotalLast(_ check: RowCheck, count: Int) -> Bool {
    check.identity.relation == .equal && check.lhs == [count - 1] && check.rhs.sorted() == Array(0..<(count - 1))
  }

  /// The splits of a row whose last cell is the sum of the others: for each
  /// length of the total (read from the end of the digits), the splits of
  /// the rest into parts that sum to it, pruned by what the remaining digits
  /// can still add up to.
  private func enumerateTotalLast(
    _ digits: [UInt8], count: Int, check: RowCheck, budget: inout Budget
  ) -> [Candidate] {
    var out: [Candidate] = []
    let parts = count - 1
    var lengths: [Int] = []
    var values: [Int] = []
    func number(_ from: Int, _ length: Int) -> Int {
      var value = 0
      for byte in digits[from..<(from + length)] { value = value * 10 + Int(byte - 0x30) }
      return value
    }
    /// The least that `cells` numbers spread over `digitCount` digits can sum to.
    func least(_ digitCount: Int, _ cells: Int) -> Int {
      guard cells > 0 else { return digitCount == 0 ? 0 : Int.max }
      let longest = (digitCount + cells - 1) / cells
      guard longest >= 1, longest <= 18 else { return Int.max }
      var power = 1
      for _ in 1..<longest { power *= 10 }
      return longest == 1 ? 0 : power
    }
    func visit(_ position: Int, end: Int, remaining: Int, total: Int, totalLength: Int) {
      guard out.count < Self.maxCandidatesPerUnit, budget.spend() else { return }
      let cell = lengths.count
      if cell == parts {
        guard position == end, remaining == 0 else { return }
        let all = lengths + [totalLength]
        out.append(
          Candidate(
            lengths: all, values: values + [total], rowFailures: 0,
            implausibility: Candidate.implausibility(lengths: all, values: values + [total], rowEnds: [count])))
        return
      }
      let cellsLeft = parts - cell
      let maxLength = digits[position] == 0x30 ? 1 : min(18, end - position - (cellsLeft - 1))
      guard maxLength >= 1 else { return }
      for length in 1...maxLength {
        let value = number(position, length)
        guard value <= remaining else { break }
        let rest = end - position - length
        guard least(rest, cellsLeft - 1) <= remaining - value else { continue }
        lengths.append(length)
        values.append(value)
        visit(position + length, end: end, remaining: remaining - value, total: total, totalLength: totalLength)
        lengths.removeLast()
        values.removeLast()
      }
    }
    let longestTotal = min(18, digits.count - parts)
    guard longestTotal >= 1 else { return [] }
    for totalLength in 1...longestTotal {
      let start = digits.count - totalLength
      guard totalLength == 1 || digits[start] != 0x30 else { continue }
      let total = number(start, totalLength)
      visit(0, end: start, remaining: total, total: total, totalLength: totalLength)
    }
    return out
  }

  private func enumerate(
    _ digits: [UInt8], count: Int, rowEnds: [Int], checks: [[RowCheck]], prune: Bool, cap: Int, budget: inout Budget
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
      guard out.count < cap, budget.spend() else { return }
      let cell = lengths.count
      if cell == count {
        if position == digits.count {
          let implausibility = Candidate.implausibility(lengths: lengths, values: values, rowEnds: rowEnds)
          out.append(Candidate(lengths: lengths, values: values, rowFailures: failures, implausibility: implausibility))
        }
        return
      }
      let remainingCells = count - cell
      let maxLength = min(Self.longestCell(digits, at: position), 18, digits.count - position - (remainingCells - 1))
      guard maxLength >= 1 else { return }
      // A minus is never a cell on its own: a signed cell holds a digit too.
      var minLength = digits[position] == Self.minus ? 2 : 1
      if remainingCells == 1 {
        // The last cell takes every digit left.
        minLength = digits.count - position
      } else if digits[position] == Self.blank {
        // A blank is one cell, whatever an identity would make it.
        visitCell(1, cell: cell, position: position)
        return
      } else if prune, let length = forcedLength(cell: cell, position: position) {
        // A row total whose parts are all placed: its digits are known.
        guard length <= maxLength else { return }
        guard forcedMatches(length: length, cell: cell, position: position) else { return }
        visitCell(length, cell: cell, position: position)
        return
      }
      guard minLength <= maxLength else { return }
      for length in minLength...maxLength {
        visitCell(length, cell: cell, position: position)
      }
    }
    /// The digit length of the total at `cell`, when an identity of its row
    /// makes it the sum of cells already placed.
    func forcedLength(cell: Int, position: Int) -> Int? {
      guard let total = forcedValue(cell: cell) else { return nil }
      return String(total).utf8.count
    }
    func forcedValue(cell: Int) -> Int? {
      guard let row = rowEnds.firstIndex(where: { $0 > cell }) else { return nil }
      let rowStart = row == 0 ? 0 : rowEnds[row - 1]
      let local = cell - rowStart
      for check in checks[row] where check.identity.relation == .equal && check.lhs == [local] {
        guard check.rhs.allSatisfy({ $0 < local }) else { continue }
        var sum = 0
        for p in check.rhs {
          let (next, overflow) = sum.addingReportingOverflow(values[rowStart + p])
          guard !overflow else { return nil }
          sum = next
        }
        return sum
      }
      return nil
    }
    func forcedMatches(length: Int, cell: Int, position: Int) -> Bool {
      guard let total = forcedValue(cell: cell), position + length <= digits.count else { return false }
      return Array(String(total).utf8) == Array(digits[position..<(position + length)])
    }
    func visitCell(_ length: Int, cell: Int, position: Int) {
      let value = Self.cellValue(digits, position, length)
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
  func combine(
    _ units: [Unit], candidates: [[Candidate]], fixed: ReportTable, hints: [Hint], budget: inout Budget
  ) -> Choice {
    var best: (failures: Int, misses: Int, implausibility: Int, picks: [Int])?
    var picks: [Int] = []
    /// Combinations that break nothing, as found.
    var balanced: [[Int]] = []
    var table = fixed
    var matrix = Matrix(fixed, template: template)
    let rowPositions = Dictionary(uniqueKeysWithValues: template.rows.enumerated().map { ($1.key, $0) })
    let hintCells: [(Int, Int, Int)] = hints.compactMap { hint in
      guard let r = rowPositions[hint.row],
        let c = template.columnKeys(of: template.rows[r]).firstIndex(of: hint.column)
      else { return nil }
      return (r, c, hint.value)
    }
    let splittable = units.indices.filter { !candidates[$0].isEmpty }
    func place(_ unitIndex: Int, _ candidate: Candidate) {
      var offset = 0
      for rowIndex in units[unitIndex].rows {
        let count = template.columnKeys(of: template.rows[rowIndex]).count
        matrix.set(row: rowIndex, candidate.values[offset..<min(candidate.values.count, offset + count)])
        offset += count
      }
    }
    /// Writes the matrix's split cells into `table` for the final report.
    func commit() {
      for unit in units {
        for rowIndex in unit.rows {
          let key = template.rows[rowIndex].key
          guard let position = table.rows.firstIndex(where: { $0.key == key }) else { continue }
          for c in table.rows[position].cells.indices {
            table.rows[position].cells[c].value = matrix.value(rowIndex, c)
            table.rows[position].cells[c].state = .value
          }
        }
      }
    }
    func visit(_ depth: Int, rowFailures: Int, implausibility: Int) {
      guard budget.spend(8) else { return }
      if let best, rowFailures > best.failures { return }
      guard depth < splittable.count else {
        let failures = rowFailures + matrix.failures()
        if failures == 0, balanced.count < 16 { balanced.append(picks) }
        let misses = hintCells.filter { matrix.value($0.0, $0.1) != $0.2 }.count
        if best == nil
          || (failures, misses, implausibility) < (best?.failures ?? 0, best?.misses ?? 0, best?.implausibility ?? 0)
        {
          best = (failures, misses, implausibility, picks)
        }
        return
      }
      let unitIndex = splittable[depth]
      for (index, candidate) in candidates[unitIndex].enumerated() {
        place(unitIndex, candidate)
        picks.append(index)
        visit(
          depth + 1, rowFailures: rowFailures + candidate.rowFailures,
          implausibility: implausibility + candidate.implausibility)
        picks.removeLast()
      }
    }
    visit(0, rowFailures: 0, implausibility: 0)
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
        // Other combinations that break nothing and differ in this unit.
        var alternatives = Array(Set(balanced.map { $0[depth] }).subtracting([chosen])).sorted()
        for (index, candidate) in candidates[unitIndex].enumerated().prefix(256)
        where index != chosen && candidate.rowFailures == 0 {
          guard budget.spend(8) else { break }
          place(unitIndex, candidate)
          if matrix.failures() == 0, !alternatives.contains(index) { alternatives.append(index) }
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
              + shown.joined(separator: ", ") + "; took " + (shown.first ?? "")
              + (hints.isEmpty || best.misses > 0 ? "" : ", which the prose supports")))
      }
    } else if best.failures > 0 {
      commit()
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
