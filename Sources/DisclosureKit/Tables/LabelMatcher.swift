import Foundation

/// Matches printed row and column labels against a template's label
/// variants, tolerant of the ways real reports print them.
///
/// Both sides are reduced to a key: white space and quotes (“”""「」) removed,
/// full-width forms folded (`（` → `(`), numbering prefixes stripped (`一、`,
/// `（一）`, `1.`, `（1）`, `①`). A label matches a variant when the keys are
/// equal, or when they are equal once a trailing parenthetical is dropped
/// (`部分公开（区分处理的…）` → `部分公开`).
struct LabelMatcher: Sendable {
  private let rowKeys: [String: Int]
  private let rowLoose: [String: Int]
  /// Row keys of at least two characters: what a `.blocks` anchor may contain.
  private let anchorKeys: [String]
  /// The same keys searched in one pass over a label; see `AnchorSearch`.
  private let anchorSearch: AnchorSearch
  private let columnKeys: [String: Int]
  private let columnLoose: [String: Int]
  /// The row entries a label may end with in a suffix match: keys of at
  /// least two characters that name no column, with their length, computed
  /// once rather than on every lookup.
  private let suffixEntries: [(key: String, length: Int, index: Int, inert: Bool)]
  /// The comparison key of each template row's group, by row index.
  private let rowGroupKeys: [String?]
  /// Rule out, before hashing, keys that can name no row, column or group.
  private let rowFilter: KeyFilter
  private let columnFilter: KeyFilter
  private let groupFilter: KeyFilter
  /// The group labels of the template's rows (`其他处理`).
  let groups: Set<String>
  /// The keys of the template's edition markers, without parentheses.
  let markerKeys: [String]
  let template: TableTemplate
  /// The template's optional subtotals, matched by where they stand; built
  /// with the matcher so a cached matcher carries them too.
  let subtotals: SubtotalMatcher

  init(_ template: TableTemplate) {
    self.template = template
    subtotals = SubtotalMatcher(template)
    var rowEntries: [(key: String, index: Int)] = []
    for (index, row) in template.rows.enumerated() {
      for label in row.labels { rowEntries.append((Self.key(label), index)) }
    }
    var columnEntries: [(key: String, index: Int)] = []
    for (index, column) in template.columns.enumerated() {
      for label in column.labels { columnEntries.append((Self.key(label), index)) }
    }
    anchorKeys = rowEntries.map(\.key).filter { $0.count >= 2 }
    anchorSearch = AnchorSearch(anchorKeys)
    (rowKeys, rowLoose) = Self.tables(rowEntries)
    (columnKeys, columnLoose) = Self.tables(columnEntries)
    rowFilter = KeyFilter(Array(rowKeys.keys) + Array(rowLoose.keys))
    columnFilter = KeyFilter(Array(columnKeys.keys) + Array(columnLoose.keys))
    groups = Set(template.rows.compactMap(\.group).map(Self.key))
    groupFilter = KeyFilter(groups)
    markerKeys = template.editionMarkers.map { Self.removingParentheses(Self.key($0)) }
    rowGroupKeys = template.rows.map { $0.group.map(Self.key) }
    var suffixEntries: [(key: String, length: Int, index: Int, inert: Bool)] = []
    for entry in rowEntries {
      let length = entry.key.count
      guard length >= 2, Self.lookup(entry.key, columnKeys, columnLoose, columnFilter) == nil else { continue }
      suffixEntries.append((entry.key, length, entry.index, KeyFilter.isInert(entry.key)))
    }
    self.suffixEntries = suffixEntries
  }

  /// Exact keys, and keys without their trailing parenthetical; the first
  /// declaration of a key wins.
  private static func tables(_ entries: [(key: String, index: Int)]) -> ([String: Int], [String: Int]) {
    var exact: [String: Int] = [:]
    var loose: [String: Int] = [:]
    for entry in entries where !entry.key.isEmpty {
      if exact[entry.key] == nil { exact[entry.key] = entry.index }
      let dropped = droppingParenthetical(entry.key)
      if dropped.count >= 4, loose[dropped] == nil { loose[dropped] = entry.index }
    }
    return (exact, loose)
  }

