extension Normalizer {
  /// The result of the character pass.
  struct _CharacterPass {
    var builder: _RewriteBuilder
  }

  /// Rewrites `bytes` scalar by scalar: line breaks, widths and invisible
  /// characters (``WidthFolding``), HTML residue (``HTMLResidue``) and
  /// entities, pinyin annotations (``PinyinAnnotations``), and, for
  /// traditional text, script folding (``ScriptFolding``).
  ///
  /// Unchanged runs are copied whole, so the map has an anchor per change.
  ///
  /// - Complexity: O(n) in the bytes; every lookup is O(1).
  ///
  /// - Parameter patching: Patch same-length replacements into copied runs
  ///   (see `_Run`); off only in the test that holds the two ways equal.
  func foldCharacters(_ bytes: [UInt8], script: ScriptFolding.Decision, patching: Bool = true) -> _CharacterPass {
    let foldsNothing = script.folds == false
    // The table read once, not through the static's lazy guard per scalar.
    let table = ScriptFolding.table
    // The state lives inside the closure, so the loop keeps it in registers.
    return bytes.withUnsafeBufferPointer { buffer in
      var run = _Run(builder: _RewriteBuilder(capacity: buffer.count), patching: patching)
      var segment = 0
      var index = 0
      var previousIsHan = false
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        // ASCII that needs no attention: the common case, one comparison.
        if Self.isPlainASCII(byte) {
          previousIsHan = false
          index &+= 1
          continue
        }
        // A CJK ideograph (most of the text) starts no residue, entity or
        // annotation and keeps its width; only script folding may change it,
        // and only one that has a simplified form. U+4E00–U+9FFF are the
        // three-byte scalars led by E4 B8 to E9 BF: those are read here.
        // (`index < count`, so `index + 2` cannot overflow.)
        if byte >= 0xE4, byte <= 0xE9, index &+ 2 < count {
          let b1 = buffer[index &+ 1]
          let b2 = buffer[index &+ 2]
          if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, byte > 0xE4 || b1 >= 0xB8 {
            if foldsNothing {
              previousIsHan = true
              index &+= 3
              continue
            }
            let value = UInt32(byte & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            if ScriptFolding.simplified(value, in: table) == nil {
              previousIsHan = true
              index &+= 3
              continue
            }
          }
        }
        let (value, length) = _UTF8Scalar.decode(buffer, at: index)
        if (0x4E00...0x9FFF).contains(value), foldsNothing || ScriptFolding.simplified(value, in: table) == nil {
          previousIsHan = true
          index += length
          continue
        }
        let (edit, consumed) = Self.edit(
          for: value, length: length, at: index, in: buffer, bytes, previousIsHan: previousIsHan, script: script,
          segment: &segment, table: table)
        run.apply(edit, at: index, consumed: consumed, bytes)
        // An annotation keeps the character before it as the context, so
        // 數(shù)據(jù) loses both annotations.
        if edit != .delete || consumed == length {
          previousIsHan = _UTF8Scalar.isHan(value)
        }
        index += consumed
      }
      run.flush(bytes, to: count)
      return _CharacterPass(builder: run.builder)
    }
  }

