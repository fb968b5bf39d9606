// The JSON of the subtotals a report printed beside the statutory keys: an
// additive `subtotals` object on a `rows` table, present only when there is
// one, so the statutory `rows` keep exactly the keys of templates.md:
// `{"rows": {"denied.subtotal": {column: value|null}},
//   "columns": {"legalPersons.subtotal": {row: value|null}}}`.

extension ReportTable {
  func encodeSubtotals(into container: inout KeyedEncodingContainer<_DynamicKey>) throws {
    let columnKeys = (rows + subtotalRows).flatMap { $0.subtotalCells.map(\.column) }
    guard !subtotalRows.isEmpty || !columnKeys.isEmpty else { return }
    var subtotals = container.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("subtotals"))
    if !subtotalRows.isEmpty {
      var nested = subtotals.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("rows"))
      try ReportTable.encodeRows(subtotalRows.map { Row(key: $0.key, cells: $0.cells) }, into: &nested)
    }
    guard !columnKeys.isEmpty else { return }
    var columns = subtotals.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("columns"))
    var seen: Set<String> = []
    for column in columnKeys where seen.insert(column).inserted {
      var cells = columns.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey(column))
      for row in rows + subtotalRows {
        if let cell = row.subtotalCells.first(where: { $0.column == column }) {
          try cells.encode(cell.value, forKey: _DynamicKey(row.key))
        }
      }
    }
  }

  mutating func decodeSubtotals(from container: KeyedDecodingContainer<_DynamicKey>) throws {
    guard container.contains(_DynamicKey("subtotals")) else { return }
    let subtotals = try container.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("subtotals"))
    if subtotals.contains(_DynamicKey("rows")) {
      subtotalRows = try ReportTable.decodeRows(
        subtotals.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("rows")))
    }
    guard subtotals.contains(_DynamicKey("columns")) else { return }
    let columns = try subtotals.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("columns"))
    for column in columns.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
      let cells = try columns.nestedContainer(keyedBy: _DynamicKey.self, forKey: column)
      for rowKey in cells.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
        let value = try cells.decodeIfPresent(Int.self, forKey: rowKey)
        let cell = Cell(column: column.stringValue, value: value, state: value == nil ? .blank : .value)
        if let r = rows.firstIndex(where: { $0.key == rowKey.stringValue }) {
          rows[r].subtotalCells.append(cell)
        } else if let r = subtotalRows.firstIndex(where: { $0.key == rowKey.stringValue }) {
          subtotalRows[r].subtotalCells.append(cell)
        }
      }
    }
  }
}
