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
      if let found = matcher.group(for: item.text) {
        group = found
      }
      guard let rowIndex = matcher.row(for: item.text, group: group) else {
        i += 1
        continue
      }
      if matcher.template.rows[rowIndex].group == nil, matcher.group(for: item.text) == nil { group = nil }
      let isAlsoColumn = matcher.column(for: item.text) != nil
      var values: [TableItem] = []
      var skipped = 0
      var j = i + 1
      scan: while j < items.count {
        let next = items[j]
        switch next.kind {
        case .value:
          if item.rowIsStructured, next.row != item.row, !values.isEmpty || item.glued != nil { break scan }
          if let last = values.last, last.rowIsStructured, next.row != last.row { break scan }
          values.append(next)
        case .label:
          if !values.isEmpty || item.glued != nil || isAlsoColumn { break scan }
          if matcher.row(for: next.text, group: matcher.group(for: next.text) ?? group) != nil { break scan }
          skipped += 1
          if skipped > Self.maxSkippedLabels { break scan }
        }
        j += 1
      }
      let hasData = !values.isEmpty || item.glued != nil
      if hasData, reads[rowIndex] == nil {
        reads[rowIndex] = RowRead(
          labelRange: item.range, values: values, glued: item.glued, first: i, last: max(i, j - 1))
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
    var map: [Int: Int] = [:]
    var k = index - 1
    var seen = 0
    while k >= 0, seen < 400, items[k].rowIsStructured {
      let item = items[k]
      if item.kind == .label, map[item.column] == nil, let column = matcher.column(for: item.text) {
        map[item.column] = column
      }
      k -= 1
      seen += 1
    }
    return map
  }
}
