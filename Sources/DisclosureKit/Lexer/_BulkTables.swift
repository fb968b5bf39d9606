/// The lookup tables of the tokenizer's bulk loop (`_Tokenizer+Bulk.swift`), built
/// once from the classes `next()` uses, so the two cannot disagree.

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
  /// Space, vertical tab, form feed.
  case space
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

/// The tables, each bound once per call, by base address.
struct _BulkTables {
  let actions: UnsafePointer<_BulkAction>
  let hanRows: UnsafePointer<UInt8>
  let hanRowBits: UnsafePointer<UInt64>
  let widePunctuation: UnsafePointer<UInt64>
  let numberFollower: UnsafePointer<UInt64>

  /// Runs `body` with the tables bound; nil only if a table had no storage, which
  /// cannot happen (each is a non-empty global array).
  static func with<R>(_ body: (_BulkTables) -> R) -> R? {
    _bulkActionTable.withUnsafeBufferPointer { actions in
      _hanRowTable.withUnsafeBufferPointer { hanRows in
        _hanRowBits.withUnsafeBufferPointer { hanRowBits in
          _widePunctuationBitmap.withUnsafeBufferPointer { widePunctuation in
            _numberFollowerBitmap.withUnsafeBufferPointer { numberFollower in
              guard let actions = actions.baseAddress, let hanRows = hanRows.baseAddress,
                let hanRowBits = hanRowBits.baseAddress, let widePunctuation = widePunctuation.baseAddress,
                let numberFollower = numberFollower.baseAddress
              else { return nil }
              return body(
                _BulkTables(
                  actions: actions, hanRows: hanRows, hanRowBits: hanRowBits, widePunctuation: widePunctuation,
                  numberFollower: numberFollower))
            }
          }
        }
      }
    }
  }

  /// Whether the three-byte sequence in the low bytes of `w` — a lead E0–EF and two
  /// continuation bytes, which the caller has checked — is an ideograph U+4000–U+9FFF
  /// that starts no number: the bit of its third byte in its row's bits is clear.
  @inline(__always)
  func isPlainHan(_ w: UInt32) -> Bool {
    hanRowBits[Int(hanRows[Int(w & 0x3F0F)])] &>> UInt64(w &>> 16 & 0x3F) & 1 == 0
  }

  /// What the three bytes in the low bytes of `w` are, for the Han loop.
  @inline(__always)
  func hanClass(_ w: UInt32) -> _HanClass {
    guard w & 0x00C0_C0F0 == 0x0080_80E0 else { return .other }
    if isPlainHan(w) { return .plain }
    return hanRows[Int(w & 0x3F0F)] == _hanStopRow ? .other : .numberStart
  }
}

/// A three-byte sequence as the Han loop sees it.
enum _HanClass {
  /// An ideograph U+4000–U+9FFF that starts no number: part of the run.
  case plain
  /// An ideograph that may start a number or numeral (``_ScalarClass/numberStart``).
  case numberStart
  /// Anything else: another lead, ASCII, an invalid sequence.
  case other
}

let _bulkActionTable: [_BulkAction] = (0...255).map { value -> _BulkAction in
  let byte = UInt8(value)
  switch byte {
  case 0x0A: return .lineFeed
  case 0x0D: return .carriageReturn
  case 0x09, UInt8(ascii: "|"): return .cellSeparator
  case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"): return .sentenceEnd
  case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "["), UInt8(ascii: "("): return .signOrBracket
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
  case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): return .letter
  case 0x20, 0x0B, 0x0C: return .space
  case 0x00...0x7F: return .punctuation
  case 0x80...0xC1, 0xF5...0xFF: return .invalid
  case 0xE2, 0xE3, 0xEF: return .wide
  case 0xE4...0xE9: return .han
  default: return .slow
  }
}

/// The row of ``_hanRowTable`` for leads other than E4–E9: every bit set.
let _hanStopRow: UInt8 = 0xFF

/// The Han loop's first table, indexed by a three-byte sequence's first two bytes
/// masked with `0x3F0F` (the lead's low four bits, the second byte's low six): the
/// row of ``_hanRowBits`` to look the third byte up in. Row 0 (no bit set) serves
/// every lead E4–E9 whose 64 ideographs start no number, ``_hanStopRow`` every lead
/// other than E4–E9, and the few rows between hold the number starts. 16 KB, of
/// which plain text reads one 64-byte line per second byte, in 16 cache sets.
let _hanRowTable: [UInt8] = {
  var table = [UInt8](repeating: _hanStopRow, count: 0x3F10)
  var next: UInt8 = 1
  for lead in 4...9 {
    for second in 0..<64 {
      let bits = _numberStartBitmap[(lead - 4) << 6 | second]
      if bits == 0 {
        table[second << 8 | lead] = 0
      } else {
        table[second << 8 | lead] = next
        next += 1
      }
    }
  }
  return table
}()

/// The rows ``_hanRowTable`` points to, by third byte (`b2 & 0x3F`): row 0 empty, the
/// number starts' rows, ``_hanStopRow`` full.
let _hanRowBits: [UInt64] = {
  var rows = [UInt64](repeating: 0, count: 256)
  var next = 1
  for word in _numberStartBitmap where word != 0 {
    rows[next] = word
    next += 1
  }
  rows[Int(_hanStopRow)] = ~0
  return rows
}()

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
