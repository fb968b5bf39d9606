import Foundation

@testable import DisclosureKit

/// Normalises a string read as plain text.
func normalized(_ text: String) throws -> NormalizedText {
  try Normalizer().normalize(SourceReader().read(Data(text.utf8)))
}

/// Normalises seed `number`.
func normalizedSeed(_ number: Int) throws -> NormalizedText {
  try Normalizer().normalize(SourceReader().read(try Fixtures.seed(number)))
}
