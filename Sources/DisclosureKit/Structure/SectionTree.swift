/// The heading tree of a report.
public struct SectionTree: Sendable, Hashable {
  /// The level-1 sections, each with its children.
  public var sections: [Section]

  public init(sections: [Section] = []) {
    self.sections = sections
  }

  /// The first level-1 section of `kind`.
  public func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }

  /// Every section, depth first, in document order.
  public var allSections: [Section] {
    var out: [Section] = []
    func visit(_ section: Section) {
      out.append(section)
      section.children.forEach(visit)
    }
    sections.forEach(visit)
    return out
  }
}
