/// A decoded input: its text and, for HTML, the grids of its tables.
///
/// For HTML, ``text`` is the page rendered as lines — a paragraph or `<br>`
/// per line, a table row per line with its cells separated by ` | ` — and
/// ``tables`` holds each `<table>` as a grid with spans expanded, every cell
/// pointing at its range in ``text``. Plain text is kept as it is.
public struct SourceDocument: Sendable, Hashable {
  /// Whether the input was plain text or HTML.
  public enum Form: String, Sendable, Hashable, Codable {
    case text
    case html
  }

  /// One table cell of an HTML grid.
  public struct Cell: Sendable, Hashable {
    /// The cell's text, entities decoded and white space collapsed.
    public var text: String
    /// Where the text stands in ``SourceDocument/text``.
    public var range: SourceRange
    /// The cell is a copy made by expanding a `rowspan` or `colspan`.
    public var isSpanCopy: Bool
    public init(text: String, range: SourceRange, isSpanCopy: Bool = false) {
      self.text = text
      self.range = range
      self.isSpanCopy = isSpanCopy
    }
  }

  /// An HTML table with spans expanded: every row has the same number of cells.
  public struct Table: Sendable, Hashable {
    public var rows: [[Cell]]
    /// The lines the table occupies in ``SourceDocument/text``.
    public var range: SourceRange
    public init(rows: [[Cell]], range: SourceRange) {
      self.rows = rows
      self.range = range
    }
  }

  public var form: Form
  public var encoding: TextEncoding
  /// The input's size in bytes.
  public var byteCount: Int
  /// The decoded text (rendered, for HTML).
  public var text: String
  /// HTML tables; empty for plain text.
  public var tables: [Table]
  /// Maps offsets in ``text`` to byte offsets of the input.
  public var sourceMap: OffsetMap
  /// What the reader noticed (limits reached, replacement characters).
  public var diagnostics: [Diagnostic]

  public init(
    form: Form, encoding: TextEncoding, byteCount: Int, text: String, tables: [Table] = [],
    sourceMap: OffsetMap = .identity, diagnostics: [Diagnostic] = []
  ) {
    self.form = form
    self.encoding = encoding
    self.byteCount = byteCount
    self.text = text
    self.tables = tables
    self.sourceMap = sourceMap
    self.diagnostics = diagnostics
  }
}
