import Foundation

/// Encodes reports as the JSON of the output contract.
public struct JSONExport: Sendable {
  /// Whether to indent the output.
  public var prettyPrinted: Bool

  public init(prettyPrinted: Bool = true) {
    self.prettyPrinted = prettyPrinted
  }

  /// One report as a JSON object.
  public func encode(_ report: AnnualReport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = prettyPrinted ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(report)
  }
}
