import Foundation

/// Loads test fixtures from the bundled `Fixtures/` folder.
enum Fixtures {
  /// The five seed reports, by file name.
  static let seedNames = [
    "000_e2a8d1f6b7e730ef.txt", "001_8b0f81164f1885f1.txt", "002_7d8909bbcc7f64c9.txt",
    "003_c8c793dd69bb32e8.txt", "004_b820eed96e50d292.txt",
  ]

  /// The URL of `path` under `Fixtures/`.
  static func url(_ path: String) -> URL? {
    Bundle.module.resourceURL?.appendingPathComponent("Fixtures").appendingPathComponent(path)
  }

  /// The bytes of `path` under `Fixtures/`.
  static func data(_ path: String) throws -> Data {
    guard let url = url(path) else { throw CocoaError(.fileNoSuchFile) }
    return try Data(contentsOf: url)
  }

  /// The bytes of seed `number` (0…4).
  static func seed(_ number: Int) throws -> Data {
    try data("seeds/" + seedNames[number])
  }
}
