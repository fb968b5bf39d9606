// The JSON shape of tables (output.md): an object keyed by table key; a
// `rows` table is `{"edition": 2019, "rows": {row: {column: value|null}}}`,
// a `blocks` table is `{block: {column: value|null}}`. Decoding restores rows
// and cells in key order, since JSON objects carry no order.

struct _DynamicKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension ReportTable {
  /// The `tables` object of a report.
  struct Collection: Codable {
    var tables: [ReportTable]
    init(_ tables: [ReportTable]) { self.tables = tables }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: _DynamicKey.self)
      for table in tables {
        let key = _DynamicKey(table.key)
        switch table.layout {
        case .rows:
          var nested = container.nestedContainer(keyedBy: _DynamicKey.self, forKey: key)
          if let edition = table.edition { try nested.encode(edition, forKey: _DynamicKey("edition")) }
          var rows = nested.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("rows"))
          try ReportTable.encodeRows(table.rows, into: &rows)
          try table.encodeSubtotals(into: &nested)
        case .blocks:
          var nested = container.nestedContainer(keyedBy: _DynamicKey.self, forKey: key)
          try ReportTable.encodeRows(table.rows, into: &nested)
        }
      }
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: _DynamicKey.self)
      var tables: [ReportTable] = []
      for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
        let nested = try container.nestedContainer(keyedBy: _DynamicKey.self, forKey: key)
        if nested.contains(_DynamicKey("rows")) {
          let edition = try nested.decodeIfPresent(Int.self, forKey: _DynamicKey("edition"))
          let rows = try nested.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey("rows"))
          var table = ReportTable(
            key: key.stringValue, edition: edition, layout: .rows, rows: try ReportTable.decodeRows(rows))
          try table.decodeSubtotals(from: nested)
          tables.append(table)
        } else {
          tables.append(
            ReportTable(key: key.stringValue, edition: nil, layout: .blocks, rows: try ReportTable.decodeRows(nested)))
        }
      }
      self.tables = tables
    }
  }

  static func encodeRows(_ rows: [Row], into container: inout KeyedEncodingContainer<_DynamicKey>) throws {
    for row in rows {
      var cells = container.nestedContainer(keyedBy: _DynamicKey.self, forKey: _DynamicKey(row.key))
      for cell in row.cells {
        try cells.encode(cell.value, forKey: _DynamicKey(cell.column))
      }
    }
  }

  static func decodeRows(_ container: KeyedDecodingContainer<_DynamicKey>) throws -> [Row] {
    try container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }).map { rowKey in
      let cells = try container.nestedContainer(keyedBy: _DynamicKey.self, forKey: rowKey)
      let decoded = try cells.allKeys.sorted(by: { $0.stringValue < $1.stringValue }).map { column in
        let value = try cells.decodeIfPresent(Int.self, forKey: column)
        return Cell(column: column.stringValue, value: value, state: value == nil ? .blank : .value)
      }
      return Row(key: rowKey.stringValue, cells: decoded)
    }
  }
}

extension ReportTable {
  /// The additive `evidence` object of a report: every cell's range in the
  /// normalised text under `table.row.column`, so a consumer of the JSON can
  /// show where a value was read. Cells with no range are left out.
  struct Evidence: Codable {
    var ranges: [String: SourceRange]

    init(_ tables: [ReportTable]) {
      var ranges: [String: SourceRange] = [:]
      for table in tables {
        for row in table.rows + table.subtotalRows {
          for cell in row.cells + row.subtotalCells {
            if let range = cell.range { ranges[table.key + "." + row.key + "." + cell.column] = range }
          }
        }
      }
      self.ranges = ranges
    }

    init(from decoder: any Decoder) throws {
      ranges = try decoder.singleValueContainer().decode([String: SourceRange].self)
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(ranges)
    }

    /// Puts the ranges back on the cells of `tables`.
    func apply(to tables: inout [ReportTable]) {
      for t in tables.indices {
        let table = tables[t].key
        apply(to: &tables[t].rows, table: table)
        apply(to: &tables[t].subtotalRows, table: table)
      }
    }

    private func apply(to rows: inout [Row], table: String) {
      for r in rows.indices {
        let prefix = table + "." + rows[r].key + "."
        for c in rows[r].cells.indices {
          if let range = ranges[prefix + rows[r].cells[c].column] { rows[r].cells[c].range = range }
        }
        for c in rows[r].subtotalCells.indices {
          if let range = ranges[prefix + rows[r].subtotalCells[c].column] { rows[r].subtotalCells[c].range = range }
        }
      }
    }
  }
}
