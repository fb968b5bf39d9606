import DisclosureKit
import Testing

/// Mangled reports through every check and both renderings: nothing traps,
/// and every diagnostic is complete.
@Suite("ValidationRobustness")
struct ValidationRobustnessTests {
  typealias F = ValidationFixtures

  /// SplitMix64: deterministic, so a failure reproduces.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let pieces = [
    "甲", "\n", "\r\n", "(", ")", "（", "lǐ", "ng", "?", "!", "！", "\u{FFFD}", "<span", "/span>", "&nbsp;", "😀",
    "1", "件", "\t", " ", "锟斤", "拷", "_", "é",
  ]
  static let values = [0, 1, 7, -3, Int.max, Int.min, Int.max / 2]
  static let states: [ReportTable.CellState] = [.value, .blank, .unreadable, .missing]

  static func mangledReport(seed: UInt64) -> AnnualReport {
    var random = Generator(state: seed)
    var text = ""
    for _ in 0..<Int.random(in: 0...80, using: &random) { text += pieces.randomElement(using: &random) ?? "" }
    let length = text.utf8.count
    func range() -> SourceRange? {
      Bool.random(using: &random)
        ? nil
        : SourceRange(
          start: Int.random(in: -4...(length + 8), using: &random),
          end: Int.random(in: -4...(length + 8), using: &random))
    }
    var tables: [ReportTable] = []
    for template in [F.requests2019, F.reviewLitigation, F.activeDisclosure2019, F.activeDisclosure2021]
    where Bool.random(using: &random) {
      var rows: [ReportTable.Row] = []
      for row in template.rows where Int.random(in: 0..<8, using: &random) > 0 {
        let cells = template.columnKeys(of: row).map { column in
          let state = states.randomElement(using: &random) ?? .value
          let value = state == .value ? values.randomElement(using: &random) : nil
          return ReportTable.Cell(column: column, value: value, state: state, range: range())
        }
        rows.append(ReportTable.Row(key: row.key, cells: cells))
      }
      tables.append(
        ReportTable(
          key: template.key, edition: [2019, 2021, nil].randomElement(using: &random) ?? nil, rows: rows, range: range()
        ))
    }
    let facts = ["requestsReceived", "reviewCases", "litigationCases"].map { key in
      Fact(
        key: key, value: [1.5, 3, -2, 9.9e300, .nan].randomElement(using: &random) ?? 0, unit: nil, label: key,
        quote: "", range: range() ?? SourceRange(start: 0, end: 0))
    }
    return F.report(
      tables: tables, text: text, year: [nil, 2018, 2020, 2021].randomElement(using: &random) ?? nil, facts: facts)
  }

  @Test(arguments: 0..<300)
  func mangledReportsYieldCompleteDiagnostics(_ seed: Int) {
    let report = Self.mangledReport(seed: UInt64(seed))
    for check in ReportChecks.all {
      for diagnostic in check.check(report, in: F.context) {
        #expect(!diagnostic.message.isEmpty)
        #expect(diagnostic.messageZh?.isEmpty == false)
        for language in Diagnostic.Language.allCases {
          let rendered = diagnostic.description(in: report.normalizedText, language: language)
          #expect(rendered.hasPrefix("\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]: "))
        }
      }
    }
  }
}
