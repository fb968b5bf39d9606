// Reading a `.blocks` table (table 4): a two-level header of blocks ×
// columns, then ONE row holding every cell in block order.

extension TemplateAligner {
  enum BlockRead {
    case values([TableItem], anchor: SourceRange)
    case glued(TableItem.Glued, anchor: SourceRange)
  }

  /// The most items scanned after the first block label for the value row.
  static let maxBlockScan = 400

  /// Finds the first block label, then the first run of exactly the
  /// template's cell count of values (or a digit run glued to a header
  /// label) after it. `nil` when there is none: the caller then reads the
  /// blocks as labelled rows.
  func readBlocks(_ items: [TableItem], matcher: LabelMatcher) -> BlockRead? {
    let count = matcher.template.cellCount
    guard count > 0 else { return nil }
    var start = 0
    while start < items.count {
      guard
        let anchor = items[start...].firstIndex(where: { $0.kind == .label && matcher.containsRowLabel(key: $0.key) })
      else { return nil }
      var run: [TableItem] = []
      var k = anchor
      let end = min(items.count, anchor + Self.maxBlockScan)
      while k < end {
        let item = items[k]
        if item.kind == .value {
          // A row of cells starts a run of its own: the blank cells that pad
          // a header row (`| 行政诉讼 | | | |`) are not the first values.
          if let last = run.last, last.rowIsStructured, item.rowIsStructured, last.row != item.row {
            if run.count == count { return .values(run, anchor: items[anchor].range) }
            run = []
          }
          run.append(item)
        } else {
          if run.count == count { return .values(run, anchor: items[anchor].range) }
          run = []
          if let glued = item.glued, glued.digits.count >= count, k + 1 >= items.count || items[k + 1].kind == .label {
            return .glued(glued, anchor: items[anchor].range)
          }
        }
        k += 1
      }
      if run.count == count { return .values(run, anchor: items[anchor].range) }
      start = anchor + 1
    }
    return nil
  }
}
