/// The bulk driver behind ``Lexer/tokenize(_:into:)`` and ``Lexer/forEachToken(in:_:)``.
///
/// Most of a report is plain Han text, punctuation and line structure. This loop
/// reads those straight from the bytes, in one function, and hands every other
/// position — numbers, dates, words, spaces, heading markers, document numbers,
/// numerals inside a Han run, invalid or unusual sequences — to ``_Tokenizer/next()``
/// with the state it would have reached itself. So the token stream is the one
/// `next()` alone gives (the streaming ``Lexer/Tokens`` iterator), which the
/// differential tests check; the fast cases below only ever decide what `next()`
/// would decide at the same position.
///
/// Bounds: every read is at an index below `count`, proven by the guard right
/// before it; the loop advances by at least one byte per token.
extension _Tokenizer {
  /// Tokens are written into a small stack buffer and handed to `flush` in chunks,
  /// so the caller's storage is touched once per chunk, not once per token. 1 KB:
  /// larger temporary allocations may go to the heap.
  static let _chunkCapacity = 128

  /// Runs the tokenizer to the end, calling `flush` with the tokens in order, in chunks.
  mutating func run(_ flush: (UnsafeBufferPointer<Token>) -> Void) {
    let bytes = c
    withUnsafeTemporaryAllocation(of: Token.self, capacity: Self._chunkCapacity) { buffer in
      guard let base = buffer.baseAddress else { return }
      var chunk = _TokenChunk(base: base, capacity: Self._chunkCapacity)
      // Beyond 4 GiB a token's start no longer fits in `UInt32` and `Token` clamps it:
      // leave such a text (which `ParseLimits` never lets through) to `next()`.
      guard bytes.count <= Int(UInt32.max) else {
        while let token = next() { chunk.append(token, flush) }
        if chunk.count > 0 { flush(UnsafeBufferPointer(start: base, count: chunk.count)) }
        return
      }
      bytes.withRawBytes { raw in
        _numberStartBitmap.withUnsafeBufferPointer { numberStart in
          _hanStopTable.withUnsafeBufferPointer { hanStop in
            _widePunctuationBitmap.withUnsafeBufferPointer { widePunctuation in
              _bulkActionTable.withUnsafeBufferPointer { actions in
                _numberFollowerBitmap.withUnsafeBufferPointer { numberFollower in
                  let tables = _BulkTables(
                    numberStart: numberStart, hanStop: hanStop, widePunctuation: widePunctuation, actions: actions,
                    numberFollower: numberFollower)
                  run(raw, tables, &chunk, flush)
                }
              }
            }
          }
        }
      }
      if chunk.count > 0 { flush(UnsafeBufferPointer(start: base, count: chunk.count)) }
    }
  }

