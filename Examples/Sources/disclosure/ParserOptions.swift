import ArgumentParser
import DisclosureKit
import Foundation

/// The options every subcommand that reads reports shares.
struct ParserOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use this extractor whatever the scores say (standard-table, narrative, work-summary).", valueName: "id"))
  var extractor: String?

  @Option(name: [.short, .long], help: "The most reports parsed at once (default: the number of cores).")
  var jobs: Int?

  @Flag(name: [.short, .long], help: "Print no progress line on standard error.")
  var quiet = false

  func validate() throws {
    if let jobs, jobs < 1 {
      throw ValidationError("--jobs must be at least 1.")
    }
    if let extractor {
      let known = ReportParser().registry.extractors.map(\.id)
      guard known.contains(extractor) else {
        throw ValidationError("Unknown extractor '\(extractor)'. Known extractors: \(known.joined(separator: ", ")).")
      }
    }
  }

  /// The parser the options describe.
  var parser: ReportParser {
    ReportParser(options: ParseOptions(forcedExtractor: extractor))
  }

  /// A runner over ``parser`` with the requested width.
  var runner: BatchRunner {
    var runner = BatchRunner(parser: parser)
    if let jobs { runner.width = jobs }
    return runner
  }
}
