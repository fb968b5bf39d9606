extension ScriptFolding {
  /// Where traditional script is folded: everywhere in a traditional text,
  /// or, in a text that is mostly simplified, only in the segments written in
  /// traditional script — prose pasted from a traditional page around tables
  /// left in simplified script.
  struct Decision: Sendable, Equatable {
    /// The script of the text as a whole (``detectScript(_:)``'s vote).
    var script: NormalizedText.Script
    /// In a simplified text, the byte ranges of the segments (lines, or
    /// sentences ending in `。`) that vote traditional on their own, ascending.
    var traditionalSegments: [Range<Int>]

    /// Whether anything is folded at all: not for a simplified text
    /// without traditional segments.
    var folds: Bool { script == .traditional || !traditionalSegments.isEmpty }

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
    // The table read once, not through the static's lazy guard per scalar.
    let bmp = Self.table.bmp
    // The state lives inside the closure, so the loop keeps it in registers.
    let vote = bytes.withUnsafeBufferPointer { buffer in
      var vote = _Vote()
      let end = buffer.count
      var index = 0
      while index < end {
        let lead = buffer[index]
        guard lead >= 0xE3 else {
          if lead == 0x0A || lead == 0x0D {
            vote.close(at: index)
            vote.segmentStart = index + 1
          }
          index += 1
          continue
        }
        // A three-byte scalar (nearly every one here) decoded in place.
        if lead <= 0xEF, index + 2 < end {
          let b1 = buffer[index + 1]
          let b2 = buffer[index + 2]
          if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            vote.count(value, bmp)
            index += 3
            if value == 0x3002 { vote.close(at: index) }
            continue
          }
        }
        let (value, length) = _UTF8Scalar.decode(buffer, at: index)
        vote.count(value, bmp)
        index += max(1, length)
        if value == 0x3002 { vote.close(at: index) }
      }
      vote.close(at: end)
      return vote
    }
    let script: NormalizedText.Script =
      vote.traditional >= 2 && vote.traditional >= 2 * vote.simplified ? .traditional : .simplified
    return Decision(script: script, traditionalSegments: script == .traditional ? [] : vote.segments)
  }

  /// The running votes of ``decide(_:)``: the whole text's, and the current
  /// segment's.
  struct _Vote {
    var traditional = 0
    var simplified = 0
    var segments: [Range<Int>] = []
    var segmentStart = 0
    var segmentTraditional = 0
    var segmentSimplified = 0

    /// Ends the segment at `end`. Every scalar belongs to one segment and
    /// every segment is closed once, so the whole text's counts are the
    /// segments' counts added up.
    mutating func close(at end: Int) {
      if segmentTraditional >= 2, segmentTraditional >= 3 * segmentSimplified {
        segments.append(segmentStart..<end)
      }
      traditional += segmentTraditional
      simplified += segmentSimplified
      segmentStart = end
      segmentTraditional = 0
      segmentSimplified = 0
    }

    /// The decision the votes make.
    var decision: Decision {
      let script: NormalizedText.Script = traditional >= 2 && traditional >= 2 * simplified ? .traditional : .simplified
      return Decision(script: script, traditionalSegments: script == .traditional ? [] : segments)
    }

    /// Votes on `buffer[start..<end]` as ``decide(_:)`` does over a whole text.
    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ bmp: [UInt32]) {
      var index = start
      let end = min(end, buffer.count)
      while index < end {
        let lead = buffer[index]
        guard lead >= 0xE3 else {
          if lead == 0x0A || lead == 0x0D {
            close(at: index)
            segmentStart = index + 1
          }
          index += 1
          continue
        }
        let (value, length) = _UTF8Scalar.decode(buffer, at: index)
        count(value, bmp)
        index += max(1, length)
        if value == 0x3002 { close(at: index) }
      }
    }

    /// Counts `value` as `simplified(_:)` and `isSimplifiedOnly(_:)` read it.
    @inline(__always)
    mutating func count(_ value: UInt32, _ bmp: [UInt32]) {
      if value >= bmpStart, value < bmpEnd {
        let entry = bmp[Int(value - bmpStart)]
        if entry == simplifiedOnly {
          segmentSimplified += 1
        } else if entry != 0, entry & simplifiedOnly == 0 {
          segmentTraditional += 1
        }
      } else if ScriptFolding.simplified(value) != nil {
        segmentTraditional += 1
      } else if isSimplifiedOnly(value) {
        segmentSimplified += 1
      }
    }
  }
}
