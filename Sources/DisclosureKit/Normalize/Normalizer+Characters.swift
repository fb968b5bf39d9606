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
    var index = 0
    var runStart = 0
    var previousIsHan = false
    while index < bytes.count {
      let byte = bytes[index]
      // ASCII that needs no attention: the common case, one comparison.
      if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&"),
        byte != UInt8(ascii: "(")
      {
        previousIsHan = false
        index += 1
        continue
      }
      let (value, length) = _UTF8Scalar.decode(bytes, at: index)
      // A CJK ideograph (most of the text) starts no residue, entity or
      // annotation and keeps its width; only script folding may change it,
      // and only one that has a simplified form.
      if (0x4E00...0x9FFF).contains(value), foldsNothing || ScriptFolding.simplified(value) == nil {
        previousIsHan = true
        index += length
        continue
      }
      var consumed = length
      var replacement: [UInt8]?
      if value == 0x0D {
        replacement = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? [] : [0x0A]
      } else if value == 0x3C || value == 0x283C, let residue = HTMLResidue.residueLength(in: bytes, at: index) {
        replacement = []
        consumed = residue
      } else if value == 0x26, let (scalar, entityLength) = HTMLReader.entity(in: bytes, at: index) {
        var encoded: [UInt8] = []
        let folded = scalar == "\u{A0}" ? " " : scalar
        UTF8.encode(folded) { encoded.append($0) }
        replacement = encoded
        consumed = entityLength
      } else if (value == 0x28 || value == 0xFF08) && previousIsHan,
        let annotation = PinyinAnnotations.annotationLength(in: bytes, at: index)
      {
        replacement = []
        consumed = annotation
      } else if let simplified = ScriptFolding.simplified(value), script.folds(at: index, cursor: &segment),
        let scalar = Unicode.Scalar(simplified)
      {
        var encoded: [UInt8] = []
        UTF8.encode(scalar) { encoded.append($0) }
        replacement = encoded
      } else {
        switch WidthFolding.action(for: value) {
        case .keep: break
        case .remove: replacement = []
        case .replace(let ascii): replacement = [ascii]
        }
      }
      if let replacement {
        pass.builder.copy(bytes, runStart..<index)
        pass.builder.replace(at: index, length: consumed, with: replacement)
        runStart = index + consumed
      }
      // An annotation keeps the character before it as the context, so
      // 數(shù)據(jù) loses both annotations.
      if replacement?.isEmpty != true || consumed == length {
        previousIsHan = _UTF8Scalar.isHan(value)
      }
      index += consumed
    }
    pass.builder.copy(bytes, runStart..<bytes.count)
    return pass
  }
}
