// The union of several templates' cells in template order. Editions of one
// table differ by a few rows or columns (2021 splits （六）其他处理 into three
// rows and renames table 2's columns); a key that only a later edition has
// goes right after the key it follows there, so related cells stay together.

extension CSVExport {
  static func cellColumns(of templates: [TableTemplate]) -> [String] {
    var tableOrder: [String] = []
    var rowsByTable: [String: [String]] = [:]
    var columnsByRow: [String: [String]] = [:]
    for template in templates {
      if rowsByTable[template.key] == nil {
        tableOrder.append(template.key)
        rowsByTable[template.key] = []
      }
      rowsByTable[template.key] = merged(rowsByTable[template.key] ?? [], template.rows.map(\.key))
      for row in template.rows {
        let id = template.key + "." + row.key
        columnsByRow[id] = merged(columnsByRow[id] ?? [], template.columnKeys(of: row))
      }
    }
    var columns: [String] = []
    for table in tableOrder {
      for row in rowsByTable[table] ?? [] {
        let id = table + "." + row
        for column in columnsByRow[id] ?? [] { columns.append(id + "." + column) }
      }
    }
    return columns
  }

  /// `base` with the keys of `addition` it lacks, each inserted after the
  /// key that precedes it in `addition` and the keys only `base` has that
  /// follow that one, or at the end when nothing precedes it.
  static func merged(_ base: [String], _ addition: [String]) -> [String] {
    var result = base
    var previous: String?
    for key in addition {
      if !result.contains(key) {
        if let previous, var index = result.firstIndex(of: previous) {
          index += 1
          // Keys only the earlier templates have stay with their predecessor.
          while index < result.count, !addition.contains(result[index]) { index += 1 }
          result.insert(key, at: index)
        } else {
          result.append(key)
        }
      }
      previous = key
    }
    return result
  }
}
