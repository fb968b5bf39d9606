import Testing

@testable import DisclosureKit

/// Generated table 3s, consistent by construction, in three raw forms; the
/// oracle is the template's identities and the generated values.
@Suite("GeneratedTables") struct GeneratedTableTests {
  /// SplitMix64: a seeded generator so every run sees the same tables.
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

  enum Form: String, CaseIterable, Sendable { case pipe, cellPerLine, runTogether }

  struct Case: Sendable, CustomStringConvertible {
    var seed: UInt64
    var form: Form
    var description: String { "\(form.rawValue)#\(seed)" }
  }

  static let cases: [Case] = (1...12).flatMap { seed in Form.allCases.map { Case(seed: UInt64(seed), form: $0) } }

  static let template = TableTemplate.requests2019

  /// A table 3 whose identities hold.
  static func generate(seed: UInt64) -> [String: [Int]] {
    var rng = Generator(state: seed)
    let results = TableTemplate.resultRows(template.rows)
    var table: [String: [Int]] = [:]
    for row in template.rows { table[row.key] = [Int](repeating: 0, count: 7) }
    for column in 0..<6 {
      for key in results where Int.random(in: 0..<5, using: &rng) == 0 {
        table[key]?[column] = Int.random(in: 1...(Bool.random(using: &rng) ? 9 : 400), using: &rng)
      }
      let handled = results.reduce(0) { $0 + (table[$1]?[column] ?? 0) }
      let over = Int.random(in: 0...3, using: &rng)
      let forward = Int.random(in: 0...3, using: &rng)
      table["totalHandled"]?[column] = handled
      table["carriedOver"]?[column] = min(over, handled + forward)
      table["carriedForward"]?[column] = forward
      table["newRequests"]?[column] = handled + forward - min(over, handled + forward)
    }
    for key in Array(table.keys) {
      let sum = table[key]?[0..<6].reduce(0, +) ?? 0
      table[key]?[6] = sum
    }
    return table
  }

  static func render(_ table: [String: [Int]], as form: Form) -> String {
    var text = "三、收到和处理政府信息公开申请情况\n"
    var line = ""
    for row in template.rows {
      let values = (table[row.key] ?? []).map(String.init)
      switch form {
      case .pipe: text += ([row.labels[0]] + values).joined(separator: " | ") + "\n"
      case .cellPerLine: text += ([row.labels[0]] + values).joined(separator: "\n\n") + "\n\n"
      case .runTogether: line += row.labels[0] + values.joined()
      }
    }
    return text + line + "\n四、政府信息公开行政复议、行政诉讼情况\n"
  }

  @Test(arguments: cases)
  func recoversGeneratedTable(_ c: Case) throws {
    let truth = Self.generate(seed: c.seed)
    let result = TableTesting.read(Self.render(truth, as: c.form))
    let table = try #require(result.tables.first { $0.key == "requests" })
    for identity in Self.template.identities {
      #expect(identity.failures(in: table).isEmpty, "\(identity.code)\n\(TableTesting.dump(table))")
    }
    let exact = Self.template.rows.allSatisfy { TableTesting.row(table, $0.key) == truth[$0.key]?.map(Optional.some) }
    if c.form == .runTogether {
      // Digits run together may split several ways that all balance; then it is said.
      #expect(exact || result.diagnostics.contains { $0.code == .ambiguousSplit }, "\(TableTesting.dump(table))")
    } else {
      #expect(exact, "\(TableTesting.dump(table))")
      #expect(result.diagnostics.isEmpty)
    }
  }
}
