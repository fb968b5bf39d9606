@testable import DisclosureKit

/// A table fixture: a file under `Fixtures/tables/` and every value it must yield.
struct TableFixture: Sendable, CustomStringConvertible {
  /// The file name under `Fixtures/tables/`.
  var file: String
  /// Table key → edition.
  var editions: [String: Int]
  /// Table key → row key → the row's values in template column order.
  var values: [String: [String: [Int?]]]
  /// Rows (`table.row`) whose split is ambiguous by nature: besides the
  /// values, the fixture asserts a `table.ambiguousSplit` naming the true split.
  var ambiguousRows: [String: String] = [:]
  /// Codes that must be raised.
  var raises: Set<Diagnostic.Code> = []
  /// Codes that must not be raised.
  var neverRaises: Set<Diagnostic.Code> = [.cellCountMismatch, .inconsistentSplit, .rowMissing]

  var description: String { file }

  /// Every value of seed 001's three tables (templates.md keys).
  static let seed001: [String: [String: [Int?]]] = {
    var requests: [String: [Int?]] = [:]
    for row in TableTemplate.requests2019.rows { requests[row.key] = [0, 0, 0, 0, 0, 0, 0] }
    requests["newRequests"] = [2, 0, 0, 0, 0, 0, 2]
    requests["granted"] = [2, 0, 0, 0, 0, 0, 2]
    requests["totalHandled"] = [2, 0, 0, 0, 0, 0, 2]
    return [
      "activeDisclosure": [
        "regulations": [0, 0, 0], "normativeDocuments": [2, 2, 13], "licensing": [62, 0, 1226],
        "otherManagementServices": [189, 0, 0], "penalties": [1269, 0, 208], "coercion": [39, 0, 0],
        "fees": [0, 0], "procurement": [242, 18_140_000],
      ],
      "requests": requests,
      "reviewLitigation": [
        "review": [0, 0, 0, 0, 0], "litigationDirect": [0, 0, 0, 0, 0], "litigationAfterReview": [0, 0, 0, 0, 0],
      ],
    ]
  }()

  static let seed001Editions = ["activeDisclosure": 2019, "requests": 2019, "reviewLitigation": 2019]

  /// The made-up table 3 whose split only the column identities decide.
  static let madeUp: [String: [String: [Int?]]] = {
    var requests: [String: [Int?]] = [:]
    for row in TableTemplate.requests2019.rows { requests[row.key] = [0, 0, 0, 0, 0, 0, 0] }
    requests["newRequests"] = [31, 76, 33, 6, 2, 7, 155]
    requests["carriedOver"] = [0, 0, 1, 3, 0, 4, 8]
    requests["granted"] = [10, 33, 34, 0, 0, 0, 77]
    requests["partiallyGranted"] = [0, 0, 0, 0, 2, 0, 2]
    requests["unableToProvide.notHeld"] = [21, 21, 0, 0, 0, 0, 42]
    requests["notProcessed.duplicate"] = [0, 4, 0, 3, 0, 7, 14]
    requests["otherHandling"] = [0, 18, 0, 3, 0, 0, 21]
    requests["totalHandled"] = [31, 76, 34, 6, 2, 7, 156]
    requests["carriedForward"] = [0, 0, 0, 3, 0, 4, 7]
    return ["requests": requests]
  }()

  /// The 2021-edition fixture's values.
  static let edition2021: [String: [String: [Int?]]] = {
    var requests: [String: [Int?]] = [:]
    for row in TableTemplate.requests2021.rows { requests[row.key] = [0, 0, 0, 0, 0, 0, 0] }
    requests["newRequests"] = [12, 3, 0, 1, 0, 2, 18]
    requests["carriedOver"] = [1, 0, 0, 0, 0, 0, 1]
    requests["granted"] = [5, 1, 0, 0, 0, 1, 7]
    requests["partiallyGranted"] = [2, 0, 0, 0, 0, 0, 2]
    requests["unableToProvide.notHeld"] = [3, 1, 0, 1, 0, 0, 5]
    requests["otherHandling.overdueCorrection"] = [1, 0, 0, 0, 0, 0, 1]
    requests["otherHandling.unpaidFee"] = [0, 0, 0, 0, 0, 1, 1]
    requests["otherHandling.other"] = [1, 0, 0, 0, 0, 0, 1]
    requests["totalHandled"] = [12, 2, 0, 1, 0, 2, 17]
    requests["carriedForward"] = [1, 1, 0, 0, 0, 0, 2]
    return [
      "activeDisclosure": [
        "regulations": [1, 0, 5], "normativeDocuments": [12, 3, 48], "licensing": [3520], "penalties": [214],
        "coercion": [7], "fees": [123_500],
      ],
      "requests": requests,
      "reviewLitigation": [
        "review": [2, 1, 0, 0, 3], "litigationDirect": [1, 0, 0, 1, 2], "litigationAfterReview": [0, 0, 0, 0, 0],
      ],
    ]
  }()

  static let all: [TableFixture] = [
    TableFixture(file: "seed001-pipe.txt", editions: seed001Editions, values: seed001),
    TableFixture(file: "seed001-tabs.txt", editions: seed001Editions, values: seed001),
    TableFixture(file: "seed001-markdown.txt", editions: seed001Editions, values: seed001),
    TableFixture(file: "seed001-spacealigned.txt", editions: seed001Editions, values: seed001),
    TableFixture(file: "seed001-pagebreak.txt", editions: seed001Editions, values: seed001),
    TableFixture(
      file: "seed001-runtogether.txt", editions: seed001Editions, values: seed001,
      ambiguousRows: [
        // Table 2 has no arithmetic: these digits split several ways.
        "activeDisclosure.normativeDocuments": "2|2|13", "activeDisclosure.licensing": "62|0|1226",
        "activeDisclosure.otherManagementServices": "189|0|0", "activeDisclosure.penalties": "1269|0|208",
        "activeDisclosure.coercion": "39|0|0", "activeDisclosure.procurement": "242|1814",
      ],
      raises: [.ambiguousSplit]),
    TableFixture(
      file: "madeup-table3-runtogether.txt", editions: ["requests": 2019], values: madeUp,
      neverRaises: [.cellCountMismatch, .inconsistentSplit, .rowMissing, .ambiguousSplit]),
    TableFixture(
      file: "edition2021-pipe.txt", editions: ["activeDisclosure": 2021, "requests": 2021, "reviewLitigation": 2021],
      values: edition2021),
  ]
}
