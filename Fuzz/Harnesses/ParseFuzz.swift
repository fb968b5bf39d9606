import DisclosureKit
import Foundation

// The whole pipeline: parse(data:) and JSON export.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let data = start.map { Data(bytes: $0, count: count) } ?? Data()
  let parser = ReportParser(options: ParseOptions(limits: ParseLimits(maxInputBytes: 1 << 20)))
  if let report = try? parser.parse(data: data, name: "fuzz") {
    _ = try? JSONExport(prettyPrinted: false).encode(report)
  }
  return 0
}
