/// Recognises page furniture: the lines a web page wraps around a report
/// that are not the report.
///
/// Conservative by design: a line is furniture only when it clearly matches
/// one of the shapes below, and long lines (over ``maxLineBytes``) never
/// are. Matching happens on normalised lines (simplified script, folded
/// widths), so `掃碼進入` is matched as `扫码进入`.
///
/// | kind | shapes |
/// |---|---|
/// | breadcrumb | `首页 > 政务公开 > …`, `当前位置：首页 > …` |
/// | pageInfo | a line that starts with a page field and names two or more (`发布时间:… 信息来源:… 文字大小:… 背景色:`); an index field row at the top (`索引号: \| 4311030021/2021-00073 \| 分类: \| \|`); a short line of one page field (`发布时间: 2019-02-22`); `【打印】【关闭】` |
/// | crawlerHeader | a scraper's header block at the top (`标题: …`, `原文链接: …`, `发文机关: …`) and its `==== 正文 ====` divider |
/// | form | feedback form fields (`姓 名:`, `联系方式:`, `*验 证 码:`, `提交`) and the prompt just above them |
/// | share | `扫码进入`, `扫一扫`, `分享到:`, `关注 · 广州政府网` |
/// | separator | lines of `\|` only, runs of `-` `=` `*` `_` `—`, a trailing run of 20+ `\|` |
/// | other | `正在更新中...`, `相关文档:`, `上一篇`, `返回顶部`, a site footer (`版权所有`, `ICP备`, `主办单位:`) |
enum PageFurniture {
  typealias Kind = NormalizedText.FurnitureLine.Kind

  /// Lines longer than this are body text, whatever they contain.
  static let maxLineBytes = 600

  /// Field names of a page's information bar and index table.
  static let pageFields: Set<String> = [
    "索引号", "分类", "主题分类", "体裁分类", "组配分类", "服务对象分类", "发文机关", "发布机构", "发布机关", "发文单位",
    "发文日期", "成文日期", "发布日期", "发布时间", "生成日期", "公开日期", "名称", "文号", "发文字号", "文件编号", "主题词",
    "关键词", "公开方式", "公开范围", "公开时限", "公开形式", "有效性", "时效性", "信息来源", "来源", "所属机构", "所属主题",
    "浏览次数", "访问量", "访问次数", "点击数", "点击量", "点击次数", "阅读数", "阅读次数", "浏览量", "作者", "责任编辑", "编辑",
    "字号", "字体", "文字大小", "背景色", "信息类别", "内容分类", "信息分类", "统一编号", "登记号",
  ]

  /// Fields that, on a short line of their own, are page furniture anywhere.
  static let strongPageFields: Set<String> = [
    "发布时间", "发布日期", "信息来源", "浏览次数", "访问量", "访问次数", "点击数", "点击量", "点击次数", "阅读次数", "浏览量",
    "文字大小", "字号", "背景色", "责任编辑", "索引号",
  ]

  /// Field names only a scraper writes.
  static let crawlerFields: Set<String> = [
    "标题", "题目", "原文链接", "原文地址", "原文网址", "链接", "网址", "来源网址", "来源链接", "url", "抓取时间", "采集时间",
    "爬取时间", "文件名", "title", "source",
  ]

  static let formFields: Set<String> = [
    "姓名", "联系方式", "联系电话", "电话", "手机", "手机号码", "邮箱", "电子邮箱", "e-mail", "email", "内容", "留言内容",
    "意见内容", "意见建议", "标题", "验证码", "地址", "联系地址", "邮编", "主题", "留言标题",
  ]

  static let formButtons: Set<String> = ["提交", "重置", "提交留言", "看不清?换一张", "看不清，换一张", "换一张", "取消", "发表评论"]

  static let noiseLines: Set<String> = [
    "正在更新中", "相关文档", "相关附件", "相关链接", "相关文件", "上一篇", "下一篇", "返回顶部", "打印本页", "关闭窗口", "打印",
    "关闭", "收藏", "【打印】", "【关闭】", "[打印]", "[关闭]", "【打印本页】", "【关闭窗口】", "[打印本页]", "[关闭窗口]",
  ]

