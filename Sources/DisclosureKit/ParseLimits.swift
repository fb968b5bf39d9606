/// Every cap an input can hit, with its default.
///
/// Anything an input can inflate — its size, a table span, nesting depth, a
/// line, the number of cells — is bounded here, so memory and time stay linear
/// in the input whatever it holds. Reaching a cap either truncates with a
/// ``Diagnostic/Code/limitReached`` diagnostic or, for the input size, throws
/// ``InputError/limitExceeded(limit:actual:)``.
public struct ParseLimits: Sendable, Hashable {
  /// The largest input accepted, in bytes. Default 64 MiB.
  public var maxInputBytes: Int
  /// The largest `rowspan` or `colspan` honoured; larger spans are clamped. Default 64.
  public var maxSpan: Int
  /// The deepest element nesting the HTML reader tracks. Default 32.
  public var maxNesting: Int
  /// The most cells one HTML table may expand to. Default 65,536.
  public var maxTableCells: Int
  /// The longest line the text table builders consider, in bytes. Default 1 MiB.
  public var maxLineBytes: Int
  /// The most digits one run-together row may hold for the split search. Default 64.
  public var maxRunTogetherDigits: Int
  /// The most candidate splits the split search examines per table. Default 200,000.
  public var maxSplitCandidates: Int
  /// The most sections the heading detector returns. Default 4,096.
  public var maxSections: Int
  /// The most diagnostics one report carries. Default 1,000.
  public var maxDiagnostics: Int

  public init(
    maxInputBytes: Int = 64 << 20, maxSpan: Int = 64, maxNesting: Int = 32, maxTableCells: Int = 1 << 16,
    maxLineBytes: Int = 1 << 20, maxRunTogetherDigits: Int = 64, maxSplitCandidates: Int = 200_000,
    maxSections: Int = 4096, maxDiagnostics: Int = 1000
  ) {
    self.maxInputBytes = maxInputBytes
    self.maxSpan = maxSpan
    self.maxNesting = maxNesting
    self.maxTableCells = maxTableCells
    self.maxLineBytes = maxLineBytes
    self.maxRunTogetherDigits = maxRunTogetherDigits
    self.maxSplitCandidates = maxSplitCandidates
    self.maxSections = maxSections
    self.maxDiagnostics = maxDiagnostics
  }

  /// The defaults.
  public static let `default` = ParseLimits()
}
