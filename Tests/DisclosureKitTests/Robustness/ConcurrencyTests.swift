import Foundation
import Testing

@testable import DisclosureKit

/// Parsing is a pure function of the bytes: one parser shared by many tasks,
/// with no lock in the caller, gives byte-identical JSON to parsing one by
/// one. `.ci/run` runs this suite under Thread Sanitizer.
@Suite("Concurrency")
struct ConcurrencyTests {
  /// The five seeds and every text and HTML fixture of the table, input and
  /// structure tests.
  static func documents() throws -> [(name: String, data: Data)] {
    var documents = try Fixtures.seedNames.map { (name: $0, data: try Fixtures.data("seeds/" + $0)) }
    for folder in ["tables", "input", "structure", "adversarial"] {
      guard let url = Fixtures.url(folder),
        let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
      else { continue }
      for name in names.sorted() {
        documents.append((name: folder + "/" + name, data: try Fixtures.data(folder + "/" + name)))
      }
    }
    return documents
  }

  /// Whether the Thread Sanitizer runtime is in the process.
  static let underThreadSanitizer: Bool = {
    guard let program = dlopen(nil, RTLD_NOW) else { return false }
    return dlsym(program, "__tsan_init") != nil
  }()

  /// 1,000 documents, the seeds and fixtures cycled, parsed from a task
  /// group; the sequential JSON of each distinct document is the reference.
  @Test func aThousandDocumentsFromATaskGroupMatchTheSequentialJSON() async throws {
    let parser = ReportParser()
    let documents = try Self.documents()
    #expect(documents.count >= 10)
    let reference = documents.map { document -> Data? in
      (try? parser.parse(data: document.data, name: document.name)).flatMap { try? JSONExport().encode($0) }
    }
    // Under Thread Sanitizer (its runtime is loaded) every access is
    // instrumented and a parse is many times slower: a tenth of the
    // documents still interleave on every worker thread.
    let total = Self.underThreadSanitizer ? 100 : 1000
    let concurrent = await withTaskGroup(of: (Int, Data?).self) { group in
      for index in 0..<total {
        let document = documents[index % documents.count]
        group.addTask {
          let report = try? parser.parse(data: document.data, name: document.name)
          return (index, report.flatMap { try? JSONExport().encode($0) })
        }
      }
      var results: [(Int, Data?)] = []
      for await result in group { results.append(result) }
      return results
    }
    #expect(concurrent.count == total)
    var mismatches = 0
    for (index, json) in concurrent where json != reference[index % documents.count] { mismatches += 1 }
    #expect(mismatches == 0)
    // The binary and empty fixtures fail the same way every time; the rest parse.
    #expect(reference.filter { $0 != nil }.count >= 8)
  }
}
