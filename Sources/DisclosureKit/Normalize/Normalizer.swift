/// Turns a ``SourceDocument`` into ``NormalizedText``, the text every later
/// stage reads.
///
/// Two passes over the UTF-8 bytes. The character pass folds widths and
/// spaces (`WidthFolding`), line breaks, HTML residue and entities
/// (`HTMLResidue`), pinyin annotations (`PinyinAnnotations`) and, when
/// the text is traditional, the script (`ScriptFolding`). The line pass
/// sets page furniture aside (`PageFurniture`), keeps a body pasted twice
/// once (`DuplicateBody`), trims trailing spaces and collapses blank runs.
/// Each pass records an ``OffsetMap``; composed with the input's map, any
/// range of the normalised text maps back to the input bytes.
///
/// ```swift
/// let document = try SourceReader().read(Data("關(guān)於領(lǐng)導\r\n".utf8))
/// let text = Normalizer().normalize(document)
/// text.text     // "关于领导"
/// text.script   // .traditional
/// ```
///
/// - Complexity: O(n) in the text's bytes.
public struct Normalizer: Sendable {
  public var limits: ParseLimits

  public init(limits: ParseLimits = .default) {
    self.limits = limits
  }

  /// Normalises `document`.
  ///
  /// - Parameter document: The decoded input.
  /// - Returns: The normalised text, its furniture, its tables re-ranged into
  ///   it, and the map back to the input bytes.
  /// - Complexity: O(n) in the text's bytes.
  public func normalize(_ document: SourceDocument) -> NormalizedText {
    let bytes = Array(document.text.utf8)
    // The script is voted on while the characters are folded for a text
    // that folds nothing; only a text that does fold is read twice.
    let (decision, speculative) = decideAndFold(bytes)
    let script = decision.script
    let characters = speculative ?? foldCharacters(bytes, script: decision)
    let folded = characters.builder.bytes
    let foldedMap = characters.builder.map
    let arranged = arrangeLines(folded)
    let output = arranged.builder.bytes
    let linesMap = arranged.builder.map
    let toDocument = linesMap.composed(over: foldedMap, derivedLength: output.count)
    let sourceMap = toDocument.composed(over: document.sourceMap, derivedLength: output.count)

    let furniture = arranged.furniture.map { item in
      let inDocument = foldedMap.sourceRange(SourceRange(start: item.range.lowerBound, end: item.range.upperBound))
      let text = String(decoding: folded[item.range], as: UTF8.self)
      return NormalizedText.FurnitureLine(
        kind: item.kind, text: String(text.drop { $0 == " " || $0 == "\t" }),
        sourceRange: document.sourceMap.sourceRange(inDocument))
    }

    var diagnostics = document.diagnostics
    if let first = decision.traditionalSegments.first, let last = decision.traditionalSegments.last {
      let folded = SourceRange(
        start: min(linesMap.derivedOffset(foldedMap.derivedOffset(first.lowerBound)), output.count),
        end: min(linesMap.derivedOffset(foldedMap.derivedOffset(last.upperBound)), output.count))
      diagnostics.append(
        Diagnostic(
          .mixedScript, .info,
          "The text is mostly simplified, but \(decision.traditionalSegments.count) line(s) or sentence(s) in "
            + "traditional script were folded to simplified.",
          zh: "正文以简体为主，其中 \(decision.traditionalSegments.count) 行（句）繁体已转为简体。",
          location: Diagnostic.Location(range: folded)))
    }
    if let duplicate = arranged.duplicate {
      diagnostics.append(
        Diagnostic(
          .duplicateBody, .warning,
          "The body appears twice; the second copy (\(duplicate.droppedLines) lines, \(duplicate.droppedBytes) bytes) "
            + "was dropped.",
          zh: "正文重复出现两次，已删除第二份（\(duplicate.droppedLines)行，\(duplicate.droppedBytes)字节）。",
          location: Diagnostic.Location(range: duplicate.kept)))
    }
    let tables = document.tables.compactMap { table in
      rerange(table, output: output) { linesMap.derivedOffset(foldedMap.derivedOffset($0)) }
    }
    return NormalizedText(
      text: String(decoding: output, as: UTF8.self), script: script, tables: tables, furniture: furniture,
      sourceMap: sourceMap, diagnostics: diagnostics)
  }

  /// `table` with its ranges moved into the normalised text and its cell
  /// texts read from there; `nil` when the whole table was dropped.
  private func rerange(
    _ table: SourceDocument.Table, output: [UInt8], offset: (Int) -> Int
  ) -> SourceDocument.Table? {
    func move(_ range: SourceRange) -> SourceRange {
      let start = min(offset(range.start), output.count)
      return range.isEmpty
        ? SourceRange(start: start, end: start) : SourceRange(start: start, end: min(offset(range.end), output.count))
    }
    let range = move(table.range)
    guard !range.isEmpty || table.range.isEmpty else { return nil }
    let rows = table.rows.map { row in
      row.map { cell -> SourceDocument.Cell in
        let moved = move(cell.range)
        let text = String(decoding: output[moved.start..<moved.end], as: UTF8.self)
        return SourceDocument.Cell(text: text, range: moved, isSpanCopy: cell.isSpanCopy)
      }
    }
    return SourceDocument.Table(rows: rows, range: range)
  }
}
