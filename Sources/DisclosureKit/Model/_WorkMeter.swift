import Foundation

/// Counts the work the expensive stages do, so tests can state a bound on
/// work ("split candidates examined ≤ maxSplitCandidates", "tokens ≤ bytes")
/// instead of a timed assertion.
///
/// Off unless a caller installs one for the duration of a call:
///
/// ```swift
/// let meter = _WorkMeter()
/// _WorkMeter.$current.withValue(meter) { _ = try? ReportParser().parse(data: data) }
/// meter[.tokens]   // tokens the lexer emitted
/// ```
///
/// Each stage reports once per call, after its loop, never from an inner
/// loop, so an uninstalled meter costs one task-local read per stage call.
/// Internal: tests reach it with `@testable import`.
final class _WorkMeter: @unchecked Sendable {
  /// What is counted.
  enum Counter: Hashable, Sendable, CaseIterable {
    /// Bytes handed to ``SourceReader/read(_:)``.
    case inputBytes
    /// Tags and text runs the HTML reader tokenised and rendered.
    case htmlTokens
    /// Tokens the lexer emitted (every call of ``Lexer/tokenize(_:into:)``).
    case tokens
    /// Calls of the run-together split search.
    case splitSearches
    /// Candidates all split searches examined, added up.
    case splitCandidates
    /// The most candidates one split search examined.
    case maxSplitCandidatesPerSearch
  }

  /// The meter the current task (or thread, outside a task) reports to.
  @TaskLocal static var current: _WorkMeter?

  // A lock rather than an actor: the stages are synchronous and may run on
  // many tasks sharing one meter.
  private let lock = NSLock()
  private var counts: [Counter: Int] = [:]

  init() {}

  /// The count so far.
  subscript(_ counter: Counter) -> Int {
    lock.withLock { counts[counter, default: 0] }
  }

  /// Adds `amount` to `counter` of the installed meter, if any.
  static func add(_ counter: Counter, _ amount: Int) {
    guard let meter = current else { return }
    meter.lock.withLock {
      let (sum, overflow) = meter.counts[counter, default: 0].addingReportingOverflow(amount)
      meter.counts[counter] = overflow ? Int.max : sum
    }
  }

  /// Raises `counter` of the installed meter to `value` if it is lower.
  static func raise(_ counter: Counter, to value: Int) {
    guard let meter = current else { return }
    meter.lock.withLock { meter.counts[counter] = max(meter.counts[counter, default: 0], value) }
  }
}
