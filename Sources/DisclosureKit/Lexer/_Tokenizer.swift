/// Where a tokenizer stands between two calls: enough to resume over the same
/// bytes without keeping a pointer (see ``Lexer/Tokens``).
struct _TokenizerState {
  /// The next byte to read.
  var offset = 0
  /// Tokens already found ahead of ``offset`` (a Han run's tail, a number's unit).
  var queued: (Token?, Token?) = (nil, nil)
  /// Whether a heading marker may start here: at the start of a line, after a
  /// space or cell separator, or after a sentence end (。！？；!?;).
  var headingAllowed = true
  /// The kind and end of the last token returned.
  var previousKind: Token.Kind?
  var previousEnd = 0
}

/// The longest a token may be; longer runs are split.
let _maxTokenLength = Int(UInt16.max)

/// The tokenizer proper: a state machine over a ``_UTF8Cursor``.
struct _Tokenizer {
  var c: _UTF8Cursor
  var state: _TokenizerState

  init(_ cursor: _UTF8Cursor, state: _TokenizerState = _TokenizerState()) {
    self.c = cursor
    self.state = state
  }

  /// The next token, or nil at the end.
  mutating func next() -> Token? {
    if let token = dequeue() { return finish(token) }
    let p = state.offset
    guard let b = c.byte(at: p) else { return nil }
    let headingAllowed = state.headingAllowed
    state.headingAllowed = false
    if headingAllowed, let token = lineStartToken(at: p) { return finish(token) }
    let cls = _UTF8Cursor.byteClass(of: b)
    switch cls {
    case .lineFeed:
      return finish(Token(kind: .lineBreak, start: p, length: 1))
    case .carriageReturn:
      return finish(Token(kind: .lineBreak, start: p, length: c.byte(at: p &+ 1) == 0x0A ? 2 : 1))
    case .cellSeparator:
      return finish(Token(kind: .cellSeparator, start: p, length: 1))
    case .space:
      return finish(spaceRun(at: p))
    case .letter:
      return finish(wordRun(at: p))
    case .digit:
      if let found = numberLike(at: p) { return finish(found) }
      return finish(Token(kind: .punctuation, start: p, length: 1))
    case .punctuation:
      if b == UInt8(ascii: "-") || b == UInt8(ascii: "+"), _NumberScanner.digit(c, at: p &+ 1, limit: c.count) != nil,
        signAllowed(at: p), let found = numberLike(at: p)
      {
        return finish(found)
      }
      if b == UInt8(ascii: "[") || b == UInt8(ascii: "("), let end = documentNumberEnd(at: p) {
        return finish(Token(kind: .documentNumber, start: p, length: end &- p))
      }
      return finish(Token(kind: .punctuation, start: p, length: 1))
    case .control:
      return finish(Token(kind: .punctuation, start: p, length: 1))
    case .invalid:
      return finish(Token(kind: .invalid, start: p, length: 1))
    case .lead:
      return finish(multiByte(at: p))
    }
  }

  /// A token starting with a multi-byte sequence.
  private mutating func multiByte(at p: Int) -> Token {
    // E4–E9 lead U+4000–U+9FFF: ideographs, read by the Han run's fast loop.
    if let b = c.byte(at: p), b >= 0xE4, b <= 0xE9, c.scalar(at: p)?.isValid == true { return hanRun(at: p) }
    guard let s = c.scalar(at: p), s.isValid else {
      return Token(kind: .invalid, start: p, length: c.scalar(at: p)?.length ?? 1)
    }
    switch _ScalarClass.of(s.value) {
    case .han, .numberStart:
      return hanRun(at: p)
    case .letter:
      return wordRun(at: p)
    case .digit:
      if let found = numberLike(at: p) { return take(found) }
      return Token(kind: .punctuation, start: p, length: s.length)
    case .punctuation:
      if s.value == 0xFF0D || s.value == 0x2212, signAllowed(at: p), let found = numberLike(at: p) {
        return take(found)
      }
      if let end = documentNumberEnd(at: p) { return Token(kind: .documentNumber, start: p, length: end &- p) }
      return Token(kind: .punctuation, start: p, length: s.length)
    case .cellSeparator:
      return Token(kind: .cellSeparator, start: p, length: s.length)
    case .space:
      return spaceRun(at: p)
    case .lineBreak:
      return Token(kind: .lineBreak, start: p, length: s.length)
    }
  }

  /// Returns a number and queues its unit.
  private mutating func take(_ found: (Token, Token?)) -> Token {
    if let unit = found.1 { enqueue(unit) }
    return found.0
  }

  private mutating func finish(_ found: (Token, Token?)) -> Token {
    finish(take(found))
  }

  /// Records `token` as returned and moves past it.
  mutating func finish(_ token: Token) -> Token {
    let end = Int(token.start) &+ Int(token.length)
    // The cursor mirrors the position, so its invariant check covers every token.
    c.offset = end
    state.offset = end
    state.previousKind = token.kind
    state.previousEnd = end
    switch token.kind {
    case .lineBreak, .space, .cellSeparator:
      state.headingAllowed = true
    case .punctuation:
      state.headingAllowed = isSentenceEnd(at: Int(token.start))
    default:
      state.headingAllowed = false
    }
    return token
  }

