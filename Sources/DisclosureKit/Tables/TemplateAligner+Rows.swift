// Reading a template's rows out of the item stream: find each row label,
// take the values that follow it.

extension TemplateAligner {
  /// What was read for one template row.
  struct RowRead: Sendable {
    var labelRange: SourceRange
    var values: [TableItem]
    var glued: TableItem.Glued?
    /// The indices of the label and of the last item read, in the stream.
    var first: Int
    var last: Int
  }

  /// The most labels skipped between a row label and its values: a label
  /// wrapped onto a second line, a header between a group label and its row.
  static let maxSkippedLabels = 3

  /// What ``readRows(_:matcher:subtotals:)`` found: the template's rows,
  /// and the optional subtotal rows the source printed, by subtotal index.
  struct RowReads: Sendable {
    var rows: [Int: RowRead] = [:]
    var subtotals: [Int: RowRead] = [:]
  }

  /// Reads every template row and every subtotal row found in `items`;
  /// the first occurrence with values wins.
  func readRows(_ items: [TableItem], matcher: LabelMatcher, subtotals: SubtotalMatcher) -> RowReads {
    var reads = RowReads()
    // The group label last seen, as an index into the matcher's groups.
    var group: Int?
    // The row subtotal whose block the rows last read belong to.
    var block: Int?
    var i = 0
    // Items are read in place (`items[i].key`): most are labels of prose
    // that name nothing, and copying each would retain its strings.
    while i < items.count {
      guard items[i].kind == .label else {
        i += 1
        continue
      }
      if let found = matcher.group(forKey: items[i].key) {
        group = found
      }
      // Digits glued to a label stand for a run-together row only when there
      // are enough of them for its cells and no counting word follows.
      let hasGlued = items[i].glued.map { !$0.isCount } ?? false
      // A label whose key can equal no key of any template (nor, without
      // glued digits, end with one) names nothing here either.
      guard items[i].mayName || hasGlued && items[i].maySuffix else {
        i += 1
        continue
      }
      guard let rowIndex = matcher.row(forKey: items[i].key, group: group, suffix: hasGlued) else {
        if !subtotals.isEmpty {
          if let subtotal = subtotals.row(forKey: items[i].key, block: block), reads.subtotals[subtotal] == nil {
            let (values, end) = values(after: i, in: items, matcher: matcher, group: group, stopAtLabels: false)
            if !values.isEmpty {
              reads.subtotals[subtotal] = RowRead(
                labelRange: items[i].range, values: values, glued: nil, first: i, last: max(i, end - 1))
              i = max(i + 1, end)
              continue
            }
          }
          if let opened = subtotals.block(forKey: items[i].key) { block = opened }
        }
        i += 1
        continue
      }
      let item = items[i]
      let glued = hasGlued ? item.glued : nil
      if matcher.template.rows[rowIndex].group == nil, matcher.group(forKey: item.key) == nil { group = nil }
      block = subtotals.block(ofRow: matcher.template.rows[rowIndex].key)
      let isAlsoColumn = matcher.column(forKey: item.key) != nil
      let (values, j) = values(
        after: i, in: items, matcher: matcher, group: group, stopAtLabels: glued != nil || isAlsoColumn)
      let cells = matcher.template.columnKeys(of: matcher.template.rows[rowIndex]).count
      let usable = glued.flatMap { $0.digits.count >= cells ? $0 : nil }
      let hasData = !values.isEmpty || usable != nil
      // A row read from glued digits yields to a later reading of the row
      // with separate values: prose before a table may name a row label.
      let replaces = reads.rows[rowIndex].map { $0.values.isEmpty && values.count == cells } ?? true
      if hasData, replaces {
        reads.rows[rowIndex] = RowRead(
          labelRange: item.range, values: values, glued: usable, first: i, last: max(i, j - 1))
        i = max(i + 1, j)
      } else {
        i += 1
      }
    }
    return reads
  }

  /// The values that follow the label at `index`, and the index after the
  /// last item looked at. A label in a row of cells owns the values of its
  /// row only; with `stopAtLabels` the first label ends the scan, otherwise
  /// up to ``maxSkippedLabels`` labels that name no row are skipped.
  private func values(
    after index: Int, in items: [TableItem], matcher: LabelMatcher, group: Int?, stopAtLabels: Bool
  ) -> ([TableItem], Int) {
    let structured = items[index].rowIsStructured
    let row = items[index].row
    var values: [TableItem] = []
    var skipped = 0
    var j = index + 1
    scan: while j < items.count {
      switch items[j].kind {
      case .value:
        if structured, items[j].row != row { break scan }
        if let last = values.last, last.rowIsStructured, items[j].row != last.row { break scan }
        values.append(items[j])
      case .label:
        if !values.isEmpty || stopAtLabels { break scan }
        if items[j].mayName {
          let key = items[j].key
          if matcher.row(forKey: key, group: matcher.group(forKey: key) ?? group) != nil { break scan }
        }
        skipped += 1
        if skipped > Self.maxSkippedLabels { break scan }
      }
      j += 1
    }
    return (values, j)
  }

  /// The template columns of a structured row's values, read from the
  /// header labels above it: grid column → template column index.
  func headerMap(before index: Int, in items: [TableItem], matcher: LabelMatcher) -> [Int: Int] {
    let lower = max(0, index - 400)
    // Header rows hold labels only; a row label such as `（七）总计` is no header.
    let valueRows = Set(items[lower..<index].filter { $0.kind == .value && !$0.text.isEmpty }.map(\.row))
    var map: [Int: Int] = [:]
    var k = index - 1
    while k >= lower, items[k].rowIsStructured {
      let item = items[k]
      if item.kind == .label, !valueRows.contains(item.row), map[item.column] == nil,
        let column = matcher.column(forKey: item.key)
      {
        map[item.column] = column
      }
      k -= 1
    }
    return map
  }
}
