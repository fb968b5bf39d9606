#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tolerant HTML reader: renders a page as text lines and its tables as grids.
///
/// Paragraphs, headings, list items, `<br>` and the other block elements
/// each produce a line; white space collapses as a browser collapses it;
/// entities are decoded; `<script>`, `<style>`, `<title>` (so the `<head>`),
/// comments and declarations are dropped. Unclosed and misnested tags are
/// tolerated: an end tag with no open element is ignored, a `<td>` outside a
/// table is a line break, an unclosed cell ends at the next cell or row.
///
/// Navigation is dropped too: `<nav>`, `<aside>`, `<select>`, `<menu>` and
/// containers whose `class` or `id` names a menu, a navigation bar, a sidebar
/// or share buttons (see ``navigation(_:in:limits:)``).
///
/// Every `<table>` that holds no other table is a data table: each row is
/// one line of the text, cells joined by ` | ` (a `|` inside a cell becomes
/// `｜`), and `<br>` or `<p>` inside a cell join without a separator, so
/// `本年新<br />制作数量` reads `本年新制作数量`. Its grid, spans expanded,
/// goes to ``SourceDocument/tables``. A table that holds another table is a
/// layout table (old government pages wrap the whole report in one): its
/// rows and cells are only line breaks, so the data tables inside it keep
/// their grids. Tables nested deeper than ``ParseLimits/maxNesting`` are read
/// as plain text.
///
/// ```swift
/// let page = HTMLReader().read(Array("<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>".utf8))
/// page.text            // "一、总体情况\n规章 | 0"
/// page.tables[0].rows  // [[规章, 0]]
/// ```
///
/// - Complexity: O(n) in the input's bytes: each byte is tokenised once,
///   each token rendered once, and a table's grid is bounded by
///   ``ParseLimits/maxTableCells``.
struct HTMLReader {
  var limits: ParseLimits

  init(limits: ParseLimits = .default) {
    self.limits = limits
  }

  /// A rendered page.
  struct Page {
    var bytes: [UInt8]
    /// Maps offsets of ``bytes`` to offsets of the HTML read.
    var map: OffsetMap
    var tables: [SourceDocument.Table]
    var diagnostics: [Diagnostic]
    var text: String { String(decoding: bytes, as: UTF8.self) }
  }

  /// Renders `html`, valid UTF-8 bytes.
  func read(_ html: [UInt8]) -> Page {
    let tokens = HTMLReader.tokenize(html)
    _WorkMeter.add(.htmlTokens, tokens.count)
    let navigation = HTMLReader.navigation(tokens, in: html, limits: limits)
    var kept = tokens
    if !navigation.isEmpty {
      kept = []
      kept.reserveCapacity(tokens.count)
      var index = 0
      while index < tokens.count {
        if let end = navigation[index], end > index {
          // A dropped container still ends a line, as a block would.
          if case .tag(let tag) = tokens[index] {
            kept.append(.tag(_HTMLTag(name: "div", isEnd: true, range: tag.range, attributes: tag.attributes)))
          }
          index = end + 1
        } else {
          kept.append(tokens[index])
          index += 1
        }
      }
    }
    var renderer = _HTMLRenderer(html: html, limits: limits, layoutTables: HTMLReader.layoutTables(kept))
    for token in kept { renderer.render(token) }
    return renderer.finish()
  }

  /// Whether `bytes` look like HTML: a structural tag near the start, or
  /// tags throughout (one per 200 bytes, at least 20).
  ///
  /// Decided from the content only, never from a file name.
  static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { looksLikeHTML($0) }
  }

  /// ``looksLikeHTML(_:)-([UInt8])`` for bytes in a buffer (a string's storage).
  static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let head = bytes.prefix(4096)
    // Every marker starts with `<`: a head without one (a plain-text report)
    // needs neither the lowered copy nor the searches.
    // `memchr` reads the head's bytes only, all inside the buffer.
    let headHasTag = bytes.baseAddress.map { memchr($0, 0x3C, head.count) != nil } ?? false
    if headHasTag {
      let lowered = head.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
      // A plain byte scan: Foundation's `firstRange(of:)` on byte arrays was a
      // measurable share of parsing a plain-text report.
      for marker in structuralMarkers where lowered.firstOffset(of: marker) != nil { return true }
    }
    var tags = 0
    if let base = bytes.baseAddress, bytes.count >= 2 {
      // `memchr` searches `index..<count - 1`, so the byte after a `<` it
      // finds is still inside the buffer.
      var index = 0
      while index < bytes.count - 1, let found = memchr(base + index, 0x3C, bytes.count - 1 - index) {
        let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        let next = bytes[at + 1]
        if isLetter(next) || next == UInt8(ascii: "/") { tags += 1 }
        index = at + 1
      }
    }
    return tags >= 20 && tags * 200 >= bytes.count
  }

  /// Tags that make a page HTML when they stand near its start, lowercased.
  private static let structuralMarkers: [[UInt8]] = [
    "<html", "<body", "<table", "<p>", "<p ", "<div", "<td", "<tr", "<!doctype", "<head", "<meta", "<br",
  ].map { Array($0.utf8) }

  static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}

