/// A figure in the prose: a number and its unit.
struct _Figure {
  /// The value, scaled (万 ×10⁴) into the unit reported.
  var value: Double
  /// The unit as reported (`件`; `元` for a figure printed in 万元).
  var unit: String?
  /// From the first byte of the number to the end of its unit.
  var range: SourceRange
  var isApproximate: Bool
}

/// A clause: text between `，；：` or sentence ends, with its figures.
struct _Clause {
  var range: SourceRange
  var figures: [_Figure]
  /// Clauses of one sentence share it.
  var sentence: Int
  /// Clauses of one paragraph (line) share it; a heading starts a new one.
  var paragraph: Int
}

/// Cuts tokens into clauses and finds their figures.
struct _ClauseSplitter {
  let source: _FactText

  /// What a punctuation token does to the clause it stands in.
  enum Boundary {
    /// `。！？!?．` end a sentence.
    case sentence
    /// `，,；;：:` end a clause.
    case clause
    /// Anything else is part of the clause.
    case none
  }

  /// The boundary `scalar` makes, by value: a switch, not a set lookup.
  static func boundary(_ scalar: UInt32) -> Boundary {
    switch scalar {
    case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF0E: return .sentence
    case 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A: return .clause
    default: return .none
    }
  }

  func clauses(of tokens: [Token], in range: SourceRange?) -> [_Clause] {
    var clauses: [_Clause] = []
    var sentence = 0
    var paragraph = 0
    var start: Int?
    var end = 0
    var figures: [_Figure] = []

    func close() {
      if let clauseStart = start, end > clauseStart {
        let clauseRange = SourceRange(start: clauseStart, end: end)
        if range.map({ $0.contains(clauseRange) }) ?? true {
          clauses.append(_Clause(range: clauseRange, figures: figures, sentence: sentence, paragraph: paragraph))
        }
      }
      start = nil
      figures = []
    }

    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let tokenRange = token.range
      switch token.kind {
      case .lineBreak:
        close()
        sentence += 1
        paragraph += 1
      case .headingMarker:
        close()
        sentence += 1
        paragraph += 1
      case .cellSeparator:
        // A table row's cells are not one clause: `政府集中采购 | 242 | 1814万元`.
        close()
      case .punctuation:
        switch source.firstScalar(tokenRange).map({ Self.boundary($0.value) }) ?? .none {
        case .sentence:
          close()
          sentence += 1
        case .clause:
          close()
        case .none:
          if start == nil { start = tokenRange.start }
          end = tokenRange.end
        }
      case .number, .chineseNumeral:
        if start == nil { start = tokenRange.start }
        end = tokenRange.end
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .space { next += 1 }
        if next < tokens.count, let unit = unit(tokens[next], spaced: next > index + 1),
          let figure = figure(tokens[index], unit: unit)
        {
          figures.append(figure)
          end = tokens[next].range.end
          index = next
        }
      case .space:
        if start != nil { end = tokenRange.end }
      default:
        if start == nil { start = tokenRange.start }
        end = tokenRange.end
      }
      index += 1
    }
    close()
    return clauses
  }

  private static let wanBytes = Array("万".utf8)

  /// The units a spaced-out figure may stand in: pdftotext prints `4120 条`,
  /// and the lexer reads a unit only right after its number.
  static let spacedUnits: Set<String> = Set(FactPattern.countUnits + FactPattern.moneyUnits)

  /// `token` as the unit of the number before it: a unit token, or, after
  /// spaces, a Han token that is exactly a unit (`4120 条，`).
  func unit(_ token: Token, spaced: Bool) -> Token? {
    if token.kind == .unit { return token }
    guard spaced, token.kind == .han, Self.spacedUnits.contains(source.string(token.range)) else { return nil }
    return Token(kind: .unit, start: token.range.start, length: token.range.end - token.range.start)
  }

  /// The figure of a number token and the unit token after it; `nil` for a
  /// percentage, a single numeral character, or a number that does not parse.
  func figure(_ number: Token, unit: Token) -> _Figure? {
    guard !number.flags.contains(.percent) else { return nil }
    let digits = source.aligned(number.range.start, number.range.end)
    // A lone numeral character before a unit is an idiom or an ordinal far
    // more often than a count: `一件事一次办`, `两个责任`, `二期系统`. (A
    // numeral token's scalars are Han numerals, each a character.)
    if number.kind == .chineseNumeral, source.scalarCount(digits) == 1 { return nil }
    guard let parsed = source.number(digits), !parsed.isPercent else { return nil }
    var value = parsed.value
    var unitText = source.string(unit.range)
    // 1814万元 may come as the number 1814 and the unit 万元.
    if !number.flags.contains(.wan), unitText.utf8.starts(with: Self.wanBytes), unitText.count > 1 {
      value *= 10_000
      unitText.removeFirst()
    }
    guard value.isFinite else { return nil }
    return _Figure(
      value: value, unit: unitText,
      range: SourceRange(start: number.range.start, end: unit.range.end),
      isApproximate: parsed.isApproximate || number.flags.contains(.approximate))
  }
}
