extension _FactMatcher {
  /// What a matcher derives from its patterns, made once per pattern list
  /// (and once per process for ``FactPattern/disclosureFacts``) rather than
  /// once per document.
  struct Prepared: Sendable {
    /// The keys other patterns name as their context.
    let parentKeys: Set<String>
    /// The character count of each pattern's triggers, by pattern then
    /// trigger, counted once rather than for every label matched.
    let triggerLengths: [[Int]]
    /// The UTF-8 bytes of each pattern's triggers, by pattern then trigger.
    let triggerBytes: [[[UInt8]]]
    /// Every pattern's triggers by their first scalar, so a label is read
    /// once for all of them instead of once per trigger.
    let triggerIndex: _TriggerIndex
    /// Each pattern's `excluding` and `negationContext` words as bytes.
    let excluding: [[[UInt8]]]
    let negationContexts: [[[UInt8]]]
    /// Every unit and context key the patterns name, numbered, and for each
    /// pattern which numbers it allows: a figure's unit and the sentence's
    /// context are looked up once per label, not compared with every
    /// pattern's lists.
    let unitNumbers: [String: Int]
    let contextNumbers: [String: Int]
    let allowedUnits: [[Bool]]
    let allowedContexts: [[Bool]]

    init(_ patterns: [FactPattern]) {
      parentKeys = Set(patterns.flatMap(\.context))
      triggerLengths = patterns.map { $0.triggers.map(\.count) }
      triggerBytes = patterns.map { $0.triggers.map { Array($0.utf8) } }
      triggerIndex = _TriggerIndex(patterns.map(\.triggers))
      excluding = patterns.map { $0.excluding.map { Array($0.utf8) } }
      negationContexts = patterns.map { $0.negationContext.map { Array($0.utf8) } }
      (unitNumbers, allowedUnits) = Self.numbered(patterns.map(\.units))
      (contextNumbers, allowedContexts) = Self.numbered(patterns.map(\.context))
    }

    /// ``FactPattern/disclosureFacts`` prepared.
    static let disclosureFacts = Prepared(FactPattern.disclosureFacts)

    /// `patterns` prepared, from the cache when they are the built-in
    /// catalogue (an unchanged copy compares equal at once: same storage).
    static func of(_ patterns: [FactPattern]) -> Prepared {
      patterns == FactPattern.disclosureFacts ? disclosureFacts : Prepared(patterns)
    }

    /// The distinct strings of `lists` numbered, and for each list which
    /// numbers it holds.
    private static func numbered(_ lists: [[String]]) -> ([String: Int], [[Bool]]) {
      var numbers: [String: Int] = [:]
      for list in lists {
        for item in list where numbers[item] == nil { numbers[item] = numbers.count }
      }
      let allowed = lists.map { list in
        var flags = [Bool](repeating: false, count: numbers.count)
        for item in list { if let number = numbers[item] { flags[number] = true } }
        return flags
      }
      return (numbers, allowed)
    }
  }
}
