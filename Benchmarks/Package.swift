// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "DisclosureKitBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    // Named explicitly: a clone may sit in a folder of any name.
    .package(name: "DisclosureKit", path: ".."),
    .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    // The corpus both benchmarks read: the seed reports, repeated, built at start.
    .target(
      name: "BenchmarkCorpus",
      path: "Benchmarks/BenchmarkCorpus"
    ),
    .executableTarget(
      name: "LexerBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "DisclosureKit", package: "DisclosureKit"),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "Benchmarks/LexerBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "PipelineBenchmarks",
      dependencies: [
        "BenchmarkCorpus",
        .product(name: "DisclosureKit", package: "DisclosureKit"),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "Benchmarks/PipelineBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
