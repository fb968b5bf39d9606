import Foundation
import Testing

@testable import DisclosureKit

/// Runs the pipeline with a ``_WorkMeter`` installed, so the robustness
/// tests state their bounds as work counts rather than as times.
enum Metered {
  /// Parses `data` with `limits`, counting the work done.
  static func parse(_ data: Data, limits: ParseLimits = .default) -> (
    result: Result<AnnualReport, InputError>, meter: _WorkMeter
  ) {
    let meter = _WorkMeter()
    let parser = ReportParser(options: ParseOptions(limits: limits))
    let result = _WorkMeter.$current.withValue(meter) {
      Result { () throws(InputError) in try parser.parse(data: data, name: "adversarial") }
    }
    return (result, meter)
  }

  /// Reads `data` into a ``SourceDocument`` only, counting the work done.
  static func read(_ data: Data, limits: ParseLimits = .default) -> (
    result: Result<SourceDocument, InputError>, meter: _WorkMeter
  ) {
    let meter = _WorkMeter()
    let result = _WorkMeter.$current.withValue(meter) {
      Result { () throws(InputError) in try SourceReader(limits: limits).read(data) }
    }
    return (result, meter)
  }

  /// The bounds every parse keeps whatever its input: the lexer emits at
  /// most one token per byte of the normalised text, which is at most three
  /// bytes per input byte (an invalid byte becomes a three-byte U+FFFD); the
  /// HTML reader at most one token per input byte; no split search examines
  /// more than ``ParseLimits/maxSplitCandidates``; the diagnostics stay
  /// within ``ParseLimits/maxDiagnostics``.
  static func expectBounded(
    _ report: AnnualReport, _ meter: _WorkMeter, inputBytes: Int, limits: ParseLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let textBytes = report.normalizedText.utf8.count
    #expect(meter[.inputBytes] == inputBytes, sourceLocation: sourceLocation)
    #expect(textBytes <= 3 * inputBytes, sourceLocation: sourceLocation)
    #expect(meter[.tokens] <= textBytes, sourceLocation: sourceLocation)
    #expect(meter[.htmlTokens] <= inputBytes, sourceLocation: sourceLocation)
    #expect(meter[.maxSplitCandidatesPerSearch] <= limits.maxSplitCandidates, sourceLocation: sourceLocation)
    #expect(
      meter[.splitCandidates] <= meter[.splitSearches] * limits.maxSplitCandidates, sourceLocation: sourceLocation)
    #expect(report.diagnostics.count <= limits.maxDiagnostics, sourceLocation: sourceLocation)
    #expect(report.sections.count <= limits.maxSections, sourceLocation: sourceLocation)
  }

  /// The number of U+FFFD in `text`.
  static func replacements(in text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
  }
}
