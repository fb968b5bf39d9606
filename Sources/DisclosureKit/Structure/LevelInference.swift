/// Infers heading levels from the order marker styles appear in.
///
/// The first marker family seen is level 1; a family not yet open nests one
/// level below the current heading; a family already open closes everything
/// below it. A family conventionally above the outline's root (`一、` after
/// a few `1.` items) becomes the new root. A different style of an open
/// family numbered 1 directly under a sibling of that family (`1、` then
/// `1.`) nests rather than continues.
struct LevelInference {
  private struct Open {
    var family: Int
    var style: HeadingMarker.Style
    var ordinal: Int
  }

  /// `candidates` with ``HeadingCandidate/level`` set.
  static func assignLevels(_ candidates: [HeadingCandidate]) -> [HeadingCandidate] {
    var stack: [Open] = []
    var out = candidates
    for index in out.indices {
      let candidate = out[index]
      let family = candidate.family
      let style = candidate.marker.style
      let exact = stack.lastIndex { $0.family == family && $0.style == style }
      if let open = exact ?? stack.lastIndex(where: { $0.family == family }) {
        let top = stack.count - 1
        if open == top, stack[open].style != candidate.marker.style, candidate.marker.ordinal == 1,
          stack[open].ordinal >= 1
        {
          stack.append(Open(family: family, style: candidate.marker.style, ordinal: 1))
        } else {
          stack.removeLast(stack.count - open - 1)
          stack[open] = Open(family: family, style: candidate.marker.style, ordinal: candidate.marker.ordinal)
        }
      } else if let root = stack.first, family < root.family {
        stack = [Open(family: family, style: candidate.marker.style, ordinal: candidate.marker.ordinal)]
      } else {
        stack.append(Open(family: family, style: candidate.marker.style, ordinal: candidate.marker.ordinal))
      }
      out[index].level = stack.count
    }
    return out
  }

  /// Above this many level-1 candidates the chain search is greedy, so it
  /// stays linear whatever the input holds.
  static let chainSearchLimit = 512

  /// The level-1 candidates to drop: the numbering of level 1 must rise
  /// (一 二 三 …), so of the level-1 candidates the detector keeps the rising
  /// chain with the most weight, a candidate naming a known section weighing
  /// most. Rows of a table numbered afresh (`一、本年新收…`) fall out.
  static func brokenChain(_ candidates: [HeadingCandidate]) -> Set<Int> {
    let top = candidates.indices.filter { candidates[$0].level == 1 }
    guard top.count > 1 else { return [] }
    func weight(_ c: HeadingCandidate) -> Int { (c.matchedKind != nil ? 3 : 1) + (c.startsLine ? 1 : 0) }
    var keep: Set<Int> = []
    if top.count > chainSearchLimit {
      var last = 0
      for index in top where candidates[index].marker.ordinal > last {
        keep.insert(index)
        last = candidates[index].marker.ordinal
      }
    } else {
      var best = [Int](repeating: 0, count: top.count)
      var previous = [Int](repeating: -1, count: top.count)
      for i in top.indices {
        let c = candidates[top[i]]
        best[i] = weight(c)
        for j in 0..<i where candidates[top[j]].marker.ordinal < c.marker.ordinal && best[j] + weight(c) > best[i] {
          best[i] = best[j] + weight(c)
          previous[i] = j
        }
      }
      var end = 0
      for i in best.indices where best[i] > best[end] { end = i }
      var cursor = end
      while cursor >= 0 {
        keep.insert(top[cursor])
        cursor = previous[cursor]
      }
    }
    return Set(top).subtracting(keep)
  }
}
