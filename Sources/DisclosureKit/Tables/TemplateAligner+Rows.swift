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

  /// Reads every template row found in `items`; the first occurrence with
  /// values wins.
  func readRows(_ items: [TableItem], matcher: LabelMatcher) -> [Int: RowRead] {
    var reads: [Int: RowRead] = [:]
    var group: String?
    var i = 0
    while i < items.count {
      let item = items[i]
      guard item.kind == .label else {
        i += 1
        continue
      }
      if let found = matcher.group(forKey: item.key) {
        group = found
      }
      // Digits glued to a label stand for a run-together row only when there
      // are enough of them for its cells and no counting word follows.
      let glued = item.glued.flatMap { glued -> TableItem.Glued? in
        glued.isCount ? nil : glued
      }
      guard let rowIndex = matcher.row(forKey: item.key, group: group, suffix: glued != nil) else {
        i += 1
        continue
      }
      if matcher.template.rows[rowIndex].group == nil, matcher.group(forKey: item.key) == nil { group = nil }
      let isAlsoColumn = matcher.column(forKey: item.key) != nil
      var values: [TableItem] = []
      var skipped = 0
      var j = i + 1
      scan: while j < items.count {
        let next = items[j]
        switch next.kind {
        case .value:
          // A label in a row of cells owns the values of its row only.
          if item.rowIsStructured, next.row != item.row { break scan }
          if let last = values.last, last.rowIsStructured, next.row != last.row { break scan }
          values.append(next)
        case .label:
          if !values.isEmpty || glued != nil || isAlsoColumn { break scan }
          if matcher.row(forKey: next.key, group: matcher.group(forKey: next.key) ?? group) != nil { break scan }
          skipped += 1
          if skipped > Self.maxSkippedLabels { break scan }
        }
        j += 1
      }
      let cells = matcher.template.columnKeys(of: matcher.template.rows[rowIndex]).count
      let usable = glued.flatMap { $0.digits.count >= cells ? $0 : nil }
      let hasData = !values.isEmpty || usable != nil
      // A row read from glued digits yields to a later reading of the row
      // with separate values: prose before a table may name a row label.
      let replaces = reads[rowIndex].map { $0.values.isEmpty && values.count == cells } ?? true
      if hasData, replaces {
        reads[rowIndex] = RowRead(
          labelRange: item.range, values: values, glued: usable, first: i, last: max(i, j - 1))
        i = max(i + 1, j)
      } else {
        i += 1
      }
    }
    return reads
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
