extension OffsetMap {
  /// The map from this map's derived text straight to the source of `inner`.
  ///
  /// `self` maps a derived text to an intermediate text; `inner` maps that
  /// intermediate text to the input. The result maps the derived text to the
  /// input, so a range found in the normalised text points at input bytes.
  ///
  /// `derivedLength` is the length of the derived text: it bounds the last
  /// anchor's span, which may otherwise be unbounded (``identity``).
  ///
  /// - Complexity: O((m + k) log n) for `m` anchors here, `n` in `inner`, and
  ///   `k` inner anchors crossed by copied spans.
  func composed(over inner: OffsetMap, derivedLength: Int) -> OffsetMap {
    let outer = anchors
    let innerAnchors = inner.anchors
    guard !innerAnchors.isEmpty else { return self }
    var result: [Anchor] = []
    result.reserveCapacity(outer.count + innerAnchors.count)
    for (index, anchor) in outer.enumerated() {
      // The span this anchor governs ends where the next anchor starts.
      let spanEnd = index + 1 < outer.count ? outer[index + 1].derived : max(derivedLength, anchor.derived)
      let span = max(0, spanEnd - anchor.derived)
      let copied = min(anchor.copiedLength, span)
      var derived = anchor.derived
      var position = anchor.source
      var remaining = copied
      var innerIndex = inner.lastAnchorIndex(atOrBefore: position)
      while remaining > 0 {
        guard let current = innerIndex else {
          // Before the inner map's first anchor the inner map is the identity.
          let next = innerAnchors[0].derived
          let run = min(remaining, max(1, next - position))
          result.append(Anchor(derived: derived, source: position, copiedLength: run))
          (derived, position, remaining) = advance(derived, position, remaining, by: run)
          innerIndex = 0
          continue
        }
        let innerAnchor = innerAnchors[current]
        let nextStart = current + 1 < innerAnchors.count ? innerAnchors[current + 1].derived : Int.max
        let limit = nextStart == Int.max ? Int.max : max(1, nextStart - position)
        let offset = position - innerAnchor.derived
        if offset < innerAnchor.copiedLength {
          let run = min(remaining, innerAnchor.copiedLength - offset, limit)
          result.append(Anchor(derived: derived, source: innerAnchor.source + offset, copiedLength: run))
          (derived, position, remaining) = advance(derived, position, remaining, by: run)
        } else {
          let run = min(remaining, limit)
          let source = innerAnchor.source.addingReportingOverflow(innerAnchor.copiedLength)
          result.append(
            Anchor(derived: derived, source: source.overflow ? Int.max : source.partialValue, copiedLength: 0))
          (derived, position, remaining) = advance(derived, position, remaining, by: run)
        }
        if position >= nextStart { innerIndex = current + 1 }
      }
      if copied < span {
        let replacedAt = anchor.source.addingReportingOverflow(anchor.copiedLength)
        let source = replacedAt.overflow ? Int.max : inner.sourceOffset(replacedAt.partialValue)
        result.append(Anchor(derived: anchor.derived + copied, source: source, copiedLength: 0))
      }
    }
    return OffsetMap(anchors: result)
  }

  private func advance(_ derived: Int, _ position: Int, _ remaining: Int, by run: Int) -> (Int, Int, Int) {
    let nextDerived = derived.addingReportingOverflow(run)
    let nextPosition = position.addingReportingOverflow(run)
    return (
      nextDerived.overflow ? Int.max : nextDerived.partialValue,
      nextPosition.overflow ? Int.max : nextPosition.partialValue,
      max(0, remaining - run)
    )
  }

  /// The index of the last anchor whose derived offset is at most `offset`.
  func lastAnchorIndex(atOrBefore offset: Int) -> Int? {
    var low = 0
    var high = anchors.count
    while low < high {
      let mid = low + (high - low) / 2
      if anchors[mid].derived <= offset { low = mid + 1 } else { high = mid }
    }
    return low > 0 ? low - 1 : nil
  }

  /// The derived offset of source offset `source`, for a map whose anchors
  /// advance through the source in order (every rewrite in this library does).
  ///
  /// Source text that was replaced maps to where its replacement starts, and
  /// source text that was deleted maps to where it would have stood.
  ///
  /// - Complexity: O(log n) in the number of anchors.
  func derivedOffset(_ source: Int) -> Int {
    var low = 0
    var high = anchors.count
    while low < high {
      let mid = low + (high - low) / 2
      if anchors[mid].source <= source { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return anchors.first?.derived ?? source }
    let anchor = anchors[low - 1]
    let delta = source - anchor.source
    if delta < anchor.copiedLength { return anchor.derived + delta }
    let copiedEnd = anchor.derived.addingReportingOverflow(anchor.copiedLength)
    let end = copiedEnd.overflow ? Int.max : copiedEnd.partialValue
    if low < anchors.count { return min(end, anchors[low].derived) }
    return end
  }
}
