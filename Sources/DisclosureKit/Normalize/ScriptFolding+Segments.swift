extension ScriptFolding {
  /// Where traditional script is folded: everywhere in a traditional text,
  /// or, in a text that is mostly simplified, only in the segments written in
  /// traditional script — prose pasted from a traditional page around tables
  /// left in simplified script.
  struct Decision: Sendable {
    /// The script of the text as a whole (``detectScript(_:)``'s vote).
    var script: NormalizedText.Script
    /// In a simplified text, the byte ranges of the segments (lines, or
    /// sentences ending in `。`) that vote traditional on their own, ascending.
    var traditionalSegments: [Range<Int>]

    /// Whether the scalar at `offset` is folded; `cursor` walks
    /// ``traditionalSegments`` and must start at 0 and see ascending offsets.
    func folds(at offset: Int, cursor: inout Int) -> Bool {
      if script == .traditional { return true }
      while cursor < traditionalSegments.count, traditionalSegments[cursor].upperBound <= offset { cursor += 1 }
      return cursor < traditionalSegments.count && traditionalSegments[cursor].contains(offset)
    }
  }

  /// The whole text's script and, for a simplified text, its traditional
  /// segments. A segment votes traditional only when it has at least two
  /// characters that fold and at least three times as many as
  /// simplified-only ones: a simplified line quoting 乾隆 or 著作 has
  /// simplified-only characters (这, 个, 发, 开) around them and stays.
  ///
  /// - Complexity: O(n) in the bytes.
  static func decide(_ bytes: [UInt8]) -> Decision {
    var traditional = 0
    var simplified = 0
    var segments: [Range<Int>] = []
    var segmentStart = 0
    var segmentTraditional = 0
    var segmentSimplified = 0
    func closeSegment(at end: Int) {
      if segmentTraditional >= 2, segmentTraditional >= 3 * segmentSimplified {
        segments.append(segmentStart..<end)
      }
      segmentStart = end
      segmentTraditional = 0
      segmentSimplified = 0
    }
    // The table read once, not through the static's lazy guard per scalar.
    let bmp = Self.table.bmp
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let lead = buffer[index]
        guard lead >= 0xE3 else {
          if lead == 0x0A || lead == 0x0D {
            closeSegment(at: index)
            segmentStart = index + 1
          }
          index += 1
          continue
        }
        let (value, length) = _UTF8Scalar.decode(buffer, at: index)
        let folds: Bool
        let simplifiedForm: Bool
        if value >= bmpStart, value < bmpEnd {
          // As `simplified(_:)` and `isSimplifiedOnly(_:)` read the entry.
          let entry = bmp[Int(value - bmpStart)]
          simplifiedForm = entry == simplifiedOnly
          folds = entry != 0 && entry & simplifiedOnly == 0
        } else {
          folds = Self.simplified(value) != nil
          simplifiedForm = !folds && isSimplifiedOnly(value)
        }
        if folds {
          traditional += 1
          segmentTraditional += 1
        } else if simplifiedForm {
          simplified += 1
          segmentSimplified += 1
        }
        index += max(1, length)
        if value == 0x3002 { closeSegment(at: index) }
      }
    }
    closeSegment(at: bytes.count)
    let script: NormalizedText.Script = traditional >= 2 && traditional >= 2 * simplified ? .traditional : .simplified
    return Decision(script: script, traditionalSegments: script == .traditional ? [] : segments)
  }
}
