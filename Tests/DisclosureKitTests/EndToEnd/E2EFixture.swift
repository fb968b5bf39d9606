import DisclosureKit
import Testing

/// The exact expectations of one end-to-end fixture, written once.
///
/// Tables are given per row as the cell values in the template's column
/// order (`nil` for a blank source cell); facts as `key`, value and a
/// fragment of the quote; diagnostics as `code[table/row/column]` keys, the
/// location parts present only when the library sets them.
struct E2EFixture: Sendable, CustomTestStringConvertible {
  /// What a ``KnownIssue`` covers.
  enum Aspect: String, Sendable {
    case template, metadata, outline, tables, facts, diagnostics
  }

  var file: String
  var template: String
  var title: String?
  var agency: String?
  var year: Int?
  var published: String?
  var period: (from: String, to: String)?
  var script = "simplified"
  /// The level-1 headings and their kinds.
  var outline: [(heading: String, kind: SectionKind)] = []
  /// Table key → row key → cells in template column order.
  var tables: [String: [String: [Int?]]] = [:]
  /// Rows whose run-together digits are genuinely ambiguous: their values
  /// are not asserted, a `table.ambiguousSplit` diagnostic is.
  var ambiguousRows: Set<String> = []
  var facts: [(key: String, value: Double, quote: String)] = []
  var diagnostics: [String] = []
  /// Aspects the library still gets wrong, with the reason.
  var knownIssues: [Aspect: String] = [:]

  var testDescription: String { file }
}

