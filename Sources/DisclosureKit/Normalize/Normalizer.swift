/// Turns a ``SourceDocument`` into ``NormalizedText``.
///
/// - Complexity: O(n) in the text's bytes.
public struct Normalizer: Sendable {
  public var limits: ParseLimits

  public init(limits: ParseLimits = .default) {
    self.limits = limits
  }

  /// Normalises `document`.
  public func normalize(_ document: SourceDocument) -> NormalizedText {
    // Placeholder until the Normalize stage lands: the text as decoded.
    NormalizedText(
      text: document.text, tables: document.tables, sourceMap: document.sourceMap,
      diagnostics: document.diagnostics)
  }
}
