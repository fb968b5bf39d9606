/// The extractors a parser chooses from, and the choice.
///
/// Every extractor scores the document; the highest score wins, and on equal
/// scores the one registered first. A score that is not a number counts as
/// 0 and scores are clamped to 0…1, so a misbehaving plug-in cannot win by
/// returning `.infinity` or `.nan`. An extractor can also be forced by id
/// (``ParseOptions/forcedExtractor``).
///
/// ```swift
/// var registry = ExtractorRegistry([Extractors.StandardTable(), Extractors.Narrative()])
/// registry.register(MyExtractor())          // appended: it wins only by scoring higher
/// registry.select(for: document)?.extractor.id
/// ```
public struct ExtractorRegistry: Sendable {
  /// The registered extractors, in registration order.
  public private(set) var extractors: [any ReportExtractor]

  public init(_ extractors: [any ReportExtractor] = []) {
    self.extractors = []
    for extractor in extractors { register(extractor) }
  }

  /// Adds `extractor`; one with the same id is replaced in place, keeping
  /// its position in the order.
  public mutating func register(_ extractor: any ReportExtractor) {
    if let index = extractors.firstIndex(where: { $0.id == extractor.id }) {
      extractors[index] = extractor
    } else {
      extractors.append(extractor)
    }
  }

  /// The union of every extractor's vocabulary, in registration order.
  public var vocabulary: Vocabulary {
    extractors.reduce(Vocabulary()) { $0.merging($1.vocabulary) }
  }

  /// The extractor of `id`.
  public func extractor(id: String) -> (any ReportExtractor)? { extractors.first { $0.id == id } }

  /// Every extractor's score for `document`, in registration order, clamped
  /// to 0…1 and rounded to 4 decimals.
  ///
  /// - Complexity: one call of each extractor's `score(_:)`.
  public func scores(for document: Document) -> [(id: String, score: Double)] {
    extractors.map { (id: $0.id, score: Self.clamped($0.score(document))) }
  }

  /// The best-scoring extractor for `document` and every score; `nil` when
  /// there are no extractors.
  ///
  /// The highest score wins; on a tie the extractor registered first wins.
  ///
  /// - Returns: The chosen extractor and every extractor's score by id (the
  ///   chosen one's under its ``ReportExtractor/id``).
  public func select(for document: Document) -> (extractor: any ReportExtractor, scores: [String: Double])? {
    var best: (extractor: any ReportExtractor, score: Double)?
    var all: [String: Double] = [:]
    for extractor in extractors {
      let score = Self.clamped(extractor.score(document))
      all[extractor.id] = score
      // Strictly greater: the first registered keeps a tie.
      if let current = best, score <= current.score { continue }
      best = (extractor, score)
    }
    guard let chosen = best else { return nil }
    return (chosen.extractor, all)
  }

  /// The extractor ``select(for:)`` chooses, from `scored` as
  /// ``scores(for:)`` returned them (one per extractor, in order), so a
  /// caller that keeps the scores does not score the document twice.
  func best(of scored: [(id: String, score: Double)]) -> (extractor: any ReportExtractor, score: Double)? {
    var best: (extractor: any ReportExtractor, score: Double)?
    for (extractor, entry) in zip(extractors, scored) {
      // Strictly greater: the first registered keeps a tie.
      if let current = best, entry.score <= current.score { continue }
      best = (extractor, entry.score)
    }
    return best
  }

  /// `score` within 0…1 and rounded to 4 decimals, so sums of weights such
  /// as 0.8 + 0.15 read 0.95 in the JSON rather than 0.9500000000000001.
  static func clamped(_ score: Double) -> Double {
    guard score.isFinite else { return score == .infinity ? 1 : 0 }
    return (min(1, max(0, score)) * 10_000).rounded() / 10_000
  }
}
