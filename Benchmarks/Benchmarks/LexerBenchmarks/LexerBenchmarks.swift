import Benchmark
import BenchmarkCorpus
import DisclosureKit
import Foundation

// Figures are per pass over the whole buffer. `MB/s` (custom, larger is better)
// is measured around each pass; `numbers/s` likewise for ChineseNumber. Setup
// (building the corpus, sizing the reused token storage) runs before
// measurement starts, so allocation counts show the steady state.

let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
let numbersPerSecond = BenchmarkMetric.custom("numbers/s", polarity: .prefersLarger, useScalingFactor: false)
/// The tokenizer's MB/s as thousandths of the byte scan's, both timed back to back
/// in the same iteration, so load on a shared machine cancels out. Issue 4's target is ≥ 500.
let permilleOfByteScan = BenchmarkMetric.custom("‰ of byte scan", polarity: .prefersLarger, useScalingFactor: false)

/// Runs `body` once, returning its rate in `units` per second.
@inline(never)
func rate(_ units: Int, _ body: () -> Void) -> Int {
  let elapsed = ContinuousClock().measure(body)
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  return seconds > 0 ? Int(Double(units) / seconds) : 0
}

func megabytes(_ text: String) -> Int { text.utf8.count }

/// `\n` count over the bytes in place: the floor any tokenizer is measured against.
@inline(never)
func countLineBreaks(_ text: String) -> Int {
  text.utf8.withContiguousStorageIfAvailable { bytes in
    var n = 0
    for byte in bytes where byte == 0x0A { n &+= 1 }
    return n
  } ?? 0
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal, megabytesPerSecond],
    warmupIterations: 2,
    maxDuration: .seconds(3),
    maxIterations: 40
  )

  let sizes = [1, 8, 64]
  let corpora = Dictionary(uniqueKeysWithValues: sizes.map { ($0, Corpus.text(atLeast: $0 << 20)) })
  let text8 = corpora[8] ?? ""

  Benchmark("Byte scan (count line breaks) 8 MB") { benchmark in
    for _ in benchmark.scaledIterations {
      var lines = 0
      let r = rate(text8.utf8.count / 1_000_000) { lines = countLineBreaks(text8) }
      blackHole(lines)
      benchmark.measurement(megabytesPerSecond, r)
    }
  }

  for size in sizes {
    let text = corpora[size] ?? ""
    Benchmark("Tokenize into reused storage \(size) MB") { benchmark in
      var tokens: [Token] = []
      tokens.reserveCapacity(text.utf8.count / 2)
      Lexer().tokenize(text, into: &tokens)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        let r = rate(text.utf8.count / 1_000_000) { Lexer().tokenize(text, into: &tokens) }
        blackHole(tokens.count)
        benchmark.measurement(megabytesPerSecond, r)
      }
    }
  }

  for size in sizes {
    let text = corpora[size] ?? ""
    Benchmark(
      "Tokenize into reused storage, ‰ of byte scan \(size) MB",
      configuration: .init(metrics: [.wallClock, .mallocCountTotal, permilleOfByteScan, megabytesPerSecond])
    ) { benchmark in
      var tokens: [Token] = []
      tokens.reserveCapacity(text.utf8.count / 2)
      Lexer().tokenize(text, into: &tokens)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        var lines = 0
        let scan = rate(text.utf8.count / 1_000) { lines = countLineBreaks(text) }
        let tokenize = rate(text.utf8.count / 1_000) { Lexer().tokenize(text, into: &tokens) }
        blackHole(lines)
        blackHole(tokens.count)
        benchmark.measurement(permilleOfByteScan, scan > 0 ? tokenize * 1_000 / scan : 0)
        benchmark.measurement(megabytesPerSecond, tokenize / 1_000)
      }
    }
  }

  // Issue 4: the same MB/s on a seed-sized report parsed many times as on one large
  // text. Each iteration tokenizes a ~20 KB seed 3,000 times into the same storage
  // (about 60 MB in all), after counting its line breaks 3,000 times.
  let report = Corpus.seed(closestTo: 20_000)
  let repeats = 3_000
  Benchmark(
    "Tokenize a 20 KB report 3,000 times into reused storage, ‰ of byte scan",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal, permilleOfByteScan, megabytesPerSecond], maxIterations: 20)
  ) { benchmark in
    var tokens: [Token] = []
    tokens.reserveCapacity(report.utf8.count / 2)
    Lexer().tokenize(report, into: &tokens)
    let bytes = report.utf8.count * repeats
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      var lines = 0
      let scan = rate(bytes / 1_000) {
        for _ in 0..<repeats { lines &+= countLineBreaks(report) }
      }
      let tokenize = rate(bytes / 1_000) {
        for _ in 0..<repeats { Lexer().tokenize(report, into: &tokens) }
      }
      blackHole(lines)
      blackHole(tokens.count)
      benchmark.measurement(permilleOfByteScan, scan > 0 ? tokenize * 1_000 / scan : 0)
      benchmark.measurement(megabytesPerSecond, tokenize / 1_000)
    }
  }

  Benchmark("Tokenize count-only (callback) 8 MB") { benchmark in
    for _ in benchmark.scaledIterations {
      var count = 0
      let r = rate(text8.utf8.count / 1_000_000) { Lexer().forEachToken(in: text8) { _ in count &+= 1 } }
      blackHole(count)
      benchmark.measurement(megabytesPerSecond, r)
    }
  }

  Benchmark(
    "ChineseNumber.forEachValue of every number token 8 MB",
    configuration: .init(metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal, numbersPerSecond])
  ) { benchmark in
    let numbers = Lexer().tokenize(text8).filter { $0.kind == .number || $0.kind == .chineseNumeral }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      var sum = 0.0
      let r = rate(numbers.count) {
        ChineseNumber.forEachValue(of: numbers, in: text8) { _, result in
          if case .success(let n) = result { sum += n.value }
        }
      }
      blackHole(sum)
      benchmark.measurement(numbersPerSecond, r)
    }
  }

  Benchmark(
    "ChineseNumber(parsing:in:) per token 8 MB",
    configuration: .init(metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal, numbersPerSecond])
  ) { benchmark in
    let numbers = Lexer().tokenize(text8).filter { $0.kind == .number || $0.kind == .chineseNumeral }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      var sum = 0.0
      let r = rate(numbers.count) {
        for token in numbers {
          if let n = try? ChineseNumber(parsing: token, in: text8) { sum += n.value }
        }
      }
      blackHole(sum)
      benchmark.measurement(numbersPerSecond, r)
    }
  }
}
