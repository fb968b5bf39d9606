/// Finds HTML left in plain text by a scraper: tags such as `<span style=…>`
/// or `</p>`, and tags whose `<` was mangled into `⠼` (U+283C), as in
/// `⠼/span>` and `⠼font face="仿宋" >`.
///
/// Only tags of known HTML element names are removed, and only when the
/// tag closes on the same line within 400 bytes, so `<5%` or `《条例》`
/// are never touched. Entities left in plain text (`&nbsp;`, `&lt;`) are
/// decoded by the normaliser with ``HTMLReader``'s entity table.
enum HTMLResidue {
  private static let maxTagBytes = 400

  static let elementNames: Set<String> = [
    "a", "b", "i", "u", "s", "p", "br", "hr", "em", "strong", "span", "font", "div", "img", "sup", "sub", "small",
    "big", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5",
    "h6", "center", "section", "article", "label", "input", "o:p", "st1", "v:shape", "w:sdt", "strike", "ins",
    "del", "blockquote", "pre", "code", "col", "colgroup", "caption", "meta", "link", "wbr", "nobr",
  ]

  /// The byte length of the residue starting at `index`, or `nil`.
  ///
  /// - Complexity: O(1): at most ``maxTagBytes`` bytes are examined.
  static func residueLength(in bytes: [UInt8], at index: Int) -> Int? {
    var cursor = index
    if bytes[index...].starts(with: [0xE2, 0xA0, 0xBC]) {
      cursor += 3
    } else if bytes[index] == UInt8(ascii: "<") {
      cursor += 1
      if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "?") {
        // <?xml:namespace …/> from Word.
        return closingBracket(in: bytes, from: cursor + 1, start: index)
      }
    } else {
      return nil
    }
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
    let nameStart = cursor
    while cursor < bytes.count, cursor - nameStart < 12,
      HTMLReader.isAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ":")
    {
      cursor += 1
    }
    guard cursor > nameStart, cursor < bytes.count else { return nil }
    let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
    guard elementNames.contains(name) else { return nil }
    let next = bytes[cursor]
    guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 else { return nil }
    return closingBracket(in: bytes, from: cursor, start: index)
  }

  private static func closingBracket(in bytes: [UInt8], from cursor: Int, start: Int) -> Int? {
    var index = cursor
    while index < bytes.count, index - start < maxTagBytes {
      switch bytes[index] {
      case UInt8(ascii: ">"): return index + 1 - start
      case 0x0A, UInt8(ascii: "<"): return nil
      default: index += 1
      }
    }
    return nil
  }
}
