import DisclosureKit
import Foundation

// The tokenizer over arbitrary (possibly invalid) UTF-8, its bulk loop against
// the streaming iterator, and every token through ChineseNumber's in-place batch reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes =
    start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
  let text = String(decoding: bytes, as: UTF8.self)
  let tokens = Lexer().tokenize(text)
  // Never more tokens than bytes: the lexer makes progress on every token.
  if tokens.count > text.utf8.count { abort() }
  // The bulk loop behind `tokenize` gives the tokens the tokenizer proper gives one
  // at a time (the streaming iterator).
  if tokens != Array(Lexer().tokens(in: text)) { abort() }
  var last = 0
  for token in tokens {
    // Tokens are in order, inside the text, and never overlap.
    if Int(token.start) < last || token.range.end > text.utf8.count { abort() }
    last = token.range.end
  }
  ChineseNumber.forEachValue(of: tokens, in: text) { _, result in
    if case .success(let number) = result, !number.value.isFinite { abort() }
  }
  return 0
}
