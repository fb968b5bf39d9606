import DisclosureKit
import Foundation

// Table reconstruction from text, including the run-together split search,
// against the built-in templates.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes =
    start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
  let text = NormalizedText(text: String(decoding: bytes, as: UTF8.self))
  let tokens = Lexer().tokenize(text.text)
  let templates = ReportParser().registry.vocabulary.tables
  _ = TableReader(templates: templates).read(text, tokens: tokens, sections: SectionTree())
  return 0
}
