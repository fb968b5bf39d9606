import DisclosureKit
import Foundation
import Testing

@Suite("ConcurrentParsing")
struct ConcurrentParsingTests {
  /// One parser shared by every task, with no lock in the caller: the JSON of
  /// each of 250 concurrent parses equals the JSON of the sequential parse.
  @Test func parsingTheSeedsConcurrentlyGivesTheSequentialJSON() async throws {
    let parser = ReportParser()
    let inputs = try (0..<Fixtures.seedNames.count).map { (name: Fixtures.seedNames[$0], data: try Fixtures.seed($0)) }
    let sequential = try inputs.map { try JSONExport().encode(try parser.parse(data: $0.data, name: $0.name)) }
    let rounds = 50
    let concurrent = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
      for _ in 0..<rounds {
        for (index, input) in inputs.enumerated() {
          group.addTask {
            (index, try JSONExport().encode(try parser.parse(data: input.data, name: input.name)))
          }
        }
      }
      var results: [(Int, Data)] = []
      for try await result in group { results.append(result) }
      return results
    }
    #expect(concurrent.count == rounds * inputs.count)
    for (index, json) in concurrent {
      #expect(json == sequential[index])
    }
  }
}
