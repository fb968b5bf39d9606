/// The extractors a parser chooses from, and the choice.
///
/// Every extractor scores the document; the highest score wins, and on equal
/// scores the one registered first. An extractor can also be forced by id.
public struct ExtractorRegistry: Sendable {
  /// The registered extractors, in registration order.
  public private(set) var extractors: [any ReportExtractor]

  public init(_ extractors: [any ReportExtractor] = []) {
    self.extractors = extractors
  }

  /// Adds `extractor`; one with the same id is replaced in place.
  public mutating func register(_ extractor: any ReportExtractor) {
    if let index = extractors.firstIndex(where: { $0.id == extractor.id }) {
      extractors[index] = extractor
    } else {
      extractors.append(extractor)
    }
  }

  /// The union of every extractor's vocabulary.
  public var vocabulary: Vocabulary {
    extractors.reduce(Vocabulary()) { $0.merging($1.vocabulary) }
  }

  /// The extractor of `id`.
  public func extractor(id: String) -> (any ReportExtractor)? { extractors.first { $0.id == id } }

  /// Every extractor's score for `document`, in registration order.
  public func scores(for document: Document) -> [(id: String, score: Double)] {
    extractors.map { (id: $0.id, score: $0.score(document)) }
  }

  /// The best-scoring extractor for `document` and every score; `nil` when
  /// there are no extractors.
  public func select(for document: Document) -> (extractor: any ReportExtractor, scores: [String: Double])? {
    var best: (any ReportExtractor, Double)?
    var all: [String: Double] = [:]
    for extractor in extractors {
      let score = extractor.score(document)
      all[extractor.id] = score
      if best == nil || score > (best?.1 ?? 0) { best = (extractor, score) }
    }
    guard let chosen = best else { return nil }
    return (chosen.0, all)
  }
}
