/// Checks that every section the template requires is present and that no
/// level-1 section is only a heading.
///
/// The required sections are the section kinds of the extractor's
/// vocabulary. A section is empty when nothing but white space and table
/// rules (`|`) follows its heading and it has no subsections.
public struct SectionPresence: ReportCheck {
  /// The check; it has no options.
  public init() {}

  /// - Returns: ``Diagnostic/Code/sectionMissing`` per required kind not
  ///   found, ``Diagnostic/Code/sectionEmpty`` per empty level-1 section.
  public func check(_ report: AnnualReport, in context: CheckContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var required: [SectionKind] = []
    for pattern in context.vocabulary.sections where pattern.kind != .unknown && !required.contains(pattern.kind) {
      required.append(pattern.kind)
    }
    let present = Set(report.sections.compactMap(\.kind))
    for kind in required where !present.contains(kind) {
      let example = context.vocabulary.sections.first { $0.kind == kind }?.titles.first ?? kind.rawValue
      out.append(
        Diagnostic(
          .sectionMissing, .warning, "The report has no \(kind.rawValue) section (\(example)).",
          zh: "报告缺少“\(example)”部分。"))
    }
    for section in report.sections where section.children.isEmpty && Self.isBlank(report.text(of: section.bodyRange)) {
      out.append(
        Diagnostic(
          .sectionEmpty, .warning, "Section \(section.heading) has a heading but no content.",
          zh: "“\(section.heading)”只有标题，没有内容。",
          location: Diagnostic.Location(section: section.heading, range: section.headingRange)))
    }
    return out
  }

  /// Whether `body` holds nothing but white space, table rules and punctuation.
  static func isBlank(_ body: String) -> Bool {
    !body.contains { $0.isLetter || $0.isNumber }
  }
}
