import DisclosureKit
import Foundation
import Testing

@testable import disclosure

@Suite("BatchRunner")
struct BatchRunnerTests {
  /// Inputs of very different sizes, so they finish out of order, with
  /// failures among them.
  private func inputs(in scratch: TemporaryDirectory, count: Int) throws -> [InputFile] {
    return try (0..<count).map { index in
      switch index % 7 {
      case 3:
        return InputFile(path: "missing-\(index).txt", kind: .unavailable(reason: "no such file or directory"))
      case 5:
        return InputFile(path: try scratch.write(Data(), to: "empty-\(index).txt"), kind: .file)
      default:
        // Every third file is a hundred times longer: slower to parse.
        let paragraph = "（\(index)）本机关主动公开政府信息\(index)条。\n"
        let body =
          "某某局2020年政府信息公开工作年度报告\n一、总体情况\n"
          + String(repeating: paragraph, count: index % 3 == 0 ? 100 : 1)
        return InputFile(path: try scratch.write(Data(body.utf8), to: "r-\(index).txt"), kind: .file)
      }
    }
  }

  @Test("outcomes arrive in input order, each exactly once, at any width", arguments: [1, 2, 3, 8])
  func order(width: Int) async throws {
    let scratch = try TemporaryDirectory()
    let files = try inputs(in: scratch, count: 30)
    var runner = BatchRunner(parser: ReportParser())
    runner.width = width
    var delivered: [String] = []
    var outcomes: [Bool] = []
    try await runner.run(files, transform: { input, report throws(FileFailure) in report.source.bytes }) {
      input, outcome in
      delivered.append(input.path)
      switch outcome {
      case .success(let bytes):
        outcomes.append(true)
        #expect(bytes > 0)
      case .failure(let failure):
        outcomes.append(false)
        #expect(failure.path == input.path)
      }
    }
    #expect(delivered == files.map(\.path))
    #expect(outcomes == (0..<30).map { $0 % 7 != 3 && $0 % 7 != 5 })
  }

  @Test("no inputs: nothing delivered")
  func empty() async throws {
    var calls = 0
    try await BatchRunner(parser: ReportParser()).run([], transform: { _, _ throws(FileFailure) in 0 }) { _, _ in
      calls += 1
    }
    #expect(calls == 0)
  }
}
