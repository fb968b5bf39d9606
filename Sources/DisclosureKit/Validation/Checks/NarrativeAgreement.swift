extension ReportChecks {
  /// Compares figures the prose restates with the table cells they restate
  /// (`narrative.tableMismatch`).
  ///
  /// Each ``Restatement`` names a fact key and the cells whose sum it
  /// restates: `requestsReceived` is table 3's `newRequests.total`. When the
  /// report has facts of that key and the table has every named cell, and
  /// no such fact agrees with the cells' sum, each disagreeing fact raises a
  /// warning located at the fact, with the table cells as the related
  /// location. A fact that agrees silences the others, because prose often
  /// also quotes a part of the whole (`其中市本级收到申请74件`) under the
  /// same key. Approximate facts (`近百件`) and facts read from inside the
  /// table itself are not compared. Blank cells count as 0 and the message
  /// says so.
  ///
  /// ```swift
  /// // fact requestsReceived = 859 ("受理政府信息公开申请859件")
  /// // requests.newRequests.total = 858
  /// // → narrative.tableMismatch, expected 858, actual 859
  /// ```
  ///
  /// - Complexity: O(facts + restated cells).
  public struct NarrativeAgreement: ReportCheck {
    /// A fact key and the table cells whose sum it restates.
    public struct Restatement: Sendable, Hashable {
      /// A cell of a table, by row and column key.
      public struct Cell: Sendable, Hashable {
        public var row: String
        public var column: String
        public init(_ row: String, _ column: String) {
          self.row = row
          self.column = column
        }
      }
      /// The fact key, such as `requestsReceived`.
      public var fact: String
      /// The table key, such as `requests`.
      public var table: String
      /// The cells whose sum the fact restates.
      public var cells: [Cell]
      public init(fact: String, table: String, cells: [Cell]) {
        self.fact = fact
        self.table = table
        self.cells = cells
      }
    }

    /// The restatements of the statutory tables. `proactiveDisclosed` has no
    /// cell in the statutory tables (table 2 counts documents per category,
    /// not items disclosed), so it is compared only where a custom
    /// restatement names one.
    public static let statutory: [Restatement] = [
      Restatement(fact: "requestsReceived", table: "requests", cells: [.init("newRequests", "total")]),
      Restatement(fact: "reviewCases", table: "reviewLitigation", cells: [.init("review", "total")]),
      Restatement(
        fact: "litigationCases", table: "reviewLitigation",
        cells: [.init("litigationDirect", "total"), .init("litigationAfterReview", "total")]),
    ]

    /// The restatements this check compares.
    public var restatements: [Restatement]

    /// Creates the check.
    ///
    /// - Parameter restatements: What to compare; the statutory ones by default.
    public init(restatements: [Restatement] = Self.statutory) {
      self.restatements = restatements
    }

    /// The `narrative.tableMismatch` warnings of every restated figure that contradicts its table.
    ///
    /// - Parameters:
    ///   - report: The parsed report, with its facts and tables.
    ///   - context: Unused; the restatements name the cells.
    /// - Returns: The warnings, in restatement order, then fact order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      var diagnostics: [Diagnostic] = []
      for restatement in restatements {
        guard let table = report.table(restatement.table), let sum = Self.sum(restatement, in: table) else {
          continue
        }
        let facts = report.facts.filter { fact in
          fact.key == restatement.fact && !fact.isApproximate && fact.integerValue != nil
            && !(table.range.map { $0.contains(fact.range) } ?? false)
        }
        guard !facts.contains(where: { $0.integerValue == sum.value }) else { continue }
        for fact in facts {
          diagnostics.append(mismatch(fact, restatement: restatement, sum: sum))
        }
      }
      return diagnostics
    }

    private func mismatch(
      _ fact: Fact, restatement: Restatement, sum: (value: Int, blanks: [String], range: SourceRange?)
    ) -> Diagnostic {
      let cells = restatement.cells.map { "\($0.row).\($0.column)" }
      let single = restatement.cells.count == 1 ? restatement.cells.first : nil
      let cellList = cells.joined(separator: " + ")
      let value = fact.integerValue ?? 0
      var en =
        "The prose states \(restatement.fact) = \(value) (“\(fact.quote)”), "
        + "but table \(restatement.table) has \(cellList) = \(sum.value)."
      var zh = "正文所述“\(fact.quote)”（\(value)）与\(restatement.table)表\(cellList)（\(sum.value)）不一致。"
      if !sum.blanks.isEmpty {
        en += " Blank cells counted as 0: \(sum.blanks.joined(separator: ", "))."
        zh += "空白单元格按0计算：\(sum.blanks.joined(separator: "、"))。"
      }
      return Diagnostic(
        .narrativeMismatch, .warning, en, zh: zh,
        location: Diagnostic.Location(range: fact.range), expected: Double(sum.value), actual: Double(value),
        related: Diagnostic.Location(
          table: restatement.table, row: single?.row, column: single?.column, range: sum.range))
    }

    /// The sum of the restated cells, the blank ones among them, and the
    /// range covering them; `nil` when a cell is absent or unreadable.
    static func sum(
      _ restatement: Restatement, in table: ReportTable
    ) -> (value: Int, blanks: [String], range: SourceRange?)? {
      var total = 0
      var blanks: [String] = []
      var range: SourceRange?
      for key in restatement.cells {
        guard let cell = table[row: key.row]?[key.column] else { return nil }
        switch (cell.state, cell.value) {
        case (.value, let value?):
          let (next, overflow) = total.addingReportingOverflow(value)
          guard !overflow else { return nil }
          total = next
        case (.blank, _):
          blanks.append("\(key.row).\(key.column)")
        default:
          return nil
        }
        if let cellRange = cell.range { range = range.map { $0.union(cellRange) } ?? cellRange }
      }
      return (total, blanks, range)
    }
  }
}