  /// Words of a site's footer: copyright, registration numbers, the hosting
  /// and maintaining units.
  static let siteFooterWords = ["版权所有", "ICP备", "网站标识码", "主办单位:", "主办单位：", "承办单位:", "承办单位：", "技术支持:", "技术支持：", "公网安备"]

  /// The field name of a `name: value` line, spaces inside the name removed
  /// (`文号 :` → `文号`, `姓  名:` → `姓名`), leading bullets skipped.
  static func fieldName(_ line: Substring) -> String? {
    var name = ""
    for character in line {
      if character == ":" || character == "：" { return name.isEmpty ? nil : name.lowercased() }
      if character == " " || character == "\t" { continue }
      if name.isEmpty, bulletMarks.contains(character) { continue }
      name.append(character)
      if name.count > 8 { return nil }
    }
    return nil
  }

  /// The page fields named anywhere in `line` as `name:`.
  static func fieldCount(_ line: Substring) -> Int {
    var count = 0
    var seen: Set<String> = []
    var index = line.startIndex
    while let colon = line[index...].firstIndex(where: { $0 == ":" || $0 == "：" }) {
      // The longest field name ending right before the colon (spaces allowed).
      var before = line[..<colon]
      while before.last == " " { before = before.dropLast() }
      for length in stride(from: 6, through: 2, by: -1) where before.count >= length {
        let candidate = String(before.suffix(length))
        if pageFields.contains(candidate), !seen.contains(candidate) {
          seen.insert(candidate)
          count += 1
          break
        }
      }
      index = line.index(after: colon)
    }
    return count
  }

  /// Scalars that open a separator, divider, bulleted form field or page
  /// tool when they start a line.
  private static let leadingMarks = "|｜-=_*~#+—─━·•●【[".unicodeScalars.map(\.value)
  /// Field colons and breadcrumb arrows, anywhere on a line.
  private static let anywhereMarks = ":：>＞»›→".unicodeScalars.map(\.value)
  /// Words that only furniture lines without a colon or an arrow hold.
  private static let wordList = [
    "扫码", "扫一扫", "二维码", "分享到", "微信扫", "关注", "正在更新", "相关", "上一篇", "下一篇", "返回顶部", "打印", "关闭", "收藏",
    "提交", "重置", "换一张", "取消", "发表评论", "正文", "版权所有", "网站标识码", "ICP备", "公网安备",
  ]
  private static let words: [[UInt8]] = wordList.map { Array($0.utf8) }
  private static let wordStarts = wordList.compactMap { $0.unicodeScalars.first?.value }

