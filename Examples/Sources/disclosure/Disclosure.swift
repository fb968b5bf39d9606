import ArgumentParser
import DisclosureKit
import Foundation

@main
struct Disclosure: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "disclosure",
    abstract: "Read Chinese government information-disclosure annual reports as data.")

  @Argument(help: "Report files.") var files: [String]

  func run() throws {
    for file in files {
      let report = try ReportParser().parse(contentsOf: URL(fileURLWithPath: file))
      print(String(decoding: try JSONExport().encode(report), as: UTF8.self))
    }
  }
}
