/// Reads the dates reports print: `2021-02-19 11:18`, `2019/2/22`,
/// `2018.02.21`, `2018年2月21日`, `二〇一八年`, and the statistics-period
/// digits some pages smash together (`2018111231`).
enum DateParsing {
  /// A calendar day.
  struct Day: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Whether the day exists (leap years included).
    var isValid: Bool {
      guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
      let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      return day <= lengths[month - 1]
    }

    private var isLeap: Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// `yyyy-MM-dd`.
    var iso: String {
      func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
      return "\(year)-\(pad(month))-\(pad(day))"
    }

    static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
  }

  /// A date found in text, and where it ended (an index into the characters).
  struct Found {
    var day: Day
    var end: Int
  }

  /// The first full date in `chars` at or after `start`; a date with no year
  /// (`12月31日`) takes `defaultYear`.
  static func firstDate(in chars: [Character], from start: Int, defaultYear: Int? = nil) -> Found? {
    var i = start
    while i < chars.count {
      if let found = date(at: i, in: chars, defaultYear: defaultYear) { return found }
      i += 1
    }
    return nil
  }

  /// The date starting exactly at `i`.
  static func date(at i: Int, in chars: [Character], defaultYear: Int? = nil) -> Found? {
    if let (year, afterYear) = number(at: i, in: chars, digits: 4...4) {
      guard afterYear < chars.count else { return nil }
      let separator = chars[afterYear]
      if separator == "年" {
        guard let (month, m) = number(at: afterYear + 1, in: chars, digits: 1...2), m < chars.count,
          chars[m] == "月", let (day, d) = number(at: m + 1, in: chars, digits: 1...2)
        else { return nil }
        let end = d < chars.count && (chars[d] == "日" || chars[d] == "号") ? d + 1 : d
        let value = Day(year: year, month: month, day: day)
        return value.isValid ? Found(day: value, end: end) : nil
      }
      if "-/.．".contains(separator) {
        guard let (month, m) = number(at: afterYear + 1, in: chars, digits: 1...2), m < chars.count,
          chars[m] == separator, let (day, d) = number(at: m + 1, in: chars, digits: 1...2)
        else { return nil }
        let value = Day(year: year, month: month, day: day)
        return value.isValid ? Found(day: value, end: d) : nil
      }
      return nil
    }
    // 12月31日 after a date that gave the year.
    if let year = defaultYear, i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber),
      let (month, m) = number(at: i, in: chars, digits: 1...2), m < chars.count, chars[m] == "月",
      let (day, d) = number(at: m + 1, in: chars, digits: 1...2)
    {
      let end = d < chars.count && (chars[d] == "日" || chars[d] == "号") ? d + 1 : d
      let value = Day(year: year, month: month, day: day)
      return value.isValid ? Found(day: value, end: end) : nil
    }
    return nil
  }

  /// An ASCII number of `digits` digits at `i` not preceded or followed by
  /// another digit, and the index after it.
  static func number(at i: Int, in chars: [Character], digits: ClosedRange<Int>) -> (Int, Int)? {
    guard i < chars.count, i == 0 || !isDigit(chars[i - 1]) else { return nil }
    var value = 0
    var j = i
    while j < chars.count, let d = digit(chars[j]) {
      guard j - i < digits.upperBound else { return nil }
      value = value * 10 + d
      j += 1
    }
    guard digits.contains(j - i) else { return nil }
    return (value, j)
  }

  static func isDigit(_ c: Character) -> Bool { digit(c) != nil }

  static func digit(_ c: Character) -> Int? {
    guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  /// A year written in Chinese digits at `i` (`二〇一八`), and the index after it.
  static func chineseYear(at i: Int, in chars: [Character]) -> (Int, Int)? {
    guard i + 4 <= chars.count else { return nil }
    var value = 0
    for j in i..<(i + 4) {
      guard let d = chineseYearDigits[chars[j]] else { return nil }
      value = value * 10 + d
    }
    return (1900...2100).contains(value) ? (value, i + 4) : nil
  }

  /// The digits of a year written in Chinese, built once rather than per call.
  static let chineseYearDigits: [Character: Int] = [
    "〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]

  /// ``chineseYearDigits`` by scalar: every key is one scalar.
  static let chineseYearScalarDigits: [UInt32: Int] = {
    var out: [UInt32: Int] = [:]
    for (character, digit) in chineseYearDigits {
      if let scalar = character.unicodeScalars.first { out[scalar.value] = digit }
    }
    return out
  }()

  /// `20200101` as a day.
  static func compactDay(_ digits: [Int]) -> Day? {
    guard digits.count == 8 else { return nil }
    let value = digits.reduce(0) { $0 * 10 + $1 }
    let day = Day(year: value / 10000, month: value / 100 % 100, day: value % 100)
    return day.isValid ? day : nil
  }

  /// A statistics period smashed into digits after its year: `2018111231`
  /// is 2018, 1月1日 to 12月31日. Of the ways to split the digits into two
  /// month–day pairs, the valid one covering the most days wins.
  static func smashedPeriod(_ digits: [Int]) -> (Day, Day)? {
    guard digits.count >= 8, digits.count <= 12 else { return nil }
    let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    let rest = Array(digits[4...])
    var best: (Day, Day)?
    func value(_ part: ArraySlice<Int>) -> Int { part.reduce(0) { $0 * 10 + $1 } }
    for a in 1...2 {
      for b in 1...2 {
        for c in 1...2 {
          let d = rest.count - a - b - c
          guard (1...2).contains(d) else { continue }
          let from = Day(year: year, month: value(rest[0..<a]), day: value(rest[a..<(a + b)]))
          let to = Day(
            year: year, month: value(rest[(a + b)..<(a + b + c)]), day: value(rest[(a + b + c)...]))
          guard from.isValid, to.isValid, from <= to else { continue }
          if let current = best {
            if from < current.0 || (from == current.0 && to > current.1) { best = (from, to) }
          } else {
            best = (from, to)
          }
        }
      }
    }
    return best
  }
}
