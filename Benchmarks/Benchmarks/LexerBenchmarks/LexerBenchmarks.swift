import Benchmark
import DisclosureKit

// Placeholder: the real benchmarks land with the Lexer and pipeline work.
let benchmarks: @Sendable () -> Void = {
  Benchmark("placeholder") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(Lexer().tokenize("一、总体情况"))
    }
  }
}
