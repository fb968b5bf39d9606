#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds a body pasted twice: the longest run of consecutive lines that
/// appears again, later and without overlap.
///
/// Lines are compared by hash first, then byte for byte. For each line, only
/// its first earlier occurrence is tried, and a match skips the lines it
/// covered, so the search is linear in the number of lines (plus the bytes
/// compared). The run counts only when it is a large share of the text:
/// at least a quarter of the body's bytes and 200 bytes.
enum DuplicateBody {
  /// Two copies of the same run of lines, as indices into the lines given.
  struct Match: Equatable {
    var first: Range<Int>
    var second: Range<Int>
  }

  /// The repeated run in `lines` (ranges of `bytes`, blank lines excluded by the caller).
  ///
  /// - Complexity: O(n) in the bytes of the lines.
  static func find(in bytes: [UInt8], lines: [Range<Int>]) -> Match? {
    guard lines.count >= 2 else { return nil }
    // The length, then the bytes eight at a time: a word per round of the
    // hasher rather than its byte-buffering path.
    let hashes = bytes.withUnsafeBytes { raw in
      lines.map { range -> Int in
        var hasher = Hasher()
        hasher.combine(range.count)
        var offset = range.lowerBound
        // Each load reads `offset..<offset + 8`, inside `range`, which lies in `bytes`.
        while offset + 8 <= range.upperBound {
          hasher.combine(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < range.upperBound {
          tail |= UInt64(raw[offset]) << shift
          shift += 8
          offset += 1
        }
        hasher.combine(tail)
        return hasher.finalize()
      }
    }
    let total = lines.reduce(0) { $0 + $1.count }
    func equal(_ a: Int, _ b: Int) -> Bool {
      guard hashes[a] == hashes[b], lines[a].count == lines[b].count else { return false }
      return bytes.withUnsafeBufferPointer { buffer in
        // Both ranges lie inside the text, and they have the same length.
        guard let base = buffer.baseAddress, lines[a].count > 0 else { return true }
        return memcmp(base + lines[a].lowerBound, base + lines[b].lowerBound, lines[a].count) == 0
      }
    }
    var firstSeen: [Int: Int] = [:]
    firstSeen.reserveCapacity(lines.count)
    var best: (match: Match, weight: Int)?
    var index = 0
    while index < lines.count {
      guard let earlier = firstSeen[hashes[index]], equal(earlier, index) else {
        if firstSeen[hashes[index]] == nil { firstSeen[hashes[index]] = index }
        index += 1
        continue
      }
      var length = 0
      var weight = 0
      while index + length < lines.count, earlier + length < index, equal(earlier + length, index + length) {
        weight += lines[index + length].count
        length += 1
      }
      if weight > (best?.weight ?? 0) {
        best = (Match(first: earlier..<(earlier + length), second: index..<(index + length)), weight)
      }
      for covered in index..<(index + length) where firstSeen[hashes[covered]] == nil {
        firstSeen[hashes[covered]] = covered
      }
      index += max(length, 1)
    }
    guard let best, best.weight >= 200, best.weight * 4 >= total else { return nil }
    return best.match
  }

  /// For one long line written twice in a row (`X X` or `XX`): the length of
  /// the first copy, or `nil`. A copy that is itself one phrase repeated is
  /// not a pasted body, and is left alone.
  ///
  /// - Complexity: O(n) in the line's bytes.
  static func repeatedHalf(of line: ArraySlice<UInt8>) -> Int? {
    guard line.count >= 400 else { return nil }
    for gap in 0...1 {
      let rest = line.count - gap
      guard rest % 2 == 0 else { continue }
      let half = rest / 2
      let start = line.startIndex
      if gap == 1, line[start + half] != 0x20 { continue }
      let first = line[start..<(start + half)]
      if first.elementsEqual(line[(start + half + gap)...]), !isPeriodic(Array(first)) { return half }
    }
    return nil
  }

  /// Whether `bytes` is a shorter unit repeated (the prefix function's period).
  static func isPeriodic(_ bytes: [UInt8]) -> Bool {
    guard bytes.count > 1 else { return false }
    var prefix = [Int](repeating: 0, count: bytes.count)
    for index in 1..<bytes.count {
      var length = prefix[index - 1]
      while length > 0, bytes[index] != bytes[length] { length = prefix[length - 1] }
      if bytes[index] == bytes[length] { length += 1 }
      prefix[index] = length
    }
    let period = bytes.count - prefix[bytes.count - 1]
    return period < bytes.count && bytes.count % period == 0
  }
}
