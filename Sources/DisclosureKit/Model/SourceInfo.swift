/// What was read: the file's name, its form and encoding, and its size.
public struct SourceInfo: Sendable, Hashable, Codable {
  /// The file name, or the name the caller gave.
  public var name: String
  /// `text` or `html`.
  public var form: String
  /// The detected encoding: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`.
  public var encoding: String
  /// The input's size in bytes.
  public var bytes: Int

  public init(name: String, form: String, encoding: String, bytes: Int) {
    self.name = name
    self.form = form
    self.encoding = encoding
    self.bytes = bytes
  }
}
