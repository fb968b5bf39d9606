import DisclosureKit
import Foundation

// Bytes → SourceDocument: every encoding path and the HTML reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let data = start.map { Data(bytes: $0, count: count) } ?? Data()
  let limits = ParseLimits(maxInputBytes: 1 << 20)
  if let document = try? SourceReader(limits: limits).read(data) {
    _ = Normalizer(limits: limits).normalize(document)
  }
  return 0
}
