// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "DisclosureKitExamples",
  platforms: [.macOS(.v13)],
  dependencies: [
    // Named explicitly: a clone may sit in a folder of any name.
    .package(name: "DisclosureKit", path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .executableTarget(
      name: "disclosure",
      dependencies: [
        .product(name: "DisclosureKit", package: "DisclosureKit"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "CustomExtractorExample",
      dependencies: [.product(name: "DisclosureKit", package: "DisclosureKit")]
    ),
    // Runs the built `disclosure` and `CustomExtractorExample` binaries as
    // subprocesses; depends on them so that `swift test` builds them first.
    .testTarget(
      name: "disclosureTests",
      dependencies: [
        "disclosure",
        "CustomExtractorExample",
        .product(name: "DisclosureKit", package: "DisclosureKit"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