  // The loop proper; see the type's comment. `p` mirrors `state.offset`; the rest
  // of `state` is kept as `next()` keeps it.
  private mutating func run(
    _ raw: UnsafeRawBufferPointer, _ tables: _BulkTables, _ chunk: inout _TokenChunk,
    _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) {
    let count = raw.count
    var p = state.offset
    while p < count {
      let b = raw.load(fromByteOffset: p, as: UInt8.self)
      // E4–E9: most of a report.
      if b &- 0xE4 < 6 {
        p = hanRun(raw, at: p, tables, &chunk, flush)
        continue
      }
      switch tables.actions[Int(b)] {
      case .han, .slow:
        p = slow(at: p, &chunk, flush)
      case .wide:
        guard p &+ 3 <= count else {
          p = slow(at: p, &chunk, flush)
          continue
        }
        if let sentenceEnd = widePunctuationEnd(raw, at: p, tables.widePunctuation) {
          p = put(.punctuation, p, 3, headingAllowed: sentenceEnd, &chunk, flush)
        } else if !state.headingAllowed, isDocumentNumberOpener(raw, at: p), !digitMayStart(raw, at: p &+ 3) {
          // （ 〔 【 before no digit, where no heading marker may start: punctuation.
          p = put(.punctuation, p, 3, headingAllowed: false, &chunk, flush)
        } else {
          p = slow(at: p, &chunk, flush)
        }
      case .digit:
        // Most numbers: ASCII digits that no date, decimal, grouping or suffix
        // continues, maybe followed by a unit. Anything else goes to `next()`.
        guard !state.headingAllowed || !mayStartDigitMarker(raw, at: p), let end = plainNumberEnd(raw, at: p) else {
          p = slow(at: p, &chunk, flush)
          continue
        }
        p = put(.number, p, end &- p, headingAllowed: false, &chunk, flush)
        if mayBeUnit(raw, at: end, tables.numberFollower), let unit = _Unit.length(in: c, at: end, allowWan: true) {
          p = put(.unit, end, unit, headingAllowed: false, &chunk, flush)
        }
      case .letter:
        // Words, as `wordRun(at:)` reads them: ASCII letters, digits and `_`, and
        // non-ASCII letters (ǐ, Ａ).
        let limit = min(count, p &+ _maxTokenLength)
        var q = p &+ 1
        while q < limit {
          let next = raw.load(fromByteOffset: q, as: UInt8.self)
          if tables.actions[Int(next)].isWordByte {
            q &+= 1
            continue
          }
          guard next >= 0xC2, next <= 0xF4, let s = c.scalar(at: q), s.isValid, q &+ s.length <= limit,
            _ScalarClass.of(s.value) == .letter
          else { break }
          q &+= s.length
        }
        p = put(.word, p, q &- p, headingAllowed: false, &chunk, flush)
      case .punctuation:
        p = put(.punctuation, p, 1, headingAllowed: false, &chunk, flush)
      case .signOrBracket:
        // `- + [ (` start a number or document number only before a digit (ASCII or
        // full-width, EF …), and `(` a heading marker only where one may start.
        guard !digitMayStart(raw, at: p &+ 1), !(state.headingAllowed && b == UInt8(ascii: "(")) else {
          p = slow(at: p, &chunk, flush)
          continue
        }
        p = put(.punctuation, p, 1, headingAllowed: false, &chunk, flush)
      case .sentenceEnd:
        p = put(.punctuation, p, 1, headingAllowed: true, &chunk, flush)
      case .lineFeed:
        p = put(.lineBreak, p, 1, headingAllowed: true, &chunk, flush)
      case .carriageReturn:
        let length = p &+ 1 < count && raw.load(fromByteOffset: p &+ 1, as: UInt8.self) == 0x0A ? 2 : 1
        p = put(.lineBreak, p, length, headingAllowed: true, &chunk, flush)
      case .cellSeparator:
        p = put(.cellSeparator, p, 1, headingAllowed: true, &chunk, flush)
      case .invalid:
        p = put(.invalid, p, 1, headingAllowed: false, &chunk, flush)
      }
    }
    state.offset = p
  }

