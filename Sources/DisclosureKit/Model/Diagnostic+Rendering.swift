extension Diagnostic: CustomStringConvertible {
  /// The language a diagnostic is rendered in.
  public enum Language: String, Sendable, Hashable, CaseIterable {
    /// ``Diagnostic/message``, with English location words.
    case english
    /// ``Diagnostic/messageZh`` (the English message when there is none),
    /// with Chinese location words.
    case chinese
  }

  /// The diagnostic as one or two lines of English: severity, code and
  /// message, then where it applies.
  ///
  /// ```
  /// error[table3.balance]: Table 3 does not balance: …
  ///   at table requests, row totalHandled, column total
  /// ```
  public var description: String { description(in: nil, language: .english) }

  /// The diagnostic rendered for a reader, with the line of `text` its range
  /// points into and a caret under the range.
  ///
  /// The first line is `severity[code]: message`; then the table, row,
  /// column and section it concerns; then the expected and actual values of
  /// an arithmetic diagnostic; then the source line, numbered from 1, with
  /// carets under the range (Han and full-width characters count two
  /// columns). A line longer than the window is cut around the range and the
  /// cuts marked `…`; a range running past its line is marked to the line's
  /// end. A ``related`` location is rendered the same way after the main one.
  ///
  /// ```swift
  /// let text = "受理申请12件\n"
  /// let diagnostic = Diagnostic(
  ///   .narrativeMismatch, .warning, "The prose says 12.", location: .init(range: .init(start: 12, end: 14)))
  /// print(diagnostic.description(in: text))
  /// // warning[narrative.tableMismatch]: The prose says 12.
  /// //   |
  /// // 1 | 受理申请12件
  /// //   |         ^^
  /// ```
  ///
  /// - Parameters:
  ///   - text: The report's normalised text, which ranges point into; `nil`
  ///     to render without source lines.
  ///   - language: The language of the message and location words.
  /// - Returns: The rendering, lines separated by `\n`, without a final newline.
  /// - Complexity: O(n) in the bytes of `text` before the range.
  public func description(in text: String?, language: Language = .english) -> String {
    let words = _RenderingWords(language)
    let text = text ?? ""
    var lines = ["\(severity.rawValue)[\(code.rawValue)]: \(language == .chinese ? messageZh ?? message : message)"]
    if let location, let place = words.place(location) { lines.append("  " + place) }
    if let expected, let actual {
      lines.append("  " + words.values(expected: Self.format(expected), actual: Self.format(actual)))
    }
    if let range = location?.range { lines += _SourceSnippet(text: text, range: range)?.lines ?? [] }
    if let related {
      lines.append("  " + words.related(words.place(related)))
      if let range = related.range { lines += _SourceSnippet(text: text, range: range)?.lines ?? [] }
    }
    return lines.joined(separator: "\n")
  }

  /// A whole number without a fraction; anything else as Swift prints it.
  private static func format(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 9.0e15 { return String(Int(value)) }
    return String(value)
  }
}

/// The location words of a rendering, per language.
private struct _RenderingWords {
  var language: Diagnostic.Language
  init(_ language: Diagnostic.Language) { self.language = language }

  func place(_ location: Diagnostic.Location) -> String? {
    var parts: [String] = []
    switch language {
    case .english:
      if let table = location.table { parts.append("table \(table)") }
      if let row = location.row { parts.append("row \(row)") }
      if let column = location.column { parts.append("column \(column)") }
      if let section = location.section { parts.append("section \(section)") }
      return parts.isEmpty ? nil : "at " + parts.joined(separator: ", ")
    case .chinese:
      if let table = location.table { parts.append("\(table)表") }
      if let row = location.row { parts.append("\(row)行") }
      if let column = location.column { parts.append("\(column)列") }
      if let section = location.section { parts.append("“\(section)”部分") }
      return parts.isEmpty ? nil : "位置：" + parts.joined(separator: "，")
    }
  }

