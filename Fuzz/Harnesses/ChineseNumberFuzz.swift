import DisclosureKit
import Foundation

// ChineseNumber on arbitrary strings: a value or a typed error, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes =
    start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
  let text = String(decoding: bytes, as: UTF8.self)
  if let number = try? ChineseNumber(parsing: text), number.value.isNaN { abort() }
  return 0
}
