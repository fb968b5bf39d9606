import Foundation

/// Options for a ``ReportParser``.
public struct ParseOptions: Sendable, Hashable {
  /// The caps on everything an input can inflate.
  public var limits: ParseLimits
  /// Use this extractor whatever the scores say; `nil` to choose by score.
  public var forcedExtractor: String?
  /// Run the built-in checks of ``ReportChecks/all``.
  public var runsChecks: Bool
  /// The score the best extractor must reach for its template to be used.
  /// Below it the report's template is `unknown`, its extractor `none`, and
  /// it carries a ``Diagnostic/Code/unknownTemplate`` diagnostic instead of a
  /// forced fit. Default ``ParseOptions/defaultMinimumScore`` (0.35): the
  /// built-ins score at least 0.5 on any document in their format, and
  /// below 0.3 on a news article or an empty page.
  public var minimumScore: Double

  /// The default of ``minimumScore``.
  public static let defaultMinimumScore = 0.35

  public init(
    limits: ParseLimits = .default, forcedExtractor: String? = nil, runsChecks: Bool = true,
    minimumScore: Double = ParseOptions.defaultMinimumScore
  ) {
    self.limits = limits
    self.forcedExtractor = forcedExtractor
    self.runsChecks = runsChecks
    self.minimumScore = minimumScore
  }
}

/// Parses annual reports: bytes in, ``AnnualReport`` out.
///
/// The built-in extractors are registered by default; ``register(_:)`` adds
/// a custom one. A parser is a value and `Sendable`: share one across tasks
/// and parse thousands of reports concurrently without locks.
///
/// ```swift
/// let report = try ReportParser().parse(string: text)
/// report.table("requests")?.value("newRequests", "total")   // 2
/// ```
public struct ReportParser: Sendable {
  public var options: ParseOptions
  public private(set) var registry: ExtractorRegistry {
    didSet { prepare() }
  }
  /// The heading detector and table reader made for the union of the
  /// extractors' vocabularies: they depend on the registry alone, so they
  /// are made when it changes, not for every report (and whatever a stage
  /// prepares from its vocabulary is kept with it).
  private var headingDetector = HeadingDetector(vocabulary: Vocabulary())
  private var tableReader = TableReader(templates: [])

  /// A parser with the built-in extractors.
  public init(options: ParseOptions = ParseOptions()) {
    self.init(
      extractors: [Extractors.StandardTable(), Extractors.Narrative(), Extractors.WorkSummary()], options: options)
  }

  /// A parser with exactly `extractors`, in that order.
  public init(extractors: [any ReportExtractor], options: ParseOptions = ParseOptions()) {
    self.options = options
    self.registry = ExtractorRegistry(extractors)
    prepare()
  }

  private mutating func prepare() {
    let vocabulary = registry.vocabulary
    headingDetector = HeadingDetector(vocabulary: vocabulary)
    tableReader = TableReader(templates: vocabulary.tables)
  }

  /// Adds `extractor` after those already registered (replacing one with the same id).
  public mutating func register(_ extractor: any ReportExtractor) {
    registry.register(extractor)
  }

  /// Parses the bytes of one report.
  ///
  /// - Parameters:
  ///   - data: The file's bytes, in any supported encoding, text or HTML.
  ///   - name: The name reported as `source.name`.
  /// - Throws: ``InputError`` when nothing can be read.
  /// - Complexity: O(n) in the input's bytes.
  public func parse(data: Data, name: String = "") throws(InputError) -> AnnualReport {
    let source = try SourceReader(limits: options.limits).read(data)
    return parse(source, name: name)
  }

  /// Parses a report given as a string.
  public func parse(string: String, name: String = "") throws(InputError) -> AnnualReport {
    try parse(data: Data(string.utf8), name: name)
  }

