import DisclosureKit
import Testing

// The README's usage snippet, compiled and run, so it never rots.
@Suite("README")
struct ReadmeSnippetTests {
  @Test func usageSnippetCompilesAndRuns() throws {
    let reportText = String(decoding: try Fixtures.seed(1), as: UTF8.self)
    let report = try ReportParser().parse(string: reportText, name: "xiejiaji-2020.txt")
    print(report.template)
    print(report.table("requests")?.value("newRequests", "total") as Any)
    print(report.diagnostics.filter { $0.severity == .error }.count)
    #expect(report.source.name == "xiejiaji-2020.txt")
  }
}
