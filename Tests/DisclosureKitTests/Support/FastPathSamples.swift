import Foundation

@testable import DisclosureKit

/// Deterministic samples for the tests that hold a fast path to the slow
/// path beside it: the seed reports, and texts strung together from pieces
/// that exercise both (plain Chinese prose, and the scalars that are not
/// plain: combining marks, compatibility ideographs, NBSP, CR, emoji).
enum FastPathSamples {
  /// SplitMix64: the same samples on every run.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Pieces of text: words of reports, furniture, markers, dates, and
  /// scalars the fast paths must hand to the slow ones.
  static let pieces: [String] = [
    "政府", "信息", "公开", "工作", "年度报告", "年度報告", "年报", "总体情况", "主动公开政府信息情况", "收费及减免情况",
    "關(guān)於", "領（lǐng）導", "數(shù)據(jù)", "绿(lǜ)色", "乾隆", "著作", "这个", "發佈", "台灣", "說明", "开展", "的", "和", "及",
    "\r\n", "\r", "\n", "\n\n", "\n\n\n\n", " ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{0B}",
    "&nbsp;", "&lt;", "&amp;", "&#x4E00;", "&#12289;", "<span style=\"a\">", "</p>", "<br/>", "⠼/span>",
    "⠼font face=\"仿宋\" >",
    "１２３", "％", "．", "。", "，", "：", ":", "；", ";", "！", "？", "、", "(", ")", "（", "）", "《", "》", "“", "”", "【", "】",
    "一、", "二、", "十一、", "（一）", "(二)", "1、", "2.", "（3）", "4)", "①", "第一", "第二部分", "一是", "统一",
    "2018年", "2019年2月21日", "2021-02-19 11:18", "二〇一八年", "二零一九年", "20200101-20201231", "2018111231",
    "发布时间", "发布日期", "信息来源", "浏览次数", "索引号", "分类", "文号", "名称", "标题", "原文链接", "url", "URL",
    "姓  名", "联系方式", "验 证 码", "提交", "看不清?换一张", "【打印】", "[打印]", "【字体", "扫码进入", "分享到", "关注",
    "·", "•", "●", "*", "-", "—", "─", "=", "_", "~", "#", "+", "|", "｜", " | ", "||||||||||||||||||||||||",
    "首页", "当前位置", ">", "＞", "»", "›", "→", "版权所有", "ICP备", "主办单位：", "正在更新中", "...", "…", "正文", "====",
    "统计", "报告期", "期限", "自", "至", "始", "止", "12月31日", "1月1日",
    "e\u{301}", "\u{302A}", "\u{F9B2}", "\u{F98E}", "\u{212B}", "Å", "\u{037E}", "😀", "👍🏽", "🇨🇳", "𠀀", "한국", "\u{0600}",
    "a", "Z", "Ａ", "ｚ", "0", "9", "lǐng", "shù",
  ]

  /// `count` texts of up to `maxPieces` pieces each.
  static func texts(count: Int, maxPieces: Int, seed: UInt64) -> [String] {
    var generator = Generator(seed: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 1...maxPieces, using: &generator)
      return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }
  }

  /// The seed reports' texts, as decoded.
  static func seedTexts() throws -> [String] {
    try (0..<Fixtures.seedNames.count).map { try SourceReader().read(Fixtures.seed($0)).text }
  }

  /// The lines of `texts`, cut at `\n`.
  static func lines(of texts: [String]) -> [String] {
    texts.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
  }
}
