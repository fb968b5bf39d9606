import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress line on standard error, and the error lines that must not
/// tangle with it.
///
/// The line (`[12/340] 45.2 reports/s`) is drawn only when standard error is
/// a terminal and `--quiet` was not given, so logs and pipes never see it. It
/// is redrawn at most ten times a second and erased before any other line is
/// written to standard error and when the run ends.
///
/// Not `Sendable` on purpose: it lives on the task that delivers results.
final class Progress {
  private let total: Int
  private let isShown: Bool
  private let started = Date()
  private var done = 0
  private var lastDrawn: Date?
  private var lineIsDrawn = false
  /// Whether the command's output goes to the same terminal, so the line
  /// must be erased before each write of it.
  private let sharesTerminal: Bool

  /// A progress line for `total` inputs; drawn when `enabled` and standard
  /// error is a terminal.
  ///
  /// - Parameter writesToStandardOutput: Whether the command's output goes
  ///   to standard output (rather than an `--output` file).
  init(total: Int, enabled: Bool, writesToStandardOutput: Bool = true) {
    self.total = total
    self.isShown = enabled && isatty(STDERR_FILENO) == 1
    self.sharesTerminal = writesToStandardOutput && isatty(STDOUT_FILENO) == 1
  }

  /// Erases the line if the output about to be written would land on it.
  func willWriteOutput() {
    if sharesTerminal { erase() }
  }

  /// Counts one more input as done and redraws the line if it is due.
  func advance() {
    done += 1
    guard isShown else { return }
    let now = Date()
    if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.1, done < total { return }
    lastDrawn = now
    let elapsed = max(now.timeIntervalSince(started), 0.001)
    let rate = Double(done) / elapsed
    Self.write("\r\u{1B}[2K[\(done)/\(total)] \(String(format: "%.1f", rate)) reports/s")
    lineIsDrawn = true
  }

  /// Writes `line` to standard error, erasing the progress line first.
  func report(_ line: String) {
    erase()
    Self.write(line + "\n")
  }

  /// Erases the progress line; call when the run ends.
  func finish() { erase() }

  private func erase() {
    guard lineIsDrawn else { return }
    Self.write("\r\u{1B}[2K")
    lineIsDrawn = false
  }

  private static func write(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