  /// A cheap byte-level test run before ``classify(_:)``: whether the line
  /// has anything every furniture shape has (a leading mark, a colon, an
  /// arrow, or one of a few words). Most table cells and prose fail it at
  /// once, so the string work of ``classify(_:)`` is spent on few lines.
  ///
  /// - Complexity: O(n) in the bytes.
  static func mayBeFurniture(_ bytes: ArraySlice<UInt8>) -> Bool {
    let marks = Self.markTable
    return bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      var atStart = true
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x20 || byte == 0x09 {
          index += 1
          continue
        }
        let value: UInt32
        let length: Int
        if byte < 0x80 {
          (value, length) = (UInt32(byte), 1)
        } else if byte >= 0xE0, byte < 0xF0, index &+ 2 < buffer.count, buffer[index &+ 1] & 0xC0 == 0x80,
          buffer[index &+ 2] & 0xC0 == 0x80
        {
          // A three-byte scalar (most of a Chinese line), decoded in place.
          value = UInt32(byte & 0x0F) << 12 | UInt32(buffer[index &+ 1] & 0x3F) << 6 | UInt32(buffer[index &+ 2] & 0x3F)
          length = 3
        } else {
          (value, length) = _UTF8Scalar.decode(buffer, at: index)
        }
        let flags = value < 0x10000 ? marks[Int(value)] : supplementaryFlags(value)
        if atStart, flags & MarkFlag.leading != 0 { return true }
        atStart = false
        if flags & MarkFlag.anywhere != 0 { return true }
        if flags & MarkFlag.wordStart != 0 {
          let rest = buffer[index...]
          if words.contains(where: { rest.starts(with: $0) }) { return true }
        }
        index += length
      }
      return false
    }
  }

  /// The bits of ``markTable``.
  private enum MarkFlag {
    static let leading: UInt8 = 1
    static let anywhere: UInt8 = 2
    static let wordStart: UInt8 = 4
  }

  /// ``leadingMarks``, ``anywhereMarks`` and ``wordStarts`` in one table over
  /// the BMP (every one of them is there), so a scalar costs one load.
  private static let markTable: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x10000)
    let sets: [([UInt32], UInt8)] = [
      (leadingMarks, MarkFlag.leading), (anywhereMarks, MarkFlag.anywhere), (wordStarts, MarkFlag.wordStart),
    ]
    for (values, flag) in sets {
      for value in values where value < 0x10000 { table[Int(value)] |= flag }
    }
    return table
  }()

  /// ``markTable``'s flags for a scalar past the BMP.
  private static func supplementaryFlags(_ value: UInt32) -> UInt8 {
    (leadingMarks.contains(value) ? MarkFlag.leading : 0) | (anywhereMarks.contains(value) ? MarkFlag.anywhere : 0)
      | (wordStarts.contains(value) ? MarkFlag.wordStart : 0)
  }

  /// Furniture recognised from the line alone; `nil` for body text.
  ///
  /// - Parameter line: A line without its line break, trailing spaces trimmed.
  static func classify(_ line: Substring) -> Kind? {
    guard line.utf8.count <= maxLineBytes else { return nil }
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard let first = trimmed.first else { return nil }
    // Cheap tests first: most lines that reach here are short prose or cells.
    if separatorMarks.contains(first), isSeparator(trimmed) { return .separator }
    if trimmed.utf8Contains("正文"), isDivider(trimmed) { return .crawlerHeader }
    if trimmed.utf8.count <= 120 {
      let compact = String(trimmed.filter { $0 != " " && $0 != "\t" })
      let bare = compact.trimmingSuffix { bareTrailingMarks.contains($0) }
      if noiseLines.contains(bare) { return .other }
      if isShare(compact) { return .share }
      if isFormField(compact) { return .form }
      if pageToolPrefixes.contains(where: { compact.hasPrefix($0) }) { return .pageInfo }
    }
    if trimmed.utf8.count <= 300, siteFooterWords.contains(where: { trimmed.utf8Contains($0) }) { return .other }
    // A separator's bytes standing in the line is the cheap test: where they
    // only start a longer character, `isBreadcrumb` finds no segments.
    if breadcrumbSeparatorWords.contains(where: { trimmed.utf8Contains($0) }), isBreadcrumb(trimmed) {
      return .breadcrumb
    }
    guard let field = fieldName(trimmed), pageFields.contains(field) else { return nil }
    if fieldCount(trimmed) >= 2 { return .pageInfo }
    if strongPageFields.contains(field), trimmed.utf8.count <= 90 { return .pageInfo }
    return nil
  }

  static let separatorMarks: Set<Character> = [
    "|", "｜", "-", "=", "_", "*", "—", "─", "━", "~", "#", "+", "·", "•",
  ]
  static let breadcrumbSeparators: Set<Character> = [">", "＞", "»", "›", "→"]
  static let breadcrumbSeparatorWords = [">", "＞", "»", "›", "→"]
  /// The marks a rule line is drawn with.
  static let ruleMarks = "-=_*—─━~#+·•"
  /// What may stand around `正文` in a scraper's divider.
  static let dividerMarks = "-=_*—─━~#【】[]<>《》"
  /// Trailing marks a noise line may end in (`正在更新中...`).
  static let bareTrailingMarks = ".。…:："
  /// Bullets before a field name or a form field.
  static let bulletMarks = "*•·●-"
  /// First characters of numbered body lines, never share buttons.
  static let shareExcludedStarts = "(（一二三四五六七八九十0123456789①②③④⑤"
  static let shareWords = ["扫码", "扫一扫", "二维码", "微信扫"]
  /// Words the first segment of a breadcrumb holds.
  static let homeWords = ["首页", "主页", "位置", "当前", "您现在", "你现在"]
  /// Page tools at the start of a short line: `【打印】`, `【字体：大 中 小】`.
  static let pageToolPrefixes = ["【打印", "[打印", "【字体", "【字号"]

  /// `|`-only lines, or runs of three or more rule characters.
  static func isSeparator(_ line: Substring) -> Bool {
    let marks = line.filter { $0 != " " && $0 != "\t" }
    if !marks.isEmpty, marks.allSatisfy({ $0 == "|" || $0 == "｜" }) { return true }
    return marks.count >= 3 && marks.allSatisfy { ruleMarks.contains($0) }
  }

  /// A scraper's divider before the body: `==== 正文 ====`, `【正文】`.
  static func isDivider(_ line: Substring) -> Bool {
    let compact = line.filter { $0 != " " }
    guard compact.utf8Contains("正文"), compact.count <= 30 else { return false }
    let rest = compact.replacingOccurrences("正文", with: "")
    return !rest.isEmpty && rest.allSatisfy { dividerMarks.contains($0) }
  }

  static func isShare(_ compact: String) -> Bool {
    guard compact.count <= 12, let first = compact.first, !shareExcludedStarts.contains(first) else {
      return false
    }
    if compact.hasPrefix("分享到") { return true }
    if shareWords.contains(where: { compact.utf8Contains($0) }) { return true }
    return compact.hasPrefix("关注") && (compact.utf8Contains("·") || compact.utf8Contains("•"))
  }

  static func isFormField(_ compact: String) -> Bool {
    let bare = String(compact.drop { bulletMarks.contains($0) })
    if formButtons.contains(bare) { return true }
    guard let last = bare.last, last == ":" || last == "：" else { return false }
    return formFields.contains(String(bare.dropLast()).lowercased())
  }

  /// `首页 > 政务公开 > …`: three or more segments, the first naming the
  /// home page or the current position. A chain without that first segment
  /// (`申请 > 受理 > 审核 > 办结`) may be a workflow in the body, so it stays.
  static func isBreadcrumb(_ line: Substring) -> Bool {
    let segments = line.split(whereSeparator: { breadcrumbSeparators.contains($0) }).map {
      $0.trimmingCharacters(in: " \t")
    }
    guard segments.count >= 3, !segments.contains(where: \.isEmpty), let first = segments.first else { return false }
    return homeWords.contains(where: { first.utf8Contains($0) }) && first.count <= 16
  }

  /// A feedback form's prompt (`请您…提出宝贵的意见或建议`), recognised only
  /// right above form fields.
  static func isFormPrompt(_ line: Substring) -> Bool {
    guard line.utf8.count <= 400 else { return false }
    return ["意见", "建议", "评价", "反馈", "留言"].contains(where: { line.utf8Contains($0) })
      && ["请您", "欢迎", "请", "您"].contains(where: { line.utf8Contains($0) })
  }

  /// The start of a trailing run of `|` (with spaces) holding at least 20
  /// pipes after body text on the same line, as `标题 | ||||…`.
  static func trailingPipeRun(_ bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.endIndex
    var pipes = 0
    while index > bytes.startIndex {
      let byte = bytes[index - 1]
      if byte == UInt8(ascii: "|") {
        pipes += 1
      } else if byte != 0x20 && byte != 0x09 {
        break
      }
      index -= 1
    }
    guard pipes >= 20, index > bytes.startIndex else { return nil }
    while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index
  }
}

extension StringProtocol {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
    var result = Substring(self)
    while let last = result.last, predicate(last) { result = result.dropLast() }
    return String(result)
  }

  fileprivate func trimmingCharacters(in set: String) -> String {
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return String(result)
  }

  fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
