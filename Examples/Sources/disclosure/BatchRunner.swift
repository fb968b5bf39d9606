import DisclosureKit
import Foundation

/// Parses many inputs in parallel and hands the results back in input order.
///
/// Up to ``width`` inputs are read and parsed at once, each in a child task
/// of a task group (`ReportParser` is a `Sendable` value, so every task shares
/// one parser without locks). The per-report work the caller needs — encoding
/// JSON, rendering diagnostics — runs in the same task through `transform`,
/// so it is parallel too. Results are delivered to `consume` strictly in
/// input order as soon as every earlier one has been delivered; no more than
/// ``window`` results are ever held, whatever the corpus size, so a slow file
/// cannot make memory grow with the number of files behind it.
struct BatchRunner: Sendable {
  /// The parser every task uses.
  var parser: ReportParser
  /// The most inputs processed at once. Defaults to the number of active cores.
  var width: Int = ProcessInfo.processInfo.activeProcessorCount

  /// The most results started ahead of the next one to deliver.
  var window: Int { max(1, width) * 4 }

  /// Runs `transform` on the report of each input and hands every outcome to
  /// `consume`, in input order.
  ///
  /// - Parameters:
  ///   - inputs: The inputs, in the order their results are delivered.
  ///   - transform: The work to do on a parsed report, in the worker task.
  ///   - consume: Receives each input with its outcome; called on the
  ///     caller's task, one call at a time.
  /// - Complexity: O(n) in the inputs' total size, divided over ``width`` cores.
  func run<Output: Sendable>(
    _ inputs: [InputFile],
    transform: @escaping @Sendable (InputFile, AnnualReport) throws(FileFailure) -> Output,
    consume: (InputFile, Result<Output, FileFailure>) async throws -> Void
  ) async throws {
    let parser = self.parser
    let limit = parser.options.limits.maxInputBytes
    let width = max(1, self.width)
    let window = self.window
    try await withThrowingTaskGroup(of: (Int, Result<Output, FileFailure>).self) { group in
      var nextToStart = 0
      var nextToDeliver = 0
      var running = 0
      var finished: [Int: Result<Output, FileFailure>] = [:]

      func fill() {
        while running < width, nextToStart < inputs.count, nextToStart < nextToDeliver + window {
          let index = nextToStart
          let input = inputs[index]
          nextToStart += 1
          running += 1
          group.addTask {
            (index, Result { () throws(FileFailure) -> Output in try Self.process(input, parser, limit, transform) })
          }
        }
      }

      fill()
      while let (index, outcome) = try await group.next() {
        running -= 1
        finished[index] = outcome
        while let ready = finished.removeValue(forKey: nextToDeliver) {
          try await consume(inputs[nextToDeliver], ready)
          nextToDeliver += 1
        }
        fill()
      }
    }
  }

  private static func process<Output>(
    _ input: InputFile, _ parser: ReportParser, _ limit: Int,
    _ transform: (InputFile, AnnualReport) throws(FileFailure) -> Output
  ) throws(FileFailure) -> Output {
    let data = try input.read(limit: limit)
    let report: AnnualReport
    do {
      report = try parser.parse(data: data, name: input.sourceName)
    } catch {
      throw FileFailure(path: input.path, reason: error.description)
    }
    return try transform(input, report)
  }
}
