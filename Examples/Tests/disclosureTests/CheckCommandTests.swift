import Foundation
import Testing

@Suite("disclosure check")
struct CheckCommandTests {
  @Test("one heading line per file, in argument order, then the summary")
  func layout() throws {
    let result = try Command.run(["check", "Reports/xiejiaji-2020.txt", "Reports/guangzhou-2018.txt"])
    #expect(result.status == 0 || result.status == 1)
    #expect(result.stderr == "")
    let headings = result.stdoutLines.filter { $0.hasPrefix("Reports/") }
    #expect(headings.count == 2)
    #expect(headings.first?.hasPrefix("Reports/xiejiaji-2020.txt: ") == true)
    #expect(headings.last?.hasPrefix("Reports/guangzhou-2018.txt: ") == true)
    let summary = try #require(result.stdoutLines.last)
    #expect(summary.hasPrefix("Checked 2 reports: "))
    // Exit 1 exactly when an error was counted.
    #expect((result.status == 1) == !summary.contains(": 0 errors"))
  }

  @Test(
    "the 常州 2019 report (seed 000) has errors: exit 1, each shown with its code")
  func changzhouHasErrors() throws {
    let result = try Command.run(["check", "Reports/changzhou-2019.txt"])
    #expect(result.status == 1)
    let heading = try #require(result.stdoutLines.first)
    #expect(heading.hasPrefix("Reports/changzhou-2019.txt: "))
    #expect(!heading.contains(" 0 errors"))
    // Its headings of tables 2–4 stand over no table.
    for table in ["activeDisclosure", "requests", "reviewLitigation"] {
      #expect(
        result.stdoutLines.contains { $0.hasPrefix("  error[table.missing]: ") && $0.contains("(\(table))") },
        "table.missing for \(table)")
    }
  }

  @Test("diagnostics with a range show the source line and a caret")
  func excerpts() throws {
    let result = try Command.run(["check", "Reports", "--quiet"])
    let lines = result.stdoutLines
    // Every caret line sits right under a numbered source line with the same gutter.
    for (index, line) in lines.enumerated() where line.hasPrefix("    ") && line.contains(" | ") {
      let trimmed = line.drop { $0 == " " }
      guard trimmed.first == "|" else { continue }
      #expect(trimmed.contains("^"))
      let above = lines[index - 1]
      #expect(above.firstIndex(of: "|") == line.firstIndex(of: "|"))
    }
  }
}

@Suite("disclosure outline")
struct OutlineCommandTests {
  @Test("template, extractor, confidence and the section tree")
  func fields() throws {
    let result = try Command.run(["outline", "Reports/xiejiaji-2020.txt"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdoutLines
    #expect(lines.first == "source:     xiejiaji-2020.txt (text, utf-8, 23150 bytes)")
    #expect(lines.contains { $0.hasPrefix("template:   ") })
    #expect(lines.contains { $0.hasPrefix("extractor:  ") })
    #expect(lines.contains { $0.hasPrefix("confidence: ") })
    #expect(lines.contains("sections:"))
    #expect(lines.contains("tables:"))
  }

  @Test("the metadata and the section tree, indented by level")
  func tree() throws {
    let result = try Command.run(["outline", "Reports/xiejiaji-2020.txt"])
    let lines = result.stdoutLines
    #expect(lines.contains("title:      谢家集区人民政府2020年政府信息公开工作年度报告"))
    #expect(lines.contains("agency:     谢家集区人民政府"))
    #expect(lines.contains("year:       2020"))
    #expect(lines.contains("published:  2021-02-19"))
    #expect(lines.contains("period:     2020-01-01 to 2020-12-31"))
    let sections = lines.drop { $0 != "sections:" }.dropFirst().prefix { !$0.isEmpty }
    let level1 = sections.filter { $0.hasPrefix("  1 ") }.map { $0.dropFirst(4).prefix { $0 != " " } }
    #expect(
      level1 == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在问题及改进措施", "六、其他需要报告的事项",
      ])
    #expect(sections.contains("    2 (一)主动公开政府信息情况"))
    #expect(sections.contains("      3 1)围绕贯彻落实十九届四中全会精神加强用权公开。"))
  }

  @Test("level-1 sections carry their kind")
  func kinds() throws {
    let result = try Command.run(["outline", "Reports/xiejiaji-2020.txt"])
    let lines = result.stdoutLines
    #expect(lines.contains("  1 一、总体情况  [overview]"))
    #expect(lines.contains("  1 二、主动公开政府信息情况  [proactiveDisclosure]"))
    #expect(lines.contains("  1 六、其他需要报告的事项  [other]"))
  }

  @Test("a directory is a usage error")
  func directory() throws {
    let result = try Command.run(["outline", "Reports"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("outline takes one file"))
  }

  @Test("a missing file: exit 2 and its name")
  func missing() throws {
    let result = try Command.run(["outline", "Reports/none.txt"])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["disclosure: Reports/none.txt: no such file or directory"])
  }
}

@Suite("disclosure --help")
struct HelpTests {
  @Test("every command's help has examples", arguments: [[], ["extract"], ["check"], ["outline"]])
  func help(_ command: [String]) throws {
    let result = try Command.run(command + ["--help"])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("Examples:"))
    #expect(result.stdoutText.contains("disclosure \(command.first ?? "extract") "))
  }
}
