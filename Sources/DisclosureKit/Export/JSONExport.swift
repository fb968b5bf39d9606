import Foundation

/// Encodes reports as the JSON of the output contract.
///
/// Keys are sorted, so the same report always gives the same bytes: outputs
/// can be diffed and compared to golden files.
///
/// ```swift
/// let json = try JSONExport().encode(report)           // one pretty-printed object
/// let line = try JSONExport().encodeLine(report)       // one line of JSON Lines
/// ```
public struct JSONExport: Sendable {
  /// Whether to indent the output.
  public var prettyPrinted: Bool

  public init(prettyPrinted: Bool = true) {
    self.prettyPrinted = prettyPrinted
  }

  /// One report as a JSON object.
  ///
  /// - Throws: `EncodingError` when a value cannot be encoded (a non-finite
  ///   number, which the library never produces).
  /// - Complexity: O(n) in the size of the report.
  public func encode(_ report: AnnualReport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      prettyPrinted ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(report)
  }

  /// One report as a single line of JSON followed by a newline, for JSON Lines.
  ///
  /// - Throws: `EncodingError`, as ``encode(_:)``.
  public func encodeLine(_ report: AnnualReport) throws -> Data {
    var data = try JSONExport(prettyPrinted: false).encode(report)
    data.append(UInt8(ascii: "\n"))
    return data
  }

  /// Decodes a report from its JSON. The report's `normalizedText` is empty:
  /// the JSON does not carry it.
  ///
  /// - Throws: `DecodingError` when `data` is not a report's JSON.
  public func decode(_ data: Data) throws -> AnnualReport {
    try JSONDecoder().decode(AnnualReport.self, from: data)
  }
}
