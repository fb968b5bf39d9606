extension TableTemplate {
  /// A subtotal row or column that a report may print beside the template's
  /// own: optional, never reported missing, and kept out of the statutory
  /// keys of ``ReportTable/rows`` (it lands in ``ReportTable/subtotalRows``
  /// or ``ReportTable/Row/subtotalCells``).
  ///
  /// Its cells are found by label like any other, but a bare `小计` names
  /// nothing by itself: a subtotal row is the `小计` that follows one of its
  /// ``parts`` or one of its ``blockLabels`` (`（三）不予公开`); a subtotal
  /// column is the `小计` the column headers print, sitting next to its parts.
  ///
  /// ```swift
  /// TableTemplate.Subtotal(
  ///   "denied.subtotal", axis: .row, labels: ["小计", "不予公开小计"],
  ///   blockLabels: ["不予公开"], parts: ["denied.stateSecret", "denied.prohibitedByLaw"])
  /// ```
  public struct Subtotal: Sendable, Hashable {
    /// Whether the subtotal is a row (summing rows) or a column (summing columns).
    public enum Axis: String, Sendable, Hashable {
      case row
      case column
    }

    /// The key the subtotal's cells are stored under (`denied.subtotal`).
    public var key: String
    /// Whether it is a row or a column.
    public var axis: Axis
    /// The printed labels: `小计`, and variants that name the block (`不予公开小计`).
    public var labels: [String]
    /// Labels of the block the subtotal belongs to (`不予公开`, `法人或其他组织`):
    /// a bare `小计` right after one of them is this subtotal.
    public var blockLabels: [String]
    /// The row or column keys it sums.
    public var parts: [String]

    /// Creates a subtotal declaration.
    public init(_ key: String, axis: Axis, labels: [String], blockLabels: [String] = [], parts: [String]) {
      self.key = key
      self.axis = axis
      self.labels = labels
      self.blockLabels = blockLabels
      self.parts = parts
    }
  }
}
