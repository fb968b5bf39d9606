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
/// What `next()` keeps in `state` the loop keeps in a ``_BulkState`` value, so it
/// stays in registers; it is written back to `state` only around calls to `next()`.
///
/// Bounds: every read is at an index below `count`, proven by the guard right
/// before it; the loop advances by at least one byte per token. Tokens are written
/// into the chunk without a check per token: the loop flushes the chunk at the top
/// of each step unless ``_Tokenizer/_tokensPerStep`` more tokens fit, and a step
/// writes at most that many before it either returns to the top or hands over to
/// `next()`, whose tokens go through the checked ``_TokenChunk/append(_:_:)``.
extension _Tokenizer {
  /// Tokens are written into a small stack buffer and handed to `flush` in chunks,
  /// so the caller's storage is touched once per chunk, not once per token. 1 KB:
  /// larger temporary allocations may go to the heap.
  static let _chunkCapacity = 128

  /// The most tokens one step of the loop writes unchecked: a Han run, a numeral
  /// and its unit.
  static let _tokensPerStep = 3

  /// Runs the tokenizer to the end, calling `flush` with the tokens in order, in chunks.
  mutating func run(_ flush: (UnsafeBufferPointer<Token>) -> Void) {
    let bytes = c
    withUnsafeTemporaryAllocation(of: Token.self, capacity: Self._chunkCapacity) { buffer in
      guard let base = buffer.baseAddress else { return }
      var chunk = _TokenChunk(base: base, capacity: Self._chunkCapacity)
      // Beyond 4 GiB a token's start no longer fits in `UInt32` and `Token` clamps it:
      // leave such a text (which `ParseLimits` never lets through) to `next()`.
      if bytes.count <= Int(UInt32.max) {
        bytes.withRawBytes { raw in
          guard let start = raw.baseAddress else { return }
          _ = _BulkTables.with { tables in
            run(_BulkBytes(base: start, count: raw.count), tables, &chunk, flush)
          }
        }
      }
      // Whatever the loop left (all of it, for the texts above): `next()` alone.
      while let token = next() { chunk.append(token, flush) }
      if chunk.count > 0 { flush(UnsafeBufferPointer(start: base, count: chunk.count)) }
    }
  }

