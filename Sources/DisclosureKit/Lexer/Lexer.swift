/// Splits normalised text into ``Token``s, working on its UTF-8 bytes.
///
/// - Complexity: O(n) in the text's bytes.
public struct Lexer: Sendable {
  public init() {}

  /// The tokens of `text`.
  public func tokenize(_ text: String) -> [Token] {
    // Placeholder until the Lexer stage lands: line breaks and the runs between them.
    var tokens: [Token] = []
    var start = 0
    var offset = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        if offset > start { tokens.append(Token(kind: .han, start: start, length: offset - start)) }
        tokens.append(Token(kind: .lineBreak, start: offset, length: 1))
        start = offset + 1
      }
      offset += 1
    }
    if offset > start { tokens.append(Token(kind: .han, start: start, length: offset - start)) }
    return tokens
  }
}
