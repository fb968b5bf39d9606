extension Normalizer {
  /// One line of the character-folded text.
  struct _Line {
    enum Role: Equatable {
      case body
      case blank
      case furniture(NormalizedText.FurnitureLine.Kind)
      /// The second copy of a duplicated body.
      case dropped
    }
    /// The line's bytes, trailing spaces trimmed (and a trailing pipe run cut).
    var content: Range<Int>
    /// The offset of the line's `\n`, or the end of the text.
    var end: Int
    var role: Role
  }

  /// The result of the line pass.
  struct _LinePass {
    var builder: _RewriteBuilder
    /// Furniture, as ranges of the character-folded text.
    var furniture: [(kind: NormalizedText.FurnitureLine.Kind, range: Range<Int>)]
    /// The kept copy of a duplicated body, in the output, and the dropped copy's size.
    var duplicate: (kept: SourceRange, droppedLines: Int, droppedBytes: Int)?
  }

  /// Sets furniture aside, drops a second copy of the body, trims trailing
  /// spaces and collapses blank lines, writing the lines that remain.
  ///
  /// Runs of three or more blank lines, and blank runs where furniture was
  /// taken out, become one blank line; single and double blank lines stay
  /// (one-cell-per-line tables separate cells with them). Blank lines at the
  /// start and the end are dropped.
  ///
  /// - Complexity: O(n) in the bytes.
  func arrangeLines(_ bytes: [UInt8]) -> _LinePass {
    var lines = splitLines(bytes)
    var furniture: [(kind: NormalizedText.FurnitureLine.Kind, range: Range<Int>)] = []
    classifyLines(&lines, bytes, pipeRuns: &furniture)
    markHeaderBlock(&lines, bytes)
    markForms(&lines, bytes)
    for line in lines {
      if case .furniture(let kind) = line.role { furniture.append((kind, line.content)) }
    }
    furniture.sort { $0.range.lowerBound < $1.range.lowerBound }
    let duplicate = markDuplicate(&lines, bytes)
    var pass = _LinePass(builder: _RewriteBuilder(capacity: bytes.count), furniture: furniture, duplicate: nil)
    emit(lines, bytes, duplicate: duplicate, into: &pass)
    return pass
  }

  private func splitLines(_ bytes: [UInt8]) -> [_Line] {
    var lines: [_Line] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      while start <= buffer.count {
        let end = _ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start) ?? buffer.count
        var trimmed = end
        while trimmed > start, buffer[trimmed - 1] == 0x20 || buffer[trimmed - 1] == 0x09 { trimmed -= 1 }
        // Trailing spaces and tabs are trimmed, so a line is blank exactly
        // when nothing is left.
        lines.append(_Line(content: start..<trimmed, end: end, role: trimmed == start ? .blank : .body))
        if end == buffer.count { break }
        start = end + 1
      }
    }
    return lines
  }

  private func text(_ bytes: [UInt8], _ range: Range<Int>) -> Substring {
    Substring(String(decoding: bytes[range], as: UTF8.self))
  }

  private func classifyLines(
    _ lines: inout [_Line], _ bytes: [UInt8],
    pipeRuns: inout [(kind: NormalizedText.FurnitureLine.Kind, range: Range<Int>)]
  ) {
    for index in lines.indices where lines[index].role == .body {
      let range = lines[index].content
      guard range.count <= PageFurniture.maxLineBytes, PageFurniture.mayBeFurniture(bytes[range]) else {
        cutPipeRun(&lines[index], bytes, into: &pipeRuns)
        continue
      }
      if let kind = PageFurniture.classify(bytes[range]) {
        lines[index].role = .furniture(kind)
      } else {
        cutPipeRun(&lines[index], bytes, into: &pipeRuns)
      }
    }
  }

  private func cutPipeRun(
    _ line: inout _Line, _ bytes: [UInt8],
    into runs: inout [(kind: NormalizedText.FurnitureLine.Kind, range: Range<Int>)]
  ) {
    guard let run = PageFurniture.trailingPipeRun(bytes[line.content]) else { return }
    runs.append((.separator, run..<line.content.upperBound))
    var end = run
    while end > line.content.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    line.content = line.content.lowerBound..<end
  }

  /// The block of `name: value` lines before the body. When it holds a
  /// field only a scraper writes (`标题:`, `原文链接:`) or a `==== 正文 ====`
  /// divider, its lines are a crawler header; otherwise page information.
  private func markHeaderBlock(_ lines: inout [_Line], _ bytes: [UInt8]) {
    var block: [Int] = []
    var isCrawler = false
    for index in lines.indices {
      let line = lines[index]
      if line.role == .blank { continue }
      if case .furniture(let kind) = line.role {
        if kind == .crawlerHeader { isCrawler = true }
        if kind == .pageInfo { block.append(index) }
        continue
      }
      guard line.content.count <= PageFurniture.maxLineBytes,
        let field = PageFurniture.headerField(bytes[line.content])
      else { break }
      if field == .crawler { isCrawler = true }
      block.append(index)
    }
    for index in block { lines[index].role = .furniture(isCrawler ? .crawlerHeader : .pageInfo) }
  }

  /// Form fields count only in a group of two or more (blank lines and other
  /// furniture between them allowed); the prompt right above a group joins it.
  private func markForms(_ lines: inout [_Line], _ bytes: [UInt8]) {
    var index = 0
    while index < lines.count {
      guard lines[index].role == .furniture(.form) else {
        index += 1
        continue
      }
      var members = [index]
      var cursor = index + 1
      while cursor < lines.count {
        let role = lines[cursor].role
        if role == .furniture(.form) {
          members.append(cursor)
        } else if role == .body {
          break
        }
        cursor += 1
      }
      if members.count < 2 {
        lines[index].role = .body
      } else {
        var above = index - 1
        while above >= 0, lines[above].role == .blank || lines[above].role == .furniture(.other) { above -= 1 }
        if above >= 0, lines[above].role == .body, PageFurniture.isFormPrompt(text(bytes, lines[above].content)) {
          lines[above].role = .furniture(.form)
        }
      }
      index = cursor
    }
  }

  /// Marks the second copy of a duplicated body as dropped.
  private func markDuplicate(_ lines: inout [_Line], _ bytes: [UInt8]) -> (first: Range<Int>, dropped: Int)? {
    let body = lines.indices.filter { lines[$0].role == .body }
    let ranges = body.map { lines[$0].content }
    if let match = DuplicateBody.find(in: bytes, lines: ranges) {
      var dropped = 0
      for position in match.second {
        lines[body[position]].role = .dropped
        dropped += ranges[position].count
      }
      return (body[match.first.lowerBound]..<(body[match.first.upperBound - 1] + 1), dropped)
    }
    let total = ranges.reduce(0) { $0 + $1.count }
    for index in body {
      let range = lines[index].content
      guard range.count * 4 >= total, let half = DuplicateBody.repeatedHalf(of: bytes[range]) else { continue }
      lines[index].content = range.lowerBound..<(range.lowerBound + half)
      return (index..<(index + 1), range.count - half)
    }
    return nil
  }

  private func emit(
    _ lines: [_Line], _ bytes: [UInt8], duplicate: (first: Range<Int>, dropped: Int)?, into pass: inout _LinePass
  ) {
    var previousEnd: Int?
    var blanks: [Int] = []
    var removedInRun = false
    var keptStart = 0
    // Copies that continue one another (a line's `\n`, then the next line)
    // are made as one: the builder would extend one anchor for them anyway.
    var pending: Range<Int>?
    func copy(_ range: Range<Int>) {
      if let run = pending, run.upperBound == range.lowerBound {
        pending = run.lowerBound..<range.upperBound
      } else {
        flush()
        pending = range
      }
    }
    func flush() {
      if let run = pending { pass.builder.copy(bytes, run) }
      pending = nil
    }
    func newline(after end: Int?) {
      guard let end else { return }
      if end < bytes.count, bytes[end] == 0x0A {
        copy(end..<(end + 1))
      } else {
        flush()
        pass.builder.replace(at: end, byte: 0x0A)
      }
    }
    for (index, line) in lines.enumerated() {
      switch line.role {
      case .blank:
        blanks.append(index)
      case .furniture, .dropped:
        removedInRun = true
        flush()
        pass.builder.skip()
      case .body:
        if previousEnd != nil, !blanks.isEmpty {
          let kept = blanks.count >= 3 || removedInRun ? 1 : blanks.count
          for blank in blanks.prefix(kept) {
            newline(after: previousEnd)
            previousEnd = lines[blank].end
          }
        }
        blanks.removeAll(keepingCapacity: true)
        removedInRun = false
        newline(after: previousEnd)
        if index == duplicate?.first.lowerBound {
          flush()
          keptStart = pass.builder.count
        }
        copy(line.content)
        previousEnd = line.end
        if let duplicate, index == duplicate.first.upperBound - 1 {
          flush()
          pass.duplicate = (
            SourceRange(start: keptStart, end: pass.builder.count), lines.filter { $0.role == .dropped }.count,
            duplicate.dropped
          )
        }
      }
    }
    flush()
  }
}
