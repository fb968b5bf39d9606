import DisclosureKit
import Foundation
import Testing

@Suite("disclosure extract")
struct ExtractCommandTests {
  /// The top-level keys of a report's JSON (output.md); others may be added.
  static let reportKeys: Set<String> = [
    "schemaVersion", "source", "template", "extractor", "confidence", "scores", "metadata", "sections", "tables",
    "facts", "diagnostics",
  ]
  static let templates: Set<String> = ["standard2021", "standard2019", "narrativePre2019", "workSummary", "unknown"]

  private func object(_ data: Data) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: data)
    return try #require(value as? [String: Any], "expected one JSON object")
  }

  @Test("one file prints exactly one JSON object with the contract's keys")
  func oneFileIsOneObject() throws {
    let result = try Command.run(["extract", "Reports/xiejiaji-2020.txt"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let json = try object(result.stdout)
    #expect(Self.reportKeys.isSubset(of: json.keys), "missing: \(Self.reportKeys.subtracting(json.keys))")
    #expect(json["schemaVersion"] as? Int == 1)
    let source = try #require(json["source"] as? [String: Any])
    #expect(source["name"] as? String == "xiejiaji-2020.txt")
    #expect(source["form"] as? String == "text")
    #expect(source["encoding"] as? String == "utf-8")
    #expect(source["bytes"] as? Int == 23150)
    #expect(Self.templates.contains(try #require(json["template"] as? String)))
    // `none` when no extractor recognised the report.
    #expect(["standard-table", "narrative", "work-summary", "none"].contains(json["extractor"] as? String))
    // The output is also the library's own Codable form.
    let report = try JSONDecoder().decode(AnnualReport.self, from: result.stdout)
    #expect(report.source == SourceInfo(name: "xiejiaji-2020.txt", form: "text", encoding: "utf-8", bytes: 23150))
  }

  @Test("every bundled report extracts, named and sized as its file", arguments: Paths.reportNames)
  func bundledReport(_ name: String) throws {
    let result = try Command.run(["extract", "Reports/\(name)"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let report = try JSONDecoder().decode(AnnualReport.self, from: result.stdout)
    #expect(report.source.name == name)
    #expect(report.source.bytes == (try Paths.size(of: name)))
    #expect(report.schemaVersion == 1)
  }

  @Test(
    "the 谢家集区 2020 report's table 3 and metadata")
  func xiejiajiValues() throws {
    let result = try Command.run(["extract", "Reports/xiejiaji-2020.txt"])
    let report = try JSONDecoder().decode(AnnualReport.self, from: result.stdout)
    #expect(report.template == "standard2019")
    #expect(report.extractor == "standard-table")
    #expect(report.metadata.agency == "谢家集区人民政府")
    #expect(report.metadata.year == 2020)
    #expect(report.metadata.published == "2021-02-19")
    let requests = try #require(report.table("requests"))
    #expect(requests.edition == 2019)
    #expect(requests.value("newRequests", "naturalPerson") == 2)
    #expect(requests.value("newRequests", "commercialEnterprise") == 0)
    #expect(requests.value("newRequests", "total") == 2)
    #expect(requests.value("carriedOver", "total") == 0)
    #expect(requests.value("granted", "total") == 2)
    #expect(requests.value("totalHandled", "total") == 2)
    #expect(requests.value("carriedForward", "total") == 0)
    let active = try #require(report.table("activeDisclosure"))
    #expect(active.value("procurement", "projects") == 242)
    #expect(active.value("procurement", "amountYuan") == 18_140_000)
  }

  /// What each bundled report is, read off the report by hand.
  struct Expected: Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var year: Int
    /// `nil` where the page does not name the agency unambiguously.
    var agency: String?
    var testDescription: String { name }
  }

  static let bundled = [
    Expected(name: "changzhou-2019.txt", template: "standard2019", year: 2019, agency: "常州市政务服务管理办公室"),
    Expected(name: "guangzhou-2018.txt", template: "narrativePre2019", year: 2018, agency: "广州市政务服务数据管理局"),
    Expected(name: "jingdezhen-2018.txt", template: "narrativePre2019", year: 2018, agency: nil),
    Expected(name: "lengshuitan-2020.txt", template: "workSummary", year: 2020, agency: "永州市冷水滩区行政审批服务局"),
    Expected(name: "xiejiaji-2020.txt", template: "standard2019", year: 2020, agency: "谢家集区人民政府"),
  ]

  @Test("each bundled report's template, year and agency", arguments: bundled)
  func bundledValues(_ expected: Expected) throws {
    let result = try Command.run(["extract", "Reports/\(expected.name)"])
    let report = try JSONDecoder().decode(AnnualReport.self, from: result.stdout)
    #expect(report.template == expected.template)
    #expect(report.metadata.year == expected.year)
    if let agency = expected.agency { #expect(report.metadata.agency == agency) }
  }

  @Test("a directory prints one JSON object per line, sorted by path")
  func directoryIsJSONLines() throws {
    let result = try Command.run(["extract", "Reports", "--quiet"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdoutLines
    #expect(lines.count == Paths.reportNames.count)
    let names = try lines.map { try JSONDecoder().decode(AnnualReport.self, from: Data($0.utf8)).source.name }
    #expect(names == Paths.reportNames)
  }

  @Test("the output keeps the order of the arguments, whatever finishes first")
  func argumentOrder() throws {
    let order = ["xiejiaji-2020.txt", "changzhou-2019.txt", "lengshuitan-2020.txt", "guangzhou-2018.txt"]
    let result = try Command.run(["extract", "--jobs", "4"] + order.map { "Reports/\($0)" })
    #expect(result.status == 0)
    let names = try result.stdoutLines.map {
      try JSONDecoder().decode(AnnualReport.self, from: Data($0.utf8)).source.name
    }
    #expect(names == order)
  }

  @Test("--format json over several files prints one JSON array")
  func jsonArray() throws {
    let result = try Command.run(["extract", "--format", "json", "Reports/xiejiaji-2020.txt", "Reports"])
    #expect(result.status == 0)
    let reports = try JSONDecoder().decode([AnnualReport].self, from: result.stdout)
    #expect(reports.map(\.source.name) == ["xiejiaji-2020.txt"] + Paths.reportNames)
  }

  @Test("- reads standard input")
  func standardInput() throws {
    let file = Paths.examples.appendingPathComponent("Reports/xiejiaji-2020.txt")
    let result = try Command.run(["extract", "-"], stdin: file)
    #expect(result.status == 0)
    let report = try JSONDecoder().decode(AnnualReport.self, from: result.stdout)
    #expect(report.source.name == "<stdin>")
    #expect(report.source.bytes == 23150)
  }

  @Test("CSV: the contract's header, then one row per report with as many fields")
  func csv() throws {
    let result = try Command.run(["extract", "Reports", "--format", "csv"])
    #expect(result.status == 0)
    let rows = CSV.parse(result.stdoutText)
    #expect(rows.count == 1 + Paths.reportNames.count)
    let header = try #require(rows.first)
    #expect(Array(header.prefix(5)) == ["file", "template", "agency", "year", "published"])
    #expect(Array(header.suffix(2)) == ["errors", "warnings"])
    #expect(Set(header).count == header.count, "column names are unique")
    for cell in header.dropFirst(5).dropLast(2) {
      #expect(cell.split(separator: ".").count >= 3, "a cell column is named table.row.column: \(cell)")
    }
    for (row, name) in zip(rows.dropFirst(), Paths.reportNames) {
      #expect(row.count == header.count)
      #expect(row.first == "Reports/\(name)")
      #expect(Int(row[row.count - 1]) != nil && Int(row[row.count - 2]) != nil)
    }
  }

  @Test("CSV: the statutory cells have columns")
  func csvCellColumns() throws {
    let result = try Command.run(["extract", "Reports/xiejiaji-2020.txt", "--format", "csv"])
    let rows = CSV.parse(result.stdoutText)
    let header = try #require(rows.first)
    let row = try #require(rows.last)
    let total = try #require(header.firstIndex(of: "requests.newRequests.total"))
    #expect(row[total] == "2")
    #expect(header.contains("reviewLitigation.review.total"))
    #expect(header.contains("activeDisclosure.regulations.newlyMade"))
    #expect(header.contains("activeDisclosure.regulations.issued"))
  }

  @Test("--output writes the file and nothing to standard output")
  func outputFile() throws {
    let scratch = try TemporaryDirectory()
    let path = scratch.url.appendingPathComponent("out.jsonl").path
    let result = try Command.run(["extract", "Reports", "--output", path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    #expect(written.split(separator: "\n").count == Paths.reportNames.count)
  }

  @Test("--extractor forces the extractor")
  func forcedExtractor() throws {
    let result = try Command.run(["extract", "--extractor", "narrative", "Reports/xiejiaji-2020.txt"])
    #expect(result.status == 0)
    let report = try JSONDecoder().decode(AnnualReport.self, from: result.stdout)
    #expect(report.extractor == "narrative")
  }

  @Test("an unknown extractor is a usage error naming the known ones")
  func unknownExtractor() throws {
    let result = try Command.run(["extract", "--extractor", "nope", "Reports/xiejiaji-2020.txt"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Unknown extractor 'nope'"))
    #expect(result.stderr.contains("standard-table"))
    #expect(result.stdout.isEmpty)
  }
}
