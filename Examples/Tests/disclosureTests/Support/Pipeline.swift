import DisclosureKit
import Foundation

/// Which of the library's stages have landed, for the tests that assert
/// exact values only the real stages produce.
///
/// The library is built stage by stage; until a stage lands, its entry point
/// is a placeholder (no sections, no tables, no checks). A test that needs a
/// stage is enabled by the matching flag, so it starts running — and must
/// pass — the moment the stage is merged, with no edit here.
enum Pipeline {
  /// The first bytes of a PNG file.
  static let pngHeader = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48])

  /// The Input stage refuses binary input.
  static let detectsBinary: Bool = {
    do {
      _ = try SourceReader().read(pngHeader)
      return false
    } catch {
      return (error as? InputError) == .binary
    }
  }()

  /// The extractors declare the statutory tables.
  static let readsTables = !ReportParser().registry.vocabulary.tables.isEmpty

  /// The heading detector finds the sections of a standard report.
  static let detectsSections: Bool = {
    let text = "一、总体情况\n今年工作。\n二、主动公开政府信息情况\n见下表。\n"
    return (try? ReportParser().parse(string: text))?.sections.isEmpty == false
  }()

  /// The metadata reader finds the title's agency and year.
  static let readsMetadata: Bool = {
    let text = "某某区人民政府2020年政府信息公开工作年度报告\n一、总体情况\n今年工作。\n"
    return (try? ReportParser().parse(string: text))?.metadata.year == 2020
  }()

  /// Checks are registered.
  static let runsChecks = !ReportChecks.all.isEmpty
}
