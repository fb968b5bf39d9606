import Foundation

// A `TableReader` owns one matcher per template, made when the reader is:
// reads take no lock and look nothing up. Making the matchers of the
// built-in templates (keying every label variant, filling the tables) costs
// more than reading a report's tables does, and callers make a parser, hence
// a reader, as they please (one per report, one per fuzz input); so readers
// take their matchers from a process-wide store, found by template equality,
// which for the shared built-in arrays is a comparison of buffers.

extension LabelMatcher {
  /// The matcher of `template`, built once for the first
  /// ``_LabelMatcherCache/capacity`` distinct templates a process aligns.
  static func cached(_ template: TableTemplate) -> LabelMatcher {
    if let matcher = _LabelMatcherCache.shared.matcher(for: template) { return matcher }
    let matcher = LabelMatcher(template)
    _LabelMatcherCache.shared.insert(matcher)
    return matcher
  }
}

/// The process's matchers, behind a lock: parses run on many tasks at once.
final class _LabelMatcherCache: @unchecked Sendable {
  static let shared = _LabelMatcherCache()
  /// Templates beyond this many are matched without being kept, so a caller
  /// that makes templates on the fly cannot grow the cache.
  static let capacity = 32

  private let lock = NSLock()
  private var matchers: [LabelMatcher] = []

  func matcher(for template: TableTemplate) -> LabelMatcher? {
    lock.withLock { matchers.first { $0.template == template } }
  }

  func insert(_ matcher: LabelMatcher) {
    lock.withLock {
      guard matchers.count < Self.capacity, !matchers.contains(where: { $0.template == matcher.template }) else {
        return
      }
      matchers.append(matcher)
    }
  }
}
