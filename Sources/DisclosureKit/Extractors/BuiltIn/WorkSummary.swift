extension Extractors {
  /// A free-form work summary published under a report's title: the outline
  /// and every counted figure (templates.md §4).
  ///
  /// Every figure with a unit is a `mention` fact labelled with the few
  /// words before it and quoting its clause; the figures that map to
  /// canonical keys (`收到依申请公开39件` → `requestsReceived`) are reported
  /// under those keys too. A ``Diagnostic/Code/notStatutoryFormat`` warning
  /// says the document does not follow the statutory format. The outline is
  /// the report's section tree. The template is `workSummary`.
  ///
  /// Score (0…1): 0 without work-summary headings (工作总结, 主要工作,
  /// 工作打算, 工作计划, 下一步工作, 工作思路 in a heading or a short line);
  /// else 0.5 + 0.15 per distinct heading word (at most two) + 0.15 when
  /// titled as an annual report; ×0.3 when three or more level-1 sections
  /// have a statutory kind, and 0 when standard tables were found.
  public struct WorkSummary: ReportExtractor {
    public var vocabulary: Vocabulary
    /// The patterns prose figures are mapped to canonical keys with.
    public var factPatterns: [FactPattern]

    public init(vocabulary: Vocabulary = Vocabulary(), factPatterns: [FactPattern] = FactPattern.disclosureFacts) {
      self.vocabulary = vocabulary
      self.factPatterns = factPatterns
    }

    public var id: String { "work-summary" }

    public func score(_ document: Document) -> Double {
      let signals = _ReportSignals(document: document)
      let markers = min(2, signals.workSummaryMarkerCount)
      guard markers > 0, signals.standardTableCount == 0 else { return 0 }
      var score = 0.5 + 0.15 * Double(markers) + (signals.isTitledAsAnnualReport ? 0.15 : 0)
      if signals.statutorySectionCount >= 3 { score *= 0.3 }
      return min(1, max(0, score))
    }

    public func extract(_ document: Document) -> ExtractionResult {
      let titled = _ReportSignals(document: document).isTitledAsAnnualReport
      let message =
        titled
        ? "The document is titled as an annual report but is a work summary: it does not follow the statutory format."
        : "The document is a work summary: it does not follow the statutory format."
      let diagnostic = Diagnostic(
        .notStatutoryFormat, .warning, message, zh: "文档未按政府信息公开工作年度报告的法定格式编写。",
        location: document.sections.sections.first.map {
          Diagnostic.Location(section: $0.heading, range: $0.headingRange)
        })
      return ExtractionResult(
        template: "workSummary", confidence: score(document),
        facts: FactReader(patterns: factPatterns, includesMentions: true).read(document), diagnostics: [diagnostic])
    }
  }
}
