import Foundation

/// Places the tests read from and write to.
enum Paths {
  /// The Examples package, which holds `Tests/disclosureTests/Support/` and this file.
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled sample reports, as a path relative to ``examples``.
  static let reports = "Reports"

  /// The bundled sample reports, by file name.
  static let reportNames = [
    "changzhou-2019.txt", "guangzhou-2018.txt", "jingdezhen-2018.txt", "lengshuitan-2020.txt", "xiejiaji-2020.txt",
  ]

  /// The size in bytes of the bundled report `name`.
  static func size(of name: String) throws -> Int {
    try Data(contentsOf: examples.appendingPathComponent(reports).appendingPathComponent(name)).count
  }
}

/// A directory removed when the value is released.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "disclosure-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `data` to `name` inside the directory and returns its path.
  @discardableResult
  func write(_ data: Data, to name: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try data.write(to: file)
    return file.path
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
