// Turning what was read into a ReportTable: cells under their column keys,
// run-together digits split, and the diagnostics of what was odd.

extension TemplateAligner {
  /// A row's cells before they become ``ReportTable/Cell``s.
  typealias CellSource = (text: String, range: SourceRange?, state: ReportTable.CellState?)

  func assemble(
    _ reads: [Int: RowRead], subtotalReads: [Int: RowRead] = [:], units presetUnits: [RunTogetherSplitter.Unit],
    items: [TableItem], matcher: LabelMatcher, subtotals: SubtotalMatcher
  ) -> Alignment? {
    let template = matcher.template
    var diagnostics: [Diagnostic] = []
    var sources: [Int: [CellSource?]] = [:]
    var subtotalSources: [Int: SubtotalSources] = [:]
    var units = presetUnits
    var consumed: [SourceRange] = []
    let slots = subtotalColumns(
      firstRow: reads.values.map(\.first).min() ?? 0, items: items, matcher: matcher, subtotals: subtotals)
    for (index, row) in template.rows.enumerated() {
      guard let read = reads[index] else { continue }
      consumed.append(read.labelRange)
      consumed += read.values.map(\.range)
      if let glued = read.glued { consumed.append(glued.range) }
      if units.contains(where: { $0.rows.contains(index) }) { continue }
      let keys = template.columnKeys(of: row)
      var values = read.values
      // Blank cells past the row's end pad a row to the table's widest
      // (`| 行政事业性收费 | 8 | 0 | |`): no values, nothing to align.
      while values.count > keys.count, let last = values.last, last.text.allSatisfy(\.isWhitespace) {
        values.removeLast()
      }
      if values.count == keys.count {
        sources[index] = values.map { ($0.text, $0.range, nil) }
      } else if values.isEmpty, let glued = read.glued {
        units.append(RunTogetherSplitter.Unit(glued: glued, rows: [index]))
      } else if let glued = read.glued, values.count == keys.count - 1, Int(glued.digits) != nil,
        glued.digits.count == 1 || !glued.digits.hasPrefix("0")
      {
        // `规章0 | 0 | 0`: the first value stuck to its label.
        sources[index] = [(glued.digits + glued.unit, glued.range, nil)] + values.map { ($0.text, $0.range, nil) }
      } else if row.columns == nil,
        let split = splittingSubtotalColumns(values, keys: keys, slots: slots, subtotals: subtotals)
      {
        sources[index] = split.cells
        subtotalSources[index] = split.subtotals
      } else {
        let mapped = mapByHeaders(read, keys: keys, items: items, matcher: matcher, diagnostics: &diagnostics)
        sources[index] = mapped
        diagnostics.append(
          Diagnostic(
            .cellCountMismatch, .warning,
            "Row \(row.key) of \(template.key) has \(values.count) values for \(keys.count) cells"
              + (mapped.contains { $0 != nil } ? "; aligned by column headers" : "; its cells are left empty")
              + ": \(values.map(\.text).joined(separator: " "))",
            zh: "\(template.key) 表 \(row.key) 行有 \(values.count) 个值，模板为 \(keys.count) 格",
            location: Diagnostic.Location(table: template.key, row: row.key, range: read.labelRange)))
      }
    }
    // Rows whose digits ran together: the splitter reports their unreadable digits itself.
    var splitRows: Set<String> = []
    if !units.isEmpty {
      for unit in units { for rowIndex in unit.rows { splitRows.insert(template.rows[rowIndex].key) } }
      let fixed = buildTable(template, sources: sources, reads: reads)
      let splitter = RunTogetherSplitter(template: template, limits: limits)
      let firstRead = reads.values.map(\.first).min() ?? 0
      let outcome = splitter.split(units, fixed: fixed, hints: proseHints(matcher, items: items, before: firstRead))
      for (unit, cells) in zip(units, outcome.cells) {
        var offset = 0
        for rowIndex in unit.rows {
          let count = template.columnKeys(of: template.rows[rowIndex]).count
          sources[rowIndex] = Array(cells[offset..<min(cells.count, offset + count)])
          offset += count
        }
      }
      diagnostics += outcome.diagnostics
    }
    let subtotalRows = subtotalRowSources(
      subtotalReads, slots: slots, matcher: matcher, subtotals: subtotals, diagnostics: &diagnostics)
    for row in subtotalRows {
      consumed.append(row.read.labelRange)
      consumed += row.read.values.map(\.range)
    }
    let table = buildTable(
      template, sources: sources, reads: reads, subtotalSources: subtotalSources, subtotalRows: subtotalRows)
    diagnostics += cellDiagnostics(table, template: template, splitRows: splitRows)
    let found = template.rows.indices.filter { sources[$0]?.contains { $0 != nil } == true }
    // One row alone is too little to call a table: prose names row labels.
    guard found.count >= min(2, template.rows.count) else { return nil }
    for (index, row) in template.rows.enumerated() where reads[index] == nil {
      diagnostics.append(
        Diagnostic(
          .rowMissing, .warning, "Row \(row.labels.first ?? row.key) of \(template.key) was not found",
          zh: "未找到 \(template.key) 表的“\(row.labels.first ?? row.key)”行",
          location: Diagnostic.Location(table: template.key, row: row.key)))
    }
    let markers = markersMatched(matcher, reads: reads, items: items)
    let score = Double(found.count) / Double(max(1, template.rows.count)) + 0.25 * Double(markers)
    return Alignment(table: table, score: score, markersMatched: markers, diagnostics: diagnostics, consumed: consumed)
  }

