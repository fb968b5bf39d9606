import ArgumentParser

/// The exit statuses `disclosure` uses beyond 0.
enum ExitStatus {
  /// `check` found an error-severity diagnostic.
  static let diagnosticsFoundErrors = ExitCode(1)
  /// An input could not be read; the others were processed. Wins over 1.
  static let inputFailed = ExitCode(2)
}

extension ExitStatus {
  /// Runs `body`, turning a failure to write the output (a full disk, an
  /// unwritable `--output`) into one line on standard error and exit status 2,
  /// rather than argument parser's generic error.
  static func reportingOutputFailures(_ progress: Progress, _ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch let failure as FileFailure {
      progress.report(failure.message)
      throw inputFailed
    }
  }
}
