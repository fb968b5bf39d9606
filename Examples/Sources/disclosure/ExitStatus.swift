import ArgumentParser

/// The exit statuses `disclosure` uses beyond 0.
enum ExitStatus {
  /// `check` found an error-severity diagnostic.
  static let diagnosticsFoundErrors = ExitCode(1)
  /// An input could not be read; the others were processed. Wins over 1.
  static let inputFailed = ExitCode(2)
}
