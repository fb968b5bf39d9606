import Foundation
import Testing

@testable import DisclosureKit

/// The scanner passes over most scalars by their lead byte; decoding every
/// scalar must find exactly the same.
@Suite("Noise scanner fast path")
struct NoiseScannerFastPathTests {
  static let pieces = [
    "政府信息公开", "锟斤拷", "烫烫烫", "屯屯屯", "â€", "â", "(lǐng)", "（jiàn）", "(ling)", "(", "（", "?!巴夤_", "？！中",
    "?", "？", "<span", "</SPAN>", "&nbsp;", "&amp;", "<br/>", "</p>", "<DIV", "<td>", "<font", "/span>", "\u{FFFD}",
    "\u{FFFD}\u{FFFD}", "é", "😀", "\n", " ", "abc", "123", "锟", "烫", "屯", "中文，标点。",
  ]

  @Test func findsWhatDecodingEveryScalarFinds() {
    var generator = SplitMix64(seed: 0x401_5E)
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<(1 + Int(generator.next() % 30)) {
        text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      }
      #expect(_NoiseScanner.scan(text) == _NoiseScanner.scan(text, skippingLeads: false), "\(text)")
    }
  }

  @Test(arguments: JSONWriterTests.fixturePaths)
  func findsWhatDecodingEveryScalarFindsInEveryFixture(_ path: String) throws {
    guard let text = try? ReportParser().document(data: Fixtures.data(path)).text.text else { return }
    let findings = _NoiseScanner.scan(text)
    #expect(findings == _NoiseScanner.scan(text, skippingLeads: false))
  }
}
