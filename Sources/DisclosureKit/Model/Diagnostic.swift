/// Something a reader of the report should know: an identity that does not
/// hold, a section that is missing, a cell that could not be read.
///
/// Diagnostics never replace data: a report with errors still carries every
/// value that could be read. Each one has a stable ``Code``, a severity, a
/// message in English and in Chinese, and where it applies, the table cell or
/// section and the range of normalised text it concerns.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How much a diagnostic matters.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Worth knowing; nothing is wrong.
    case info
    /// The report is unusual or a value is uncertain.
    case warning
    /// The report contradicts itself or the statutory format.
    case error

    private var rank: Int {
      switch self {
      case .info: 0
      case .warning: 1
      case .error: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// Where a diagnostic applies. Every member is optional: a table identity
  /// names table, row and column; a section check names the section.
  public struct Location: Sendable, Hashable, Codable {
    /// The table key, such as `requests`.
    public var table: String?
    /// The row key, such as `newRequests`.
    public var row: String?
    /// The column key, such as `total`.
    public var column: String?
    /// The section heading, such as `三、收到和处理政府信息公开申请情况`.
    public var section: String?
    /// The range of normalised text concerned.
    public var range: SourceRange?

    public init(
      table: String? = nil, row: String? = nil, column: String? = nil, section: String? = nil,
      range: SourceRange? = nil
    ) {
      self.table = table
      self.row = row
      self.column = column
      self.section = section
      self.range = range
    }
  }

  /// The stable identifier of what was found.
  public var code: Code
  /// How much it matters.
  public var severity: Severity
  /// The message in English.
  public var message: String
  /// The message in Chinese.
  public var messageZh: String?
  /// Where it applies.
  public var location: Location?
  /// For arithmetic: the value the identity requires.
  public var expected: Double?
  /// For arithmetic: the value the report states.
  public var actual: Double?
  /// A second place the diagnostic concerns: for a figure in the prose that
  /// contradicts a table, the table cell it contradicts.
  public var related: Location?

  public init(
    _ code: Code, _ severity: Severity, _ message: String, zh messageZh: String? = nil,
    location: Location? = nil, expected: Double? = nil, actual: Double? = nil, related: Location? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.messageZh = messageZh
    self.location = location
    self.expected = expected
    self.actual = actual
    self.related = related
  }
}
