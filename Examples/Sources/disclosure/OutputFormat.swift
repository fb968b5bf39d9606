import ArgumentParser
import DisclosureKit
import Foundation

/// The output formats of `extract`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// One JSON object for one report; a JSON array of them for several.
  case json
  /// One compact JSON object per line.
  case jsonl
  /// One header line, then one row per report (the panel of output.md).
  case csv

  /// `json` when the arguments name exactly one file (or `-`), `jsonl`
  /// otherwise. A directory argument always gives `jsonl`, so a script that
  /// walks a corpus gets the same format whether it holds one report or many.
  static func `default`(for arguments: [String]) -> OutputFormat {
    guard arguments.count == 1, let only = arguments.first else { return .jsonl }
    guard only != "-" else { return .json }
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: only, isDirectory: &isDirectory)
    return exists && isDirectory.boolValue ? .jsonl : .json
  }
}

/// Frames reports in one output format: what comes before the first, each
/// report's bytes, what goes between two, and what comes after the last.
///
/// ``encode(_:from:)`` runs in the worker tasks, so encoding is parallel;
/// the framing is written by the one task that delivers results in order.
struct ReportFraming: Sendable {
  var format: OutputFormat
  /// Whether several JSON objects are wrapped in an array.
  var isArray: Bool
  var csv: CSVAdapter

  init(format: OutputFormat, isArray: Bool, vocabulary: Vocabulary) {
    self.format = format
    self.isArray = isArray
    self.csv = CSVAdapter(vocabulary: vocabulary)
  }

  var prologue: String {
    switch format {
    case .json: isArray ? "[\n" : ""
    case .jsonl: ""
    case .csv: csv.header
    }
  }

  var separator: String { format == .json && isArray ? ",\n" : "" }

  func epilogue(wroteAny: Bool) -> String {
    guard format == .json, isArray else { return "" }
    return wroteAny ? "\n]\n" : "]\n"
  }

  /// The bytes of one report, without framing.
  ///
  /// - Throws: ``FileFailure`` when the report cannot be encoded.
  func encode(_ report: AnnualReport, from input: InputFile) throws(FileFailure) -> Data {
    do {
      switch format {
      case .json:
        var data = try JSONExport(prettyPrinted: true).encode(report)
        if !isArray { data.append(0x0A) }
        return data
      case .jsonl:
        var data = try JSONExport(prettyPrinted: false).encode(report)
        data.append(0x0A)
        return data
      case .csv:
        return Data(csv.row(for: report, file: input.path).utf8)
      }
    } catch {
      throw FileFailure(path: input.path, reason: "the report cannot be encoded: \(error)")
    }
  }
}
