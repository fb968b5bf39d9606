import Foundation
import Testing

@Suite("CustomExtractorExample")
struct CustomExtractorExampleTests {
  private func run() throws -> CommandResult {
    try Command.run([], binary: Command.product(named: "CustomExtractorExample"))
  }

  @Test("runs and reports its scores, the custom extractor among them")
  func runs() throws {
    let result = try run()
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdoutLines.contains { $0.hasPrefix("  score public-enterprise: ") })
  }

  @Test("its extractor wins on the sample and reads table 5 with evidence")
  func readsTable5() throws {
    let lines = try run().stdoutLines
    #expect(lines.first == "template:   publicEnterprise")
    #expect(lines.contains { $0.hasPrefix("extractor:  public-enterprise ") })
    #expect(lines.contains("  education: units=12 items=340 requests=5"))
    #expect(lines.contains("  health: units=8 items=415 requests=9"))
    #expect(lines.contains("  total: units=25 items=1020 requests=16"))
    #expect(lines.contains("合计 / 主动公开信息条数 = 1020, read from \"1020\""))
  }

  @Test("the identity declared on table 5 is checked")
  func identity() throws {
    let lines = try run().stdoutLines
    // 5 + 9 + 0 + 1 = 15, but 合计 says 16.
    #expect(
      lines.contains(
        "  error table5.total: An identity of table publicEnterprises does not hold: in publicEnterprises, column "
          + "requests, total (16) ≠ education + health + water + transport (15)."))
  }
}