  /// A mismatched row's cells placed by the column headers above it;
  /// values under no template column are reported and dropped.
  private func mapByHeaders(
    _ read: RowRead, keys: [String], items: [TableItem], matcher: LabelMatcher, diagnostics: inout [Diagnostic]
  ) -> [CellSource?] {
    var cells = [CellSource?](repeating: nil, count: keys.count)
    guard read.values.allSatisfy(\.rowIsStructured) else { return cells }
    let map = headerMap(before: read.first, in: items, matcher: matcher)
    guard !map.isEmpty else { return cells }
    var extras: [String] = []
    for value in read.values {
      if let column = map[value.column], let position = keys.firstIndex(of: matcher.template.columns[column].key),
        cells[position] == nil
      {
        cells[position] = (value.text, value.range, nil)
      } else {
        extras.append(value.text.isEmpty ? "(blank)" : value.text)
      }
    }
    if !extras.isEmpty {
      diagnostics.append(
        Diagnostic(
          .extraCells, .info,
          "\(extras.count) value(s) under no column of \(matcher.template.key) were dropped: "
            + extras.joined(separator: " "),
          zh: "丢弃了不属于模板列的 \(extras.count) 个值",
          location: Diagnostic.Location(table: matcher.template.key, range: read.labelRange)))
    }
    return cells
  }

  /// The table of `sources`: absent rows and cells are `.missing`.
  func buildTable(
    _ template: TableTemplate, sources: [Int: [CellSource?]], reads: [Int: RowRead],
    subtotalSources: [Int: SubtotalSources] = [:], subtotalRows: [SubtotalRowSource] = []
  ) -> ReportTable {
    var rows: [ReportTable.Row] = []
    var range: SourceRange?
    for (index, row) in template.rows.enumerated() {
      let labelRange = reads[index]?.labelRange
      let cells = cells(template.columnKeys(of: row), sources[index] ?? [], template: template, range: &range)
      let extra = subtotalSources[index] ?? []
      for cellRange in extra.compactMap(\.source.range) { range = range.map { $0.union(cellRange) } ?? cellRange }
      if let labelRange { range = range.map { $0.union(labelRange) } ?? labelRange }
      rows.append(
        ReportTable.Row(key: row.key, cells: cells, labelRange: labelRange, subtotalCells: subtotalCells(extra)))
    }
    var table = ReportTable(
      key: template.key, edition: template.edition, layout: template.layout, rows: rows, range: range)
    table.subtotalRows = subtotalRows.map { row in
      ReportTable.Row(
        key: row.key, cells: cells(template.columns.map(\.key), row.cells, template: template, range: &range),
        labelRange: row.read.labelRange, subtotalCells: subtotalCells(row.subtotalCells))
    }
    table.range = range
    return table
  }

  /// `given` parsed into the cells of `keys` with their columns' scales;
  /// `range` grows to cover them.
  private func cells(
    _ keys: [String], _ given: [CellSource?], template: TableTemplate, range: inout SourceRange?
  ) -> [ReportTable.Cell] {
    var cells: [ReportTable.Cell] = []
    for (position, key) in keys.enumerated() {
      guard position < given.count, let source = given[position] else {
        cells.append(ReportTable.Cell(column: key, value: nil, state: .missing))
        continue
      }
      let scale = template.columns.first { $0.key == key }?.scale ?? 1
      let parsed = CellValueParser.parse(source.text, scale: scale)
      // A state decided upstream (digits that could not be split) stands.
      cells.append(
        ReportTable.Cell(
          column: key, value: source.state == nil ? parsed.value : nil, state: source.state ?? parsed.state,
          text: source.text, range: source.range))
      if let cellRange = source.range { range = range.map { $0.union(cellRange) } ?? cellRange }
    }
    return cells
  }

