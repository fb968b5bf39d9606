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
  func foldCharacters(_ bytes: [UInt8], script: ScriptFolding.Decision) -> _CharacterPass {
    var pass = _CharacterPass(builder: _RewriteBuilder(capacity: bytes.count))
    var segment = 0
    let foldsNothing = script.script == .simplified && script.traditionalSegments.isEmpty
    // The table read once, not through the static's lazy guard per scalar.
    let table = ScriptFolding.table
    var index = 0
    var runStart = 0
    var previousIsHan = false
    bytes.withUnsafeBufferPointer { buffer in
      while index < buffer.count {
        let byte = buffer[index]
        // ASCII that needs no attention: the common case, one comparison.
        if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&"),
          byte != UInt8(ascii: "(")
        {
          previousIsHan = false
          index += 1
          continue
        }
        let (value, length) = _UTF8Scalar.decode(buffer, at: index)
        // A CJK ideograph (most of the text) starts no residue, entity or
        // annotation and keeps its width; only script folding may change it,
        // and only one that has a simplified form.
        if (0x4E00...0x9FFF).contains(value), foldsNothing || ScriptFolding.simplified(value, in: table) == nil {
          previousIsHan = true
          index += length
          continue
        }
        var consumed = length
        var edit = _Edit.keep
        if value == 0x0D {
          edit = index + 1 < buffer.count && buffer[index + 1] == 0x0A ? .delete : .byte(0x0A)
        } else if value == 0x3C || value == 0x283C, let residue = HTMLResidue.residueLength(in: bytes, at: index) {
          edit = .delete
          consumed = residue
        } else if value == 0x26, let (scalar, entityLength) = HTMLReader.entity(in: bytes, at: index) {
          edit = .scalar(scalar == "\u{A0}" ? " " : scalar)
          consumed = entityLength
        } else if (value == 0x28 || value == 0xFF08) && previousIsHan,
          let annotation = PinyinAnnotations.annotationLength(in: bytes, at: index)
        {
          edit = .delete
          consumed = annotation
        } else if let simplified = ScriptFolding.simplified(value, in: table),
          script.folds(at: index, cursor: &segment), let scalar = Unicode.Scalar(simplified)
        {
          edit = .scalar(scalar)
        } else {
          switch WidthFolding.action(for: value) {
          case .keep: break
          case .remove: edit = .delete
          case .replace(let ascii): edit = .byte(ascii)
          }
        }
        switch edit {
        case .keep: break
        case .delete:
          pass.builder.copy(bytes, runStart..<index)
          // A deletion only ends the running copy.
          pass.builder.skip()
          runStart = index + consumed
        case .byte(let replacement):
          pass.builder.copy(bytes, runStart..<index)
          pass.builder.replace(at: index, length: consumed, with: CollectionOfOne(replacement))
          runStart = index + consumed
        case .scalar(let replacement):
          pass.builder.copy(bytes, runStart..<index)
          pass.builder.replace(at: index, length: consumed, scalar: replacement)
          runStart = index + consumed
        }
        // An annotation keeps the character before it as the context, so
        // 數(shù)據(jù) loses both annotations.
        if edit != .delete || consumed == length {
          previousIsHan = _UTF8Scalar.isHan(value)
        }
        index += consumed
      }
    }
    pass.builder.copy(bytes, runStart..<bytes.count)
    return pass
  }

  /// What the character pass does with one scalar (or the run it starts).
  private enum _Edit: Equatable {
    case keep
    case delete
    case byte(UInt8)
    case scalar(Unicode.Scalar)
  }
}