  private static func lookup(
    _ key: String, _ exact: [String: Int], _ loose: [String: Int], _ filter: KeyFilter
  ) -> Int? {
    guard !key.isEmpty else { return nil }
    if filter.mayMatch(key), let index = exact[key] ?? loose[key] { return index }
    let dropped: String
    switch parenthesis(in: key) {
    case .none:
      return nil
    case .inert(let offset):
      // The key without its parenthetical is inert too: its length decides
      // before it is copied.
      guard offset > 0, filter.mayMatch(inertLength: offset) else { return nil }
      dropped = String(decoding: key.utf8.prefix(offset), as: UTF8.self)
    case .unknown:
      dropped = Self.droppingParenthetical(key)
      // `dropped` is `key` or a strictly shorter prefix of it.
      guard dropped.utf8.count != key.utf8.count, filter.mayMatch(dropped) else { return nil }
    }
    return exact[dropped] ?? loose[dropped]
  }

  /// The template row the label of comparison key `key` names, given the
  /// group label last seen.
  ///
  /// With `suffix`, a label that merely ends with a row label matches too:
  /// digits run into a label mark its end, and a table flattened onto one
  /// line leaves the header before the first row label
  /// (`…对外公开总数量规章000`). Labels that also name a column (`总计`)
  /// never match by suffix.
  func row(forKey key: String, group: String?, suffix: Bool = false) -> Int? {
    var found = Self.lookup(key, rowKeys, rowLoose, rowFilter)
    if found == nil, suffix, !key.isEmpty {
      // Between inert strings, every scalar is a character of its own and
      // characters are equal when their bytes are.
      let inert = KeyFilter.isInert(key)
      func endsWith(_ entry: String, inert entryInert: Bool) -> Bool {
        guard inert, entryInert else { return key.hasSuffix(entry) }
        return key.utf8.count >= entry.utf8.count && key.utf8.suffix(entry.utf8.count).elementsEqual(entry.utf8)
      }
      found = suffixEntries.filter { endsWith($0.key, inert: $0.inert) }.max { $0.length < $1.length }?.index
    }
    guard let index = found, index < rowGroupKeys.count else { return found }
    if let required = rowGroupKeys[index], required != group { return nil }
    return index
  }

  /// The template row `label` names.
  func row(for label: String, group: String? = nil) -> Int? { row(forKey: Self.key(label), group: group) }

  /// The template column the label of comparison key `key` names.
  func column(forKey key: String) -> Int? { Self.lookup(key, columnKeys, columnLoose, columnFilter) }

  /// The template column `label` names.
  func column(for label: String) -> Int? { column(forKey: Self.key(label)) }

  /// Whether the key contains one of the template's row labels: the anchor
  /// of a `.blocks` table whose header ran together.
  func containsRowLabel(key: String) -> Bool {
    anchorSearch.found(in: key) ?? anchorKeys.contains { key.utf8Contains($0) }
  }

  /// The group the key names, if it is one of the template's group labels.
  func group(forKey key: String) -> String? { groupFilter.mayMatch(key) && groups.contains(key) ? key : nil }

