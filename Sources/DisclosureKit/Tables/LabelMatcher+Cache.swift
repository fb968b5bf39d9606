import Foundation

// Every parse aligns the same built-in templates, and building a matcher
// (keying every label variant, filling its tables) cost about 2% of a parse.
// Matchers are kept for the process: a template already seen is found by
// equality, which for the shared built-in arrays is a comparison of buffers.

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
