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
  ///
  /// - Parameter anchorBit: The bit of the items' ``TableItem/anchors`` that
  ///   says a label contains one of the matcher's row labels, when the
  ///   reader worked that out for every label once; `nil` to ask the matcher.
  func readBlocks(_ items: [TableItem], matcher: LabelMatcher, anchorBit: UInt8? = nil) -> BlockRead? {
    let count = matcher.template.cellCount
    guard count > 0 else { return nil }
    var start = 0
    // Items are read in place and the run kept as indices: the scan from
    // each anchor passes hundreds of items, copying none.
    func values(_ run: [Int]) -> [TableItem] { run.map { items[$0] } }
    while start < items.count {
      var anchor = start
      func isAnchor(_ k: Int) -> Bool {
        guard items[k].kind == .label else { return false }
        guard let anchorBit else { return matcher.containsRowLabel(key: items[k].key) }
        return items[k].anchors & anchorBit != 0
      }
      while anchor < items.count, !isAnchor(anchor) { anchor += 1 }
      guard anchor < items.count else { return nil }
      var run: [Int] = []
      var k = anchor
      let end = min(items.count, anchor + Self.maxBlockScan)
      while k < end {
        if items[k].kind == .value {
          // A row of cells starts a run of its own: the blank cells that pad
          // a header row (`| 行政诉讼 | | | |`) are not the first values.
          if let last = run.last, items[last].rowIsStructured, items[k].rowIsStructured, items[last].row != items[k].row
          {
            if run.count == count { return .values(values(run), anchor: items[anchor].range) }
            run = []
          }
          run.append(k)
        } else {
          if run.count == count { return .values(values(run), anchor: items[anchor].range) }
          run = []
          // Glued digits are ASCII (digits, `.`, `,`, `-` and single spaces):
          // as many characters as bytes.
          if let glued = items[k].glued, glued.digits.utf8.count >= count,
            k + 1 >= items.count || items[k + 1].kind == .label
          {
            return .glued(glued, anchor: items[anchor].range)
          }
        }
        k += 1
      }
      if run.count == count { return .values(values(run), anchor: items[anchor].range) }
      start = anchor + 1
    }
    return nil
  }
}
