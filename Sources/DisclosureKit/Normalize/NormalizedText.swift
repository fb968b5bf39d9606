/// A report's text after normalisation: the text every later stage reads.
///
/// Traditional script folded to simplified, pinyin annotations and HTML
/// residue removed, widths folded, a pasted-twice body kept once, page
/// furniture set aside. Every offset maps back to the input bytes through
/// ``sourceMap``.
public struct NormalizedText: Sendable, Hashable {
  /// The script the source was written in.
  public enum Script: String, Sendable, Hashable, Codable {
    case simplified
    case traditional
  }

  /// A line of page furniture taken out of the body: a breadcrumb, a
  /// `发布时间 … 信息来源` bar, a crawler's header field, a feedback form.
  public struct FurnitureLine: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
      case breadcrumb
      case pageInfo
      case crawlerHeader
      case form
      case share
      case separator
      case other
    }
    public var kind: Kind
    /// The line, normalised like the body.
    public var text: String
    /// Where the line stood in the input, in input bytes.
    public var sourceRange: SourceRange
    public init(kind: Kind, text: String, sourceRange: SourceRange) {
      self.kind = kind
      self.text = text
      self.sourceRange = sourceRange
    }
  }

  /// The normalised body text.
  public var text: String
  /// The script of the source.
  public var script: Script
  /// HTML tables, re-ranged into ``text``.
  public var tables: [SourceDocument.Table]
  /// Lines set aside as page furniture, in source order.
  public var furniture: [FurnitureLine]
  /// Maps offsets in ``text`` to byte offsets of the input.
  public var sourceMap: OffsetMap
  /// What normalisation noticed (a duplicated body, leftover noise).
  public var diagnostics: [Diagnostic]

  public init(
    text: String, script: Script = .simplified, tables: [SourceDocument.Table] = [],
    furniture: [FurnitureLine] = [], sourceMap: OffsetMap = .identity, diagnostics: [Diagnostic] = []
  ) {
    self.text = text
    self.script = script
    self.tables = tables
    self.furniture = furniture
    self.sourceMap = sourceMap
    self.diagnostics = diagnostics
  }
}
