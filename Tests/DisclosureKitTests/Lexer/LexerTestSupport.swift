import DisclosureKit

/// Renders tokens as `kind:text` strings, so expectations read like the text.
func render(_ text: String, _ tokens: [Token]) -> [String] {
  tokens.map { render(text, $0) }
}

func render(_ text: String, _ token: Token) -> String {
  var flags = ""
  let names: [(Token.Flags, String)] = [
    (.percent, "%"), (.wan, "万"), (.yi, "亿"), (.approximate, "~"), (.negative, "-"), (.decimal, "."),
    (.grouped, ","),
  ]
  for (flag, name) in names where token.flags.contains(flag) { flags += name }
  let kind: String
  switch token.kind {
  case .han: kind = "han"
  case .word: kind = "word"
  case .number: kind = "num"
  case .chineseNumeral: kind = "cnum"
  case .unit: kind = "unit"
  case .headingMarker: kind = "mark"
  case .date: kind = "date"
  case .documentNumber: kind = "doc"
  case .punctuation: kind = "p"
  case .cellSeparator: kind = "sep"
  case .lineBreak: kind = "br"
  case .space: kind = "sp"
  case .invalid: kind = "bad"
  }
  return kind + (flags.isEmpty ? "" : "[\(flags)]") + ":" + text.slice(token.range)
}

/// Renders the tokens of `text`.
func lex(_ text: String) -> [String] {
  render(text, Lexer().tokenize(text))
}
