extension Diagnostic.Code {
  /// Cells under no template column (an extra 法人或其他组织 subtotal column)
  /// were dropped from a row.
  public static let extraCells = Self(rawValue: "table.extraCells")
}
