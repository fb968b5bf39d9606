import Foundation
import Testing

@testable import DisclosureKit

@Suite("ScriptFolding")
struct ScriptFoldingTests {
  /// Folds every code point of `text` through the generated table.
  static func foldByTable(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let folded = ScriptFolding.simplified(scalar.value), let simplified = Unicode.Scalar(folded) {
        scalars.append(simplified)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  @Test(arguments: [0, 4])
  func tableAgreesWithICUOnTheTraditionalSeeds(_ seed: Int) throws {
    let text = String(decoding: try Fixtures.seed(seed), as: UTF8.self)
    let icu = try #require(text.applyingTransform(StringTransform("Hant-Hans"), reverse: false))
    let table = Self.foldByTable(text)
    // Compare scalar by scalar so a difference names the character.
    let differences = zip(icu.unicodeScalars, table.unicodeScalars).filter { $0 != $1 }.map { "\($0)≠\($1)" }
    #expect(differences.isEmpty)
    #expect(icu.unicodeScalars.count == table.unicodeScalars.count)
  }

  @Test func tableHasEveryMappingTheGeneratorRecorded() {
    #expect(ScriptFolding.table.count == 3080)
    #expect(ScriptFolding.simplified(0x9818) == 0x9886)  // 領 → 领
    #expect(ScriptFolding.simplified(0x95DC) == 0x5173)  // 關 → 关
    #expect(ScriptFolding.simplified(0x4E00) == nil)  // 一
    #expect(ScriptFolding.isSimplifiedOnly(0x9886))
    #expect(!ScriptFolding.isSimplifiedOnly(0x9818))
  }

  @Test(arguments: [
    (0, NormalizedText.Script.traditional), (1, .simplified), (2, .simplified), (3, .simplified), (4, .traditional),
  ])
  func detectsTheScriptOfEachSeed(_ seed: Int, _ script: NormalizedText.Script) throws {
    let text = try Normalizer().normalize(SourceReader().read(try Fixtures.seed(seed)))
    #expect(text.script == script)
  }

  @Test func foldsSeed000() throws {
    let text = try Normalizer().normalize(SourceReader().read(try Fixtures.seed(0))).text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "常州市政务服务管理办公室2019年政府信息公开工作年度报告")
    #expect(
      lines[1].hasPrefix(
        "一、总体情况 2019年,常州市政务服务管理办公室在市委、市政府的领导下,深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大、"
          + "十九届四中全会精神,坚决贯彻落实国务院、省政府和市政府关于全面推进政务公开的系列部署,"))
    let problems: [String] = [
      "五、存在的主要问题及改进情况 (一)主要问题 一是公开的认识需进一步加强,相关的制度规范和具体实践需进一步完善健全;二是门户网站建设需进一步加强。",
      "内容管理、政务公开专栏与公开的要求有一定差距,信息发布缺乏集群效应。三是公开工作机制不够健全,公开意识和能力尚需加强。",
      " (二)2020年改进措施 一是继续做好重点领域公开,推动高质量信息公开;二是进一步加大门户网站的整合建设力度,推动平台渠道整合协同发展;",
      "三是进一步完善和规范网站政务公开专栏设置,提升政务公开工作内容和各类信息的可见性、易查性,推动政务公开标准化规范化水平;",
      "四是通过制度建设把政务公开要求贯穿于办文办会办事等日常工作中,进一步强化公开制度和能力建设。 七、其他需要报告的事项 ",
      "常州市公共资源服务平台通过市大数据管理局的大数据平台,归结市房管局、国土资源局、财政局、城乡建设局、交通局、水利局、卫计委、食药监局相关信息。",
      "打造集信息公开、交易办理、进度查询、业务咨询于一体的一站式、全时段综合服务平台,实现公共资源交易全流程透明化。",
      "逐步开展公共资源交易服务大数据分析,把握和预判公众信息需求,提供按需定制、精准推送的智能化、个性化服务,变被动服务为主动服务。",
    ]
    #expect(Array(lines[2...4]) == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"])
    #expect(lines[5] == problems.joined())
    #expect(lines.count == 6)
  }

