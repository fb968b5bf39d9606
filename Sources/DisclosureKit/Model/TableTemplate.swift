/// The declaration of a statutory table: its rows and columns with the label
/// variants real reports print, and the arithmetic it must satisfy.
///
/// Templates are data. The built-in tables of the 2019 and 2021 editions are
/// values of this type, and a custom extractor declares its own the same way;
/// the core's table reader and aligner work from these declarations only.
public struct TableTemplate: Sendable, Hashable {
  /// How the table's cells are laid out and encoded.
  public enum Layout: String, Sendable, Hashable, Codable {
    /// Rows of labelled values under column headers; JSON
    /// `{"edition": …, "rows": {row: {column: value}}}`.
    case rows
    /// One row of values under a two-level header (table 4: three blocks of
    /// five); JSON `{block: {column: value}}`. Template rows are the blocks.
    case blocks
  }

  /// A column: its key and the header labels that name it.
  public struct Column: Sendable, Hashable {
    public var key: String
    /// Label variants, most common first.
    public var labels: [String]
    /// The factor that turns the printed number into the stored one
    /// (10000 for a column printed in 万元 and stored in yuan).
    public var scale: Int
    public init(_ key: String, labels: [String], scale: Int = 1) {
      self.key = key
      self.labels = labels
      self.scale = scale
    }
  }

  /// A row: its key, the label variants, and the columns it has when it has
  /// fewer than the table (table 2's rows differ by group).
  public struct Row: Sendable, Hashable {
    public var key: String
    /// Label variants, most common first, without the row's numbering.
    public var labels: [String]
    /// The keys of the columns this row has, in order; `nil` for all.
    public var columns: [String]?
    /// The label of the group the row belongs to (`不予公开`), when the
    /// printed label alone is ambiguous (`其他`).
    public var group: String?
    public init(_ key: String, labels: [String], columns: [String]? = nil, group: String? = nil) {
      self.key = key
      self.labels = labels
      self.columns = columns
      self.group = group
    }
  }

  /// The template key, used as the table's key in the report.
  public var key: String
  /// The edition, for templates that have editions (2019, 2021).
  public var edition: Int?
  /// The section the table belongs to.
  public var sectionKind: SectionKind?
  /// Header texts that only this edition of the table prints
  /// (`本年新制作数量` for 2019, `本年制发件数` for 2021).
  public var editionMarkers: [String]
  /// The layout.
  public var layout: Layout
  /// The columns, in printed order.
  public var columns: [Column]
  /// The rows, in printed order.
  public var rows: [Row]
  /// The arithmetic the table must satisfy.
  public var identities: [Identity]
  /// Figures the prose before the table restates (`共收到申请23件` for
  /// 新收 总计), used to choose among splits of run-together digits.
  public var proseCues: [ProseCue] = []
  /// Subtotal rows and columns that some reports print beside the
  /// statutory ones (不予公开 小计, 法人或其他组织 小计): read when present,
  /// kept apart from the statutory keys, and checked by ``identities``.
  public var subtotals: [Subtotal] = []
  /// Relations a real table's cells keep that no statute states (a count
  /// plus its change is not negative): used only to choose among splits of
  /// run-together digits, never reported as diagnostics.
  public var plausibilities: [Identity] = []

  public init(
    key: String, edition: Int? = nil, sectionKind: SectionKind? = nil, editionMarkers: [String] = [],
    layout: Layout = .rows, columns: [Column], rows: [Row], identities: [Identity] = []
  ) {
    self.key = key
    self.edition = edition
    self.sectionKind = sectionKind
    self.editionMarkers = editionMarkers
    self.layout = layout
    self.columns = columns
    self.rows = rows
    self.identities = identities
  }

  /// The column keys row `row` has, in order.
  public func columnKeys(of row: Row) -> [String] { row.columns ?? columns.map(\.key) }

  /// The number of cells the template has in all.
  public var cellCount: Int { rows.reduce(0) { $0 + columnKeys(of: $1).count } }
}
