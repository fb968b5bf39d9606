import Foundation
import Testing

@testable import DisclosureKit

@Suite("PinyinAnnotations")
struct PinyinAnnotationsTests {
  @Test(arguments: [
    ("領(lǐng)導", "领导"),
    ("關(guān)於", "关于"),
    ("關（guān）於領（lǐng）導和數(shù)據(jù)", "关于领导和数据"),
    ("数(shu4)据", "数据"),
    ("绿(lǜ)色", "绿色"),
    ("(一)围绕重点领域", "(一)围绕重点领域"),
    ("报告按照《条例》(以下简称《条例》)", "报告按照《条例》(以下简称《条例》)"),
    ("广州市(2018年2月21日)", "广州市(2018年2月21日)"),
    ("公开(网址:http://www.gzzwb.gov.cn)", "公开(网址:http://www.gzzwb.gov.cn)"),
    ("系统(app)和附件(a)和文件(pdf)", "系统(app)和附件(a)和文件(pdf)"),
    ("第(1)项和表(an)", "第(1)项和表(an)"),
    ("x(lǐng)", "x(lǐng)"),
    ("领(lǐngg)", "领(lǐngg)"),
  ])
  func removesAnnotationsOnly(_ input: String, _ expected: String) throws {
    #expect(try normalized(input).text == expected)
  }

  @Test(arguments: [0, 4])
  func leavesNoAnnotationInTheTraditionalSeeds(_ seed: Int) throws {
    let text = try normalizedSeed(seed).text
    let annotation = try Regex(#"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[1-5]?[)）]"#)
    #expect(text.firstMatch(of: annotation) == nil)
    #expect(text.contains("在市委、市政府的领导下") || text.contains("规定,现公布广州市政务服务数据管理局"))
  }

  @Test func recognisesSyllables() {
    #expect(PinyinAnnotations.isSyllable(Array("zhuang".utf8)))
    #expect(PinyinAnnotations.isSyllable(Array("lv".utf8)))
    #expect(PinyinAnnotations.isSyllable(Array("er".utf8)))
    #expect(!PinyinAnnotations.isSyllable(Array("app".utf8)))
    #expect(!PinyinAnnotations.isSyllable(Array("pdf".utf8)))
  }
}
