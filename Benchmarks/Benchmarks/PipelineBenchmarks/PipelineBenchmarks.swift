import Benchmark
import BenchmarkCorpus
import DisclosureKit
import Foundation

// The whole pipeline, `ReportParser().parse(data:)`, per seed report and over
// one 1 MB report (the seeds concatenated). `.throughput` is reports per second.

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 1,
    maxDuration: .seconds(3),
    maxIterations: 200
  )

  for seed in Corpus.seeds {
    Benchmark("Parse \(seed.name)") { benchmark in
      let parser = ReportParser()
      for _ in benchmark.scaledIterations {
        blackHole(try? parser.parse(data: seed.data, name: seed.name))
      }
    }
  }

  let large = Corpus.report(atLeast: 1 << 20)
  Benchmark("Parse 1 MB report", configuration: .init(maxIterations: 20)) { benchmark in
    let parser = ReportParser()
    for _ in benchmark.scaledIterations {
      blackHole(try? parser.parse(data: large, name: "large"))
    }
  }
}
