/// Renders HTML tokens into lines of text; the state of one ``HTMLReader/read(_:)``.
struct _HTMLRenderer {
  let html: [UInt8]
  let limits: ParseLimits
  /// From ``HTMLReader/layoutTables(_:)``.
  let layoutTables: [Bool]

  var out = _RewriteBuilder()
  var tables: [SourceDocument.Table] = []
  var diagnostics: [Diagnostic] = []
  /// Whether the current line has anything on it.
  var lineHasContent = false
  /// Where collapsible white space began, if some is waiting to be written.
  var pendingSpace: Int?
  /// Where a line break was asked for; written only before more content, so
  /// the text never ends with an empty line.
  var pendingBreak: Int?
  var tableOrdinal = 0
  /// Open tables, innermost last; `nil` for a layout table.
  var tableStack: [_HTMLTableState?] = []
  /// Start tags of tables past ``ParseLimits/maxNesting`` whose end tags must be swallowed.
  var ignoredTables = 0
  var inCaption = false
  /// After a `<br>` or `<p>` inside a cell, white space is dropped until
  /// the next character, so the two parts join without a separator.
  var joinInCell = false
  var reportedNesting = false

  init(html: [UInt8], limits: ParseLimits, layoutTables: [Bool]) {
    self.html = html
    self.limits = limits
    self.layoutTables = layoutTables
    out = _RewriteBuilder(capacity: html.count / 2)
  }

  static let blockElements: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd", "blockquote",
    "pre", "section", "article", "header", "footer", "nav", "aside", "center", "form", "address", "main",
    "figure", "figcaption", "fieldset", "legend", "body", "html", "head", "option", "select", "button",
  ]

  /// Moves the innermost data table out of the stack, so that adding rows
  /// to it does not copy them (the stack would otherwise share its storage);
  /// ``putDataTable(_:)`` puts it back.
  mutating func takeDataTable() -> _HTMLTableState? {
    guard let last = tableStack.indices.last, let table = tableStack[last] else { return nil }
    tableStack[last] = _HTMLTableState(start: table.start)
    return table
  }

  mutating func putDataTable(_ table: _HTMLTableState) {
    guard let last = tableStack.indices.last else { return }
    tableStack[last] = table
  }

  /// Whether a data table is open and none of its cells.
  var isBetweenCells: Bool {
    guard let last = tableStack.last, let table = last else { return false }
    return table.openCell == nil
  }

  /// The data table being filled, if the innermost open table is one.
  var dataTable: _HTMLTableState? {
    guard let last = tableStack.last else { return nil }
    return last
  }

  mutating func render(_ token: _HTMLToken) {
    switch token {
    case .text(let range): text(range)
    case .tag(let tag): self.tag(tag)
    }
  }

  // MARK: Text

  mutating func text(_ range: Range<Int>) {
    if !inCaption, isBetweenCells {
      // Text between cells: white space is layout; anything else opens a cell.
      guard html[range].contains(where: { !HTMLReader.isSpace($0) }), var table = takeDataTable() else { return }
      if table.currentRow == nil { startRow(&table, at: range.lowerBound) }
      openCell(&table, at: range.lowerBound, attributes: range.lowerBound..<range.lowerBound)
      putDataTable(table)
    }
    let inCell = dataTable?.openCell != nil && !inCaption
    var index = range.lowerBound
    var runStart = index
    while index < range.upperBound {
      let byte = html[index]
      if HTMLReader.isSpace(byte) {
        flush(runStart..<index)
        if pendingSpace == nil, !joinInCell { pendingSpace = index }
        index += 1
        runStart = index
      } else if byte == UInt8(ascii: "&"), let (scalar, length) = HTMLReader.entity(in: html, at: index) {
        flush(runStart..<index)
        if scalar == "\u{A0}" || scalar.properties.isWhitespace {
          if pendingSpace == nil, !joinInCell { pendingSpace = index }
        } else {
          beginContent()
          writePendingSpace()
          out.replace(at: index, scalar: scalar == "|" && inCell ? "\u{FF5C}" : scalar)
          lineHasContent = true
        }
        index += length
        runStart = index
      } else if byte == UInt8(ascii: "|"), inCell {
        flush(runStart..<index)
        beginContent()
        writePendingSpace()
        out.replace(at: index, scalar: "\u{FF5C}")
        lineHasContent = true
        index += 1
        runStart = index
      } else {
        index += 1
      }
    }
    flush(runStart..<range.upperBound)
  }

  private mutating func flush(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    beginContent()
    writePendingSpace()
    out.copy(html, range)
    lineHasContent = true
  }

  private mutating func writePendingSpace() {
    joinInCell = false
    if let space = pendingSpace, lineHasContent, !cellIsEmpty {
      out.replace(at: space, byte: 0x20)
    }
    pendingSpace = nil
  }

  /// Ends the current line, if it has anything on it.
  mutating func newline(at source: Int) {
    pendingSpace = nil
    guard lineHasContent else { return }
    pendingBreak = source
    lineHasContent = false
  }

  /// Writes the line break asked for before this content, if any.
  mutating func beginContent() {
    guard let source = pendingBreak else { return }
    out.replace(at: source, byte: 0x0A)
    pendingBreak = nil
  }

  // MARK: Tags

  mutating func tag(_ tag: _HTMLTag) {
    let at = tag.range.lowerBound
    switch tag.name {
    case "table":
      if tag.isEnd { closeTable(at: at) } else { openTable(at: at) }
    case "tr":
      guard var table = takeDataTable() else { return newline(at: at) }
      closeRow(&table, at: at)
      if !tag.isEnd { startRow(&table, at: at) }
      putDataTable(table)
    case "td", "th":
      guard var table = takeDataTable() else { return newline(at: at) }
      closeCell(&table, at: at)
      if !tag.isEnd {
        if table.currentRow == nil { startRow(&table, at: at) }
        openCell(&table, at: at, attributes: tag.attributes)
      }
      putDataTable(table)
    case "caption":
      if dataTable != nil { inCaption = !tag.isEnd }
      newline(at: at)
    case "thead", "tbody", "tfoot", "colgroup", "col":
      return
    default:
      guard Self.blockElements.contains(tag.name) else { return }
      if dataTable?.openCell != nil && !inCaption {
        // A break inside a cell joins without a separator: 本年新<br />制作数量.
        pendingSpace = nil
        joinInCell = true
      } else {
        newline(at: at)
      }
    }
  }

  mutating func finish() -> HTMLReader.Page {
    while !tableStack.isEmpty { closeTable(at: html.count) }
    return HTMLReader.Page(bytes: out.bytes, map: out.map, tables: tables, diagnostics: diagnostics)
  }
}
