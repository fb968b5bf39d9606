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
    Data(try Self.bytes(of: report, prettyPrinted: prettyPrinted, newline: false))
  }

  /// One report as a single line of JSON followed by a newline, for JSON Lines.
  ///
  /// - Throws: `EncodingError`, as ``encode(_:)``.
  public func encodeLine(_ report: AnnualReport) throws -> Data {
    Data(try Self.bytes(of: report, prettyPrinted: false, newline: true))
  }

  /// The bytes Foundation's `JSONEncoder` gives with `.sortedKeys` and
  /// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), written by
  /// the library's own encoder at a fraction of the cost.
  static func bytes(of value: some Encodable, prettyPrinted: Bool, newline: Bool) throws -> [UInt8] {
    let encoder = _JSONTreeEncoder()
    try value.encode(to: encoder)
    guard let node = encoder.node else {
      throw EncodingError.invalidValue(
        value, EncodingError.Context(codingPath: [], debugDescription: "Top-level value did not encode any values."))
    }
    var writer = _JSONWriter(prettyPrinted: prettyPrinted, capacity: 1 << 15)
    writer.write(node)
    if newline { writer.append(UInt8(ascii: "\n")) }
    return writer.bytes
  }

  /// Decodes a report from its JSON. The report's `normalizedText` is empty:
  /// the JSON does not carry it.
  ///
  /// - Throws: `DecodingError` when `data` is not a report's JSON.
  public func decode(_ data: Data) throws -> AnnualReport {
    try JSONDecoder().decode(AnnualReport.self, from: data)
  }
}
