/// Dates. Checked before numbers, so `2019年1月1日` is one date, not three numbers.
///
/// - `2019年`, `2019年度`, `2019年1月`, `2019年1月1日` (year 1900–2100; a bad month or
///   day ends the date at 年), and the same with Chinese numerals: `二〇一九年十二月三十一日`.
/// - `2019-02-22`, `2019/2/22`, `2019.02.22`, optionally followed by ` 11:18` or ` 11:18:05`.
/// - Eight digits that form a valid `yyyymmdd`: `20181231`. Any other digit run —
///   `2018111231` (a period `2018-1-1…12-31` run together) — is a plain number.
/// - `1月1日`, `12月31号`: a month and day with no year.
extension _Tokenizer {
  /// The end of the date starting at `p`, if one does.
  func dateEnd(at p: Int) -> Int? {
    if _NumberScanner.digit(c, at: p, limit: c.count) != nil {
      let run = _NumberScanner.readDigits(c, at: p, maxCount: 9)
      switch run.count {
      case 8:
        let (y, m, d) = (run.value / 10_000, run.value / 100 % 100, run.value % 100)
        guard isValid(year: y, month: m, day: d), !continuesNumber(at: run.end) else { return nil }
        return run.end
      case 4:
        guard (1900...2100).contains(run.value) else { return nil }
        return yearTail(after: run.end) ?? separatedTail(after: run.end)
      case 1, 2:
        guard (1...12).contains(run.value), scalar(at: run.end) == _Han.yueMonth else { return nil }
        return dayTail(after: run.end &+ 3)
      default:
        return nil
      }
    }
    // 二〇一九年: four numeral digits and 年.
    var q = p
    var digits = 0
    while digits < 5, let s = c.scalar(at: q), let code = _Numeral.code(of: s.value), code <= 9 {
      digits &+= 1
      q &+= s.length
    }
    guard digits == 4 else { return nil }
    return yearTail(after: q)
  }

  private func scalar(at index: Int) -> UInt32? {
    c.scalar(at: index)?.value
  }

  private func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
  }

  /// Whether a decimal point or grouping comma carries the digits on.
  private func continuesNumber(at index: Int) -> Bool {
    guard let b = c.byte(at: index), b == UInt8(ascii: ".") || b == UInt8(ascii: ",") else { return false }
    return _NumberScanner.digit(c, at: index &+ 1, limit: c.count) != nil
  }

  /// `年[度]`, then an optional `m月[d日]`.
  private func yearTail(after index: Int) -> Int? {
    guard scalar(at: index) == _Han.nian else { return nil }
    let q = index &+ 3
    if scalar(at: q) == _Han.du { return q &+ 3 }
    guard let month = smallNumber(at: q), (1...12).contains(month.value), scalar(at: month.end) == _Han.yueMonth
    else { return q }
    return dayTail(after: month.end &+ 3) ?? month.end &+ 3
  }

  /// `d日` or `d号` after a month; nil when absent.
  private func dayTail(after index: Int) -> Int? {
    guard let day = smallNumber(at: index), (1...31).contains(day.value) else { return nil }
    let unit = scalar(at: day.end)
    guard unit == _Han.ri || unit == _Han.hao else { return nil }
    return day.end &+ 3
  }

  /// `-02-22`, `/2/22`, `.02.22`, then an optional ` 11:18[:05]`.
  private func separatedTail(after index: Int) -> Int? {
    guard let sep = c.byte(at: index), sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".")
    else { return nil }
    let month = _NumberScanner.readDigits(c, at: index &+ 1, maxCount: 3)
    guard (1...2).contains(month.count), (1...12).contains(month.value), c.byte(at: month.end) == sep else {
      return nil
    }
    let day = _NumberScanner.readDigits(c, at: month.end &+ 1, maxCount: 3)
    guard (1...2).contains(day.count), (1...31).contains(day.value) else { return nil }
    return timeTail(after: day.end) ?? day.end
  }

  /// ` 11:18` or `T11:18:05` after a full date.
  private func timeTail(after index: Int) -> Int? {
    guard let sep = c.byte(at: index), sep == UInt8(ascii: " ") || sep == UInt8(ascii: "T") else { return nil }
    let hour = _NumberScanner.readDigits(c, at: index &+ 1, maxCount: 3)
    guard (1...2).contains(hour.count), hour.value <= 23, c.byte(at: hour.end) == UInt8(ascii: ":") else { return nil }
    let minute = _NumberScanner.readDigits(c, at: hour.end &+ 1, maxCount: 3)
    guard minute.count == 2, minute.value <= 59 else { return nil }
    guard c.byte(at: minute.end) == UInt8(ascii: ":") else { return minute.end }
    let second = _NumberScanner.readDigits(c, at: minute.end &+ 1, maxCount: 3)
    guard second.count == 2, second.value <= 60 else { return minute.end }
    return second.end
  }

  /// One or two digits, or a small Chinese numeral (一 … 三十一).
  private func smallNumber(at index: Int) -> (value: Int, end: Int)? {
    let digits = _NumberScanner.readDigits(c, at: index, maxCount: 3)
    if (1...2).contains(digits.count) { return (digits.value, digits.end) }
    guard digits.count == 0 else { return nil }
    var q = index
    var value = 0
    var pending = -1
    var sawTen = false
    var count = 0
    while count < 4, let s = c.scalar(at: q), let code = _Numeral.code(of: s.value), code <= 10 {
      if code == 10 {
        guard !sawTen else { return nil }
        sawTen = true
        value = (pending < 0 ? 1 : pending) * 10
        pending = -1
      } else {
        guard pending < 0 else { return nil }
        pending = Int(code)
      }
      count &+= 1
      q &+= s.length
    }
    guard count > 0 else { return nil }
    return (value + max(pending, 0), q)
  }
}