  /// The tokens from the Han character at `p` (lead E4–E9), as `next()` reads them;
  /// returns where the next token starts.
  // swift-format-ignore: FunctionLength
  @inline(__always)
  private mutating func hanRun(
    _ raw: UnsafeRawBufferPointer, at p: Int, _ tables: _BulkTables, _ chunk: inout _TokenChunk,
    _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> Int {
    let count = raw.count
    // Where a heading may start, a marker may start here (一、 第一章); if none
    // does, `next()` goes on as below.
    if state.headingAllowed {
      if mayStartHanMarker(raw, at: p, tables.numberStart), let marker = lineStartToken(at: p) {
        return accept(marker, &chunk, flush)
      }
      state.headingAllowed = false
    }
    // Ideographs from `p`, as `hanRun(at:)` reads them: plain ones, and numerals
    // that start no number here (一 in 统一); a number ends the run.
    let limit = min(count, p &+ _maxTokenLength)
    let end = limit &- 2
    let wordEnd = min(end, count &- 3)
    let hanStop = tables.hanStop
    var q = p
    while q < end {
      // Plain ideographs while four bytes can be read: a lead E0–EF and two continuation
      // bytes, and the table says the lead is E4–E9 and the ideograph no number start.
      while q < wordEnd {
        let w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt32.self))
        guard w & 0x00C0_C0F0 == 0x0080_80E0, hanStop[Int(w & 0x3F0F)] &>> UInt64(w &>> 16 & 0x3F) & 1 == 0 else {
          break
        }
        q &+= 3
      }
      guard q < end else { break }
      let w: UInt32
      if q < wordEnd {
        w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt32.self))
      } else {
        w =
          UInt32(raw.load(fromByteOffset: q, as: UInt8.self))
          | UInt32(raw.load(fromByteOffset: q &+ 1, as: UInt8.self)) &<< 8
          | UInt32(raw.load(fromByteOffset: q &+ 2, as: UInt8.self)) &<< 16
      }
      // A lead E4–E9 and two continuation bytes: U+4000–U+9FFF.
      guard w & 0x00C0_C0F0 == 0x0080_80E0, (w & 0x0F) &- 4 < 6 else { break }
      let row = Int((w & 0x0F) &- 4) &<< 6 | Int(w &>> 8 & 0x3F)
      if tables.numberStart[row] &>> UInt64(w &>> 16 & 0x3F) & 1 == 0 {
        q &+= 3
        continue
      }
      let scalar = _DecodedScalar(value: 0x4000 &+ UInt32(row) &<< 6 | (w &>> 16 & 0x3F), length: 3, isValid: true)
      if mayStartNumber(scalar.value, raw, at: q, tables.numberFollower), let found = numberLike(at: q) {
        if q > p { _ = accept(Token(kind: .han, start: p, length: q &- p), &chunk, flush) }
        var next = accept(found.0, &chunk, flush)
        if let unit = found.1 { next = accept(unit, &chunk, flush) }
        return next
      }
      q = max(q &+ 3, min(numberResume, limit))
    }
    if q == p { return slow(at: p, &chunk, flush) }
    if q == count { return put(.han, p, q &- p, headingAllowed: false, &chunk, flush) }
    if q < limit {
      let next = raw.load(fromByteOffset: q, as: UInt8.self)
      // ASCII ends the run; only `[` and `(` before a digit may open a document number
      // whose issuer is the run's tail.
      if next < 0x80 {
        if (next != UInt8(ascii: "[") && next != UInt8(ascii: "(")) || !digitMayStart(raw, at: q &+ 1) {
          return put(.han, p, q &- p, headingAllowed: false, &chunk, flush)
        }
      } else if q &+ 3 <= limit {
        // Han text is mostly followed by full-width punctuation: the run, then it.
        if let sentenceEnd = widePunctuationEnd(raw, at: q, tables.widePunctuation) {
          _ = put(.han, p, q &- p, headingAllowed: false, &chunk, flush)
          return put(.punctuation, q, 3, headingAllowed: sentenceEnd, &chunk, flush)
        }
        // （ 〔 【 before no digit open no document number.
        if isDocumentNumberOpener(raw, at: q), !digitMayStart(raw, at: q &+ 3) {
          _ = put(.han, p, q &- p, headingAllowed: false, &chunk, flush)
          return put(.punctuation, q, 3, headingAllowed: false, &chunk, flush)
        }
      }
    }
    return slowHanRun(from: p, resumingAt: q, &chunk, flush)
  }

  /// Emits a token the fast paths found and records it as `finish` would; returns its end.
  @inline(__always)
  private mutating func put(
    _ kind: Token.Kind, _ start: Int, _ length: Int, headingAllowed: Bool, _ chunk: inout _TokenChunk,
    _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> Int {
    // Fast tokens are never longer than a Han run, which is capped at `_maxTokenLength`,
    // and the loop only runs over texts whose offsets fit in `UInt32` (see `run(_:)`).
    chunk.append(
      Token(kind: kind, start: UInt32(truncatingIfNeeded: start), length: UInt16(truncatingIfNeeded: length)), flush)
    let end = start &+ length
    state.previousKind = kind
    state.previousEnd = end
    state.headingAllowed = headingAllowed
    return end
  }

  /// Emits a token the tokenizer proper found, through `finish`; returns its end.
  private mutating func accept(
    _ token: Token, _ chunk: inout _TokenChunk, _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> Int {
    chunk.append(finish(token), flush)
    return state.offset
  }

  /// Hands position `p` to `next()`; emits what it returns and queues; returns where it stopped.
  private mutating func slow(
    at p: Int, _ chunk: inout _TokenChunk, _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> Int {
    state.offset = p
    // `next()` is only called below the end, where it always finds a token.
    guard let first = next() else { return c.count }
    chunk.append(first, flush)
    while state.queued.0 != nil, let token = next() { chunk.append(token, flush) }
    return state.offset
  }

  /// The Han run from `p`, plain up to `resume`, as `next()` reads it from there on.
  private mutating func slowHanRun(
    from p: Int, resumingAt resume: Int, _ chunk: inout _TokenChunk, _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> Int {
    state.offset = p
    state.headingAllowed = false
    chunk.append(finish(hanRun(at: p, resumingAt: resume)), flush)
    while state.queued.0 != nil, let token = next() { chunk.append(token, flush) }
    return state.offset
  }

  /// Whether a heading marker (`1、` `1.` `1)` `12．`) may start at the ASCII digit at `p`:
  /// one or two digits, then anything but ASCII other than `)` and `.`. Three digits
  /// (`2019、`) never start one.
  @inline(__always)
  private func mayStartDigitMarker(_ raw: UnsafeRawBufferPointer, at p: Int) -> Bool {
    let count = raw.count
    var q = p &+ 1
    if q < count, raw.load(fromByteOffset: q, as: UInt8.self) &- 0x30 < 10 { q &+= 1 }
    guard q < count else { return false }
    let next = raw.load(fromByteOffset: q, as: UInt8.self)
    return next >= 0x80 || next == UInt8(ascii: ")") || next == UInt8(ascii: ".")
  }

  /// The end of the number made of the ASCII digits at `p`, when `next()` would read
  /// just those digits as a number (leaving any unit after them); nil when it might
  /// read anything else — a date, a decimal, a grouped or suffixed number.
  @inline(__always)
  private func plainNumberEnd(_ raw: UnsafeRawBufferPointer, at p: Int) -> Int? {
    let count = raw.count
    var q = p
    var value = 0
    while q < count, q &- p < 9 {
      let d = raw.load(fromByteOffset: q, as: UInt8.self) &- 0x30
      guard d < 10 else { break }
      value = value &* 10 &+ Int(d)
      q &+= 1
    }
    // Nine or more digits: the scanner's business (and never a date).
    let digits = q &- p
    guard digits < 9 else { return nil }
    // 2019年…, 2019-02-22, 20181231: maybe dates.
    if digits == 8 || (digits == 4 && value >= 1900 && value <= 2100) { return nil }
    guard q < count else { return q }
    let next = raw.load(fromByteOffset: q, as: UInt8.self)
    if next < 0x80 {
      // `,` `.` may continue the number, `%` is its suffix.
      return next == UInt8(ascii: ",") || next == UInt8(ascii: ".") || next == UInt8(ascii: "%") ? nil : q
    }
    // Full-width digits, point and ％ (EF) continue it.
    guard next != 0xEF else { return nil }
    guard next &- 0xE4 < 6, q &+ 3 <= count else { return q }
    let b1 = raw.load(fromByteOffset: q &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: q &+ 2, as: UInt8.self)
    let scalar = UInt32(next & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
    switch scalar {
    case _Han.wan, _Han.yi, _Han.yu, _Han.duo: return nil
    case _Han.yueMonth: return digits <= 2 ? nil : q
    default: return q
    }
  }

  /// Whether a heading marker may start at the ideograph at `p`: 第, or one to three
  /// of 一…十 followed by 、 ． or `.` — the only markers that start with an ideograph
  /// (see `_MarkerScanner.marker()`).
  @inline(__always)
  private func mayStartHanMarker(
    _ raw: UnsafeRawBufferPointer, at p: Int, _ numberStart: UnsafeBufferPointer<UInt64>
  ) -> Bool {
    let count = raw.count
    func scalar(at i: Int) -> UInt32? {
      guard i &+ 3 <= count else { return nil }
      let b0 = raw.load(fromByteOffset: i, as: UInt8.self)
      let b1 = raw.load(fromByteOffset: i &+ 1, as: UInt8.self)
      let b2 = raw.load(fromByteOffset: i &+ 2, as: UInt8.self)
      guard b0 & 0xF0 == 0xE0, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
      return UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
    }
    guard p &+ 3 <= count else { return false }
    // 一…十 are number starts: most text is ruled out by one load.
    let b0 = raw.load(fromByteOffset: p, as: UInt8.self)
    let b1 = raw.load(fromByteOffset: p &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: p &+ 2, as: UInt8.self)
    guard b0 &- 0xE4 < 6, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
    let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
    // 第 E7 AC AC
    if b0 == 0xE7, b1 == 0xAC, b2 == 0xAC { return true }
    guard numberStart[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0 else { return false }
    var q = p
    var digits = 0
    while digits < 3, let s = scalar(at: q), _MarkerScanner.hanDigit(s) != nil {
      digits &+= 1
      q &+= 3
    }
    guard digits > 0, q < count else { return false }
    if raw.load(fromByteOffset: q, as: UInt8.self) == UInt8(ascii: ".") { return true }
    let next = scalar(at: q)
    return next == 0x3001 || next == 0xFF0E
  }

  /// ``_Tokenizer/mayStartNumber(_:at:)`` for the number start `scalar` (an ideograph
  /// U+4000–U+9FFF) at `q`, with one table load for the character after it.
  @inline(__always)
  func mayStartNumber(
    _ scalar: UInt32, _ raw: UnsafeRawBufferPointer, at q: Int, _ follower: UnsafeBufferPointer<UInt64>
  ) -> Bool {
    switch scalar {
    // 近 约 减 负 (no numerals), 十 拾 百 佰: always worth a look.
    case _Han.jin, _Han.yue, _Han.jian, _Han.fu, 0x5341, 0x62FE, 0x767E, 0x4F70: return true
    default: break
    }
    // A numeral then: only before a numeral, unit, 余 多 年 分, ％ or %.
    let n = q &+ 3
    guard n < raw.count else { return false }
    let b0 = raw.load(fromByteOffset: n, as: UInt8.self)
    if b0 < 0x80 { return b0 == UInt8(ascii: "%") }
    guard n &+ 3 <= raw.count else { return false }
    let b1 = raw.load(fromByteOffset: n &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: n &+ 2, as: UInt8.self)
    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
    if b0 &- 0xE4 < 6 {
      let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
      return follower[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0
    }
    // 〇 E3 80 87, ％ EF BC 85
    return (b0 == 0xE3 && b1 == 0x80 && b2 == 0x87) || (b0 == 0xEF && b1 == 0xBC && b2 == 0x85)
  }

  /// Whether a unit may start at `i`: an ideograph whose bit in `follower` (a superset
  /// of the units' first characters) is set. Most numbers end before punctuation or text.
  @inline(__always)
  private func mayBeUnit(_ raw: UnsafeRawBufferPointer, at i: Int, _ follower: UnsafeBufferPointer<UInt64>) -> Bool {
    guard i &+ 3 <= raw.count else { return false }
    let b0 = raw.load(fromByteOffset: i, as: UInt8.self)
    let b1 = raw.load(fromByteOffset: i &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: i &+ 2, as: UInt8.self)
    guard b0 &- 0xE4 < 6, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
    let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
    return follower[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0
  }

  /// Whether an ASCII or full-width digit (EF …) may start at `i`: what a sign,
  /// or the bracket of a document number, needs after it.
  @inline(__always)
  private func digitMayStart(_ raw: UnsafeRawBufferPointer, at i: Int) -> Bool {
    guard i < raw.count else { return false }
    let b = raw.load(fromByteOffset: i, as: UInt8.self)
    return b &- 0x30 < 10 || b == 0xEF
  }

  /// Whether the three bytes at `q` (which exist) are 〔 【 〖 （ or ［, which open a
  /// document number when a year follows.
  @inline(__always)
  private func isDocumentNumberOpener(_ raw: UnsafeRawBufferPointer, at q: Int) -> Bool {
    let b0 = raw.load(fromByteOffset: q, as: UInt8.self)
    let b1 = raw.load(fromByteOffset: q &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: q &+ 2, as: UInt8.self)
    // 〔 E3 80 94, 【 E3 80 90, 〖 E3 80 96, （ EF BC 88, ［ EF BC BB
    if b0 == 0xE3 { return b1 == 0x80 && (b2 == 0x94 || b2 == 0x90 || b2 == 0x96) }
    return b0 == 0xEF && b1 == 0xBC && (b2 == 0x88 || b2 == 0xBB)
  }

  /// Whether the three bytes at `q` (which exist) are punctuation that `next()` would
  /// emit as a lone token, and if so whether it ends a sentence; nil otherwise.
  @inline(__always)
  private func widePunctuationEnd(_ raw: UnsafeRawBufferPointer, at q: Int, _ table: UnsafeBufferPointer<UInt64>)
    -> Bool?
  {
    let b0 = raw.load(fromByteOffset: q, as: UInt8.self)
    let row: Int
    switch b0 {
    case 0xE2: row = 0
    case 0xE3: row = 64
    case 0xEF: row = 128
    default: return nil
    }
    let b1 = raw.load(fromByteOffset: q &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: q &+ 2, as: UInt8.self)
    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
      table[row | Int(b1 & 0x3F)] & (1 &<< UInt64(b2 & 0x3F)) != 0
    else { return nil }
    // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B
    if b0 == 0xE3 { return b1 == 0x80 && b2 == 0x82 }
    return b0 == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F || b2 == 0x9B)
  }
}

/// The stack buffer the bulk loop writes tokens into.
struct _TokenChunk {
  let base: UnsafeMutablePointer<Token>
  let capacity: Int
  var count = 0

  init(base: UnsafeMutablePointer<Token>, capacity: Int) {
    self.base = base
    self.capacity = capacity
  }

  /// Appends `token`, handing the chunk to `flush` when it is full.
  @inline(__always)
  mutating func append(_ token: Token, _ flush: (UnsafeBufferPointer<Token>) -> Void) {
    (base + count).initialize(to: token)
    count &+= 1
    if count == capacity {
      flush(UnsafeBufferPointer(start: base, count: count))
      count = 0
    }
  }
}

/// The lookup tables of the bulk loop, each bound once per call.
struct _BulkTables {
  let numberStart: UnsafeBufferPointer<UInt64>
  let hanStop: UnsafeBufferPointer<UInt64>
  let widePunctuation: UnsafeBufferPointer<UInt64>
  let actions: UnsafeBufferPointer<_BulkAction>
  let numberFollower: UnsafeBufferPointer<UInt64>
}

/// What the bulk loop does with a position, by its first byte.
enum _BulkAction: UInt8 {
  /// Hand the position to `next()`.
  case slow
  /// E4–E9: a Han run may start.
  case han
  /// E2, E3, EF: full-width punctuation may start.
  case wide
  /// `- + [ (`: may start a signed number, a document number or a marker.
  case signOrBracket
  /// `0`–`9`.
  case digit
  /// `A`–`Z`, `a`–`z`, `_`.
  case letter
  /// ASCII punctuation other than `! ? ;` and `- + [ (`; C0 controls and DEL.
  case punctuation
  /// `! ? ;`
  case sentenceEnd
  case lineFeed
  case carriageReturn
  /// Tab and `|`.
  case cellSeparator
  /// 80–C1, F5–FF: never the start of a sequence.
  case invalid
}

extension _BulkAction {
  /// Whether a word goes on over this byte: an ASCII letter, digit or `_`.
  var isWordByte: Bool { self == .letter || self == .digit }
}

private let _bulkActionTable: [_BulkAction] = (0...255).map { value -> _BulkAction in
  let byte = UInt8(value)
  switch byte {
  case 0x0A: return .lineFeed
  case 0x0D: return .carriageReturn
  case 0x09, UInt8(ascii: "|"): return .cellSeparator
  case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"): return .sentenceEnd
  case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "["), UInt8(ascii: "("): return .signOrBracket
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
  case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): return .letter
  case 0x20, 0x0B, 0x0C: return .slow
  case 0x00...0x7F: return .punctuation
  case 0x80...0xC1, 0xF5...0xFF: return .invalid
  case 0xE2, 0xE3, 0xEF: return .wide
  case 0xE4...0xE9: return .han
  default: return .slow
  }
}

/// One bit per scalar whose UTF-8 lead byte is E2, E3 or EF (rows of 64 by the
/// second byte), set for punctuation that `next()` emits as a lone token: not
/// － or − (signs), not an opening bracket of a document number (〔 【 〖 （ ［),
/// not a circled or parenthesised number (a heading marker may start there).
let _widePunctuationBitmap: [UInt64] = {
  var bitmap = [UInt64](repeating: 0, count: 3 * 64)
  for (row, lead) in [UInt32(0x2000), 0x3000, 0xF000].enumerated() {
    for offset in UInt32(0)..<0x1000 {
      let scalar = lead | offset
      switch scalar {
      case 0xFF0D, 0x2212, 0x3014, 0x3010, 0x3016, 0xFF08, 0xFF3B, 0x2460...0x24FF, 0x2776...0x2793: continue
      default: break
      }
      guard _ScalarClass.of(scalar) == .punctuation else { continue }
      bitmap[row &* 64 &+ Int(offset >> 6)] |= 1 << UInt64(offset & 63)
    }
  }
  return bitmap
}()

/// The Han loop's one-load test. Indexed by a three-byte sequence's first two
/// bytes masked with `0x3F0F` (the lead's low four bits, the second byte's low six),
/// one bit per third byte (`b2 & 0x3F`): set where the loop must look closer — a
/// lead outside E4–E9, or a ``_ScalarClass/numberStart`` ideograph. 126 KB, of which
/// the loop touches the 3 KB of leads E4–E9.
let _hanStopTable: [UInt64] = {
  var table = [UInt64](repeating: ~0, count: 0x3F10)
  for lead in 4...9 {
    for second in 0..<64 {
      table[second << 8 | lead] = _numberStartBitmap[(lead - 4) << 6 | second]
    }
  }
  return table
}()

/// One bit per scalar U+4000–U+9FFF, set for what may follow a numeral that starts
/// a number (see ``_Tokenizer/mayStartNumber(_:at:)``): a numeral, the first
/// character of a unit, 余 多 年 分.
let _numberFollowerBitmap: [UInt64] = {
  var bitmap = [UInt64](repeating: 0, count: 0x6000 / 64)
  // 条 件 宗 个 项 次 场 篇 期 元 家 份 批 人 (人次), 余 多 年 分
  let others: [UInt32] = [
    0x6761, 0x4EF6, 0x5B97, 0x4E2A, 0x9879, _Han.ci, 0x573A, 0x7BC7, 0x671F, _Han.yuan, 0x5BB6, 0x4EFD, 0x6279,
    _Han.ren, _Han.yu, _Han.duo, _Han.nian, _Han.fen,
  ]
  for scalar in others {
    let bit = Int(scalar - 0x4000)
    bitmap[bit / 64] |= 1 << UInt64(bit % 64)
  }
  // Numerals are number starts: look only where the number-start bitmap has a bit.
  for (word, bits) in _numberStartBitmap.enumerated() where bits != 0 {
    for offset in 0..<64 where bits >> UInt64(offset) & 1 != 0 {
      let bit = word * 64 + offset
      if _Numeral.code(of: UInt32(0x4000 + bit)) != nil { bitmap[word] |= 1 << UInt64(offset) }
    }
  }
  return bitmap
}()
