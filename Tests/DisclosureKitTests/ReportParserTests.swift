import DisclosureKit
import Foundation
import Testing

@Suite("ReportParser")
struct ReportParserTests {
  @Test func emptyInputThrowsEmpty() {
    #expect(throws: InputError.empty) { try ReportParser().parse(data: Data()) }
  }

  @Test func everySeedParsesWithItsSize() throws {
    for (index, name) in Fixtures.seedNames.enumerated() {
      let data = try Fixtures.seed(index)
      let report = try ReportParser().parse(data: data, name: name)
      #expect(report.source.name == name)
      #expect(report.source.bytes == data.count)
    }
  }
}