  /// The comparison key of a label.
  static func key(_ label: some StringProtocol) -> String {
    // Every label of a report, prose included, is keyed once: fold, drop
    // and copy in one pass over the scalars, into UTF-8 bytes.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(label.utf8.count)
    for original in label.unicodeScalars {
      var scalar = original
      // Full-width forms U+FF01…U+FF5E fold to ASCII, as `CellValueParser.foldWidth`.
      if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
        scalar = folded
      }
      if CellValueParser.isWhitespace(scalar) { continue }
      switch scalar {
      case "“", "”", "\"", "'", "‘", "’", "「", "」", "『", "』", "〝", "〞": continue
      default: UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    var text = String(decoding: bytes, as: UTF8.self)
    while let stripped = strippingNumbering(text), stripped != text { text = stripped }
    // A last character equal to one of these is that one scalar: look at
    // the last scalar before comparing characters.
    while let last = text.unicodeScalars.last, trailingMarks.contains(last), let character = text.last,
      ":：;；,。".contains(character)
    {
      text.removeLast()
    }
    return text
  }

  private static let trailingMarks: Set<Unicode.Scalar> = [":", "：", ";", "；", ",", "。"]

  /// The key without its trailing `(…)`, closed or not.
  static func droppingParenthetical(_ key: String) -> String {
    switch parenthesis(in: key) {
    case .none:
      return key
    case .inert(let offset):
      return offset == 0 ? key : String(decoding: key.utf8.prefix(offset), as: UTF8.self)
    case .unknown:
      break
    }
    guard let open = key.firstIndex(of: "("), open != key.startIndex else { return key }
    return String(key[..<open])
  }

  /// `text` without `(` and `)`, as Foundation's `replacingOccurrences`
  /// removes them; on bytes when the text is inert (every `(` is then a
  /// character of its own).
  static func removingParentheses(_ text: String) -> String {
    guard KeyFilter.isInert(text) else {
      return text.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
    }
    guard text.utf8.contains(where: { $0 == 0x28 || $0 == 0x29 }) else { return text }
    return String(decoding: text.utf8.filter { $0 != 0x28 && $0 != 0x29 }, as: UTF8.self)
  }

  enum Parenthesis {
    /// No `(` byte, so no `(` character.
    case none
    /// The key is inert and its first `(` is at this byte offset: in an
    /// inert key every scalar is a character of its own.
    case inert(Int)
    /// A `(` byte in a key that is not inert: walk the characters.
    case unknown
  }

  /// Where the key's parenthetical starts, found on bytes when that is exact.
  static func parenthesis(in key: String) -> Parenthesis {
    let found: Parenthesis? = key.utf8.withContiguousStorageIfAvailable { bytes in
      guard let offset = bytes.firstIndex(of: 0x28) else { return .none }
      return KeyFilter.isInert(bytes) ? .inert(offset) : .unknown
    }
    if let found { return found }
    return key.utf8.contains(0x28) ? .unknown : .none
  }

  static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
  static let numeralScalars: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]

  /// `text` without a leading numbering marker, or `nil` when it has none.
  static func strippingNumbering(_ text: String) -> String? {
    // Most labels start with none of the marks below; decide that from the
    // first scalar before splitting the text into characters.
    guard let head = text.unicodeScalars.first else { return nil }
    switch head.value {
    case 0x28, 0x30...0x39, 0x2460...0x2473: break
    default:
      if !numeralScalars.contains(head) { return nil }
    }
    // The first six characters decide; walk them by index rather than
    // splitting the whole label into characters.
    var starts: [String.Index] = []
    var index = text.startIndex
    while index < text.endIndex, starts.count < 6 {
      starts.append(index)
      index = text.index(after: index)
    }
    let count = starts.count
    func char(_ k: Int) -> Character { text[starts[k]] }
    func rest(from k: Int) -> String { k < count ? String(text[starts[k]...]) : "" }
    guard count > 0 else { return nil }
    let first = char(0)
    // （一） (1)
    if first == "(" {
      var i = 1
      while i < count, i <= 3, numerals.contains(char(i)) || char(i).isASCIIDigit { i += 1 }
      if i > 1, i < count, char(i) == ")" { return rest(from: i + 1) }
      return nil
    }
    // ① … ⑳
    if let value = first.unicodeScalars.first?.value, (0x2460...0x2473).contains(value) {
      return rest(from: 1)
    }
    // 一、 1. 1、 1)
    var i = 0
    let numeral = numerals.contains(first)
    while i < count, i < 3, numeral ? numerals.contains(char(i)) : char(i).isASCIIDigit { i += 1 }
    guard i > 0, i < count else { return nil }
    let mark = char(i)
    if mark == "、" || (!numeral && (mark == "." || mark == ")")) {
      guard i + 1 < count, !char(i + 1).isASCIIDigit else { return nil }
      return rest(from: i + 1)
    }
    return nil
  }
}

extension Character {
  /// `0`…`9`.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
