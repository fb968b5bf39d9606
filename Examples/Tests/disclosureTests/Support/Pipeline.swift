import DisclosureKit
import Foundation

/// Which of the library's stages have landed, for the tests that assert
/// exact values only the real stages produce.
///
/// The library is built stage by stage; until the built-in extractors land,
/// they declare no vocabulary, so no statutory table is read and no section
/// gets its canonical kind. A test that needs them is enabled by the matching
/// flag, so it starts running — and must pass — the moment they are merged,
/// with no edit here. Once they have landed, these flags and their uses go.
enum Pipeline {
  /// The first bytes of a PNG file.
  static let pngHeader = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48])

  /// The built-in extractors declare the statutory tables.
  static let readsTables = !ReportParser().registry.vocabulary.tables.isEmpty

  /// The built-in extractors declare the statutory sections, so level-1
  /// sections get their canonical kind and missing ones are reported.
  static let knowsSections = !ReportParser().registry.vocabulary.sections.isEmpty
}