  private mutating func dequeue() -> Token? {
    guard let first = state.queued.0 else { return nil }
    state.queued = (state.queued.1, nil)
    return first
  }

  private mutating func enqueue(_ token: Token) {
    if state.queued.0 == nil { state.queued.0 = token } else { state.queued.1 = token }
  }

  /// 。！？；!?;
  func isSentenceEnd(at p: Int) -> Bool {
    switch c.byte(at: p) {
    case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"): return true
    case 0xE3: return c.matches(0xE3, 0x80, 0x82, at: p)
    case 0xEF:
      return c.matches(0xEF, 0xBC, 0x81, at: p) || c.matches(0xEF, 0xBC, 0x9F, at: p)
        || c.matches(0xEF, 0xBC, 0x9B, at: p)
    default: return false
    }
  }

  /// A document number or heading marker where a heading may start.
  func lineStartToken(at p: Int) -> Token? {
    if let end = documentNumberEnd(at: p) { return Token(kind: .documentNumber, start: p, length: end &- p) }
    let count = c.count
    guard mayStartHeadingMarker(at: p),
      let marker = c.withRawBytes({ HeadingMarker.match(in: $0, at: p) }), marker.length > 0,
      marker.length <= 64, p &+ marker.length <= count
    else { return nil }
    let end = p &+ marker.length
    // A marker ends on a scalar boundary and never eats a decimal: `1.5万` is a number.
    if let next = c.byte(at: end), next & 0xC0 == 0x80 { return nil }
    if c.byte(at: end &- 1) == UInt8(ascii: "."), _NumberScanner.digit(c, at: end, limit: count) != nil { return nil }
    return Token(kind: .headingMarker, start: p, length: marker.length)
  }

  /// Whether a marker can start at `p`: a digit, `(`, `（`, a circled or
  /// parenthesised number, a Chinese numeral or 第. Most line starts — cell
  /// separators, spaces, text — skip the call to ``HeadingMarker/match(in:at:)``.
  private func mayStartHeadingMarker(at p: Int) -> Bool {
    guard let s = c.scalar(at: p), s.isValid else { return false }
    switch s.value {
    case 0x30...0x39, 0x28, 0xFF08, 0xFF10...0xFF19, 0x2460...0x24FF, 0x2776...0x2793, _Han.di: return true
    default: return _Numeral.code(of: s.value) != nil
    }
  }

  /// A sign starts a number only where it cannot be a dash: not right after a number, word or date.
  private func signAllowed(at p: Int) -> Bool {
    guard state.previousEnd == p, let kind = state.previousKind else { return true }
    switch kind {
    case .number, .chineseNumeral, .word, .date, .unit, .documentNumber: return false
    default: return true
    }
  }

  private func spaceRun(at p: Int) -> Token {
    let limit = min(c.count, p &+ _maxTokenLength)
    var q = p
    while q < limit {
      q = c.endOfRun(of: .space, from: q, limit: limit)
      guard let s = c.scalar(at: q), s.isValid, s.length > 1, q &+ s.length <= limit,
        _ScalarClass.of(s.value) == .space
      else { break }
      q &+= s.length
    }
    return Token(kind: .space, start: p, length: q &- p)
  }

  private func wordRun(at p: Int) -> Token {
    let limit = min(c.count, p &+ _maxTokenLength)
    var q = p
    while q < limit, let b = c.byte(at: q) {
      let cls = _UTF8Cursor.byteClass(of: b)
      if cls == .letter || cls == .digit {
        q &+= 1
        continue
      }
      guard cls == .lead, let s = c.scalar(at: q), s.isValid, q &+ s.length <= limit,
        _ScalarClass.of(s.value) == .letter
      else { break }
      q &+= s.length
    }
    return Token(kind: .word, start: p, length: max(q &- p, 1))
  }

  /// A run of Han characters, stopping where a number, numeral, date or
  /// document number starts inside it; those are queued behind the run.
  ///
  /// `resume`, when given, is where a caller that already read plain Han
  /// characters from `p` stopped (see `_Tokenizer+Bulk.swift`): the scan goes on
  /// from there, with the same outcome as from `p`.
  mutating func hanRun(at p: Int, resumingAt resume: Int? = nil) -> Token {
    let limit = min(c.count, p &+ _maxTokenLength)
    var q = resume ?? p
    while q < limit {
      q = c.endOfPlainHanRun(from: q, limit: limit)
      guard q < limit, let b = c.byte(at: q), b >= 0xC2, let s = c.scalar(at: q), s.isValid, q &+ s.length <= limit
      else { break }
      let cls = _ScalarClass.of(s.value)
      if cls == .han {
        q &+= s.length
        continue
      }
      guard cls == .numberStart else { break }
      if mayStartNumber(s, at: q), let found = numberLike(at: q) {
        if q == p { return take(found) }
        enqueue(found.0)
        if let unit = found.1 { enqueue(unit) }
        return Token(kind: .han, start: p, length: q &- p)
      }
      q = max(q &+ s.length, min(numberResume, limit))
    }
    // 国办公开办函〔2019〕60号: the run's tail is the document number's issuer.
    if q > p, let end = documentNumberEnd(at: q) {
      let issuer = issuerStart(runStart: p, bracket: q)
      if issuer == p { return Token(kind: .documentNumber, start: p, length: end &- p) }
      enqueue(Token(kind: .documentNumber, start: issuer, length: end &- issuer))
      return Token(kind: .han, start: p, length: issuer &- p)
    }
    // Han text is mostly followed by full-width punctuation (、。，“”): queue it now,
    // saving a dispatch. Signs (－) still go through `next()`, which may read a number.
    if q > p, let s = c.scalar(at: q), s.isValid, s.length > 1, s.value != 0xFF0D, s.value != 0x2212,
      _ScalarClass.of(s.value) == .punctuation
    {
      enqueue(Token(kind: .punctuation, start: q, length: s.length))
    }
    return Token(kind: .han, start: p, length: max(q &- p, 1))
  }

