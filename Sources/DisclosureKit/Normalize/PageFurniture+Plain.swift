extension PageFurniture {
  /// ``classify(_:)`` for the UTF-8 bytes of a line.
  ///
  /// A line of plain scalars (``_PlainScalar``: ASCII, CJK ideographs and
  /// punctuation, full-width forms — nearly every line) is classified on its
  /// scalars, with the same tests in the same order as ``classify(_:)``:
  /// on such a line one character is one scalar and string equality is
  /// scalar equality, so the answers agree (a differential test holds them
  /// to it). Any other line goes through ``classify(_:)`` itself.
  ///
  /// - Complexity: O(n) in the bytes.
  static func classify(_ bytes: ArraySlice<UInt8>) -> Kind? {
    guard bytes.count <= maxLineBytes else { return nil }
    var start = bytes.startIndex
    while start < bytes.endIndex, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    let line = Array(bytes[start...])
    guard let scalars = Plain.scalars(of: line) else {
      return classify(Substring(String(decoding: bytes, as: UTF8.self)))
    }
    return Plain.classify(line, scalars)
  }

  /// Which header block a `name: value` line's field belongs to.
  enum HeaderField {
    case page
    case crawler
  }

  /// The field of the line with UTF-8 `bytes` when ``fieldName(_:)`` names
  /// one of ``pageFields`` or ``crawlerFields``.
  ///
  /// The name is read from the line's first scalars; while those (and the
  /// one after them) are plain, each is a character and the name is found
  /// without making a string. Otherwise the line goes to ``fieldName(_:)``.
  ///
  /// - Complexity: O(1) for plain names: at most nine characters are read.
  static func headerField(_ bytes: ArraySlice<UInt8>) -> HeaderField? {
    let line = Array(bytes)
    let name: Plain.Scalars?? = line.withUnsafeBufferPointer { buffer in
      var name: Plain.Scalars = []
      var index = 0
      while index < buffer.count {
        let (value, length) = _UTF8Scalar.decode(buffer, at: index)
        let next = index + length
        // This scalar is a character of its own only when the next is plain too.
        guard _PlainScalar.isPlain(value),
          next >= buffer.count || _PlainScalar.isPlain(_UTF8Scalar.decode(buffer, at: next).value)
        else { return nil }
        index = next
        if value == 0x3A || value == 0xFF1A { return name.isEmpty ? .some(nil) : Plain.lowercased(name[...]) }
        if value == 0x20 || value == 0x09 { continue }
        if name.isEmpty, Plain.bulletMarks.contains(value) { continue }
        name.append(value)
        if name.count > 8 { return .some(nil) }
      }
      return .some(nil)
    }
    guard let plain = name else {
      guard let name = fieldName(Substring(String(decoding: bytes, as: UTF8.self))) else { return nil }
      if crawlerFields.contains(name) { return .crawler }
      return pageFields.contains(name) ? .page : nil
    }
    guard let plain else { return nil }
    if Plain.crawlerFields.contains(plain) { return .crawler }
    return Plain.pageFields.contains(plain) ? .page : nil
  }

  /// The scalar forms of ``classify(_:)`` and its tests, for a line of
  /// plain scalars with its leading spaces and tabs dropped.
  enum Plain {
    typealias Scalars = [UInt32]

    /// The scalars of valid UTF-8 `bytes` when every one is plain.
    static func scalars(of bytes: [UInt8]) -> Scalars? {
      bytes.withUnsafeBufferPointer { buffer in
        var out: Scalars = []
        out.reserveCapacity(buffer.count)
        var index = 0
        while index < buffer.count {
          let (value, length) = _UTF8Scalar.decode(buffer, at: index)
          guard _PlainScalar.isPlain(value) else { return nil }
          out.append(value)
          index += length
        }
        return out
      }
    }

    static func classify(_ line: [UInt8], _ s: Scalars) -> Kind? {
      guard let first = s.first else { return nil }
      if separatorMarks.contains(first), isSeparator(s) { return .separator }
      if line.firstOffset(of: zhengwenBytes) != nil, isDivider(s) { return .crawlerHeader }
      if line.count <= 120 {
        let compact = s.filter { $0 != 0x20 && $0 != 0x09 }
        var bareEnd = compact.count
        while bareEnd > 0, bareTrailing.contains(compact[bareEnd - 1]) { bareEnd -= 1 }
        if noiseLines.contains(Array(compact[..<bareEnd])) { return .other }
        if isShare(compact) { return .share }
        if isFormField(compact) { return .form }
        if pageToolPrefixes.contains(where: { compact.starts(with: $0) }) { return .pageInfo }
      }
      if line.count <= 300, siteFooterWords.contains(where: { line.firstOffset(of: $0) != nil }) { return .other }
      if breadcrumbSeparatorWords.contains(where: { line.firstOffset(of: $0) != nil }), isBreadcrumb(s) {
        return .breadcrumb
      }
      guard let field = fieldName(s), pageFields.contains(field) else { return nil }
      if fieldCount(s) >= 2 { return .pageInfo }
      if strongPageFields.contains(field), line.count <= 90 { return .pageInfo }
      return nil
    }

    /// ``PageFurniture/isSeparator(_:)``.
    static func isSeparator(_ s: Scalars) -> Bool {
      let marks = s.filter { $0 != 0x20 && $0 != 0x09 }
      if !marks.isEmpty, marks.allSatisfy({ $0 == 0x7C || $0 == 0xFF5C }) { return true }
      return marks.count >= 3 && marks.allSatisfy { ruleMarks.contains($0) }
    }

    /// ``PageFurniture/isDivider(_:)``.
    static func isDivider(_ s: Scalars) -> Bool {
      let compact = s.filter { $0 != 0x20 }
      guard contains(compact, zhengwen), compact.count <= 30 else { return false }
      var rest: Scalars = []
      var index = 0
      while index < compact.count {
        if compact[index...].starts(with: zhengwen) {
          index += zhengwen.count
        } else {
          rest.append(compact[index])
          index += 1
        }
      }
      return !rest.isEmpty && rest.allSatisfy { dividerMarks.contains($0) }
    }

    /// ``PageFurniture/isShare(_:)``.
    static func isShare(_ compact: Scalars) -> Bool {
      guard compact.count <= 12, let first = compact.first, !shareExcludedStarts.contains(first) else { return false }
      if compact.starts(with: fenxiangdao) { return true }
      if shareWords.contains(where: { contains(compact, $0) }) { return true }
      return compact.starts(with: guanzhu) && (compact.contains(0xB7) || compact.contains(0x2022))
    }

    /// ``PageFurniture/isFormField(_:)``.
    static func isFormField(_ compact: Scalars) -> Bool {
      let bare = Array(compact.drop { bulletMarks.contains($0) })
      if formButtons.contains(bare) { return true }
      guard let last = bare.last, last == 0x3A || last == 0xFF1A else { return false }
      return formFields.contains(lowercased(bare.dropLast()))
    }

    /// ``PageFurniture/isBreadcrumb(_:)``.
    static func isBreadcrumb(_ s: Scalars) -> Bool {
      let segments = s.split(whereSeparator: { breadcrumbSeparators.contains($0) }).map { segment in
        var lower = segment.startIndex
        var upper = segment.endIndex
        while lower < upper, segment[lower] == 0x20 || segment[lower] == 0x09 { lower += 1 }
        while upper > lower, segment[upper - 1] == 0x20 || segment[upper - 1] == 0x09 { upper -= 1 }
        return Array(segment[lower..<upper])
      }
      guard segments.count >= 3, !segments.contains(where: \.isEmpty), let first = segments.first else { return false }
      return homeWords.contains(where: { contains(first, $0) }) && first.count <= 16
    }

    /// ``PageFurniture/fieldName(_:)``.
    static func fieldName(_ s: Scalars) -> Scalars? {
      var name: Scalars = []
      for value in s {
        if value == 0x3A || value == 0xFF1A { return name.isEmpty ? nil : lowercased(name[...]) }
        if value == 0x20 || value == 0x09 { continue }
        if name.isEmpty, bulletMarks.contains(value) { continue }
        name.append(value)
        if name.count > 8 { return nil }
      }
      return nil
    }

    /// ``PageFurniture/fieldCount(_:)``.
    static func fieldCount(_ s: Scalars) -> Int {
      var count = 0
      var seen: Set<Scalars> = []
      var index = 0
      while let colon = s[index...].firstIndex(where: { $0 == 0x3A || $0 == 0xFF1A }) {
        var end = colon
        while end > 0, s[end - 1] == 0x20 { end -= 1 }
        for length in stride(from: 6, through: 2, by: -1) where end >= length {
          let candidate = Array(s[(end - length)..<end])
          if pageFields.contains(candidate), !seen.contains(candidate) {
            seen.insert(candidate)
            count += 1
            break
          }
        }
        index = colon + 1
      }
      return count
    }

    /// `lowercased()` of plain scalars: only ASCII letters have a case.
    static func lowercased(_ s: ArraySlice<UInt32>) -> Scalars {
      s.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    /// Whether `needle` stands in `haystack`.
    static func contains(_ haystack: Scalars, _ needle: Scalars) -> Bool {
      guard !needle.isEmpty, needle.count <= haystack.count else { return false }
      for start in 0...(haystack.count - needle.count) where haystack[start...].starts(with: needle) {
        return true
      }
      return false
    }

    static func plain(_ text: String) -> Scalars { _PlainScalar.scalars(text) ?? [] }
    static func plainSet(_ texts: some Sequence<String>) -> Set<Scalars> { Set(texts.map(plain)) }
    static func scalarSet(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }

    static let separatorMarks: Set<UInt32> = Set(
      PageFurniture.separatorMarks.flatMap { $0.unicodeScalars.map(\.value) })
    static let ruleMarks = scalarSet(PageFurniture.ruleMarks)
    static let dividerMarks = scalarSet(PageFurniture.dividerMarks)
    static let bareTrailing = scalarSet(PageFurniture.bareTrailingMarks)
    static let bulletMarks = scalarSet(PageFurniture.bulletMarks)
    static let shareExcludedStarts = scalarSet(PageFurniture.shareExcludedStarts)
    static let breadcrumbSeparators: Set<UInt32> = Set(
      PageFurniture.breadcrumbSeparators.flatMap { $0.unicodeScalars.map(\.value) })
    static let zhengwen = plain("正文")
    static let zhengwenBytes = Array("正文".utf8)
    static let fenxiangdao = plain("分享到")
    static let guanzhu = plain("关注")
    static let shareWords = PageFurniture.shareWords.map(plain)
    static let homeWords = PageFurniture.homeWords.map(plain)
    static let pageToolPrefixes = PageFurniture.pageToolPrefixes.map(plain)
    static let siteFooterWords = PageFurniture.siteFooterWords.map { Array($0.utf8) }
    static let breadcrumbSeparatorWords = PageFurniture.breadcrumbSeparatorWords.map { Array($0.utf8) }
    static let noiseLines = plainSet(PageFurniture.noiseLines)
    static let formButtons = plainSet(PageFurniture.formButtons)
    static let formFields = plainSet(PageFurniture.formFields)
    static let pageFields = plainSet(PageFurniture.pageFields)
    static let crawlerFields = plainSet(PageFurniture.crawlerFields)
    static let strongPageFields = plainSet(PageFurniture.strongPageFields)

    /// Every word and mark the scalar tests compare with, as written in
    /// ``PageFurniture``; each must be plain for those tests to be exact
    /// (a test checks), but for the circled digits, which no plain scalar
    /// is equivalent to.
    static let allConstants: [String] =
      Array(PageFurniture.noiseLines) + Array(PageFurniture.formButtons) + Array(PageFurniture.formFields)
      + Array(PageFurniture.pageFields) + Array(PageFurniture.strongPageFields) + PageFurniture.siteFooterWords
      + Array(PageFurniture.crawlerFields)
      + PageFurniture.separatorMarks.map(String.init) + PageFurniture.breadcrumbSeparators.map(String.init)
      + [PageFurniture.ruleMarks, PageFurniture.dividerMarks, PageFurniture.bareTrailingMarks]
      + [PageFurniture.bulletMarks, String(PageFurniture.shareExcludedStarts.filter { !"①②③④⑤".contains($0) })]
      + PageFurniture.shareWords + PageFurniture.homeWords + PageFurniture.pageToolPrefixes
      + ["正文", "分享到", "关注"]
  }
}