  @Test func foldsSeed004() throws {
    let text = try Normalizer().normalize(SourceReader().read(try Fixtures.seed(4))).text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "(2018年2月21日)")
    #expect(lines[1].hasPrefix("根据《中华人民共和国政府信息公开条例》的规定,现公布广州市政务服务数据管理局信息公开工作年度报告。"))
    #expect(lines[2] == "(网址:http://www.gzzwb.gov.cn/gzszwb/zwgk/zwgk.shtml)")
    #expect(lines[4] == "一、概述")
    #expect(lines.last?.hasPrefix("随着“放管服”改革的不断深化,群众对政务服务各项改革举措的需求不断增加,") == true)
    #expect(lines.last?.hasSuffix("促进政策落地生效,提高企业和群众对政策的获得感。") == true)
    // Mojibake from the source page is kept as it is (not folded into something else).
    #expect(text.contains("其中属已主动公开范围的1宗,占1.12%?!巴夤_”的71宗,占总数的79.77%,"))
  }

  @Test func simplifiedTextIsNotFolded() throws {
    let document = try SourceReader().read(Data("乾隆年间的著作，显著成效，本机关主动公开政府信息".utf8))
    let text = Normalizer().normalize(document)
    #expect(text.script == .simplified)
    #expect(text.text == "乾隆年间的著作，显著成效，本机关主动公开政府信息")
  }

  /// Traditional prose around simplified tables: the prose lines fold on
  /// their own vote, the simplified lines (乾隆, 著作 among simplified-only
  /// characters) stay, and a note says so with the range folded.
  @Test func traditionalLinesInASimplifiedTextFold() throws {
    let input = [
      "松溪縣人民政府2020年政府信息公開工作年度報告",
      "乾隆年间的著作，显著成效，本机关主动公开政府信息",
      "| 规范性文件 | 5 | 5 | 37 |",
      "| 行政许可 | 84 | -2 | 1530 |",
      "| 其他对外管理服务事项 | 126 | 3 | 0 |",
      "| 本年新收政府信息公开申请数量 | 44 | 0 | 0 | 0 | 0 | 0 | 44 |",
      "| 上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ].joined(separator: "\n")
    let text = Normalizer().normalize(try SourceReader().read(Data(input.utf8)))
    #expect(text.script == .simplified)
    let lines = text.text.split(separator: "\n").map(String.init)
    #expect(lines.first == "松溪县人民政府2020年政府信息公开工作年度报告")
    #expect(lines.dropFirst().first == "乾隆年间的著作，显著成效，本机关主动公开政府信息")
    let notes = text.diagnostics.filter { $0.code == .mixedScript }
    #expect(notes.count == 1)
    #expect(notes.first?.severity == .info)
    #expect(notes.first?.location?.range == SourceRange(start: 0, end: lines[0].utf8.count))
  }

  /// On one line, sentences ending in 。 vote on their own.
  @Test func traditionalSentencesOnOneLineFold() throws {
    let simplified = "本机关主动公开政府信息这个发开关门们为说对。"
    let input = simplified + simplified + "全年主動公開政府信息2316條，受理申請44件。" + simplified
    let text = Normalizer().normalize(try SourceReader().read(Data(input.utf8)))
    #expect(text.script == .simplified)
    #expect(text.text == simplified + simplified + "全年主动公开政府信息2316条，受理申请44件。" + simplified)
  }

  /// One folding character, or folding characters among as many
  /// simplified-only ones, is no traditional segment.
  @Test(arguments: ["乾坤已定\n本机关主动公开", "著作乾坤这个发开关\n本机关主动公开"])
  func weakVotesDoNotFold(_ input: String) throws {
    let text = Normalizer().normalize(try SourceReader().read(Data(input.utf8)))
    #expect(text.text == input)
    #expect(!text.diagnostics.contains { $0.code == .mixedScript })
  }
}
