// The optional subtotal rows and columns of a template: where the header
// prints a subtotal column, a row with one value too many is read with the
// subtotal set apart instead of being left empty.

extension TemplateAligner {
  /// A subtotal column's slot among a row's values.
  typealias SubtotalSlot = (subtotal: Int, slot: Int)
  /// A row's cells under subtotal columns, by subtotal key.
  typealias SubtotalSources = [(key: String, source: CellSource)]

  /// How far above the first row the column headers are looked for, in items.
  static let maxHeaderItems = 80

  /// The subtotal columns the headers above the table print, with their slots.
  func subtotalColumns(
    firstRow: Int, items: [TableItem], matcher: LabelMatcher, subtotals: SubtotalMatcher
  ) -> [SubtotalSlot] {
    guard subtotals.subtotals.contains(where: { $0.axis == .column }), firstRow <= items.count else { return [] }
    let header = items[max(0, firstRow - Self.maxHeaderItems)..<firstRow].filter { $0.kind == .label }.map(\.key)
    return subtotals.columns(inHeader: header, columnKeys: matcher.template.columns.map(\.key), matcher: matcher)
  }

  /// `values` split into the template's cells and the subtotal columns'
  /// cells, when there are exactly as many values as both together.
  func splittingSubtotalColumns(
    _ values: [TableItem], keys: [String], slots: [SubtotalSlot], subtotals: SubtotalMatcher
  ) -> (cells: [CellSource?], subtotals: SubtotalSources)? {
    guard !slots.isEmpty, values.count == keys.count + slots.count else { return nil }
    var cells: [CellSource?] = []
    var found: SubtotalSources = []
    for (position, value) in values.enumerated() {
      let source: CellSource = (value.text, value.range, nil)
      if found.count < slots.count, position == slots[found.count].slot + found.count,
        slots[found.count].subtotal < subtotals.subtotals.count
      {
        found.append((subtotals.subtotals[slots[found.count].subtotal].key, source))
      } else {
        cells.append(source)
      }
    }
    guard cells.count == keys.count, found.count == slots.count else { return nil }
    return (cells, found)
  }

  /// The subtotal rows read, as cell sources under the template's columns
  /// (and the subtotal columns), with a diagnostic for a row that fits neither.
  func subtotalRowSources(
    _ reads: [Int: RowRead], slots: [SubtotalSlot], matcher: LabelMatcher, subtotals: SubtotalMatcher,
    diagnostics: inout [Diagnostic]
  ) -> [SubtotalRowSource] {
    let keys = matcher.template.columns.map(\.key)
    var rows: [SubtotalRowSource] = []
    for index in reads.keys.sorted() {
      guard let read = reads[index], index < subtotals.subtotals.count else { continue }
      let key = subtotals.subtotals[index].key
      if read.values.count == keys.count {
        rows.append(SubtotalRowSource(key: key, read: read, cells: read.values.map { ($0.text, $0.range, nil) }))
      } else if let split = splittingSubtotalColumns(read.values, keys: keys, slots: slots, subtotals: subtotals) {
        rows.append(SubtotalRowSource(key: key, read: read, cells: split.cells, subtotalCells: split.subtotals))
      } else {
        diagnostics.append(
          Diagnostic(
            .cellCountMismatch, .warning,
            "Subtotal row \(key) of \(matcher.template.key) has \(read.values.count) values for \(keys.count) cells;"
              + " it is not read: \(read.values.map(\.text).joined(separator: " "))",
            zh: "\(matcher.template.key) 表小计行 \(key) 有 \(read.values.count) 个值，模板为 \(keys.count) 格，未读取",
            location: Diagnostic.Location(table: matcher.template.key, row: key, range: read.labelRange)))
      }
    }
    return rows
  }

  /// A subtotal row's cells before they become a ``ReportTable/Row``.
  struct SubtotalRowSource {
    var key: String
    var read: RowRead
    var cells: [CellSource?]
    var subtotalCells: SubtotalSources = []
  }

  /// `sources` parsed into cells with the columns' scale.
  func subtotalCells(_ sources: SubtotalSources) -> [ReportTable.Cell] {
    sources.map { key, source in
      let parsed = CellValueParser.parse(source.text)
      return ReportTable.Cell(
        column: key, value: parsed.value, state: parsed.state, text: source.text, range: source.range)
    }
  }
}