/// Expected table values shared by fixtures printing the same tables.
enum E2ETables {
  static let activeDisclosure2021: [String: [Int?]] = [
    "regulations": [0, 0, 3], "normativeDocuments": [12, 4, 86], "licensing": [3518], "penalties": [1267],
    "coercion": [45], "fees": [3_165_000],
  ]
  static let activeDisclosure2019: [String: [Int?]] = [
    "regulations": [0, 0, 0], "normativeDocuments": [5, 5, 37], "licensing": [84, -2, 1530],
    "otherManagementServices": [126, 3, 0], "penalties": [312, 0, 95], "coercion": [17, 0, 4], "fees": [6, -1],
    "procurement": [23, 18_140_000],
  ]
  static let reviewLitigation2021: [String: [Int?]] = [
    "review": [6, 1, 2, 1, 10], "litigationDirect": [3, 0, 1, 2, 6], "litigationAfterReview": [1, 0, 0, 1, 2],
  ]
  static let reviewLitigation2019: [String: [Int?]] = [
    "review": [2, 0, 0, 0, 2], "litigationDirect": [1, 0, 0, 1, 2], "litigationAfterReview": [0, 0, 0, 0, 0],
  ]
  static let requests2021: [String: [Int?]] = [
    "newRequests": [215, 18, 2, 1, 6, 3, 245],
    "carriedOver": [12, 1, 0, 0, 0, 0, 13],
    "granted": [98, 7, 1, 0, 2, 1, 109],
    "partiallyGranted": [21, 2, 0, 0, 1, 0, 24],
    "denied.stateSecret": [1, 0, 0, 0, 0, 0, 1],
    "denied.prohibitedByLaw": [0, 0, 0, 0, 0, 0, 0],
    "denied.securityStability": [0, 0, 0, 0, 0, 0, 0],
    "denied.thirdPartyRights": [3, 0, 0, 0, 0, 0, 3],
    "denied.internalAffairs": [2, 0, 0, 0, 0, 0, 2],
    "denied.processInformation": [4, 1, 0, 0, 0, 0, 5],
    "denied.enforcementFiles": [1, 0, 0, 0, 0, 0, 1],
    "denied.administrativeQuery": [2, 0, 0, 0, 0, 0, 2],
    "unableToProvide.notHeld": [52, 4, 1, 1, 1, 1, 60],
    "unableToProvide.needsCreation": [6, 1, 0, 0, 0, 0, 7],
    "unableToProvide.unclear": [3, 0, 0, 0, 0, 0, 3],
    "notProcessed.petition": [5, 0, 0, 0, 0, 0, 5],
    "notProcessed.duplicate": [4, 1, 0, 0, 0, 0, 5],
    "notProcessed.publication": [0, 0, 0, 0, 0, 0, 0],
    "notProcessed.excessive": [2, 0, 0, 0, 0, 0, 2],
    "notProcessed.confirmation": [1, 0, 0, 0, 0, 0, 1],
    "otherHandling.overdueCorrection": [3, 0, 0, 0, 1, 0, 4],
    "otherHandling.unpaidFee": [0, 0, 0, 0, 0, 0, 0],
    "otherHandling.other": [1, 0, 0, 0, 0, 0, 1],
    "totalHandled": [209, 16, 2, 1, 5, 2, 235],
    "carriedForward": [18, 3, 0, 0, 1, 1, 23],
  ]
  static let requests2021Blanks: [String: [Int?]] = [
    "newRequests": [215, 18, 2, 1, 6, 3, 245],
    "carriedOver": [12, 1, 0, 0, 0, 0, 13],
    "granted": [98, 7, 1, 0, 2, 1, 109],
    "partiallyGranted": [21, 2, 0, 0, 1, 0, 24],
    "denied.stateSecret": [1, 0, 0, 0, 0, 0, 1],
    "denied.prohibitedByLaw": [0, 0, 0, 0, 0, 0, 0],
    "denied.securityStability": [0, 0, 0, 0, 0, 0, 0],
    "denied.thirdPartyRights": [3, 0, 0, 0, 0, 0, 3],
    "denied.internalAffairs": [2, 0, 0, 0, 0, 0, 2],
    "denied.processInformation": [4, 1, 0, 0, 0, 0, 5],
    "denied.enforcementFiles": [1, 0, 0, 0, 0, 0, 1],
    "denied.administrativeQuery": [2, 0, 0, 0, 0, 0, 2],
    "unableToProvide.notHeld": [52, 4, 1, 1, 1, 1, 60],
    "unableToProvide.needsCreation": [6, 1, 0, 0, 0, 0, 7],
    "unableToProvide.unclear": [3, 0, 0, 0, 0, 0, 3],
    "notProcessed.petition": [5, 0, 0, 0, 0, 0, 5],
    "notProcessed.duplicate": [4, 1, 0, 0, 0, 0, 5],
    "notProcessed.publication": [0, 0, nil, nil, 0, 0, 0],
    "notProcessed.excessive": [2, 0, 0, 0, 0, 0, 2],
    "notProcessed.confirmation": [1, 0, 0, 0, 0, 0, 1],
    "otherHandling.overdueCorrection": [3, 0, 0, 0, 1, 0, 4],
    "otherHandling.unpaidFee": [0, 0, 0, 0, 0, 0, 0],
    "otherHandling.other": [1, 0, 0, 0, 0, 0, 1],
    "totalHandled": [209, 16, 2, 1, 5, 2, 235],
    "carriedForward": [18, 3, 0, 0, 1, 1, 23],
  ]
  static let requests2019: [String: [Int?]] = [
    "newRequests": [36, 5, 0, 0, 2, 1, 44],
    "carriedOver": [3, 0, 0, 0, 0, 0, 3],
    "granted": [17, 2, 0, 0, 1, 0, 20],
    "partiallyGranted": [4, 0, 0, 0, 0, 0, 4],
    "denied.stateSecret": [0, 0, 0, 0, 0, 0, 0],
    "denied.prohibitedByLaw": [0, 0, 0, 0, 0, 0, 0],
    "denied.securityStability": [0, 0, 0, 0, 0, 0, 0],
    "denied.thirdPartyRights": [1, 0, 0, 0, 0, 0, 1],
    "denied.internalAffairs": [0, 0, 0, 0, 0, 0, 0],
    "denied.processInformation": [1, 0, 0, 0, 0, 0, 1],
    "denied.enforcementFiles": [0, 0, 0, 0, 0, 0, 0],
    "denied.administrativeQuery": [0, 0, 0, 0, 0, 0, 0],
    "unableToProvide.notHeld": [9, 2, 0, 0, 1, 0, 12],
    "unableToProvide.needsCreation": [1, 0, 0, 0, 0, 0, 1],
    "unableToProvide.unclear": [0, 0, 0, 0, 0, 0, 0],
    "notProcessed.petition": [2, 0, 0, 0, 0, 0, 2],
    "notProcessed.duplicate": [1, 0, 0, 0, 0, 0, 1],
    "notProcessed.publication": [0, 0, 0, 0, 0, 0, 0],
    "notProcessed.excessive": [0, 0, 0, 0, 0, 0, 0],
    "notProcessed.confirmation": [0, 0, 0, 0, 0, 0, 0],
    "otherHandling": [1, 0, 0, 0, 0, 0, 1],
    "totalHandled": [37, 4, 0, 0, 2, 0, 43],
    "carriedForward": [2, 1, 0, 0, 0, 1, 4],
  ]

  /// Table 3 of 2021 with `granted.naturalPerson` printed as 89 instead of 98.
  static var requests2021Broken: [String: [Int?]] {
    var rows = requests2021
    rows["granted"] = [89, 7, 1, 0, 2, 1, 109]
    return rows
  }
}
