/// What an extractor recognises: the section titles it knows and the tables
/// it reads.
///
/// The core's section detector and table aligner work from the union of the
/// vocabularies of every registered extractor, so an extractor never parses
/// text itself: it declares, and reads the result.
public struct Vocabulary: Sendable, Hashable {
  /// A canonical section kind and the titles that announce it.
  public struct SectionPattern: Sendable, Hashable {
    public var kind: SectionKind
    /// Title variants without numbering, in simplified script.
    public var titles: [String]
    public init(_ kind: SectionKind, titles: [String]) {
      self.kind = kind
      self.titles = titles
    }
  }

  public var sections: [SectionPattern]
  public var tables: [TableTemplate]

  public init(sections: [SectionPattern] = [], tables: [TableTemplate] = []) {
    self.sections = sections
    self.tables = tables
  }

  /// The union of two vocabularies; on a repeated table key and edition the
  /// first declaration wins.
  public func merging(_ other: Vocabulary) -> Vocabulary {
    var tables = self.tables
    for table in other.tables where !tables.contains(where: { $0.key == table.key && $0.edition == table.edition }) {
      tables.append(table)
    }
    var sections = self.sections
    for pattern in other.sections where !sections.contains(pattern) {
      sections.append(pattern)
    }
    return Vocabulary(sections: sections, tables: tables)
  }
}
