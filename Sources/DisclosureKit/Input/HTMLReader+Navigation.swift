extension HTMLReader {
  /// Elements that hold navigation, never report text.
  static let navigationElements: Set<String> = ["nav", "aside", "select", "menu"]
  /// `class` or `id` fragments that mark a container as navigation or page tools.
  static let navigationHints = ["nav", "menu", "sidebar", "share", "toolbar", "bdshare", "topbar"]
  /// Containers whose end tags are reliably written, so their extent can be
  /// found; `<p>`, `<li>`, `<span>` are often left open and are not tracked.
  static let trackedContainers: Set<String> = ["div", "ul", "ol", "nav", "aside", "select", "menu", "section", "dl"]

  /// Navigation to drop: for the start tag at a token index, the index of
  /// its end tag.
  ///
  /// A container is navigation when it is `<nav>`, `<aside>`, `<select>` or
  /// `<menu>`, or when its `class` or `id` names a menu, a navigation bar, a
  /// sidebar, a toolbar or share buttons. Only a container whose end tag is
  /// found is dropped, so an unclosed `<div class="nav">` never swallows the
  /// rest of the page. Breadcrumbs and page bars are kept: the normaliser
  /// sets them aside as furniture where later stages can still read them.
  ///
  /// - Complexity: O(n) in the tokens: each end tag looks at most
  ///   ``ParseLimits/maxNesting`` open containers, and at most 4,096 are
  ///   tracked.
  static func navigation(_ tokens: [_HTMLToken], in html: [UInt8], limits: ParseLimits) -> [Int: Int] {
    var open: [(name: String, index: Int, isNavigation: Bool)] = []
    var result: [Int: Int] = [:]
    let window = max(1, limits.maxNesting)
    for (index, token) in tokens.enumerated() {
      guard case .tag(let tag) = token, trackedContainers.contains(tag.name) else { continue }
      if tag.isEnd {
        let lowest = max(0, open.count - window)
        guard let position = open[lowest...].lastIndex(where: { $0.name == tag.name }) else { continue }
        let element = open[position]
        open.removeSubrange(position...)
        if element.isNavigation { result[element.index] = index }
      } else if open.count < 4096 {
        open.append((tag.name, index, isNavigation(tag, in: html)))
      }
    }
    return result
  }

  static func isNavigation(_ tag: _HTMLTag, in html: [UInt8]) -> Bool {
    if navigationElements.contains(tag.name) { return true }
    guard !tag.attributes.isEmpty, tag.attributes.count <= 2048 else { return false }
    let attributes = String(decoding: html[tag.attributes], as: UTF8.self).lowercased()
    for key in ["class", "id"] {
      guard let value = attributeValue(key, in: attributes) else { continue }
      if navigationHints.contains(where: { value.utf8Contains($0) }) { return true }
    }
    return false
  }

  /// The value of attribute `key` in lower-cased attribute text.
  static func attributeValue(_ key: String, in attributes: String) -> String? {
    var rest = Substring(attributes)
    while let found = rest.utf8Range(of: key) {
      let before = rest[..<found.lowerBound].last
      var after = rest[found.upperBound...].drop { $0 == " " }
      rest = rest[found.upperBound...]
      guard before == nil || before == " " || before == "\t" || before == "\n", after.first == "=" else { continue }
      after = after.dropFirst().drop { $0 == " " }
      if let quote = after.first, quote == "\"" || quote == "'" {
        return String(after.dropFirst().prefix { $0 != quote })
      }
      return String(after.prefix { $0 != " " && $0 != "\t" && $0 != "\n" })
    }
    return nil
  }
}