  /// ``ScriptFolding/decide(_:)`` and, when the decision folds nothing (a
  /// simplified text without traditional passages, the common case), the
  /// ``foldCharacters(_:script:)`` pass for it, in one pass over the bytes.
  ///
  /// The vote and the folding read the same scalars: the vote counts every
  /// scalar from U+3000 on (led by E3 or more) and closes segments at line
  /// breaks and after `。`, exactly as ``ScriptFolding/decide(_:)`` does,
  /// including inside what the folding swallows whole (a tag, an entity, an
  /// annotation). The folding assumes nothing is folded; when the vote says
  /// otherwise the pass is `nil` and the caller folds again with the decision.
  ///
  /// - Complexity: O(n) in the bytes.
  func decideAndFold(_ bytes: [UInt8]) -> (decision: ScriptFolding.Decision, pass: _CharacterPass?) {
    let table = ScriptFolding.table
    let bmp = table.bmp
    let noFolding = ScriptFolding.Decision(script: .simplified, traditionalSegments: [])
    return bytes.withUnsafeBufferPointer { buffer in
      var vote = ScriptFolding._Vote()
      var run = _Run(builder: _RewriteBuilder(capacity: buffer.count))
      var segment = 0
      var index = 0
      var previousIsHan = false
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        let value: UInt32
        let length: Int
        if byte < 0x80 {
          if byte == 0x0A || byte == 0x0D {
            vote.close(at: index)
            vote.segmentStart = index + 1
          }
          if Self.isPlainASCII(byte) {
            previousIsHan = false
            index &+= 1
            continue
          }
          (value, length) = (UInt32(byte), 1)
        } else if byte >= 0xE3, byte <= 0xEF, index &+ 2 < count, buffer[index &+ 1] & 0xC0 == 0x80,
          buffer[index &+ 2] & 0xC0 == 0x80
        {
          // A three-byte scalar, decoded in place (`index < count`, so
          // `index + 2` cannot overflow): voted on, then kept if an ideograph.
          value = UInt32(byte & 0x0F) << 12 | UInt32(buffer[index &+ 1] & 0x3F) << 6 | UInt32(buffer[index &+ 2] & 0x3F)
          length = 3
          vote.count(value, bmp)
          if value == 0x3002 { vote.close(at: index &+ 3) }
          if value >= 0x4E00, value <= 0x9FFF {
            previousIsHan = true
            index &+= 3
            continue
          }
        } else {
          (value, length) = _UTF8Scalar.decode(buffer, at: index)
          if byte >= 0xE3 {
            vote.count(value, bmp)
            if value == 0x3002 { vote.close(at: index + length) }
          }
          if (0x4E00...0x9FFF).contains(value) {
            previousIsHan = true
            index += length
            continue
          }
        }
        let (edit, consumed) = Self.edit(
          for: value, length: length, at: index, in: buffer, bytes, previousIsHan: previousIsHan, script: noFolding,
          segment: &segment, table: table)
        // What the edit swallows past its first scalar is voted on too.
        if consumed > length { vote.scan(buffer, from: index + length, to: index + consumed, bmp) }
        run.apply(edit, at: index, consumed: consumed, bytes)
        if edit != .delete || consumed == length {
          previousIsHan = _UTF8Scalar.isHan(value)
        }
        index += consumed
      }
      vote.close(at: count)
      let decision = vote.decision
      guard decision.folds == false else { return (decision, nil) }
      run.flush(bytes, to: count)
      return (decision, _CharacterPass(builder: run.builder))
    }
  }

  /// ASCII that the character pass copies as it is: printable, and none of
  /// `<` (residue), `&` (entities), `(` (annotations).
  @inline(__always)
  static func isPlainASCII(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&")
      && byte != UInt8(ascii: "(")
  }

  /// What the character pass does with the scalar `value` (`length` bytes at
  /// `index`) that is neither plain ASCII nor a kept ideograph, and how many
  /// bytes that edit consumes.
  @inline(__always)
  static func edit(
    for value: UInt32, length: Int, at index: Int, in buffer: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8],
    previousIsHan: Bool, script: ScriptFolding.Decision, segment: inout Int, table: ScriptFolding.Table
  ) -> (_Edit, Int) {
    if value == 0x0D {
      return (index + 1 < buffer.count && buffer[index + 1] == 0x0A ? .delete : .byte(0x0A), length)
    }
    if value == 0x3C || value == 0x283C, let residue = HTMLResidue.residueLength(in: bytes, at: index) {
      return (.delete, residue)
    }
    if value == 0x26, let (scalar, entityLength) = HTMLReader.entity(in: bytes, at: index) {
      return (.scalar(scalar == "\u{A0}" ? " " : scalar), entityLength)
    }
    if (value == 0x28 || value == 0xFF08) && previousIsHan,
      let annotation = PinyinAnnotations.annotationLength(in: buffer, at: index)
    {
      return (.delete, annotation)
    }
    if let simplified = ScriptFolding.simplified(value, in: table), script.folds(at: index, cursor: &segment),
      let scalar = Unicode.Scalar(simplified)
    {
      return (.scalar(scalar), length)
    }
    switch WidthFolding.action(for: value) {
    case .keep: return (.keep, length)
    case .remove: return (.delete, length)
    case .replace(let ascii): return (.byte(ascii), length)
    }
  }

  /// The run of input being copied unchanged, and the replacements of the
  /// same length inside it.
  ///
  /// A replacement as long as what it replaces (a traditional character
  /// folded to a simplified one, 3 bytes for 3) maps one for one, as a copy
  /// would: ``_RewriteBuilder`` gives it the same anchor a copy of the whole
  /// run gets. So the run is copied once, when it ends, and those bytes are
  /// patched in afterwards, instead of one copy and one replacement each.
  private struct _Run {
    var builder: _RewriteBuilder
    /// Patch same-length replacements rather than copy and replace.
    var patching = true
    /// Where the unchanged run starts in the input.
    var start = 0
    /// Input offsets inside the run and the byte each one becomes.
    var patches: [(offset: Int, byte: UInt8)] = []

    /// Replaces the input byte at `offset` (inside the run) with `byte`.
    mutating func patch(at offset: Int, byte: UInt8) {
      patches.append((offset, byte))
    }

    /// Replaces the scalar at `offset` (inside the run) with `scalar`, as
    /// long in UTF-8 as the scalar it replaces.
    mutating func patch(at offset: Int, scalar: Unicode.Scalar) {
      var next = offset
      UTF8.encode(scalar) { byte in
        patches.append((next, byte))
        next += 1
      }
    }

    /// Applies `edit` to the `consumed` input bytes at `index`.
    mutating func apply(_ edit: _Edit, at index: Int, consumed: Int, _ input: [UInt8]) {
      switch edit {
      case .keep: break
      case .delete:
        flush(input, to: index)
        // A deletion only ends the running copy.
        builder.skip()
        start = index + consumed
      case .byte(let replacement):
        if patching, consumed == 1 {
          patch(at: index, byte: replacement)
        } else {
          flush(input, to: index)
          builder.replace(at: index, length: consumed, with: CollectionOfOne(replacement))
          start = index + consumed
        }
      case .scalar(let replacement):
        if patching, UTF8.width(replacement) == consumed {
          patch(at: index, scalar: replacement)
        } else {
          flush(input, to: index)
          builder.replace(at: index, length: consumed, scalar: replacement)
          start = index + consumed
        }
      }
    }

    /// Copies the run up to `end` and patches its replaced bytes.
    mutating func flush(_ input: [UInt8], to end: Int) {
      let before = builder.count
      builder.copy(input, start..<end)
      for patch in patches {
        // Every patch lies in `start..<end`, copied just now at `before`.
        builder.overwrite(at: before + (patch.offset - start), with: patch.byte)
      }
      patches.removeAll(keepingCapacity: true)
    }
  }

  /// What the character pass does with one scalar (or the run it starts).
  enum _Edit: Equatable {
    case keep
    case delete
    case byte(UInt8)
    case scalar(Unicode.Scalar)
  }
}
