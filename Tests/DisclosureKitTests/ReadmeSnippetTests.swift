import DisclosureKit
import Foundation
import Testing

// The README's "Use the library" snippet, compiled and run with its comments
// turned into expectations, so the README never rots.
@Suite("README")
struct ReadmeSnippetTests {
  @Test func usageSnippetHoldsWhatItsCommentsSay() throws {
    let data = try Fixtures.seed(1)
    let report = try ReportParser().parse(data: data, name: "xiejiaji-2020.txt")

    #expect(report.template == "standard2019")
    #expect(report.metadata.agency == "谢家集区人民政府")
    let cell = report.table("requests")?[row: "newRequests"]?["total"]
    #expect(cell?.value == 2)
    #expect(cell?.range.map(report.text(of:)) == "2")
    #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
    let json = String(decoding: try JSONExport().encode(report), as: UTF8.self)
    #expect(json.hasPrefix("{"))
  }
}