/// One lexical piece of an HTML page.
enum _HTMLToken {
  case text(Range<Int>)
  case tag(_HTMLTag)
}

/// A start or end tag.
struct _HTMLTag {
  var name: String
  var isEnd: Bool
  /// The whole tag, `<` to `>`.
  var range: Range<Int>
  /// The bytes between the name and `>`.
  var attributes: Range<Int>
}

extension HTMLReader {
  /// Elements whose content is raw text and is dropped whole.
  static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "noscript", "template", "xmp"]

  /// Splits `html` into text and tags, dropping comments, declarations and
  /// raw-text elements.
  ///
  /// A tag ends at its first `>` whatever the quotes say: a stray quote
  /// cannot swallow the rest of the page, and no byte is scanned twice.
  static func tokenize(_ html: [UInt8]) -> [_HTMLToken] {
    var tokens: [_HTMLToken] = []
    var textStart = 0
    var index = 0
    // Once a search for `>` fails, every later one would too.
    var noMoreClose = false
    func flushText(upTo end: Int) {
      if end > textStart { tokens.append(.text(textStart..<end)) }
    }
    func closingBracket(from start: Int) -> Int? {
      guard !noMoreClose else { return nil }
      if let found = html[start...].firstIndex(of: UInt8(ascii: ">")) { return found }
      noMoreClose = true
      return nil
    }
    while index < html.count {
      guard html[index] == UInt8(ascii: "<"), index + 1 < html.count else {
        index += 1
        continue
      }
      let next = html[index + 1]
      if next == UInt8(ascii: "!") {
        flushText(upTo: index)
        if html[index...].starts(with: Array("<!--".utf8)) {
          let end = html[(index + 4)...].firstRange(of: Array("-->".utf8))?.upperBound ?? html.count
          index = end
        } else {
          index = (closingBracket(from: index) ?? html.count - 1) + 1
        }
        textStart = index
        continue
      }
      if next == UInt8(ascii: "?") {
        flushText(upTo: index)
        index = (closingBracket(from: index) ?? html.count - 1) + 1
        textStart = index
        continue
      }
      let isEnd = next == UInt8(ascii: "/")
      let nameStart = index + (isEnd ? 2 : 1)
      guard nameStart < html.count, isLetter(html[nameStart]), let close = closingBracket(from: nameStart) else {
        index += 1
        continue
      }
      var nameEnd = nameStart
      while nameEnd < close,
        isAlphanumeric(html[nameEnd]) || html[nameEnd] == UInt8(ascii: ":")
          || html[nameEnd] == UInt8(ascii: "-")
      {
        nameEnd += 1
      }
      flushText(upTo: index)
      let name = String(decoding: html[nameStart..<nameEnd], as: UTF8.self).lowercased()
      let tag = _HTMLTag(name: name, isEnd: isEnd, range: index..<(close + 1), attributes: nameEnd..<close)
      tokens.append(.tag(tag))
      index = close + 1
      textStart = index
      if !isEnd, rawTextElements.contains(name) {
        // Skip to the matching end tag; an unclosed one runs to the end.
        let endTag = Array("</\(name)".utf8)
        var cursor = index
        var found: Int?
        while let lt = html[cursor...].firstIndex(of: UInt8(ascii: "<")) {
          if lt + endTag.count <= html.count,
            zip(html[lt..<(lt + endTag.count)], endTag).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) })
          {
            found = lt
            break
          }
          cursor = lt + 1
        }
        index = found ?? html.count
        textStart = index
      }
    }
    flushText(upTo: html.count)
    return tokens
  }

  /// For each `<table>` start tag, in order: whether it contains another table.
  static func layoutTables(_ tokens: [_HTMLToken]) -> [Bool] {
    var result: [Bool] = []
    var open: [Int] = []
    for case .tag(let tag) in tokens where tag.name == "table" {
      if tag.isEnd {
        _ = open.popLast()
      } else {
        if let parent = open.last { result[parent] = true }
        open.append(result.count)
        result.append(false)
      }
    }
    return result
  }
}
