extension ReportChecks {
  /// Evaluates every arithmetic identity the report's templates declare.
  ///
  /// The check is data: for each table of the report it finds the template
  /// in ``CheckContext/vocabulary`` (by key and edition) and evaluates each
  /// of that template's ``TableTemplate/identities`` along every column or
  /// row it applies to. A failing instance raises the identity's own code
  /// (`table3.balance`, `table4.blockTotal`, or a custom template's code) as
  /// an error naming the table, the row or column, the range of the stated
  /// total, and the expected and actual values. Blank cells count as 0; a
  /// failing instance that needed one says so, and the table gets one
  /// `arithmetic.blankAsZero` note when any evaluated instance did.
  ///
  /// ```swift
  /// // requests: newRequests.total = 12, carriedOver.total = 1,
  /// //           totalHandled.total = 12, carriedForward.total = 2
  /// ReportChecks.TableIdentities().check(report, in: context)
  /// // [table3.balance at requests/total: expected 14, actual 13]
  /// ```
  ///
  /// - Complexity: O(cells × identities) per table.
  public struct TableIdentities: ReportCheck {
    /// Creates the check.
    public init() {}

    /// The diagnostics of every identity that does not hold, then one
    /// blank-as-zero note per table that needed one.
    ///
    /// - Parameters:
    ///   - report: The parsed report.
    ///   - context: The vocabulary whose templates declare the identities;
    ///     a table without a template is not checked.
    /// - Returns: The errors and notes, in table, identity and axis order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      var diagnostics: [Diagnostic] = []
      for table in report.tables {
        guard let template = context.template(for: table) else { continue }
        let section = template.sectionKind.flatMap { kind in report.sections.first { $0.kind == kind }?.heading }
        let names = _IdentityNames(template: template)
        var blanks: [Identity.CellReference] = []
        var seenBlanks: Set<Identity.CellReference> = []
        for identity in template.identities {
          for instance in identity.evaluate(table) {
            for blank in instance.blanksCountedAsZero where seenBlanks.insert(blank).inserted {
              blanks.append(blank)
            }
            if !instance.holds {
              diagnostics.append(
                failure(instance, of: identity, table: table, section: section, names: names))
            }
          }
        }
        if !blanks.isEmpty {
          diagnostics.append(blankNote(blanks, table: table, section: section))
        }
      }
      return diagnostics
    }

    /// Which side of an identity is a single stated cell (the total the
    /// other side's parts are summed to check), if exactly one is; the left
    /// when both are.
    private enum StatedSide { case lhs, rhs }

    private static func statedSide(of identity: Identity) -> StatedSide? {
      switch (identity.lhs.count, identity.rhs.count) {
      case (1, _): .lhs
      case (_, 1): .rhs
      default: nil
      }
    }

    private func failure(
      _ instance: Identity.Instance, of identity: Identity, table: ReportTable, section: String?,
      names: _IdentityNames
    ) -> Diagnostic {
      func reference(_ name: String) -> Identity.CellReference {
        switch identity.scope {
        case .eachColumn: Identity.CellReference(row: name, column: instance.key)
        case .eachRow: Identity.CellReference(row: instance.key, column: name)
        }
      }
      func range(_ reference: Identity.CellReference) -> SourceRange? {
        table[row: reference.row]?[reference.column]?.range
      }
      let side = Self.statedSide(of: identity)
      let stated: Identity.CellReference? =
        switch side {
        case .lhs: identity.lhs.first.map(reference)
        case .rhs: identity.rhs.first.map(reference)
        case nil: nil
        }
      let actual = side == .rhs ? instance.rhs : instance.lhs
      let expected = side == .rhs ? instance.lhs : instance.rhs
      var location = Diagnostic.Location(table: table.key, section: section)
      switch identity.scope {
      case .eachColumn:
        location.column = instance.key
        location.row = stated?.row
      case .eachRow:
        location.row = instance.key
        location.column = stated?.column
      }
      location.range =
        stated.flatMap(range) ?? Self.union((identity.lhs + identity.rhs).map(reference).compactMap(range))
        ?? table.range
      let text = names.message(for: instance, of: identity, table: table.key)
      return Diagnostic(
        identity.code, .error, text.en, zh: text.zh, location: location, expected: Double(expected),
        actual: Double(actual))
    }

    private func blankNote(_ blanks: [Identity.CellReference], table: ReportTable, section: String?) -> Diagnostic {
      let shown = blanks.prefix(5).map { "\($0.row).\($0.column)" }.joined(separator: ", ")
      let more = blanks.count > 5 ? ", …" : ""
      let range = blanks.lazy.compactMap { table[row: $0.row]?[$0.column]?.range }.first ?? table.range
      return Diagnostic(
        .blankAsZero, .info,
        "\(blanks.count) blank cell(s) of \(table.key) were counted as 0 in its arithmetic: \(shown)\(more).",
        zh: "\(table.key)表有\(blanks.count)个空白单元格在勾稽核对中按0计算：\(shown)\(more)。",
        location: Diagnostic.Location(table: table.key, section: section, range: range))
    }

    static func union(_ ranges: [SourceRange]) -> SourceRange? {
      guard var result = ranges.first else { return nil }
      for range in ranges.dropFirst() { result = result.union(range) }
      return result
    }
  }
}
