/// One piece of a rebuilt table, in document order: a label, or a cell
/// value. The aligner reads tables of every raw form from this one stream.
struct TableItem: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// Text that names a row, a column, a group or nothing at all.
    case label
    /// A cell: a number, a blank, or a mark such as `-`.
    case value
  }

  var kind: Kind
  /// A cell's text. A label's text is the normalised text's bytes at
  /// `range` (read with ``text(in:)``), and is stored here only where it is
  /// not (`ownsText`): a label cut inside a scalar, or one of a grid given
  /// directly. Making a `String` for every label, most of them prose, cost
  /// more than reading the labels did.
  var text: String
  var range: SourceRange
  /// The HTML grid the item came from (its index among the builder's
  /// grids); -1 for plain text, 0 for a grid aligned on its own.
  var grid: Int
  /// The row, unique across the document.
  var row: Int
  /// The cell's index in its row.
  var column: Int
  /// Whether the row holds more than one cell (HTML, pipe, space-aligned),
  /// so values after a label end with its row.
  var rowIsStructured: Bool
  /// For a label, its `LabelMatcher` comparison key, computed once.
  var key = LabelKey()
  /// Digits that ran into the label with no separator (`规范性文件2213`).
  var glued: Glued?
  /// `text` holds the label's text (see `text`).
  var ownsText = false
  /// For a label, the anchor sets (`TableReader`'s, one bit each) whose
  /// row labels it contains; read by ``TemplateAligner/readBlocks(_:matcher:anchorBit:)``.
  var anchors: UInt8 = 0
  /// For a label, whether its key may name a row, column, group or
  /// subtotal of some template (`TableReader` rules out, once per label,
  /// the lines of prose that name none); `true` when nobody asked.
  var mayName = true
  /// For a label, whether its key may end with a row label of some
  /// template (the suffix match of digits glued to a label); `true` when
  /// nobody asked.
  var maySuffix = true

  /// The item's text, read from `bytes` (the normalised text's) for a
  /// label that does not hold its own.
  func text(in bytes: [UInt8]) -> String {
    guard kind == .label, !ownsText else { return text }
    let lower = max(0, min(range.start, bytes.count))
    let upper = max(lower, min(range.end, bytes.count))
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  /// Digits glued to a label, with the unit that followed them (`万元`).
  struct Glued: Sendable, Hashable {
    var digits: String
    var range: SourceRange
    var unit: String
    /// The digits were followed by a counting word (`件`, `项`, `条`): a
    /// figure in prose (`出台规范性文件4件`), not a row run together.
    var isCount = false
  }
}
