import Foundation

/// Where a subcommand's output goes: standard output, or the file of
/// `--output`, created or truncated.
final class OutputSink {
  private let handle: FileHandle
  private let path: String?

  /// Standard output.
  static var standardOutput: OutputSink { OutputSink(handle: .standardOutput) }

  private init(handle: FileHandle) {
    self.handle = handle
    self.path = nil
  }

  /// Opens `path`, or standard output when `path` is `nil` or `-`.
  ///
  /// - Throws: ``FileFailure`` when the file cannot be created.
  init(path: String?) throws(FileFailure) {
    guard let path, path != "-" else {
      self.handle = FileHandle.standardOutput
      self.path = nil
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw FileFailure(path: path, reason: "the output file cannot be created")
    }
    self.handle = handle
    self.path = path
  }

  /// Writes `data`.
  ///
  /// - Throws: ``FileFailure`` when the write fails (a full disk, a closed pipe).
  func write(_ data: Data) throws(FileFailure) {
    guard !data.isEmpty else { return }
    do {
      try handle.write(contentsOf: data)
    } catch {
      throw FileFailure(path: path ?? "<stdout>", reason: "the output cannot be written: \(error.localizedDescription)")
    }
  }

  /// Writes `text` as UTF-8.
  func write(_ text: String) throws(FileFailure) { try write(Data(text.utf8)) }

  /// Flushes and closes a file; standard output stays open.
  func close() {
    guard path != nil else { return }
    try? handle.synchronize()
    try? handle.close()
  }
}
