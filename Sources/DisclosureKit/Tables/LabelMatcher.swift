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
  private let rowKeys: _KeyTable<Int>
  private let rowLoose: _KeyTable<Int>
  /// What a `.blocks` anchor may contain: the row keys of at least two characters.
  let anchors: Anchors

  /// The row keys an anchor may contain, and their one-pass search.
  struct Anchors: Sendable {
    let keys: [String]
    /// The keys searched in one pass over a label; see `AnchorSearch`.
    let search: AnchorSearch

    init(_ keys: [String]) {
      self.keys = keys
      search = AnchorSearch(keys)
    }

    /// Whether the key contains one of the row keys.
    func contains(_ key: LabelKey) -> Bool {
      search.found(in: key.bytes) ?? keys.contains { key.text.utf8Contains($0) }
    }
  }
  private let columnKeys: _KeyTable<Int>
  private let columnLoose: _KeyTable<Int>
  /// The row entries a label may end with in a suffix match: keys of at
  /// least two characters that name no column, with their length, computed
  /// once rather than on every lookup.
  private let suffixEntries: [SuffixEntry]
  /// The positions in `suffixEntries` of the inert entries by their last
  /// byte, in order: an inert key ends with an inert entry only if their
  /// last bytes agree. `nil` when an entry is not inert.
  private let suffixesByLastByte: [[Int]]?
  /// The group (an index into `groupKeys`) each template row requires.
  private let rowGroups: [Int?]
  /// Rule out, before hashing, keys that can name no row, column or group.
  private let rowFilter: KeyFilter
  private let columnFilter: KeyFilter
  private let groupFilter: KeyFilter
  /// The group labels of the template's rows (`其他处理`), each once, and
  /// where each stands among them.
  let groupKeys: [LabelKey]
  private let groupTable: _KeyTable<Int>
  /// The keys of the template's edition markers, without parentheses.
  let markerKeys: [String]
  /// Their UTF-8 bytes.
  let markerKeyBytes: [[UInt8]]
  /// The UTF-8 bytes of each prose cue's words, by cue, phrase and word.
  let proseCuePhrases: [[[[UInt8]]]]
  let template: TableTemplate
  /// The template's optional subtotals, matched by where they stand; built
  /// with the matcher so that the reader prepares them once.
  let subtotals: SubtotalMatcher
  /// Every key a label is looked up among, by equality (rows, columns,
  /// groups, subtotals), for a filter over several matchers.
  let lookupKeys: [String]

  private struct SuffixEntry: Sendable {
    var key: String
    var bytes: [UInt8]
    /// The key's length in characters.
    var length: Int
    var index: Int
    var inert: Bool
  }

  init(_ template: TableTemplate) {
    self.template = template
    subtotals = SubtotalMatcher(template)
    var rowEntries: [(key: LabelKey, index: Int)] = []
    for (index, row) in template.rows.enumerated() {
      for label in row.labels { rowEntries.append((Self.key(label), index)) }
    }
    var columnEntries: [(key: LabelKey, index: Int)] = []
    for (index, column) in template.columns.enumerated() {
      for label in column.labels { columnEntries.append((Self.key(label), index)) }
    }
    anchors = Anchors(rowEntries.map(\.key.text).filter { $0.count >= 2 })
    let rows = Self.tables(rowEntries)
    let columns = Self.tables(columnEntries)
    (rowKeys, rowLoose) = (_KeyTable(rows.exact), _KeyTable(rows.loose))
    (columnKeys, columnLoose) = (_KeyTable(columns.exact), _KeyTable(columns.loose))
    rowFilter = KeyFilter((rows.exact + rows.loose).map(\.key.text))
    columnFilter = KeyFilter((columns.exact + columns.loose).map(\.key.text))
    let subtotalKeys = template.subtotals.flatMap { $0.labels + $0.blockLabels }.map { Self.key($0).text }
    let tableKeys = (rows.exact + rows.loose + columns.exact + columns.loose).map(\.key.text)
    var groupKeys: [LabelKey] = []
    for group in template.rows.compactMap(\.group).map(Self.key) where !groupKeys.contains(group) {
      groupKeys.append(group)
    }
    self.groupKeys = groupKeys
    lookupKeys = tableKeys + subtotalKeys + groupKeys.map(\.text)
    groupTable = _KeyTable(groupKeys.enumerated().map { (key: $1, value: $0) })
    groupFilter = KeyFilter(groupKeys.map(\.text))
    markerKeys = template.editionMarkers.map { Self.removingParentheses(Self.key($0).text) }
    markerKeyBytes = markerKeys.map { Array($0.utf8) }
    proseCuePhrases = template.proseCues.map { cue in cue.phrases.map { words in words.map { Array($0.utf8) } } }
    rowGroups = template.rows.map { row in row.group.flatMap { group in groupKeys.firstIndex(of: Self.key(group)) } }
    var suffixEntries: [SuffixEntry] = []
    for entry in rowEntries {
      let length = entry.key.text.count
      guard length >= 2, Self.lookup(entry.key, columnKeys, columnLoose, columnFilter) == nil else { continue }
      suffixEntries.append(
        SuffixEntry(
          key: entry.key.text, bytes: entry.key.bytes, length: length, index: entry.index,
          inert: entry.key.isInert))
    }
    self.suffixEntries = suffixEntries
    if suffixEntries.allSatisfy(\.inert) {
      var buckets = [[Int]](repeating: [], count: 256)
      for (position, entry) in suffixEntries.enumerated() {
        if let last = entry.bytes.last { buckets[Int(last)].append(position) }
      }
      suffixesByLastByte = buckets
    } else {
      suffixesByLastByte = nil
    }
  }

  /// Exact keys, and keys without their trailing parenthetical, in
  /// declaration order: the first declaration of a key wins.
  private static func tables(
    _ entries: [(key: LabelKey, index: Int)]
  ) -> (exact: [(key: LabelKey, value: Int)], loose: [(key: LabelKey, value: Int)]) {
    var exact: [(key: LabelKey, value: Int)] = []
    var loose: [(key: LabelKey, value: Int)] = []
    for entry in entries where !entry.key.isEmpty {
      exact.append((entry.key, entry.index))
      let dropped = droppingParenthetical(entry.key.text)
      if dropped.count >= 4 { loose.append((LabelKey(dropped), entry.index)) }
    }
    return (exact, loose)
  }

  private static func lookup(
    _ key: LabelKey, _ exact: _KeyTable<Int>, _ loose: _KeyTable<Int>, _ filter: KeyFilter
  ) -> Int? {
    guard !key.isEmpty else { return nil }
    if filter.mayMatch(key), let index = exact.value(for: key) ?? loose.value(for: key) { return index }
    guard key.firstParenthesis >= 0 else { return nil }
    if key.isInert {
      // The key without its parenthetical is inert too: its length decides
      // before it is hashed, and its bytes are a prefix of the key's.
      let offset = key.firstParenthesis
      guard offset > 0, filter.mayMatch(inertLength: offset) else { return nil }
      return key.bytes.withUnsafeBufferPointer { bytes in
        let prefix = UnsafeBufferPointer(rebasing: bytes[..<offset])
        let hash = _TableBytes.hash(prefix)
        return exact.value(forInert: prefix, hash: hash) ?? loose.value(forInert: prefix, hash: hash)
      }
    }
    let dropped = LabelKey(Self.droppingParenthetical(key.text))
    // `dropped` is `key` or a strictly shorter prefix of it.
    guard dropped.byteCount != key.byteCount, filter.mayMatch(dropped) else { return nil }
    return exact.value(for: dropped) ?? loose.value(for: dropped)
  }

  /// The template row the label of comparison key `key` names, given the
  /// group label last seen (an index into ``groupKeys``).
  ///
  /// With `suffix`, a label that merely ends with a row label matches too:
  /// digits run into a label mark its end, and a table flattened onto one
  /// line leaves the header before the first row label
  /// (`…对外公开总数量规章000`). Labels that also name a column (`总计`)
  /// never match by suffix.
  func row(forKey key: LabelKey, group: Int?, suffix: Bool = false) -> Int? {
    var found = Self.lookup(key, rowKeys, rowLoose, rowFilter)
    if found == nil, suffix, !key.isEmpty {
      found = suffixMatch(key)
    }
    guard let index = found, index < rowGroups.count else { return found }
    if let required = rowGroups[index], required != group { return nil }
    return index
  }

  /// The longest suffix entry `key` ends with (the first of the longest).
  private func suffixMatch(_ key: LabelKey) -> Int? {
    let bytes = key.bytes
    let count = bytes.count
    var best = -1
    func consider(_ position: Int) {
      // Between inert strings, every scalar is a character of its own and
      // characters are equal when their bytes are.
      let ends: Bool
      if key.isInert, suffixEntries[position].inert {
        let entry = suffixEntries[position].bytes
        let n = entry.count
        var k = 0
        if n <= count { while k < n, bytes[count - n + k] == entry[k] { k += 1 } }
        ends = n <= count && k == n
      } else {
        ends = key.text.hasSuffix(suffixEntries[position].key)
      }
      if ends, best < 0 || suffixEntries[best].length < suffixEntries[position].length { best = position }
    }
    if key.isInert, let buckets = suffixesByLastByte, let last = bytes.last {
      for position in buckets[Int(last)] { consider(position) }
    } else {
      for position in suffixEntries.indices { consider(position) }
    }
    return best < 0 ? nil : suffixEntries[best].index
  }

  /// The last scalars the suffix entries end with, when every entry is
  /// inert; `nil` otherwise (any key may end with one).
  var suffixLastScalars: [UInt32]? {
    guard suffixEntries.allSatisfy(\.inert) else { return nil }
    return suffixEntries.compactMap { LabelKey(bytes: $0.bytes, isInert: true, firstParenthesis: -1).lastInertScalar }
  }

  /// The template row `label` names, under the group label `group`.
  func row(for label: String, group: String? = nil) -> Int? {
    row(forKey: Self.key(label), group: group.flatMap { self.group(forKey: Self.key($0)) })
  }

  /// The template column the label of comparison key `key` names.
  func column(forKey key: LabelKey) -> Int? { Self.lookup(key, columnKeys, columnLoose, columnFilter) }

  /// The template column `label` names.
  func column(for label: String) -> Int? { column(forKey: Self.key(label)) }

  /// Whether the key contains one of the template's row labels: the anchor
  /// of a `.blocks` table whose header ran together.
  func containsRowLabel(key: LabelKey) -> Bool {
    anchors.contains(key)
  }

  /// The group the key names (an index into ``groupKeys``), if it is one of
  /// the template's group labels.
  func group(forKey key: LabelKey) -> Int? {
    guard !groupTable.isEmpty, groupFilter.mayMatch(key) else { return nil }
    return groupTable.value(for: key)
  }

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
}

extension Character {
  /// `0`…`9`.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
