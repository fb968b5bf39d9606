extension Extractors {
  /// The standard-table format of 国办公开办函〔2019〕60号 and 〔2021〕30号:
  /// six sections and tables 2, 3 and 4.
  ///
  /// The template is `standard2019` or `standard2021` by the edition of the
  /// tables found, else by the year (2021 on is `standard2021`). Tables 2–4
  /// are passed on as the table reader aligned them; each of the three that
  /// is absent raises a ``Diagnostic/Code/tableMissing`` error (never a
  /// table of zeros). Figures the prose states are read as facts with
  /// ``FactPattern/disclosureFacts``; the narrative sections stay in the
  /// report's section tree (``AnnualReport/text(of:)-(SectionKind)``).
  ///
  /// Score (0…1): with standard tables, 0.7 + 0.1 per table found; without,
  /// 0.9 × the share of the six standard section kinds whose standard title
  /// a level-1 heading carries. Then +0.1 when the year is 2019 or later,
  /// −0.3 when it is 2018 or earlier.
  public struct StandardTable: ReportExtractor {
    public var vocabulary: Vocabulary
    /// The patterns prose figures are read with.
    public var factPatterns: [FactPattern]

    /// The extractor with the built-in templates, or with `vocabulary`.
    public init(
      vocabulary: Vocabulary = StandardTable.defaultVocabulary,
      factPatterns: [FactPattern] = FactPattern.disclosureFacts
    ) {
      self.vocabulary = vocabulary
      self.factPatterns = factPatterns
    }

    /// The six standard sections and the tables of both editions.
    public static var defaultVocabulary: Vocabulary {
      Vocabulary(sections: Vocabulary.standardSections, tables: TableTemplate.standard2019 + TableTemplate.standard2021)
    }

    public var id: String { "standard-table" }

    public func score(_ document: Document) -> Double {
      let signals = _ReportSignals(document: document)
      let tables = signals.standardTableCount
      var score: Double
      if tables > 0 {
        score = 0.7 + 0.1 * Double(tables)
      } else {
        let kinds = _ReportSignals.kindCount(vocabulary.sections)
        score = kinds == 0 ? 0 : 0.9 * Double(signals.matchedKinds(vocabulary.sections)) / Double(kinds)
      }
      if let year = signals.year { score += year >= 2019 ? 0.1 : -0.3 }
      return min(1, max(0, score))
    }

    public func extract(_ document: Document) -> ExtractionResult {
      var tables: [ReportTable] = []
      var diagnostics: [Diagnostic] = []
      var tableKeys: [String] = []
      for template in vocabulary.tables where !tableKeys.contains(template.key) { tableKeys.append(template.key) }
      for key in tableKeys {
        if let table = document.table(key) {
          tables.append(table)
          continue
        }
        let kind = vocabulary.tables.first { $0.key == key }?.sectionKind
        let section = kind.flatMap { document.sections.section($0) }
        let number = ["activeDisclosure": "2", "requests": "3", "reviewLitigation": "4"][key]
        let name = number.map { "Table \($0) (\(key))" } ?? "Table \(key)"
        let message =
          section.map { "\(name) was not found under \($0.heading); its values are unknown, not zero." }
          ?? "\(name) and its section were not found; its values are unknown, not zero."
        diagnostics.append(
          Diagnostic(
            .tableMissing, .error, message, zh: "未找到统计表（\(key)），其数值未知。",
            location: Diagnostic.Location(table: key, section: section?.heading, range: section?.range)))
      }
      // A table's row labels are not statements: `申请人逾期未按收费通知要求缴纳费用…`
      // is a row of table 3, not a report that no fee was collected.
      let tableRanges = tables.compactMap(\.range)
      let facts = FactReader(patterns: factPatterns).read(
        document.text.text, tokens: document.tokens, in: nil, skipping: tableRanges
      ).filter { fact in !tableRanges.contains { $0.contains(fact.range) } }
      return ExtractionResult(
        template: "standard\(edition(of: document, tables: tables))", confidence: score(document), tables: tables,
        facts: facts, diagnostics: diagnostics)
    }

    /// The edition of the tables found, else 2021 from the year 2021 on, else 2019.
    func edition(of document: Document, tables: [ReportTable]) -> Int {
      if let edition = tables.lazy.compactMap(\.edition).first { return edition }
      if let year = document.metadata.year, year >= 2021 { return 2021 }
      return 2019
    }
  }
}
