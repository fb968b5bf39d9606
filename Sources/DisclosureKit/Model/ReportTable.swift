/// A table aligned to its template: every cell sits under its canonical row
/// and column key, with the text it was read from.
///
/// Rows and cells keep the template's order. A cell's ``Cell/value`` is
/// `nil` when the source cell was blank or could not be read; ``Cell/state``
/// says which.
public struct ReportTable: Sendable, Hashable {
  /// Whether a cell held a number, nothing, or something unreadable.
  public enum CellState: String, Sendable, Hashable, Codable {
    /// A number was read.
    case value
    /// The cell was blank in the source.
    case blank
    /// The cell held text that is not a number (`-`, `/`, `无`).
    case unreadable
    /// The template has the cell but the source table did not.
    case missing
  }

  /// One cell.
  public struct Cell: Sendable, Hashable {
    /// The column key.
    public var column: String
    /// The value, in the template's unit (yuan for money).
    public var value: Int?
    /// Whether a number was read.
    public var state: CellState
    /// The cell's text as it stands in the normalised text.
    public var text: String
    /// Where that text stands.
    public var range: SourceRange?

    public init(column: String, value: Int?, state: CellState, text: String = "", range: SourceRange? = nil) {
      self.column = column
      self.value = value
      self.state = state
      self.text = text
      self.range = range
    }
  }

  /// One row.
  public struct Row: Sendable, Hashable {
    /// The row key.
    public var key: String
    /// The row's cells in template column order.
    public var cells: [Cell]
    /// Where the row's label stands.
    public var labelRange: SourceRange?

    public init(key: String, cells: [Cell], labelRange: SourceRange? = nil) {
      self.key = key
      self.cells = cells
      self.labelRange = labelRange
    }

    /// The cell of `column`.
    public subscript(column: String) -> Cell? { cells.first { $0.column == column } }
  }

  /// The template key: `activeDisclosure`, `requests`, `reviewLitigation`.
  public var key: String
  /// The template edition, when the template has editions.
  public var edition: Int?
  /// How the table is encoded in JSON.
  public var layout: TableTemplate.Layout
  /// The rows in template order.
  public var rows: [Row]
  /// Where the table stands in the normalised text.
  public var range: SourceRange?

  public init(
    key: String, edition: Int?, layout: TableTemplate.Layout = .rows, rows: [Row], range: SourceRange? = nil
  ) {
    self.key = key
    self.edition = edition
    self.layout = layout
    self.rows = rows
    self.range = range
  }

  /// The row of `key`.
  public subscript(row key: String) -> Row? { rows.first { $0.key == key } }

  /// The value at `row`, `column`; `nil` when blank, unreadable or absent.
  public func value(_ row: String, _ column: String) -> Int? { self[row: row]?[column]?.value }
}