  /// Parses the file at `url`.
  public func parse(contentsOf url: URL) throws(InputError) -> AnnualReport {
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .mappedIfSafe)
    } catch {
      throw .unreadableFile(error.localizedDescription)
    }
    return try parse(data: data, name: url.lastPathComponent)
  }

  /// Runs the pipeline up to the extractors: the ``Document`` every extractor reads.
  public func document(data: Data, name: String = "") throws(InputError) -> Document {
    let source = try SourceReader(limits: options.limits).read(data)
    return document(source, name: name)
  }

  private func document(_ source: SourceDocument, name: String) -> Document {
    let limits = options.limits
    let text = Normalizer(limits: limits).normalize(source)
    let tokens = Lexer().tokenize(text.text)
    var detector = headingDetector
    detector.limits = limits
    let sections = detector.detect(in: text, tokens: tokens)
    let metadata = MetadataReader().read(text, tokens: tokens, sections: sections)
    var reader = tableReader
    reader.limits = limits
    let tables = reader.read(text, tokens: tokens, sections: sections)
    let info = SourceInfo(
      name: name, form: source.form.rawValue, encoding: source.encoding.rawValue, bytes: source.byteCount)
    return Document(
      source: info, text: text, tokens: tokens, sections: sections, metadata: metadata, tables: tables.tables,
      unmatchedGrids: tables.unmatched, diagnostics: text.diagnostics + tables.diagnostics)
  }

  private func parse(_ source: SourceDocument, name: String) -> AnnualReport {
    report(for: document(source, name: name))
  }

  /// Chooses an extractor for `document` and builds its report.
  ///
  /// Every registered extractor scores the document and every score is kept
  /// in ``AnnualReport/scores``. ``ParseOptions/forcedExtractor`` names the
  /// extractor to use whatever the scores say (an id that is not registered
  /// is ignored); otherwise the registry's choice is used when its score
  /// reaches ``ParseOptions/minimumScore``, and the template is `unknown`
  /// when it does not.
  ///
  /// - Parameter document: What the earlier stages read, from ``document(data:name:)``.
  /// - Returns: The report, with the built-in checks run when ``ParseOptions/runsChecks`` is set.
  /// - Complexity: one `score(_:)` per registered extractor, one `extract(_:)`.
  public func report(for document: Document) -> AnnualReport {
    // Each extractor scores once: the same scores give the report's
    // `scores` and the registry's choice.
    let scored = registry.scores(for: document)
    var scores: [String: Double] = [:]
    for entry in scored { scores[entry.id] = entry.score }
    var chosen: (any ReportExtractor)?
    if let forced = options.forcedExtractor, let extractor = registry.extractor(id: forced) {
      chosen = extractor
    } else if let selection = registry.best(of: scored), selection.score >= options.minimumScore {
      chosen = selection.extractor
    }
    var report: AnnualReport
    var vocabulary = Vocabulary()
    if let extractor = chosen {
      let result = extractor.extract(document)
      vocabulary = extractor.vocabulary
      report = AnnualReport(
        source: document.source, template: result.template, extractor: extractor.id,
        confidence: ExtractorRegistry.clamped(result.confidence), scores: scores, metadata: document.metadata,
        sections: document.sections.sections, tables: result.tables, facts: result.facts,
        diagnostics: document.diagnostics + result.diagnostics, normalizedText: document.text.text,
        sourceMap: document.text.sourceMap)
    } else {
      let best = scores.values.max() ?? 0
      let unknown = Diagnostic(
        .unknownTemplate, .warning,
        "No extractor recognised the document (best score \(Self.format(best)), "
          + "minimum \(Self.format(options.minimumScore))); no tables or facts were read.",
        zh: "未能识别报告格式，未读取表格和数据。")
      report = AnnualReport(
        source: document.source, template: "unknown", extractor: "none", confidence: best, scores: scores,
        metadata: document.metadata, sections: document.sections.sections, tables: [], facts: [],
        diagnostics: document.diagnostics + [unknown], normalizedText: document.text.text,
        sourceMap: document.text.sourceMap)
    }
    if options.runsChecks {
      let context = CheckContext(vocabulary: vocabulary)
      for check in ReportChecks.all {
        report.diagnostics += check.check(report, in: context)
      }
    }
    if report.diagnostics.count > options.limits.maxDiagnostics {
      report.diagnostics.removeLast(report.diagnostics.count - max(0, options.limits.maxDiagnostics))
    }
    return report
  }

  private static func format(_ score: Double) -> String {
    let hundredths = Int((min(1, max(0, score)) * 100).rounded())
    let fraction = hundredths % 100
    return String(hundredths / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
  }
}
