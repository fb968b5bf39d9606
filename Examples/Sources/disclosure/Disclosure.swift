import ArgumentParser

/// The `disclosure` command: reads government information-disclosure annual
/// reports with DisclosureKit and prints their data, their diagnostics or
/// their outline.
@main
struct Disclosure: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "disclosure",
    abstract: "Read Chinese government information-disclosure annual reports (政府信息公开工作年度报告) as data.",
    discussion: """
      Each subcommand takes report files (plain text or HTML, in UTF-8, UTF-16 or GB18030), \
      directories (walked recursively for .txt, .html, .htm and .md files) or `-` for standard input.

      Exit status: 0 on success; 1 when `check` found an error; 2 when an input could not be read \
      (the other inputs are still processed).

      Examples:
        disclosure extract Examples/Reports/xiejiaji-2020.txt
        disclosure extract Examples/Reports --format csv --output reports.csv
        disclosure check Examples/Reports
        disclosure outline Examples/Reports/changzhou-2019.txt
      """,
    version: "0.1.0",
    subcommands: [Extract.self, Check.self, Outline.self]
  )
}
