/// A table as rebuilt from the text, before alignment: rows of cells, each
/// with its text and range.
public struct TableGrid: Sendable, Hashable {
  /// The raw form the table was rebuilt from.
  public enum Form: String, Sendable, Hashable, Codable {
    case html
    case pipe
    case cellPerLine
    case spaceAligned
    case runTogether
  }

  /// One cell.
  public struct Cell: Sendable, Hashable {
    public var text: String
    public var range: SourceRange
    public init(text: String, range: SourceRange) {
      self.text = text
      self.range = range
    }
    /// Whether the cell holds only white space.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
  }

  public var form: Form
  public var rows: [[Cell]]
  /// Where the table stands in the normalised text.
  public var range: SourceRange

  public init(form: Form, rows: [[Cell]], range: SourceRange) {
    self.form = form
    self.rows = rows
    self.range = range
  }
}
