import ArgumentParser
import DisclosureKit
import Foundation

/// `disclosure outline`: what DisclosureKit recognised in one report.
struct Outline: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a report's section tree, template, extractor, confidence and metadata.",
    discussion: """
      The section tree is indented by level; each level-1 section shows its canonical kind (overview, \
      proactiveDisclosure, requests, reviewLitigation, problems, other, unknown). Below it come the tables \
      found and the number of diagnostics; `disclosure check` shows those in full.

      Examples:
        disclosure outline Examples/Reports/jingdezhen-2018.txt
        disclosure outline --extractor narrative Examples/Reports/guangzhou-2018.txt
        curl -s https://example.gov.cn/report.html | disclosure outline -
      """)

  @Argument(help: ArgumentHelp("A report file, or - for standard input.", valueName: "file|-"))
  var input: String

  @OptionGroup var options: ParserOptions

  func validate() throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
      throw ValidationError("outline takes one file; '\(input)' is a directory.")
    }
  }

  func run() async throws {
    let files = InputFiles().expand([input])
    let sink = OutputSink.standardOutput
    let progress = Progress(total: files.count, enabled: false)
    var failed = false
    try await ExitStatus.reportingOutputFailures(progress) {
      try await options.runner.run(files, transform: { _, report throws(FileFailure) in Self.render(report) }) {
        _, outcome in
        switch outcome {
        case .success(let text): try sink.write(text)
        case .failure(let failure):
          failed = true
          progress.report(failure.message)
        }
      }
    }
    if failed { throw ExitStatus.inputFailed }
  }

  /// The outline of `report`, ending with a line break.
  static func render(_ report: AnnualReport) -> String {
    var out = ""
    let source = report.source
    out += "source:     \(source.name) (\(source.form), \(source.encoding), \(source.bytes) bytes)\n"
    out += "template:   \(report.template)\n"
    out += "extractor:  \(report.extractor)\n"
    out += "confidence: \(format(report.confidence))\n"
    if !report.scores.isEmpty {
      let scores = report.scores.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      out += "scores:     " + scores.map { "\($0.key) \(format($0.value))" }.joined(separator: ", ") + "\n"
    }
    let metadata = report.metadata
    let fields: [(String, String?)] = [
      ("title", metadata.title), ("agency", metadata.agency), ("year", metadata.year.map(String.init)),
      ("published", metadata.published),
      ("period", metadata.statisticsPeriod.map { "\($0.from) to \($0.to)" }), ("script", metadata.script),
      ("index no.", metadata.indexNumber), ("issuer", metadata.issuingOrgan), ("doc no.", metadata.documentNumber),
    ]
    for case let (name, value?) in fields {
      out += (name + ":").padding(toLength: 12, withPad: " ", startingAt: 0) + value + "\n"
    }

    out += "\nsections:\n"
    if report.sections.isEmpty { out += "  (none found)\n" }
    var stack = report.sections.reversed().map { ($0, 1) }
    while let (section, depth) = stack.popLast() {
      let indent = String(repeating: "  ", count: depth)
      let kind = section.kind.map { "  [\($0.rawValue)]" } ?? ""
      out += "\(indent)\(section.level) \(section.heading)\(kind)\n"
      stack += section.children.reversed().map { ($0, depth + 1) }
    }

    out += "\ntables:\n"
    if report.tables.isEmpty { out += "  (none found)\n" }
    for table in report.tables {
      let edition = table.edition.map { " (\($0) edition)" } ?? ""
      let cells = table.rows.reduce(0) { $0 + $1.cells.count }
      let read = table.rows.reduce(0) { $0 + $1.cells.count { $0.value != nil } }
      out += "  \(table.key)\(edition): \(table.rows.count) rows, \(read) of \(cells) cells read\n"
    }
    if !report.facts.isEmpty {
      out += "\nfacts: \(report.facts.count)\n"
    }
    out += "\ndiagnostics: \(DiagnosticRenderer.Counts(report.diagnostics).summary)\n"
    return out
  }

  private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
