import Foundation

/// The benchmark corpus: the seed reports from the library's test fixtures,
/// repeated to the size a benchmark asks for. Nothing large is committed; the
/// text is built when a benchmark starts.
public enum Corpus {
  /// `Tests/DisclosureKitTests/Fixtures/seeds` of the enclosing DisclosureKit
  /// checkout, found from this file's path so the clone's folder name does not matter.
  public static let seedsDirectory: URL = {
    // …/Benchmarks/Benchmarks/BenchmarkCorpus/Corpus.swift → the repository root is four levels up.
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Tests/DisclosureKitTests/Fixtures/seeds", isDirectory: true)
  }()

  /// The seed reports' bytes, by file name order.
  public static let seeds: [(name: String, data: Data)] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
    let seeds = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name -> (String, Data)? in
      guard let data = try? Data(contentsOf: seedsDirectory.appendingPathComponent(name)) else { return nil }
      return (name, data)
    }
    if seeds.isEmpty {
      FileHandle.standardError.write(Data("no seed reports found under \(seedsDirectory.path)\n".utf8))
    }
    return seeds
  }()

  /// The seeds, concatenated and repeated until at least `bytes` long, each copy
  /// on its own lines. Valid UTF-8, and contiguous so readers can take its bytes in place.
  public static func text(atLeast bytes: Int) -> String {
    var buffer = Data()
    buffer.reserveCapacity(bytes + 64 << 10)
    let all = seeds.map(\.data)
    guard !all.isEmpty else { return "" }
    while buffer.count < bytes {
      for seed in all {
        buffer.append(seed)
        buffer.append(0x0A)
      }
    }
    var text = String(decoding: buffer, as: UTF8.self)
    text.makeContiguousUTF8()
    return text
  }

  /// The seed report whose size is closest to `bytes`, as contiguous text: a
  /// real report of about that size.
  public static func seed(closestTo bytes: Int) -> String {
    guard let seed = seeds.min(by: { abs($0.data.count - bytes) < abs($1.data.count - bytes) }) else { return "" }
    var text = String(decoding: seed.data, as: UTF8.self)
    text.makeContiguousUTF8()
    return text
  }

  /// One report of at least `bytes`: the seeds concatenated (a report no
  /// scraper would make, but realistic text at that size).
  public static func report(atLeast bytes: Int) -> Data {
    Data(text(atLeast: bytes).utf8)
  }
}
