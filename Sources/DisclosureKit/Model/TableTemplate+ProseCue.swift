extension TableTemplate {
  /// A figure the prose states that a table cell restates: when the words
  /// of one of ``TableTemplate/ProseCue/phrases`` all stand in a clause ending in a count
  /// (`本年度共收到政府信息公开申请23件`), the count is a hint for the cell
  /// at ``TableTemplate/ProseCue/row``, ``TableTemplate/ProseCue/column``.
  ///
  /// The table reader uses cues only to choose among splits of run-together
  /// digits that satisfy every identity; a cue never overrides a cell read
  /// directly.
  public struct ProseCue: Sendable, Hashable {
    public var row: String
    public var column: String
    /// Alternative word sets; a clause matches when it contains every word of one set.
    public var phrases: [[String]]

    public init(row: String, column: String, phrases: [[String]]) {
      self.row = row
      self.column = column
      self.phrases = phrases
    }

    /// Whether a clause (a label's comparison key) states this cue's figure.
    public func matches(_ clause: String) -> Bool {
      phrases.contains { words in words.allSatisfy { clause.utf8Contains($0) } }
    }
  }
}
