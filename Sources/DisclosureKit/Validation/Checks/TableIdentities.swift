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
    public init() {}

    /// The diagnostics of every identity that does not hold, then one
    /// blank-as-zero note per table that needed one.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      var diagnostics: [Diagnostic] = []
      for table in report.tables {
        guard let template = context.template(for: table) else { continue }
        let section = template.sectionKind.flatMap { kind in report.sections.first { $0.kind == kind }?.heading }
        let names = _IdentityNames(template: template)
        var blanks: [_IdentityInstance.Term] = []
        var seenBlanks: Set<String> = []
        for identity in template.identities {
          for instance in identity._instances(in: table) {
            for term in instance.blankTerms where seenBlanks.insert(term.row + "\u{1F}" + term.column).inserted {
              blanks.append(term)
            }
            if !instance.holds {
              diagnostics.append(failure(instance, table: table, section: section, names: names))
            }
          }
        }
        if !blanks.isEmpty {
          diagnostics.append(blankNote(blanks, table: table, section: section))
        }
      }
      return diagnostics
    }

    private func failure(
      _ instance: _IdentityInstance, table: ReportTable, section: String?, names: _IdentityNames
    ) -> Diagnostic {
      let identity = instance.identity
      let stated: _IdentityInstance.Term? =
        switch instance.statedSide {
        case .lhs: instance.lhs.first
        case .rhs: instance.rhs.first
        case nil: nil
        }
      let actual = instance.statedSide == .rhs ? instance.rhsSum : instance.lhsSum
      let expected = instance.statedSide == .rhs ? instance.lhsSum : instance.rhsSum
      var location = Diagnostic.Location(table: table.key, section: section)
      switch identity.scope {
      case .eachColumn:
        location.column = instance.axisKey
        location.row = stated?.row
      case .eachRow:
        location.row = instance.axisKey
        location.column = stated?.column
      }
      location.range = stated?.range ?? Self.union((instance.lhs + instance.rhs).compactMap(\.range)) ?? table.range
      let text = names.message(for: instance, table: table.key)
      return Diagnostic(
        identity.code, .error, text.en, zh: text.zh, location: location, expected: Double(expected),
        actual: Double(actual))
    }

    private func blankNote(_ blanks: [_IdentityInstance.Term], table: ReportTable, section: String?) -> Diagnostic {
      let shown = blanks.prefix(5).map { "\($0.row).\($0.column)" }.joined(separator: ", ")
      let more = blanks.count > 5 ? ", …" : ""
      let range = blanks.lazy.compactMap(\.range).first ?? table.range
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
