/// Finds a template's optional subtotal rows and columns (``TableTemplate/Subtotal``)
/// among a table's labels.
///
/// A bare `小计` names nothing by itself, so where it stands decides what
/// it is: in the column headers it is a subtotal column; after a row of a
/// block (`属于国家秘密`) or the block's own label (`（三）不予公开`) it is
/// that block's subtotal row.
struct SubtotalMatcher: Sendable {
  let subtotals: [TableTemplate.Subtotal]
  /// Per subtotal, the comparison keys of its labels and of its block labels.
  private let labelKeys: [_KeyTable<Bool>]
  private let blockKeys: [_KeyTable<Bool>]
  private let blockKeyTexts: [[String]]
  /// Row key → the row subtotal whose parts include it.
  private let blockOfRow: [String: Int]
  /// The longest label or block label key, in UTF-8 bytes: a longer key (a
  /// line of prose) names none and is not hashed.
  private let longestKey: Int

  init(_ template: TableTemplate) {
    subtotals = template.subtotals
    let labels = template.subtotals.map { $0.labels.map(LabelMatcher.key) }
    let blocks = template.subtotals.map { $0.blockLabels.map(LabelMatcher.key) }
    labelKeys = labels.map { _KeyTable(set: $0) }
    blockKeys = blocks.map { _KeyTable(set: $0) }
    blockKeyTexts = blocks.map { $0.map(\.text) }
    var blockOfRow: [String: Int] = [:]
    for (index, subtotal) in template.subtotals.enumerated() where subtotal.axis == .row {
      for part in subtotal.parts where blockOfRow[part] == nil { blockOfRow[part] = index }
    }
    self.blockOfRow = blockOfRow
    longestKey = (labels + blocks).flatMap { $0 }.map(\.byteCount).max() ?? 0
  }

  var isEmpty: Bool { subtotals.isEmpty }

  /// The row subtotal a block label (`不予公开`) opens, if the key is one.
  func block(forKey key: LabelKey) -> Int? {
    guard key.byteCount <= longestKey else { return nil }
    return subtotals.indices.first { subtotals[$0].axis == .row && blockKeys[$0].contains(key) }
  }

  /// The row subtotal whose parts include the template row `rowKey`.
  func block(ofRow rowKey: String) -> Int? { blockOfRow[rowKey] }

  /// The row subtotal a label of comparison key `key` names, given the block
  /// the rows last read belong to: a label that names its block (`不予公开小计`)
  /// wherever it stands, a bare `小计` only inside the block.
  func row(forKey key: LabelKey, block: Int?) -> Int? {
    guard key.byteCount <= longestKey else { return nil }
    if let block, block < labelKeys.count, labelKeys[block].contains(key) { return block }
    return subtotals.indices.first { index in
      subtotals[index].axis == .row && labelKeys[index].contains(key)
        && blockKeyTexts[index].contains { key.text.count > $0.count && key.text.utf8Contains($0) }
    }
  }

  /// The column subtotals the header labels `keys` (in text order) print,
  /// each with where it stands among `columnKeys`: after its parts, or
  /// before them when the header names it before the first of them.
  ///
  /// - Parameter columnKeys: A row's template column keys, in order.
  func columns(inHeader keys: [LabelKey], columnKeys: [String], matcher: LabelMatcher) -> [(subtotal: Int, slot: Int)] {
    var found: [(subtotal: Int, slot: Int)] = []
    for (index, subtotal) in subtotals.enumerated() where subtotal.axis == .column {
      guard let at = keys.lastIndex(where: { labelKeys[index].contains($0) }) else { continue }
      let partPositions = subtotal.parts.compactMap { columnKeys.firstIndex(of: $0) }
      guard let firstPart = partPositions.min(), let lastPart = partPositions.max() else { continue }
      let firstPartLabel = keys.firstIndex { key in
        matcher.column(forKey: key).map { subtotal.parts.contains(matcher.template.columns[$0].key) } ?? false
      }
      let before = firstPartLabel.map { at < $0 } ?? false
      found.append((index, before ? firstPart : lastPart + 1))
    }
    return found.sorted { $0.slot < $1.slot }
  }
}