  // The loop proper; see the type's comment.
  private mutating func run(
    _ bytes: _BulkBytes, _ tables: _BulkTables, _ chunk: inout _TokenChunk,
    _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) {
    let count = bytes.count
    let out = chunk.base
    let room = chunk.capacity &- Self._tokensPerStep
    var s = _BulkState(p: state.offset, n: chunk.count, headingAllowed: state.headingAllowed, last: state.previousKind)
    // Queued tokens belong to `next()`: let it return them first.
    if state.queued.0 != nil { s = slow(s, &chunk, flush) }
    while s.p < count {
      if s.n > room {
        flush(UnsafeBufferPointer(start: out, count: s.n))
        s.n = 0
      }
      let p = s.p
      let b = bytes[p]
      // E4–E9: most of a report.
      if b &- 0xE4 < 6 {
        switch hanRun(bytes, &s, tables, out) {
        case .none: break
        case .next: s = slow(s, &chunk, flush)
        case .hanRun(let resume): s = slowHanRun(s, resumingAt: resume, &chunk, flush)
        }
        continue
      }
      switch tables.actions[Int(b)] {
      case .han, .slow:
        // NBSP (C2 A0) starts a run of spaces; the rest is `next()`'s.
        if b == 0xC2, p &+ 1 < count, bytes[p &+ 1] == 0xA0 {
          let q = Self.spaceEnd(bytes, from: p, limit: min(count, p &+ _maxTokenLength), tables.actions)
          s.put(.space, p, q &- p, headingAllowed: true, out)
        } else {
          s = slow(s, &chunk, flush)
        }
      case .wide:
        guard p &+ 3 <= count else {
          s = slow(s, &chunk, flush)
          continue
        }
        if let sentenceEnd = Self.widePunctuationEnd(bytes, at: p, tables.widePunctuation) {
          s.put(.punctuation, p, 3, headingAllowed: sentenceEnd, out)
        } else if Self.isWideSpace(bytes.triple(at: p)) {
          let q = Self.spaceEnd(bytes, from: p, limit: min(count, p &+ _maxTokenLength), tables.actions)
          s.put(.space, p, q &- p, headingAllowed: true, out)
        } else if !s.headingAllowed {
          // （ 〔 【 before no digit, where no heading marker may start: punctuation.
          if Self.isDocumentNumberOpener(bytes, at: p), !Self.digitMayStart(bytes, at: p &+ 3) {
            s.put(.punctuation, p, 3, headingAllowed: false, out)
          } else {
            s = slow(s, &chunk, flush)
          }
        } else if b == 0xEF, bytes[p &+ 1] == 0xBC, bytes[p &+ 2] == 0x88 {
          // （ where a heading may start: （一） （1）, or plain punctuation.
          if !bracket(bytes, &s, openLength: 3, out) { s = slow(s, &chunk, flush) }
        } else {
          s = slow(s, &chunk, flush)
        }
      case .digit:
        if s.headingAllowed {
          // 1、 1. 1) where a heading may start.
          let marker = Self.digitMarkerLength(bytes, at: p)
          if marker > 0 {
            s.put(.headingMarker, p, marker, headingAllowed: false, out)
            continue
          }
          if marker < 0 {
            s = slow(s, &chunk, flush)
            continue
          }
        }
        // Most numbers: ASCII digits, maybe a decimal or percent, or a year with
        // 年; maybe followed by a unit. Anything else goes to `next()`.
        guard let number = Self.shortNumber(bytes, at: p, tables) else {
          s = slow(s, &chunk, flush)
          continue
        }
        s.put(number, headingAllowed: false, out)
        let end = s.p
        if number.kind == .number, Self.mayBeUnit(bytes, at: end, tables.numberFollower),
          let unit = _Unit.length(
            in: c, at: end, allowWan: !number.flags.contains(.wan) && !number.flags.contains(.yi))
        {
          s.put(.unit, end, unit, headingAllowed: false, out)
        }
      case .letter:
        // Words, as `wordRun(at:)` reads them: ASCII letters, digits and `_`, and
        // non-ASCII letters (ǐ, Ａ).
        let limit = min(count, p &+ _maxTokenLength)
        var q = p &+ 1
        while q < limit {
          let next = bytes[q]
          if tables.actions[Int(next)].isWordByte {
            q &+= 1
            continue
          }
          guard next >= 0xC2, next <= 0xF4, let scalar = c.scalar(at: q), scalar.isValid, q &+ scalar.length <= limit,
            _ScalarClass.of(scalar.value) == .letter
          else { break }
          q &+= scalar.length
        }
        s.put(.word, p, q &- p, headingAllowed: false, out)
      case .space:
        // Spaces, as `spaceRun(at:)` reads them.
        let q = Self.spaceEnd(bytes, from: p, limit: min(count, p &+ _maxTokenLength), tables.actions)
        s.put(.space, p, q &- p, headingAllowed: true, out)
      case .punctuation:
        s.put(.punctuation, p, 1, headingAllowed: false, out)
      case .signOrBracket:
        if b == UInt8(ascii: "("), s.headingAllowed {
          if !bracket(bytes, &s, openLength: 1, out) { s = slow(s, &chunk, flush) }
          continue
        }
        // `- + [ (` start a number or document number only before a digit (ASCII or
        // full-width, EF …).
        guard !Self.digitMayStart(bytes, at: p &+ 1) else {
          s = slow(s, &chunk, flush)
          continue
        }
        s.put(.punctuation, p, 1, headingAllowed: false, out)
      case .sentenceEnd:
        s.put(.punctuation, p, 1, headingAllowed: true, out)
      case .lineFeed:
        s.put(.lineBreak, p, 1, headingAllowed: true, out)
      case .carriageReturn:
        let length = p &+ 1 < count && bytes[p &+ 1] == 0x0A ? 2 : 1
        s.put(.lineBreak, p, length, headingAllowed: true, out)
      case .cellSeparator:
        s.put(.cellSeparator, p, 1, headingAllowed: true, out)
      case .invalid:
        s.put(.invalid, p, 1, headingAllowed: false, out)
      }
    }
    chunk.count = s.n
    store(s)
  }

  /// `(` or `（` at `s.p` where a heading may start: a marker (（一） (1)) or plain
  /// punctuation; false when `next()` must read it.
  @inline(__always)
  private func bracket(
    _ bytes: _BulkBytes, _ s: inout _BulkState, openLength: Int, _ out: UnsafeMutablePointer<Token>
  ) -> Bool {
    let p = s.p
    let marker = Self.bracketMarkerLength(bytes, at: p, openLength: openLength)
    if marker > 0 {
      s.put(.headingMarker, p, marker, headingAllowed: false, out)
    } else if marker == 0 {
      s.put(.punctuation, p, openLength, headingAllowed: false, out)
    } else {
      return false
    }
    return true
  }

