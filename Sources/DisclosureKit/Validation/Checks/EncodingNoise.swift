extension ReportChecks {
  /// Reports noise the normaliser left in ``AnnualReport/normalizedText``
  /// (`text.encodingNoise`, warning): one diagnostic per kind of noise, with
  /// the number found and the range of the first.
  ///
  /// The kinds are mojibake (`?!巴夤_` where a GBK page was decoded as
  /// something else, `锟斤拷`, `烫烫烫`, `â€`), U+FFFD replacement characters,
  /// pinyin annotations left beside their character (`領(lǐng)`), and HTML
  /// residue (`<span`, `/span>`, `&nbsp;`). Occurrences inside the range of
  /// an `encodingNoise` diagnostic an earlier stage raised are not counted
  /// again, and replacement characters are not reported when the input
  /// stage already raised `input.encoding` for them.
  ///
  /// ```swift
  /// // normalizedText: "在市委的領(lǐng)导下"
  /// // → text.encodingNoise "1 pinyin annotation(s) remain in the text, first “(lǐng)”"
  /// ```
  ///
  /// - Complexity: O(n) in the text's bytes.
  public struct EncodingNoise: ReportCheck {
    /// Creates the check.
    public init() {}

    /// One `text.encodingNoise` warning per kind of noise left in the normalised text.
    ///
    /// - Parameters:
    ///   - report: The parsed report, with its ``AnnualReport/normalizedText``.
    ///   - context: Unused.
    /// - Returns: The warnings: mojibake, replacement characters, pinyin, markup, in that order.
    public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
      let covered = report.diagnostics.filter { $0.code == .encodingNoise }.compactMap { $0.location?.range }
      let decodedWithReplacement = report.diagnostics.contains { $0.code == .inputEncoding }
      var found: [_NoiseScanner.Kind: (count: Int, first: SourceRange)] = [:]
      for finding in _NoiseScanner.scan(report.normalizedText)
      where !covered.contains(where: { $0.contains(finding.range) }) {
        if finding.kind == .replacementCharacter && decodedWithReplacement { continue }
        let first = found[finding.kind]?.first ?? finding.range
        found[finding.kind] = ((found[finding.kind]?.count ?? 0) + 1, first)
      }
      return _NoiseScanner.Kind.allCases.compactMap { kind in
        guard let (count, first) = found[kind] else { return nil }
        let sample = report.normalizedText.slice(first)
        return Diagnostic(
          .encodingNoise, .warning,
          "\(count) \(kind.english) remain in the text, first “\(sample)”.",
          zh: "正文中残留\(count)处\(kind.chinese)，首处为“\(sample)”。",
          location: Diagnostic.Location(range: first))
      }
    }
  }
}