  /// One `table.blankCells` for the table, one `table.unreadableCell` per cell.
  private func cellDiagnostics(_ table: ReportTable, template: TableTemplate, splitRows: Set<String>) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var blanks: [String] = []
    for row in table.rows {
      for cell in row.cells {
        switch cell.state {
        case .blank:
          blanks.append("\(row.key).\(cell.column)")
        case .unreadable where splitRows.contains(row.key) && cell.text.allSatisfy(\.isASCIIDigit):
          // Run-together digits that could not be split: the splitter said so once.
          // Elsewhere digits are unreadable because they overflow, and say so here.
          continue
        case .unreadable:
          out.append(
            Diagnostic(
              .unreadableCell, .warning, "Cell \(row.key).\(cell.column) of \(table.key) reads “\(cell.text)”",
              zh: "\(table.key) 表 \(row.key).\(cell.column) 格无法读取：“\(cell.text)”",
              location: Diagnostic.Location(table: table.key, row: row.key, column: cell.column, range: cell.range)))
        case .value, .missing:
          continue
        }
      }
    }
    if !blanks.isEmpty {
      out.insert(
        Diagnostic(
          .blankCells, .warning,
          "\(blanks.count) blank cell(s) in \(table.key) read as null: " + blanks.prefix(20).joined(separator: ", "),
          zh: "\(table.key) 表有 \(blanks.count) 个空白格",
          location: Diagnostic.Location(table: table.key, range: table.range)), at: 0)
    }
    return out
  }

  /// The figures the prose before the table states for the template's
  /// ``TableTemplate/proseCues``: a clause such as `共收到政府信息公开申请23件`.
  func proseHints(_ matcher: LabelMatcher, items: [TableItem], before index: Int) -> [RunTogetherSplitter.Hint] {
    let template = matcher.template
    guard !template.proseCues.isEmpty, index > 0 else { return [] }
    var hints: [RunTogetherSplitter.Hint] = []
    for k in max(0, index - Self.maxHintItems)..<min(index, items.count) where items[k].kind == .label {
      for (cue, phrases) in zip(template.proseCues, matcher.proseCuePhrases)
      where phrases.contains(where: { words in words.allSatisfy { items[k].key.contains($0) } }) {
        var value: Int?
        if let glued = items[k].glued, glued.isCount {
          value = Int(glued.digits)
        } else if k + 1 < items.count, items[k + 1].kind == .value {
          value = CellValueParser.parse(items[k + 1].text).value
        }
        if let value { hints.append(RunTogetherSplitter.Hint(row: cue.row, column: cue.column, value: value)) }
      }
    }
    return hints
  }

  /// How far before a table the prose is searched for hints, in items.
  static let maxHintItems = 300

  /// How many of the template's edition markers stand among the labels
  /// near the rows read (header labels split across lines are joined).
  private func markersMatched(_ matcher: LabelMatcher, reads: [Int: RowRead], items: [TableItem]) -> Int {
    guard !matcher.markerKeys.isEmpty else { return 0 }
    let firsts = reads.values.map(\.first).filter { $0 > 0 || !items.isEmpty }
    guard let lower = firsts.min(), let upper = reads.values.map(\.last).max() else { return 0 }
    let from = max(0, lower - 60)
    let to = min(items.count, max(upper + 1, from))
    // The keys joined, on bytes; without parentheses as `removingParentheses`
    // drops them, which for inert keys is on bytes too.
    var joined: [UInt8] = []
    var inert = true
    for k in from..<to where items[k].kind == .label {
      joined += items[k].key.bytes
      inert = inert && items[k].key.isInert
    }
    guard inert else {
      let text = LabelMatcher.removingParentheses(String(decoding: joined, as: UTF8.self))
      return matcher.markerKeys.filter { text.utf8Contains($0) }.count
    }
    joined.removeAll { $0 == 0x28 || $0 == 0x29 }
    return matcher.markerKeyBytes.filter { _TableBytes.contains(joined, 0, joined.count, $0) }.count
  }
}