  /// Writes the loop's state back to `state`, as `next()` keeps it.
  @inline(__always)
  mutating func store(_ s: _BulkState) {
    state.offset = s.p
    state.headingAllowed = s.headingAllowed
    state.previousKind = s.last
    // Tokens tile the text: the last one ends where the next starts.
    state.previousEnd = s.p
  }

  /// The loop's state from `state`, after `next()` has run.
  @inline(__always)
  func load(count n: Int) -> _BulkState {
    _BulkState(p: state.offset, n: n, headingAllowed: state.headingAllowed, last: state.previousKind)
  }

  /// Hands position `s.p` to `next()`; emits what it returns and queues.
  @inline(never)
  mutating func slow(
    _ s: _BulkState, _ chunk: inout _TokenChunk, _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> _BulkState {
    store(s)
    chunk.count = s.n
    // `next()` is only called below the end, where it always finds a token.
    if let first = next() {
      chunk.append(first, flush)
      while state.queued.0 != nil, let token = next() { chunk.append(token, flush) }
    }
    return load(count: chunk.count)
  }

  /// The Han run from `s.p`, plain up to `resume`, as `next()` reads it from there on.
  @inline(never)
  mutating func slowHanRun(
    _ s: _BulkState, resumingAt resume: Int, _ chunk: inout _TokenChunk,
    _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) -> _BulkState {
    store(s)
    chunk.count = s.n
    state.headingAllowed = false
    chunk.append(finish(hanRun(at: s.p, resumingAt: resume)), flush)
    while state.queued.0 != nil, let token = next() { chunk.append(token, flush) }
    return load(count: chunk.count)
  }
}

/// What the bulk loop keeps in registers: where it is, how many tokens the chunk
/// holds, and what `next()` keeps in `state`.
struct _BulkState {
  /// The next byte to read: `state.offset`.
  var p: Int
  /// The tokens in the chunk.
  var n: Int
  /// `state.headingAllowed`.
  var headingAllowed: Bool
  /// The kind of the last token: `state.previousKind`.
  var last: Token.Kind?

  /// Writes a token the fast paths found into the chunk (which has room, see
  /// `_Tokenizer+Bulk.swift`) and records it as `finish` would.
  @inline(__always)
  mutating func put(
    _ kind: Token.Kind, _ start: Int, _ length: Int, headingAllowed: Bool, _ out: UnsafeMutablePointer<Token>
  ) {
    // Fast tokens are never longer than `_maxTokenLength`, and the loop only runs over
    // texts whose offsets fit in `UInt32` (see `run(_:)`).
    put(
      Token(kind: kind, start: UInt32(truncatingIfNeeded: start), length: UInt16(truncatingIfNeeded: length)),
      headingAllowed: headingAllowed, out)
  }

  @inline(__always)
  mutating func put(_ token: Token, headingAllowed: Bool, _ out: UnsafeMutablePointer<Token>) {
    (out + n).initialize(to: token)
    n &+= 1
    p = Int(token.start) &+ Int(token.length)
    last = token.kind
    self.headingAllowed = headingAllowed
  }
}

/// The text's bytes as the bulk loop reads them. Every read is at an index the
/// caller has proven in bounds: below `count`, or, for the wide loads, with four
/// or eight bytes left.
struct _BulkBytes {
  let base: UnsafeRawPointer
  let count: Int

  @inline(__always)
  subscript(i: Int) -> UInt8 { base.load(fromByteOffset: i, as: UInt8.self) }

  /// The four bytes at `i`, the first in the low byte; `i + 4 <= count`.
  @inline(__always)
  func word(at i: Int) -> UInt32 { UInt32(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt32.self)) }

  /// The eight bytes at `i`, the first in the low byte; `i + 8 <= count`.
  @inline(__always)
  func doubleWord(at i: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
  }

  /// The three bytes at `i` in the low bytes, whatever follows; `i + 3 <= count`.
  @inline(__always)
  func triple(at i: Int) -> UInt32 {
    UInt32(self[i]) | UInt32(self[i &+ 1]) &<< 8 | UInt32(self[i &+ 2]) &<< 16
  }

  /// The scalar of the three-byte sequence in the low bytes of `w` (not validated).
  @inline(__always)
  static func scalar(_ w: UInt32) -> UInt32 {
    (w & 0x0F) &<< 12 | (w &>> 8 & 0x3F) &<< 6 | (w &>> 16 & 0x3F)
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
