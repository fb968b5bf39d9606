extension Identity {
  /// A cell an identity instance read, by row and column key.
  public struct CellReference: Sendable, Hashable {
    public var row: String
    public var column: String
    public init(row: String, column: String) {
      self.row = row
      self.column = column
    }
  }

  /// One instance of an identity: the identity applied along one column
  /// (``Identity/Scope/eachColumn``) or one row (``Identity/Scope/eachRow``) of a table.
  public struct Instance: Sendable, Hashable {
    /// The column key (for ``Identity/Scope/eachColumn``) or row key (for ``Identity/Scope/eachRow``) the instance runs along.
    public var key: String
    /// The sum of the `lhs` cells, blanks counted as 0.
    public var lhs: Int
    /// The sum of the `rhs` cells, blanks counted as 0.
    public var rhs: Int
    /// Whether `lhs <relation> rhs` holds.
    public var holds: Bool
    /// The blank cells that were counted as 0, in the order read.
    public var blanksCountedAsZero: [CellReference]

    public init(key: String, lhs: Int, rhs: Int, holds: Bool, blanksCountedAsZero: [CellReference] = []) {
      self.key = key
      self.lhs = lhs
      self.rhs = rhs
      self.holds = holds
      self.blanksCountedAsZero = blanksCountedAsZero
    }

    /// Whether any blank cell was counted as 0.
    public var countedBlanksAsZero: Bool { !blanksCountedAsZero.isEmpty }

    /// The row (for ``Identity/Scope/eachColumn``: `nil`) and column the instance concerns, for a
    /// diagnostic's location.
    public func location(in identity: Identity) -> (row: String?, column: String?) {
      switch identity.scope {
      case .eachColumn: (identity.lhs.first, key)
      case .eachRow: (key, identity.lhs.first)
      }
    }
  }

  /// Evaluates the identity over `table`: one ``Identity/Instance`` per column (or
  /// row) along which every cell the identity names is present.
  ///
  /// A cell counts as present when its state is ``ReportTable/CellState/value``
  /// or ``ReportTable/CellState/blank``; a blank cell is counted as 0 and
  /// listed in ``Identity/Instance/blanksCountedAsZero`` so the caller can say so. An
  /// instance with an unreadable or missing cell, or a row the table does not
  /// have, is skipped: nothing can be said about it. Sums that would
  /// overflow skip the instance too.
  ///
  /// The keys along the repeated axis are ``Identity/only`` when set;
  /// otherwise, for ``Identity/Scope/eachColumn``, the column keys of the first row
  /// the identity names, in that row's order, and for ``Identity/Scope/eachRow``, the
  /// table's row keys in order.
  ///
  /// ```swift
  /// let balance = Identity(.table3Balance, .eachColumn, lhs: ["newRequests", "carriedOver"],
  ///                        rhs: ["totalHandled", "carriedForward"])
  /// balance.evaluate(requests).filter { !$0.holds }   // the columns that do not balance
  /// ```
  ///
  /// - Parameter table: The aligned table.
  /// - Returns: The instances that could be evaluated, in axis order.
  /// - Complexity: O(k · (r + c)) for k instances over r rows and c columns.
  public func evaluate(_ table: ReportTable) -> [Instance] {
    var result: [Instance] = []
    for key in axisKeys(in: table) {
      if let instance = evaluate(table, along: key) { result.append(instance) }
    }
    return result
  }

  /// The instances of `evaluate(_:)` that fail.
  public func failures(in table: ReportTable) -> [Instance] { evaluate(table).filter { !$0.holds } }

  /// Whether `lhs <relation> rhs` holds for two sums.
  public func relationHolds(_ lhs: Int, _ rhs: Int) -> Bool {
    switch relation {
    case .equal: lhs == rhs
    case .greaterThanOrEqual: lhs >= rhs
    }
  }

  private func axisKeys(in table: ReportTable) -> [String] {
    if let only { return only }
    switch scope {
    case .eachColumn:
      // Subtotal columns count as columns: the balance holds for them too.
      for name in lhs + rhs {
        if let row = table[row: name] { return (row.cells + row.subtotalCells).map(\.column) }
      }
      return []
    case .eachRow:
      // Subtotal rows count as rows: their 总计 is their applicants' sum too.
      return (table.rows + table.subtotalRows).map(\.key)
    }
  }

  private func evaluate(_ table: ReportTable, along key: String) -> Instance? {
    var blanks: [CellReference] = []
    func sum(_ names: [String]) -> Int? {
      var total = 0
      for name in names {
        let reference =
          switch scope {
          case .eachColumn: CellReference(row: name, column: key)
          case .eachRow: CellReference(row: key, column: name)
          }
        guard let cell = table[row: reference.row]?[reference.column] else { return nil }
        switch cell.state {
        case .value:
          guard let value = cell.value else { return nil }
          let (next, overflow) = total.addingReportingOverflow(value)
          guard !overflow else { return nil }
          total = next
        case .blank:
          blanks.append(reference)
        case .unreadable, .missing:
          return nil
        }
      }
      return total
    }
    guard let left = sum(lhs), let right = sum(rhs) else { return nil }
    return Instance(key: key, lhs: left, rhs: right, holds: relationHolds(left, right), blanksCountedAsZero: blanks)
  }
}
