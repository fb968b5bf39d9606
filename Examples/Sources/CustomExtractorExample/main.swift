import DisclosureKit

// Register the custom extractor next to the built-ins: every extractor scores
// the report and the best one wins.
var parser = ReportParser()
parser.register(PublicEnterpriseExtractor())

let report: AnnualReport
do {
  report = try parser.parse(string: sampleReport, name: "sample-2022.txt")
} catch {
  print("The sample could not be read: \(error)")
  throw error
}

print("template:   \(report.template)")
print("extractor:  \(report.extractor)  (confidence \(report.confidence))")
for (id, score) in report.scores.sorted(by: { $0.key < $1.key }) {
  print("  score \(id): \(score)")
}

if let table = report.table(PublicEnterpriseExtractor.table5.key) {
  print("\ntable 5 (\(table.key)):")
  for row in table.rows {
    let cells = row.cells.map { "\($0.column)=\($0.value.map(String.init) ?? "blank")" }
    print("  \(row.key): \(cells.joined(separator: " "))")
  }
  // Every value keeps its evidence: the text it was read from and where.
  if let cell = table[row: "total"]?["items"], let range = cell.range {
    print("\n合计 / 主动公开信息条数 = \(cell.value.map(String.init) ?? "blank"), read from \"\(report.text(of: range))\"")
    print("  at UTF-8 bytes \(range.start)..<\(range.end) of the normalised text")
  }
} else {
  print("\ntable 5 was not found")
}

print("\ndiagnostics:")
if report.diagnostics.isEmpty { print("  none") }
for diagnostic in report.diagnostics {
  print("  \(diagnostic.severity.rawValue) \(diagnostic.code): \(diagnostic.message)")
}
