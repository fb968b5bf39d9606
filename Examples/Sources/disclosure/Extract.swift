import ArgumentParser
import DisclosureKit
import Foundation

/// `disclosure extract`: the reports' data as JSON, JSON Lines or CSV.
struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the data of reports as JSON, JSON Lines or CSV.",
    discussion: """
      One file prints exactly one JSON object; several files or a directory print one JSON object per line \
      (JSON Lines). `--format csv` prints one row per report: file, template, agency, year, published, one \
      `table.row.column` column per table cell, then the counts of errors and warnings.

      Files are parsed in parallel on all cores; the output keeps the order of the arguments, and files found \
      in a directory are sorted by path. A file that cannot be read is reported on standard error and the \
      others are still written; the exit status is then 2.

      Examples:
        disclosure extract Examples/Reports/xiejiaji-2020.txt
        disclosure extract Examples/Reports --format csv --output reports.csv
        cat report.html | disclosure extract - --extractor standard-table
        disclosure extract corpus/ --quiet | jq -r '.template'
      """)

  @Argument(help: ArgumentHelp("Report files, directories, or - for standard input.", valueName: "file|dir|-"))
  var inputs: [String]

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("json, jsonl or csv (default: json for one file, jsonl for several).", valueName: "format"))
  var format: OutputFormat?

  @Option(
    name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
  var output: String?

  @OptionGroup var options: ParserOptions

  func run() async throws {
    let files = InputFiles().expand(inputs)
    let format = self.format ?? OutputFormat.default(for: inputs)
    let runner = options.runner
    let framing = ReportFraming(
      format: format, isArray: format == .json && OutputFormat.default(for: inputs) != .json,
      vocabulary: runner.parser.registry.vocabulary)
    let progress = Progress(
      total: files.count, enabled: !options.quiet, writesToStandardOutput: output == nil || output == "-")
    var failed = false
    try await ExitStatus.reportingOutputFailures(progress) {
      let sink = try OutputSink(path: output)
      defer { sink.close() }
      var wroteAny = false
      try sink.write(framing.prologue)
      try await runner.run(
        files,
        transform: { input, report throws(FileFailure) in
          try framing.encode(report, from: input)
        }
      ) { _, outcome in
        switch outcome {
        case .success(let data):
          progress.willWriteOutput()
          if wroteAny { try sink.write(framing.separator) }
          try sink.write(data)
          wroteAny = true
        case .failure(let failure):
          failed = true
          progress.report(failure.message)
        }
        progress.advance()
      }
      progress.finish()
      try sink.write(framing.epilogue(wroteAny: wroteAny))
    }
    if failed { throw ExitStatus.inputFailed }
  }
}
