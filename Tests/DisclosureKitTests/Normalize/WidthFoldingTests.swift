import Foundation
import Testing

@testable import DisclosureKit

@Suite("WidthFolding")
struct WidthFoldingTests {
  @Test func foldsDigitsLettersPercentAndSpacesButKeepsCJKPunctuation() throws {
    let input = "（一）受理１２３件，占４５．６％；ＡＢｃ：\u{3000}共\u{A0}计\u{2003}件。(二)"
    #expect(try normalized(input).text == "（一）受理123件，占45.6%；ABc： 共 计 件。(二)")
  }

  @Test func foldsLineBreaksAndRemovesInvisibles() throws {
    let input = "\u{FEFF}甲\u{200B}乙\u{00AD}\r\n丙\r丁\u{0C}戊\u{0007}\t己   \n\n\n\n\n庚\n\n辛\n\n\n壬\n"
    #expect(try normalized(input).text == "甲乙\n丙\n丁\n戊\t己\n\n庚\n\n辛\n\n\n壬")
  }

  @Test func actions() {
    #expect(WidthFolding.action(for: 0xFF11) == .replace(UInt8(ascii: "1")))
    #expect(WidthFolding.action(for: 0xFF08) == .keep)  // （
    #expect(WidthFolding.action(for: 0xFF0C) == .keep)  // ，
    #expect(WidthFolding.action(for: 0x3000) == .replace(0x20))
    #expect(WidthFolding.action(for: 0x200B) == .remove)
  }
}
