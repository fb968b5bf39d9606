import DisclosureKit
import Foundation

// ChineseNumber on arbitrary bytes: a value or a typed error, never a trap.
// Both entry points (String and raw bytes) must agree, and a value is never
// NaN or infinite.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes =
    start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
  let text = String(decoding: bytes, as: UTF8.self)
  let fromString = Result { () throws(ChineseNumber.ParseError) in try ChineseNumber(parsing: text) }
  if case .success(let number) = fromString, !number.value.isFinite { abort() }
  // The raw-bytes path sees the same scalars only when the bytes are valid UTF-8.
  if text.utf8.elementsEqual(bytes) {
    let fromBytes = Result { () throws(ChineseNumber.ParseError) in try ChineseNumber(parsing: bytes) }
    if fromBytes != fromString { abort() }
  }
  return 0
}
