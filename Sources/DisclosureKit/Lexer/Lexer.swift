/// Splits normalised text into ``Token``s, working on its UTF-8 bytes.
///
/// The lexer reads bytes, never `Character`s, and allocates nothing per token
/// beyond the output storage. Every byte of the text belongs to exactly one
/// token, in order, so the tokens' ranges tile the text.
///
/// What becomes which token:
/// - **Numbers** (``Token/Kind/number``): `389718`, `1,234`, `12.35`, `-3`, `减3`,
///   `99.9%`, `99.9％`, `百分之90`. The token covers 近/约 before the number and
///   万/亿, 余/多 and % after it (`2.5万余`, `约200`, `近3`), recorded in ``Token/Flags``.
///   A unit right after (条 件 宗 个 项 次 人次 场 篇 期 元 家 人 份 批, or 万元 when
///   the number has no 万 of its own) is a separate ``Token/Kind/unit`` token:
///   `1814万元` is `1814万` + `元`.
/// - **Chinese numerals** (``Token/Kind/chineseNumeral``): only when a unit follows
///   (`三百余件`, `两个`), when written as a percentage (`百分之九十`), or when two or
///   more characters are positional or hold a zero (`十一`, `两万`, `一千二百三十四`,
///   `二〇一九`), and never right after 第. So `一是`, `统一`, `进一步`, `一站式`,
///   `千万` and `十三五` stay inside their Han runs.
/// - **Dates** and **document numbers** win over numbers: `2019年1月1日`,
///   `2018年度`, `2018年` (year precision), `2021-02-19 11:18`, `20181231`, and
///   `国办公开办函〔2019〕60号`; see `_Tokenizer+Dates.swift` and
///   `_Tokenizer+DocumentNumbers.swift` for the exact rules. A ten-digit run such as
///   `2018111231` is a number.
/// - **Heading markers** (``Token/Kind/headingMarker``, found by
///   ``HeadingMarker/match(in:at:)``) only at the start of the text or a line, after
///   a space or cell separator, or after a sentence end (。！？；!?;), and never
///   when the marker would eat a decimal point (`1.5`).
/// - **Han runs**, **words** (ASCII letters, digits after a letter, `_`, full-width
///   and Latin letters), **spaces** (runs of ASCII, ideographic and no-break
///   spaces), **line breaks** (`\n`, `\r\n`, `\r`, U+2028 — one token each),
///   **cell separators** (`|`, `｜`, tab — one token each), **punctuation**
///   (one token per character, full-width or ASCII; stray control characters
///   too), and **invalid** UTF-8 (one token per maximal invalid subpart; lexing
///   goes on after it).
///
/// Runs longer than 65,535 bytes are split into several tokens of the same kind.
///
/// ```swift
/// let text = "共389718条"
/// Lexer().tokenize(text).map { ($0.kind, text.slice($0.range)) }
/// // [(.han, "共"), (.number, "389718"), (.unit, "条")]
/// ```
///
/// - Complexity: O(n) in the text's bytes.
public struct Lexer: Sendable {
  public init() {}

  /// The tokens of `text`.
  ///
  /// - Parameter text: Normalised text, at most 4 GiB (``ParseLimits`` caps input far lower).
  /// - Returns: The tokens in order; their ranges tile `text`.
  /// - Complexity: O(n) in the text's bytes.
  public func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    tokenize(text, into: &tokens)
    return tokens
  }

  /// Replaces the contents of `tokens` with the tokens of `text`, reusing its storage.
  ///
  /// A caller lexing many texts keeps one array and pays for no allocation once
  /// its capacity has grown to fit.
  ///
  /// - Parameters:
  ///   - text: Normalised text.
  ///   - tokens: Emptied (keeping its capacity), then filled.
  /// - Complexity: O(n) in the text's bytes.
  public func tokenize(_ text: String, into tokens: inout [Token]) {
    tokens.removeAll(keepingCapacity: true)
    _UTF8Cursor.withCursor(over: text) { cursor in
      var tokenizer = _Tokenizer(cursor)
      tokenizer.run { tokens.append(contentsOf: $0) }
    }
    _WorkMeter.add(.tokens, tokens.count)
  }

  /// Calls `body` with each token of `text`, in order, storing nothing.
  ///
  /// ```swift
  /// var numbers = 0
  /// Lexer().forEachToken(in: report) { if $0.kind == .number { numbers += 1 } }
  /// ```
  ///
  /// - Parameters:
  ///   - text: Normalised text.
  ///   - body: Called once per token.
  /// - Complexity: O(n) in the text's bytes.
  public func forEachToken(in text: String, _ body: (Token) -> Void) {
    _UTF8Cursor.withCursor(over: text) { cursor in
      var tokenizer = _Tokenizer(cursor)
      tokenizer.run { chunk in
        for token in chunk { body(token) }
      }
    }
  }

  /// The tokens of `text` as a lazy sequence.
  ///
  /// - Complexity: O(n) in the text's bytes to iterate.
  public func tokens(in text: String) -> Tokens {
    Tokens(text: text)
  }

  /// The tokens of a text, produced one at a time as the sequence is iterated.
  ///
  /// The same tokens as ``Lexer/tokenize(_:into:)`` and ``Lexer/forEachToken(in:_:)``,
  /// which run a faster loop over the whole text; use those when every token is wanted.
  public struct Tokens: Sequence, Sendable {
    let text: String

    init(text: String) {
      var text = text
      // Each step reads the bytes in place; make sure they are contiguous once.
      text.makeContiguousUTF8()
      self.text = text
    }

    public func makeIterator() -> Iterator {
      Iterator(text: text)
    }

    /// Resumes the tokenizer over the text at each step; holds no pointer between steps.
    public struct Iterator: IteratorProtocol, Sendable {
      let text: String
      var state = _TokenizerState()

      public mutating func next() -> Token? {
        let start = state
        let (token, end) = _UTF8Cursor.withCursor(over: text) { cursor -> (Token?, _TokenizerState) in
          var tokenizer = _Tokenizer(cursor, state: start)
          let token = tokenizer.next()
          return (token, tokenizer.state)
        }
        state = end
        return token
      }
    }
  }
}
