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

    /// Cells of the template's subtotal columns that the source printed
    /// (a 法人或其他组织 小计 column), under the subtotal's key.
    ///
    /// They stay apart from ``cells`` because the statutory column keys are
    /// a fixed contract; the checks read them through the subscript.
    public var subtotalCells: [Cell]

    public init(key: String, cells: [Cell], labelRange: SourceRange? = nil, subtotalCells: [Cell] = []) {
      self.key = key
      self.cells = cells
      self.labelRange = labelRange
      self.subtotalCells = subtotalCells
    }

    /// The cell of `column`: a template column, else a subtotal column.
    public subscript(column: String) -> Cell? {
      cells.first { $0.column == column } ?? subtotalCells.first { $0.column == column }
    }
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

  /// Rows of the template's subtotal rows that the source printed (a
  /// 不予公开 小计 row), under the subtotal's key, apart from ``rows`` for
  /// the same reason as ``Row/subtotalCells``.
  public var subtotalRows: [Row] = []

  /// The row of `key`: a template row, else a subtotal row.
  public subscript(row key: String) -> Row? {
    rows.first { $0.key == key } ?? subtotalRows.first { $0.key == key }
  }

  /// The value at `row`, `column`; `nil` when blank, unreadable or absent.
  public func value(_ row: String, _ column: String) -> Int? { self[row: row]?[column]?.value }
}