  func values(expected: String, actual: String) -> String {
    switch language {
    case .english: "expected \(expected), actual \(actual)"
    case .chinese: "应为\(expected)，实为\(actual)"
    }
  }

  func related(_ place: String?) -> String {
    switch language {
    case .english: "related: " + (place ?? "here")
    case .chinese: "相关：" + (place ?? "此处")
    }
  }
}

/// The source line a range starts on, with carets under the range: the
/// body of ``Diagnostic/description(in:language:)``.
///
/// Works on the line's scalars only, after one pass over the bytes before
/// the range to number the line, so rendering a diagnostic never costs more
/// than a pass over the text.
struct _SourceSnippet {
  /// Scalars of the line shown before the range, and within it, at most.
  static let contextScalars = 30
  static let markedScalars = 60

  var lines: [String]

  /// `nil` when `range` starts past the end of `text`.
  init?(text: String, range: SourceRange) {
    let bytes = text.utf8
    guard range.start >= 0, range.start <= bytes.count else { return nil }
    var lineNumber = 1
    var lineStart = 0
    var offset = 0
    for byte in bytes {
      if offset >= range.start { break }
      if byte == UInt8(ascii: "\n") {
        lineNumber += 1
        lineStart = offset + 1
      }
      offset += 1
    }
    // Only a window around the range is decoded, so a body printed on one
    // line costs no more than a short one. UTF-8 scalars are at most four
    // bytes: the window holds more scalars than are ever shown, and a cut is
    // then seen as a surplus of scalars.
    var windowStart = max(lineStart, range.start - 4 * Self.contextScalars)
    while windowStart < range.start, let byte = Self.byte(bytes, windowStart), byte & 0xC0 == 0x80 {
      windowStart += 1
    }
    let windowEnd = min(bytes.count, range.start + 4 * (Self.markedScalars + Self.contextScalars + 1))
    let lineText = text.slice(SourceRange(start: windowStart, end: windowEnd)).prefix {
      $0 != "\n" && $0 != "\r\n"
    }
    var prefix: [Unicode.Scalar] = []
    var marked: [Unicode.Scalar] = []
    var suffix: [Unicode.Scalar] = []
    var position = windowStart
    for scalar in String(lineText).unicodeScalars where scalar != "\r" {
      if position < range.start {
        prefix.append(scalar)
      } else if position < range.end {
        marked.append(scalar)
      } else {
        suffix.append(scalar)
      }
      position += UTF8.width(scalar)
    }
    let cutBefore = windowStart > lineStart || prefix.count > Self.contextScalars
    let cutMarked = marked.count > Self.markedScalars
    let cutAfter = suffix.count > Self.contextScalars || cutMarked
    let shownPrefix = prefix.suffix(Self.contextScalars)
    let shownMarked = marked.prefix(Self.markedScalars)
    let shownSuffix = cutMarked ? [] : suffix.prefix(Self.contextScalars)

    var source = cutBefore ? "…" : ""
    var caretPad = cutBefore ? " " : ""
    for scalar in shownPrefix {
      source.unicodeScalars.append(scalar)
      caretPad += scalar == "\t" ? "\t" : String(repeating: " ", count: Self.width(scalar))
    }
    for scalar in shownMarked { source.unicodeScalars.append(scalar) }
    for scalar in shownSuffix { source.unicodeScalars.append(scalar) }
    if cutAfter { source += "…" }
    let caretCount = max(1, shownMarked.reduce(0) { $0 + Self.width($1) })

    let number = String(lineNumber)
    let gutter = String(repeating: " ", count: number.count)
    lines = [
      "\(gutter) |",
      "\(number) | \(source)",
      "\(gutter) | \(caretPad)\(String(repeating: "^", count: caretCount))",
    ]
  }

  private static func byte(_ bytes: String.UTF8View, _ offset: Int) -> UInt8? {
    guard offset >= 0, offset < bytes.count else { return nil }
    return bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
  }

  /// Display columns: two for Han, full-width forms and emoji, none for combining
  /// marks, one otherwise.
  static func width(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      2
    default: 1
    }
  }
}
