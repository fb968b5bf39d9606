extension Token {
  /// The offset one past the token's last byte.
  public var end: Int { Int(start) + Int(length) }

  /// The token's text in `text`, the string it was read from.
  ///
  /// ```swift
  /// let text = "共389718条"
  /// Lexer().tokenize(text).map { $0.text(in: text) }  // ["共", "389718", "条"]
  /// ```
  ///
  /// - Parameter text: The string the token was read from.
  /// - Returns: The token's bytes as a string; clipped if the range lies outside `text`.
  /// - Complexity: O(n) in the token's position (String's UTF-8 view indexes linearly when not native).
  public func text(in text: String) -> String {
    text.slice(range)
  }
}
