import Foundation
import Testing

/// What one run of the `disclosure` binary produced.
struct CommandResult: Sendable {
  var status: Int32
  var stdout: Data
  var stderr: String

  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

  /// The lines of standard output, without the final empty one.
  var stdoutLines: [String] { Self.lines(stdoutText) }

  /// The lines of standard error, without the final empty one.
  var stderrLines: [String] { Self.lines(stderr) }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// Runs the built `disclosure` executable as a subprocess.
///
/// The binary sits in the build products directory beside the test bundle:
/// SwiftPM builds it first because the test target depends on it.
/// `DISCLOSURE_BINARY` overrides the search.
enum Command {
  /// The `disclosure` binary, or `nil` when it cannot be found.
  static let binary: URL? = {
    if let path = ProcessInfo.processInfo.environment["DISCLOSURE_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    return product(named: "disclosure")
  }()

  /// The executable `name` in the build products directory, or `nil`.
  static func product(named name: String) -> URL? {
    let fileManager = FileManager.default
    var directories: [URL] = []
    if let first = CommandLine.arguments.first {
      directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    directories.append(Bundle.main.bundleURL)
    directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for bundle in Bundle.allBundles {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    for directory in directories {
      let candidate = directory.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        fileManager.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    return nil
  }

  /// Runs `disclosure arguments…` in `directory` and waits for it.
  ///
  /// Output goes to temporary files rather than pipes, so a large output on
  /// one stream can never block the child while the other is read.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after the command name.
  ///   - stdin: A file to connect to standard input; `/dev/null` otherwise.
  ///   - directory: The working directory; the Examples package by default.
  static func run(
    _ arguments: [String], stdin: URL? = nil, in directory: URL = Paths.examples, binary: URL? = Command.binary
  ) throws -> CommandResult {
    let binary = try #require(binary, "the binary was not found beside the test bundle")
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = try FileHandle(forReadingFrom: stdin ?? URL(fileURLWithPath: "/dev/null"))
    defer {
      try? out.close()
      try? err.close()
      try? input.close()
    }

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}
