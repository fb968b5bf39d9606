import Foundation

/// Reads bytes into a ``SourceDocument``: detects the encoding and whether the
/// input is HTML, and decodes it.
///
/// - Complexity: O(n) in the input's bytes.
public struct SourceReader: Sendable {
  public var limits: ParseLimits

  public init(limits: ParseLimits = .default) {
    self.limits = limits
  }

  /// Decodes `data`.
  ///
  /// - Throws: ``InputError`` when the input is empty, binary, undecodable or
  ///   over ``ParseLimits/maxInputBytes``.
  public func read(_ data: Data) throws(InputError) -> SourceDocument {
    // Placeholder until the Input stage lands: UTF-8 text only.
    guard !data.isEmpty else { throw .empty }
    guard data.count <= limits.maxInputBytes else {
      throw .limitExceeded(limit: limits.maxInputBytes, actual: data.count)
    }
    let text = String(decoding: data, as: UTF8.self)
    return SourceDocument(form: .text, encoding: .utf8, byteCount: data.count, text: text)
  }
}
