extension Diagnostic {
  /// A stable diagnostic identifier. The raw values are the strings of the
  /// output contract (`table3.balance`); new codes may be added, none is ever
  /// renamed.
  public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
  {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
      rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(rawValue)
    }
  }
}

// The codes the built-in stages raise, by stage. A custom extractor may
// raise codes of its own with `Diagnostic.Code(rawValue:)`.
extension Diagnostic.Code {
  // Input and Normalize
  /// The input was decoded with replacement characters or looked mis-decoded.
  public static let inputEncoding = Self(rawValue: "input.encoding")
  /// The same body appears twice; the second copy was dropped.
  public static let duplicateBody = Self(rawValue: "text.duplicateBody")
  /// A mostly simplified text had lines or sentences in traditional script,
  /// which were folded to simplified on their own.
  public static let mixedScript = Self(rawValue: "text.mixedScript")
  /// Mojibake or stray annotations remain in the text.
  public static let encodingNoise = Self(rawValue: "text.encodingNoise")
  /// A limit of ``ParseLimits`` was reached and the input was truncated or capped.
  public static let limitReached = Self(rawValue: "input.limitReached")

  // Structure
  /// A required section is missing.
  public static let sectionMissing = Self(rawValue: "section.missing")
  /// A section has a heading but no content.
  public static let sectionEmpty = Self(rawValue: "section.empty")
  /// Level-1 numbering skips a number (五 → 七).
  public static let sectionNumberingGap = Self(rawValue: "section.numberingGap")
  /// Sections appear in an order the template does not have.
  public static let sectionOutOfOrder = Self(rawValue: "section.outOfOrder")
  /// Title year, statistics period and publication date disagree.
  public static let yearMismatch = Self(rawValue: "metadata.yearMismatch")
  /// The publication date is not in the year after the report year.
  public static let publicationDate = Self(rawValue: "metadata.publicationDate")
  /// The statistics period does not cover the report year.
  public static let periodMismatch = Self(rawValue: "metadata.periodMismatch")
  /// The prose refers to a different year's figures (`2017年度` in a 2018 report).
  public static let foreignYearReference = Self(rawValue: "metadata.foreignYearReference")

  // Tables
  /// A table the template requires was not found.
  public static let tableMissing = Self(rawValue: "table.missing")
  /// Blank cells were read as `null`.
  public static let blankCells = Self(rawValue: "table.blankCells")
  /// A cell held something that is not a number (`-`, `/`, `无`).
  public static let unreadableCell = Self(rawValue: "table.unreadableCell")
  /// More than one split of run-together digits satisfies the constraints.
  public static let ambiguousSplit = Self(rawValue: "table.ambiguousSplit")
  /// No split of run-together digits satisfies every constraint.
  public static let inconsistentSplit = Self(rawValue: "table.inconsistentSplit")
  /// A row has more or fewer values than the template has cells.
  public static let cellCountMismatch = Self(rawValue: "table.cellCountMismatch")
  /// A template row was not found in the table.
  public static let rowMissing = Self(rawValue: "table.rowMissing")
  /// The table's edition does not match the report year.
  public static let editionMismatch = Self(rawValue: "table.editionMismatch")

  // Arithmetic (templates.md §5)
  /// Table 3: 新收 + 上年结转 = 总计 + 结转下年度.
  public static let table3Balance = Self(rawValue: "table3.balance")
  /// Table 3: 总计 = the sum of the result rows.
  public static let table3Results = Self(rawValue: "table3.results")
  /// Table 3: a row's 总计 = the sum of its applicant columns.
  public static let table3RowTotal = Self(rawValue: "table3.rowTotal")
  /// Table 3: a subtotal row or column disagrees with its parts.
  public static let table3Subtotal = Self(rawValue: "table3.subtotal")
  /// Table 4: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
  public static let table4BlockTotal = Self(rawValue: "table4.blockTotal")
  /// Table 2: 对外公开总数量 ≥ 本年新公开数量.
  public static let table2Published = Self(rawValue: "table2.published")
  /// Table 2 (2021): 现行有效件数 missing where 制发 or 废止 is given.
  public static let table2InForce = Self(rawValue: "table2.inForce")
  /// Blank cells were counted as 0 in an identity.
  public static let blankAsZero = Self(rawValue: "arithmetic.blankAsZero")
  /// A figure in the prose contradicts the table.
  public static let narrativeMismatch = Self(rawValue: "narrative.tableMismatch")

  // Extraction
  /// No extractor recognised the document.
  public static let unknownTemplate = Self(rawValue: "document.unknownTemplate")
  /// The document is titled as an annual report but does not follow the statutory format.
  public static let notStatutoryFormat = Self(rawValue: "document.notStatutoryFormat")
}
