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
  /// so the caller's storage is touched once per chunk, not once per token.
  static let _chunkCapacity = 512

  /// Runs the tokenizer to the end, calling `flush` with the tokens in order, in chunks.
  mutating func run(_ flush: (UnsafeBufferPointer<Token>) -> Void) {
    let bytes = c
    withUnsafeTemporaryAllocation(of: Token.self, capacity: Self._chunkCapacity) { chunk in
      guard let out = chunk.baseAddress else { return }
      bytes.withRawBytes { raw in
        _numberStartBitmap.withUnsafeBufferPointer { numberStart in
          _widePunctuationBitmap.withUnsafeBufferPointer { widePunctuation in
            _bulkActionTable.withUnsafeBufferPointer { actions in
              _hanStopTable.withUnsafeBufferPointer { hanStop in
                run(raw, numberStart, hanStop, widePunctuation, actions, out, flush)
              }
            }
          }
        }
      }
    }
  }

  // The loop proper; see the type's comment. The locals mirror `state` between calls of `next()`.
  // swift-format-ignore: FunctionLength
  private mutating func run(
    _ raw: UnsafeRawBufferPointer, _ numberStart: UnsafeBufferPointer<UInt64>, _ hanStop: UnsafeBufferPointer<UInt64>,
    _ widePunctuation: UnsafeBufferPointer<UInt64>, _ actions: UnsafeBufferPointer<_BulkAction>,
    _ out: UnsafeMutablePointer<Token>,
    _ flush: (UnsafeBufferPointer<Token>) -> Void
  ) {
    let count = raw.count
    let capacity = Self._chunkCapacity
    var written = 0
    var p = state.offset
    var headingAllowed = state.headingAllowed
    var previousKind = state.previousKind
    var previousEnd = state.previousEnd

    @inline(__always) func emit(_ token: Token) {
      (out + written).initialize(to: token)
      written &+= 1
      if written == capacity {
        flush(UnsafeBufferPointer(start: out, count: written))
        written = 0
      }
    }
    // Fast tokens are never longer than a Han run, which is capped at `_maxTokenLength`.
    @inline(__always) func emit(_ kind: Token.Kind, _ start: Int, _ length: Int) {
      emit(Token(kind: kind, start: UInt32(truncatingIfNeeded: start), length: UInt16(truncatingIfNeeded: length)))
    }
    @inline(__always) func byte(_ i: Int) -> UInt8 { raw.load(fromByteOffset: i, as: UInt8.self) }
    // The three bytes at `i` (which exist) in the low bytes, first byte lowest.
    @inline(__always) func sequence(_ i: Int) -> UInt32 {
      if i &+ 4 <= count { return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)) }
      return UInt32(byte(i)) | UInt32(byte(i &+ 1)) &<< 8 | UInt32(byte(i &+ 2)) &<< 16
    }

    // Hands position `p` to the tokenizer proper — or, with `han`, the rest of the Han
    // run that starts at `han.start` and is plain up to `han.resume` — emits what it
    // returns and queues, and reloads the locals.
    func slow(han: (start: Int, resume: Int)? = nil) {
      state.offset = han?.start ?? p
      state.headingAllowed = headingAllowed
      state.previousKind = previousKind
      state.previousEnd = previousEnd
      let first: Token?
      if let han {
        state.headingAllowed = false
        first = finish(hanRun(at: han.start, resumingAt: han.resume))
      } else {
        first = next()
      }
      // `next()` is only called below `count`, where it always finds a token.
      if let first { emit(first) }
      while state.queued.0 != nil, let token = next() { emit(token) }
      headingAllowed = state.headingAllowed
      previousKind = state.previousKind
      // Never stand still, whatever `next()` did.
      p = first == nil ? count : state.offset
      previousEnd = state.previousEnd
    }

    // Emits a token found by the tokenizer proper, and moves past it as `finish` does.
    func accept(_ token: Token) {
      emit(token)
      let end = Int(token.start) &+ Int(token.length)
      p = end
      previousKind = token.kind
      previousEnd = end
      switch token.kind {
      case .lineBreak, .space, .cellSeparator: headingAllowed = true
      case .punctuation: headingAllowed = isSentenceEnd(at: Int(token.start))
      default: headingAllowed = false
      }
    }

    while p < count {
      let b = byte(p)
      switch actions[Int(b)] {
      case .han:
        // Where a heading may start, a marker may start at a numeral or 第; if none
        // does, `next()` goes on as below.
        if headingAllowed, p &+ 3 <= count, isNumberStartOrDi(raw, at: p, numberStart) {
          if let marker = lineStartToken(at: p) {
            accept(marker)
            continue
          }
          headingAllowed = false
        }
        // Ideographs from `p`, as `hanRun(at:)` reads them: plain ones, and numerals
        // that start no number here (一 in 统一); a number ends the run.
        let limit = min(count, p &+ _maxTokenLength)
        let end = limit &- 2
        let wordEnd = min(end, count &- 3)
        var q = p
        var numberFound = false
        while q < end {
          let w: UInt32
          if q < wordEnd {
            w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt32.self))
            // A lead E0–EF and two continuation bytes, neither outside E4–E9 nor a number start.
            if w & 0x00C0_C0F0 == 0x0080_80E0, hanStop[Int(w &>> 4 & 0x3F0 | w & 0x0F)] &>> (w &>> 16) & 1 == 0 {
              q &+= 3
              continue
            }
          } else {
            w = UInt32(byte(q)) | UInt32(byte(q &+ 1)) &<< 8 | UInt32(byte(q &+ 2)) &<< 16
          }
          // A lead E4–E9 and two continuation bytes: U+4000–U+9FFF.
          guard w & 0x00C0_C0F0 == 0x0080_80E0, (w & 0x0F) &- 4 < 6 else { break }
          let row = Int((w & 0x0F) &- 4) &<< 6 | Int(w &>> 8 & 0x3F)
          if numberStart[row] &>> UInt64(w &>> 16 & 0x3F) & 1 == 0 {
            q &+= 3
            continue
          }
          let scalar = _DecodedScalar(value: 0x4000 &+ UInt32(row) &<< 6 | (w &>> 16 & 0x3F), length: 3, isValid: true)
          if mayStartNumber(scalar, at: q), let found = numberLike(at: q) {
            if q > p { accept(Token(kind: .han, start: p, length: q &- p)) }
            accept(found.0)
            if let unit = found.1 { accept(unit) }
            numberFound = true
            break
          }
          q = max(q &+ 3, min(numberResume, limit))
        }
        if numberFound { continue }
        if q == p {
          slow()
          continue
        }
        if q == count {
          emit(.han, p, q &- p)
        } else if q < limit, byte(q) < 0x80 {
          // ASCII ends the run; only `[` and `(` may open a document number whose issuer is the run's tail.
          let next = byte(q)
          guard next != UInt8(ascii: "["), next != UInt8(ascii: "(") else {
            slow(han: (p, q))
            continue
          }
          emit(.han, p, q &- p)
        } else if q &+ 3 <= limit, let sentenceEnd = widePunctuationEnd(raw, at: q, widePunctuation) {
          // Han text is mostly followed by full-width punctuation: the run, then it.
          emit(.han, p, q &- p)
          emit(.punctuation, q, 3)
          headingAllowed = sentenceEnd
          previousKind = .punctuation
          previousEnd = q &+ 3
          p = q &+ 3
          continue
        } else {
          slow(han: (p, q))
          continue
        }
        headingAllowed = false
        previousKind = .han
        previousEnd = q
        p = q
      case .wide:
        guard p &+ 3 <= count, let sentenceEnd = widePunctuationEnd(raw, at: p, widePunctuation) else {
          slow()
          continue
        }
        emit(.punctuation, p, 3)
        headingAllowed = sentenceEnd
        previousKind = .punctuation
        p &+= 3
        previousEnd = p
      case .digit:
        // Most numbers: ASCII digits that no date, decimal, grouping or suffix
        // continues, maybe followed by a unit. Anything else goes to `next()`.
        guard !headingAllowed, let end = plainNumberEnd(raw, at: p) else {
          slow()
          continue
        }
        emit(.number, p, end &- p)
        previousKind = .number
        previousEnd = end
        p = end
        if let unit = _Unit.length(in: c, at: end, allowWan: true) {
          emit(.unit, end, unit)
          previousKind = .unit
          p &+= unit
          previousEnd = p
        }
        headingAllowed = false
      case .letter:
        // Words, as `wordRun(at:)` reads them: ASCII letters, digits and `_`, and
        // non-ASCII letters (ǐ, Ａ).
        let limit = min(count, p &+ _maxTokenLength)
        var q = p &+ 1
        while q < limit {
          let next = byte(q)
          if actions[Int(next)].isWordByte {
            q &+= 1
            continue
          }
          guard next >= 0xC2, next <= 0xF4, let s = c.scalar(at: q), s.isValid, q &+ s.length <= limit,
            _ScalarClass.of(s.value) == .letter
          else { break }
          q &+= s.length
        }
        emit(.word, p, q &- p)
        headingAllowed = false
        previousKind = .word
        previousEnd = q
        p = q
      case .punctuation:
        emit(.punctuation, p, 1)
        headingAllowed = false
        previousKind = .punctuation
        p &+= 1
        previousEnd = p
      case .sentenceEnd:
        emit(.punctuation, p, 1)
        headingAllowed = true
        previousKind = .punctuation
        p &+= 1
        previousEnd = p
      case .lineFeed:
        emit(.lineBreak, p, 1)
        headingAllowed = true
        previousKind = .lineBreak
        p &+= 1
        previousEnd = p
      case .carriageReturn:
        let length = p &+ 1 < count && byte(p &+ 1) == 0x0A ? 2 : 1
        emit(.lineBreak, p, length)
        headingAllowed = true
        previousKind = .lineBreak
        p &+= length
        previousEnd = p
      case .cellSeparator:
        emit(.cellSeparator, p, 1)
        headingAllowed = true
        previousKind = .cellSeparator
        p &+= 1
        previousEnd = p
      case .invalid:
        emit(.invalid, p, 1)
        headingAllowed = false
        previousKind = .invalid
        p &+= 1
        previousEnd = p
      case .slow:
        slow()
      }
    }
    state.offset = p
    state.headingAllowed = headingAllowed
    state.previousKind = previousKind
    state.previousEnd = previousEnd
    if written > 0 { flush(UnsafeBufferPointer(start: out, count: written)) }
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

  /// Whether the ideograph at `p` (three bytes that exist) is a ``_ScalarClass/numberStart`` or 第.
  @inline(__always)
  private func isNumberStartOrDi(_ raw: UnsafeRawBufferPointer, at p: Int, _ numberStart: UnsafeBufferPointer<UInt64>)
    -> Bool
  {
    let b0 = raw.load(fromByteOffset: p, as: UInt8.self)
    let b1 = raw.load(fromByteOffset: p &+ 1, as: UInt8.self)
    let b2 = raw.load(fromByteOffset: p &+ 2, as: UInt8.self)
    guard b0 &- 0xE4 < 6, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
    if b0 == 0xE7, b1 == 0xAC, b2 == 0xAC { return true }
    let bit = (Int(b0 & 0x0F) &- 4) &<< 12 | Int(b1 & 0x3F) &<< 6 | Int(b2 & 0x3F)
    return numberStart[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
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

/// What the bulk loop does with a position, by its first byte.
enum _BulkAction: UInt8 {
  /// Hand the position to `next()`.
  case slow
  /// E4–E9: a Han run may start.
  case han
  /// E2, E3, EF: full-width punctuation may start.
  case wide
  /// `0`–`9`.
  case digit
  /// `A`–`Z`, `a`–`z`, `_`.
  case letter
  /// ASCII punctuation other than `! ? ;` and the signs and brackets that may start
  /// a number or document number (`- + [ (`); C0 controls and DEL.
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
  case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "["), UInt8(ascii: "("): return .slow
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

/// The Han loop's one-load test. Indexed by the low four bits of a three-byte
/// sequence's lead and the low six of its second byte (`b1 & 0x3F) << 4 | b0 & 0x0F`),
/// one bit per third byte (`b2 & 0x3F`): set where the loop must look closer — a
/// lead outside E4–E9, or a ``_ScalarClass/numberStart`` ideograph.
let _hanStopTable: [UInt64] = {
  var table = [UInt64](repeating: ~0, count: 1024)
  for lead in 4...9 {
    for second in 0..<64 {
      table[second << 4 | lead] = _numberStartBitmap[(lead - 4) << 6 | second]
    }
  }
  return table
}()
