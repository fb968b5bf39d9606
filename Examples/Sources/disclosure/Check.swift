import ArgumentParser
import DisclosureKit
import Foundation

/// `disclosure check`: every report's diagnostics, for people.
struct Check: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the diagnostics of reports: broken arithmetic, missing sections, unreadable cells.",
    discussion: """
      Diagnostics are grouped by file, in the order of the arguments. Each shows its severity and code, \
      the message (in English, or in Chinese with --language zh), the table cell or section it concerns, \
      and the line of the normalised text it points at, with a caret under the figure.

      Exit status: 0 when no report has an error, 1 when any has, 2 when an input could not be read \
      (2 wins over 1).

      Examples:
        disclosure check Examples/Reports/changzhou-2019.txt
        disclosure check Examples/Reports corpus/ --quiet --language zh
        disclosure check corpus/ > diagnostics.txt || echo "some reports have errors"
      """)

  @Argument(help: ArgumentHelp("Report files, directories, or - for standard input.", valueName: "file|dir|-"))
  var inputs: [String]

  @Option(help: "The language of the messages: en or zh.")
  var language: MessageLanguage = .en

  @OptionGroup var options: ParserOptions

  func run() async throws {
    let files = InputFiles().expand(inputs)
    let progress = Progress(total: files.count, enabled: !options.quiet)
    let sink = OutputSink.standardOutput
    let renderer = DiagnosticRenderer(language: language)
    var total = DiagnosticRenderer.Counts()
    var checked = 0
    var unreadable = 0
    var first = true

    try await ExitStatus.reportingOutputFailures(progress) {
      try await options.runner.run(
        files,
        transform: { input, report throws(FileFailure) in
          (renderer.render(report, path: input.path), DiagnosticRenderer.Counts(report.diagnostics))
        }
      ) { _, outcome in
        switch outcome {
        case .success(let (text, counts)):
          progress.willWriteOutput()
          try sink.write((first ? "" : "\n") + text)
          first = false
          total += counts
          checked += 1
        case .failure(let failure):
          unreadable += 1
          progress.report(failure.message)
        }
        progress.advance()
      }
      progress.finish()

      var summary = "\nChecked \(DiagnosticRenderer.Counts.plural(checked, "report")): \(total.summary)"
      if unreadable > 0 {
        summary += "; \(DiagnosticRenderer.Counts.plural(unreadable, "input")) could not be read"
      }
      try sink.write(summary + ".\n")
    }
    if unreadable > 0 { throw ExitStatus.inputFailed }
    if total.errors > 0 { throw ExitStatus.diagnosticsFoundErrors }
  }
}
