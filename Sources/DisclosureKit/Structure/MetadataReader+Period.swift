extension MetadataReader {
  /// The words that introduce a statistics period.
  static let periodKeywords = ["统计", "統計", "报告期", "報告期", "期限"]
  /// How many keyword occurrences are examined, so a text full of `统计`
  /// costs no more than a few windows.
  static let periodKeywordLimit = 64

  /// The statistics period: `数据统计期限自2020年1月1日始至2020年12月31日止`,
  /// `统计时间为2020年1月1日至12月31日`, or digits run together
  /// (`数据统计起止时间为2018111231`).
  static func statisticsPeriod(in text: String) -> (DateParsing.Day, DateParsing.Day)? {
    var examined = 0
    for keyword in periodKeywords {
      var searchStart = text.startIndex
      while examined < periodKeywordLimit, let range = text.utf8Range(of: keyword, from: searchStart) {
        examined += 1
        searchStart = range.upperBound
        // pdftotext spaces every number (`2020 年 1 月 1 日`) and wraps lines mid-phrase.
        let window = Self.window(after: range.upperBound, in: text)
        if let period = period(in: window) { return period }
      }
    }
    return nil
  }

  /// The first 60 characters after `start` that are not white space.
  ///
  /// Read as scalars while they are plain (a plain scalar followed by a
  /// plain scalar is a character of its own), by characters otherwise.
  static func window(after start: String.Index, in text: String) -> [Character] {
    let scalars = text.unicodeScalars
    var window: [Character] = []
    var index = start
    while window.count < 60, index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      guard _PlainScalar.isPlain(scalar.value), next == scalars.endIndex || _PlainScalar.isPlain(scalars[next].value)
      else {
        // From a character boundary (every offset so far ended one), the
        // rest by characters.
        let rest = text[index...].lazy.filter { !$0.isWhitespace }.prefix(60 - window.count)
        return window + rest
      }
      index = next
      // `isWhitespace` of a plain scalar.
      if scalar.value == 0x20 || scalar.value == 0x09 || scalar.value == 0x3000 { continue }
      window.append(Character(scalar))
    }
    return window
  }

  private static func period(in window: [Character]) -> (DateParsing.Day, DateParsing.Day)? {
    if let from = DateParsing.firstDate(in: window, from: 0) {
      // The end date may omit its year (`至12月31日`).
      var i = from.end
      while i < window.count, i < from.end + 12 {
        if let to = DateParsing.date(at: i, in: window, defaultYear: from.day.year), from.day <= to.day {
          return (from.day, to.day)
        }
        i += 1
      }
      return nil
    }
    // Digits smashed together: 2018111231.
    var i = 0
    var compactFrom: DateParsing.Day?
    while i < window.count {
      guard DateParsing.isDigit(window[i]) else {
        i += 1
        continue
      }
      var digits: [Int] = []
      while i < window.count, let d = DateParsing.digit(window[i]) {
        digits.append(d)
        i += 1
      }
      if digits.count == 8, let day = DateParsing.compactDay(digits) {
        // 20200101-20201231: two compact dates.
        if let from = compactFrom { return from <= day ? (from, day) : nil }
        compactFrom = day
        continue
      }
      if digits.count >= 8, digits[0] == 1 || digits[0] == 2, let period = DateParsing.smashedPeriod(digits) {
        return period
      }
    }
    return nil
  }
}
