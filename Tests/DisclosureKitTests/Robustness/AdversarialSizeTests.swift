import Foundation
import Testing

@testable import DisclosureKit

/// Inputs whose size is the attack: over the input limit they fail with the
/// exact typed error before any work; a scaled version within the limit runs
/// the whole pipeline with work linear in its size.
@Suite("AdversarialSize")
struct AdversarialSizeTests {
  static let limit = ParseLimits.default.maxInputBytes

  @Test func hundredMegabytesOnOneLineExceedTheLimit() {
    let data = Data(repeating: UInt8(ascii: "a"), count: 100_000_000)
    let (result, meter) = Metered.parse(data)
    #expect(throws: InputError.limitExceeded(limit: 64 << 20, actual: 100_000_000)) { try result.get() }
    // Refused before reading: no byte was decoded, tokenised or rendered.
    #expect(meter[.tokens] == 0 && meter[.htmlTokens] == 0)
  }

  @Test func hundredMegabytesOfYiDunExceedTheLimit() {
    let data = Data(String(repeating: "一、", count: 16_666_667).utf8)
    #expect(data.count == 100_000_002)
    let (result, meter) = Metered.parse(data)
    #expect(throws: InputError.limitExceeded(limit: 64 << 20, actual: 100_000_002)) { try result.get() }
    #expect(meter[.tokens] == 0)
  }

  @Test func oneByteOverTheLimitIsRefusedAndTheLimitItselfIsRead() throws {
    let limits = ParseLimits(maxInputBytes: 4096)
    let over = Data(repeating: UInt8(ascii: "a"), count: 4097)
    #expect(throws: InputError.limitExceeded(limit: 4096, actual: 4097)) {
      try Metered.read(over, limits: limits).result.get()
    }
    let at = Data(repeating: UInt8(ascii: "a"), count: 4096)
    let document = try Metered.read(at, limits: limits).result.get()
    #expect(document.byteCount == 4096)
  }

  /// A seed with every line break removed, repeated to `bytes`.
  static func oneLineBody(bytes: Int) throws -> Data {
    let seed = String(decoding: try Fixtures.seed(1), as: UTF8.self).split(whereSeparator: \.isNewline).joined()
    var text = ""
    text.reserveCapacity(bytes + seed.utf8.count)
    while text.utf8.count < bytes { text += seed }
    return Data(text.utf8)
  }

  /// The stages before structure (read, normalise, tokenise, headings) on
  /// `data`, counting the work.
  static func frontStages(_ data: Data) throws -> (text: NormalizedText, sections: SectionTree, meter: _WorkMeter) {
    let meter = _WorkMeter()
    return try _WorkMeter.$current.withValue(meter) {
      let source = try SourceReader().read(data)
      let text = Normalizer().normalize(source)
      let tokens = Lexer().tokenize(text.text)
      let sections = HeadingDetector(vocabulary: ReportParser().registry.vocabulary).detect(in: text, tokens: tokens)
      return (text, sections, meter)
    }
  }

  // The in-limit cases are sized for debug-build tests on two shared cores:
  // the whole pipeline on a few hundred kilobytes, the front stages on
  // megabytes. The bounds are work counts, so the sizes only set the run time.

  /// The whole body on one line, 256 KiB and 512 KiB: both parse, every
  /// bound holds, and twice the input is at most twice the tokens (plus one
  /// repetition's worth at the seam).
  @Test func aLongSingleLineParsesWithLinearWork() throws {
    let small = try Self.oneLineBody(bytes: 256 << 10)
    let large = try Self.oneLineBody(bytes: 512 << 10)
    let (smallResult, smallMeter) = Metered.parse(small)
    let (largeResult, largeMeter) = Metered.parse(large)
    let smallReport = try smallResult.get()
    let largeReport = try largeResult.get()
    Metered.expectBounded(smallReport, smallMeter, inputBytes: small.count)
    Metered.expectBounded(largeReport, largeMeter, inputBytes: large.count)
    #expect(largeReport.source.bytes == large.count)
    #expect(largeReport.source.form == "text")
    #expect(largeMeter[.tokens] <= 2 * smallMeter[.tokens] + smallMeter[.tokens] / 8)
    #expect(largeMeter[.splitCandidates] <= 2 * smallMeter[.splitCandidates] + ParseLimits.default.maxSplitCandidates)
  }

  /// A single 4 MiB line through the front stages: one token per word at
  /// most, and the line is never split into more than one section per marker.
  @Test func aFourMegabyteLineThroughTheFrontStages() throws {
    let data = try Self.oneLineBody(bytes: 4 << 20)
    let (text, sections, meter) = try Self.frontStages(data)
    #expect(meter[.inputBytes] == data.count)
    #expect(meter[.tokens] <= text.text.utf8.count)
    #expect(sections.sections.count <= ParseLimits.default.maxSections)
  }

  /// `一、` repeated: every pair is a heading marker; the sections stop at
  /// ``ParseLimits/maxSections``. The front stages on 2 MB, the whole pipeline on 240 KB.
  @Test func yiDunRepeatedWithinTheLimitParses() throws {
    let big = Data(String(repeating: "一、", count: 350_000).utf8)
    let (text, sections, meter) = try Self.frontStages(big)
    #expect(meter[.inputBytes] == 2_100_000)
    #expect(meter[.tokens] <= text.text.utf8.count)
    #expect(sections.sections.count <= ParseLimits.default.maxSections)
    let data = Data(String(repeating: "一、", count: 40_000).utf8)
    let (result, parseMeter) = Metered.parse(data)
    let report = try result.get()
    Metered.expectBounded(report, parseMeter, inputBytes: data.count)
    #expect(report.source.bytes == 240_000)
    #expect(report.tables.isEmpty)
  }

  /// A million tiny lines through the front stages (one token per line);
  /// twenty thousand through the whole pipeline.
  @Test func aMillionTinyLines() throws {
    let million = Data(String(repeating: "x\n", count: 1_000_000).utf8)
    let (_, sections, meter) = try Self.frontStages(million)
    #expect(meter[.inputBytes] == 2_000_000)
    #expect(meter[.tokens] <= 2_000_000)
    #expect(sections.sections.isEmpty)
    let data = Data(String(repeating: "x\n", count: 20_000).utf8)
    let (result, parseMeter) = Metered.parse(data)
    let report = try result.get()
    Metered.expectBounded(report, parseMeter, inputBytes: data.count)
    #expect(report.template == "unknown")
    #expect(report.tables.isEmpty)
  }
}
