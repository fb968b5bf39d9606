import DisclosureKit
import Foundation
import Testing

/// One bad input among good ones: a one-line error naming it, the others
/// still written, exit status 2.
@Suite("disclosure on unreadable inputs")
struct FailureTests {
  private func names(_ result: CommandResult) throws -> [String] {
    try result.stdoutLines.map { try JSONDecoder().decode(AnnualReport.self, from: Data($0.utf8)).source.name }
  }

  @Test("a missing file: named on standard error, the others written, exit 2")
  func missingFile() throws {
    let result = try Command.run([
      "extract", "Reports/xiejiaji-2020.txt", "Reports/no-such-report.txt", "Reports/changzhou-2019.txt",
    ])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["disclosure: Reports/no-such-report.txt: no such file or directory"])
    #expect(try names(result) == ["xiejiaji-2020.txt", "changzhou-2019.txt"])
  }

  @Test("an empty file: the library's reason, the others written, exit 2")
  func emptyFile() throws {
    let scratch = try TemporaryDirectory()
    let empty = try scratch.write(Data(), to: "empty.txt")
    let result = try Command.run(["extract", empty, "Reports/xiejiaji-2020.txt"])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["disclosure: \(empty): \(InputError.empty.description)"])
    #expect(try names(result) == ["xiejiaji-2020.txt"])
  }

  @Test("a binary file: `the input is binary, not text`, exit 2")
  func binaryFile() throws {
    let scratch = try TemporaryDirectory()
    let png = try scratch.write(Samples.pngHeader + Data(repeating: 0, count: 64), to: "scan.png")
    let result = try Command.run(["extract", "Reports/guangzhou-2018.txt", png, "Reports/xiejiaji-2020.txt"])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["disclosure: \(png): the input is binary, not text"])
    #expect(try names(result) == ["guangzhou-2018.txt", "xiejiaji-2020.txt"])
  }

  @Test("a binary file inside a walked directory is reported and skipped")
  func binaryInDirectory() throws {
    let scratch = try TemporaryDirectory()
    let good = try Data(contentsOf: Paths.examples.appendingPathComponent("Reports/xiejiaji-2020.txt"))
    try scratch.write(good, to: "a.txt")
    try scratch.write(Samples.pngHeader, to: "b.txt")
    try scratch.write(good, to: "c.md")
    try scratch.write(good, to: "d.pdf")  // not a report extension: not walked
    let result = try Command.run(["extract", scratch.url.path])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["disclosure: \(scratch.url.path)/b.txt: the input is binary, not text"])
    #expect(try names(result) == ["a.txt", "c.md"])
  }

  @Test("a directory is walked recursively for .txt, .html, .htm and .md, sorted, hidden files skipped")
  func directoryWalk() throws {
    let scratch = try TemporaryDirectory()
    let good = try Data(contentsOf: Paths.examples.appendingPathComponent("Reports/xiejiaji-2020.txt"))
    try FileManager.default.createDirectory(
      at: scratch.url.appendingPathComponent("b/nested"), withIntermediateDirectories: true)
    try scratch.write(good, to: "b/nested/z.HTM")
    try scratch.write(good, to: "b/a.html")
    try scratch.write(good, to: "a.txt")
    try scratch.write(good, to: ".hidden.txt")
    try scratch.write(good, to: "notes.pdf")
    let result = try Command.run(["extract", scratch.url.path, "--format", "csv"])
    #expect(result.status == 0)
    let files = CSV.parse(result.stdoutText).dropFirst().map { $0.first ?? "" }
    let root = scratch.url.path
    #expect(files == ["\(root)/a.txt", "\(root)/b/a.html", "\(root)/b/nested/z.HTM"])
  }

  @Test("check: an unreadable input gives 2 even when reports have errors")
  func checkMissingFile() throws {
    let result = try Command.run(["check", "Reports/changzhou-2019.txt", "Reports/missing.txt"])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["disclosure: Reports/missing.txt: no such file or directory"])
    #expect(result.stdoutLines.first?.hasPrefix("Reports/changzhou-2019.txt: ") == true)
    let summary = try #require(result.stdoutLines.last)
    #expect(summary.hasPrefix("Checked 1 report: "))
    #expect(summary.hasSuffix("; 1 input could not be read."))
  }
}