  /// A quick test that rules out most numeral characters in prose (一是, 统一):
  /// a lone numeral followed by none of a numeral, unit, 余, 多, 年, 分 (of 百分之)
  /// or `%` can never become a token.
  func mayStartNumber(_ s: _DecodedScalar, at q: Int) -> Bool {
    guard let code = _Numeral.code(of: s.value) else { return true }
    if code == 10 || code == 11 { return true }
    guard let next = c.scalar(at: q &+ s.length), next.isValid else { return false }
    if next.length == 1 { return next.value == 0x25 }
    switch next.value {
    case _Han.yu, _Han.duo, _Han.nian, _Han.fen, _Han.fullPercent: return true
    default: break
    }
    if _Numeral.code(of: next.value) != nil { return true }
    return _Unit.length(in: c, at: q &+ s.length, allowWan: true) != nil
  }

  /// Where scanning resumes after the last rejected ``numberLike(at:)``.
  var numberResume = 0

  /// A date, number or Chinese numeral at `p`, with its unit queued behind it.
  ///
  /// A Chinese numeral is only a token when a unit follows (`三百余件`, `两个`), when
  /// it is a percentage (`百分之九十`), or when it has two or more characters and is
  /// positional or has a zero (`十一`, `两万`, `一千二百三十四`, `二〇一九`); never
  /// right after 第. So `一是`, `统一`, `进一步`, `一站式` stay Han.
  mutating func numberLike(at p: Int) -> (Token, Token?)? {
    numberResume = p
    let limit = min(c.count, p &+ _maxTokenLength)
    if let first = c.scalar(at: p), first.length == 3, let miss = quickMiss(first.value, at: p, limit: limit) {
      numberResume = miss
      return nil
    }
    if let end = dateEnd(at: p) { return (Token(kind: .date, start: p, length: end &- p), nil) }
    let outcome = _NumberScanner.scan(c, at: p, limit: limit)
    numberResume = outcome.resume
    guard let n = outcome.number, n.end > p else { return nil }
    let unitLength = _Unit.length(in: c, at: n.end, allowWan: !n.flags.contains(.wan) && !n.flags.contains(.yi))
    if n.isNumeral {
      let qualifies =
        unitLength != nil || n.flags.contains(.percent)
        || (n.numeralCount >= 2 && (n.hasPositional || n.hasZero))
      let afterOrdinal = c.scalar(at: p &- 3)?.value == _Han.di && c.byte(at: p &- 3) == 0xE7
      guard qualifies, !afterOrdinal else { return nil }
    }
    let unit = unitLength.map { Token(kind: .unit, start: n.end, length: $0) }
    return (Token(kind: n.isNumeral ? .chineseNumeral : .number, start: p, length: n.end &- p, flags: n.flags), unit)
  }

  /// Where scanning resumes when the full reading below certainly finds nothing at the
  /// ideograph `scalar` at `p`, for the commonest misses in prose; nil to read on.
  /// - 近 约 (负责, 约定): no number body after the prefix, which `_NumberScanner`
  ///   then reads as nothing; and 减 负 likewise as signs.
  /// - 万 亿 萬 億 before no numeral (万余, 亿元): the numeral run is just that
  ///   character, which no Chinese numeral starts with.
  /// Neither is a date (`dateEnd` needs digits or four numeral digits).
  private func quickMiss(_ scalar: UInt32, at p: Int, limit: Int) -> Int? {
    switch scalar {
    case _Han.jin, _Han.yue:
      return _NumberScanner.startsNumber(c, at: p &+ 3, limit: limit) ? nil : p
    case _Han.jian, _Han.fu:
      return _NumberScanner.startsNumber(c, at: p &+ 3, limit: limit, allowSign: false) ? nil : p
    case _Han.wan, _Han.yi, 0x842C, 0x5104:
      guard p &+ 3 <= limit else { return nil }
      if let next = c.scalar(at: p &+ 3), p &+ 3 &+ next.length <= limit, _Numeral.code(of: next.value) != nil {
        return nil
      }
      return p &+ 3
    default:
      return nil
    }
  }
}
