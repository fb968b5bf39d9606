/// Reads `name: value` fields from page header lines: `索引号: | 4311030021/2021-00073 |`,
/// `发布时间:2021-02-19 11:18`.
enum MetadataFields {
  /// The value after the first of `names` followed by a colon in `line`:
  /// up to the next cell separator or white space; `nil` when empty.
  static func value(of names: [String], in line: String) -> String? {
    // Every field has a colon after its name: most lines have none.
    guard line._utf8Contains(byte: UInt8(ascii: ":")) || line.utf8Contains("：") else { return nil }
    for name in names {
      guard let range = line.utf8Range(of: name) else { continue }
      var rest = line[range.upperBound...].drop(while: { $0 == " " || $0 == "\u{3000}" })
      guard let colon = rest.first, colon == ":" || colon == "：" else { continue }
      rest = rest.dropFirst().drop(while: { $0.isWhitespace || $0 == "|" })
      let value = rest.prefix(while: { !$0.isWhitespace && $0 != "|" })
      return value.isEmpty ? nil : String(value)
    }
    return nil
  }

  /// The text right after the first of `names` (and a colon, if any), for
  /// reading a date that follows a label.
  static func textAfter(_ names: [String], in line: String) -> Substring? {
    for name in names {
      guard let range = line.utf8Range(of: name) else { continue }
      return line[range.upperBound...].drop(while: { $0.isWhitespace || $0 == ":" || $0 == "：" || $0 == "|" })
    }
    return nil
  }
}
