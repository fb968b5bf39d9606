// swift-tools-version: 6.1
import PackageDescription

// The library has no package dependencies: everything it needs is in the
// toolchain's Foundation. Benchmarks/ and Examples/ are sibling packages so
// that their dependencies never reach a library user.
let package = Package(
  name: "DisclosureKit",
  products: [
    .library(name: "DisclosureKit", targets: ["DisclosureKit"])
  ],
  targets: [
    .target(
      name: "DisclosureKit",
      swiftSettings: [
        // -DDISCLOSUREKIT_INTERNAL_CHECKS turns on _checkInvariants() in the
        // byte cursor; see Lexer/_UTF8Cursor.swift.
        .define("DISCLOSUREKIT_INTERNAL_CHECKS", .when(configuration: .debug))
      ]
    ),
    .testTarget(
      name: "DisclosureKitTests",
      dependencies: ["DisclosureKit"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
