@testable import DisclosureKit

/// Builds what the Input stage hands over for an HTML table — the rendered
/// text (one line per row, cells joined by ` | `) and the grid with spans
/// expanded — so the table tests need not wait for the HTML reader.
struct HTMLTableBuilder {
  struct Cell {
    var text: String
    var rowspan = 1
    var colspan = 1
    init(_ text: String, rowspan: Int = 1, colspan: Int = 1) {
      self.text = text
      self.rowspan = rowspan
      self.colspan = colspan
    }
  }

  private(set) var text = ""
  private(set) var tables: [SourceDocument.Table] = []

  mutating func line(_ line: String) {
    text += line + "\n"
  }

  /// Appends one table given as rows of cells with spans.
  mutating func table(_ rows: [[Cell]]) {
    let tableStart = text.utf8.count
    var grid: [[SourceDocument.Cell?]] = []
    for (r, row) in rows.enumerated() {
      while grid.count <= r { grid.append([]) }
      var rendered: [String] = []
      var lineOffset = text.utf8.count
      var c = 0
      for cell in row {
        while c < grid[r].count, grid[r][c] != nil { c += 1 }
        if !rendered.isEmpty { lineOffset += 3 }
        let range = SourceRange(start: lineOffset, end: lineOffset + cell.text.utf8.count)
        lineOffset += cell.text.utf8.count
        rendered.append(cell.text)
        for dr in 0..<cell.rowspan {
          for dc in 0..<cell.colspan {
            let rr = r + dr
            let cc = c + dc
            while grid.count <= rr { grid.append([]) }
            while grid[rr].count <= cc { grid[rr].append(nil) }
            grid[rr][cc] = SourceDocument.Cell(text: cell.text, range: range, isSpanCopy: dr > 0 || dc > 0)
          }
        }
        c += cell.colspan
      }
      text += rendered.joined(separator: " | ") + "\n"
    }
    let width = grid.map(\.count).max() ?? 0
    let end = text.utf8.count
    let expanded = grid.map { row in
      (0..<width).map { c in
        (c < row.count ? row[c] : nil) ?? SourceDocument.Cell(text: "", range: SourceRange(start: end, end: end))
      }
    }
    tables.append(SourceDocument.Table(rows: expanded, range: SourceRange(start: tableStart, end: end)))
  }

  typealias C = Cell

  /// Table 2, 2019 edition, with seed 001's values.
  mutating func seed001Table2() {
    func group(_ item: String, _ headers: [String], _ rows: [(String, [String])]) -> [[C]] {
      // A group of two columns spans its last one over the table's fourth.
      func spread(_ texts: [String]) -> [C] {
        texts.count == 4 ? texts.map { C($0) } : [C(texts[0]), C(texts[1]), C(texts[2], colspan: 2)]
      }
      return [[C(item, colspan: 4)], spread(headers)] + rows.map { spread([$0.0] + $0.1) }
    }
    var rows: [[C]] = []
    rows += group(
      "第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], [("规章", ["0", "0", "0"]), ("规范性文件", ["2", "2", "13"])])
    rows += group(
      "第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      [("行政许可", ["62", "0", "1226"]), ("其他对外管理服务事项", ["189", "0", "0"])])
    rows += group(
      "第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      [("行政处罚", ["1269", "0", "208"]), ("行政强制", ["39", "0", "0"])])
    rows += group("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], [("行政事业性收费", ["0", "0"])])
    rows += group("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], [("政府集中采购", ["242", "1814万元"])])
    table(rows)
  }

  /// Table 2, 2021 edition: one-column groups span their value over three columns.
  mutating func table2Edition2021() {
    func single(_ item: String, _ header: String, _ rows: [(String, String)]) -> [[C]] {
      [[C(item, colspan: 4)], [C("信息内容"), C(header, colspan: 3)]] + rows.map { [C($0.0), C($0.1, colspan: 3)] }
    }
    var rows: [[C]] = [
      [C("第二十条第（一）项", colspan: 4)],
      [C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")],
      [C("规章"), C("1"), C("0"), C("5")],
      [C("行政规范性文件"), C("12"), C("3"), C("48")],
    ]
    rows += single("第二十条第（五）项", "本年处理决定数量", [("行政许可", "3520")])
    rows += single("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "214"), ("行政强制", "7")])
    rows += single("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", "12.35")])
    table(rows)
  }

  /// Table 3 with real spans; `values` by row key, `subtotal` adds a 法人或其他组织 小计 column,
  /// `deniedSubtotal` a 小计 row (with its values) closing the 不予公开 block.
  mutating func table3(
    edition: Int, values: [String: [Int]], subtotal: Bool = false, deniedSubtotal: [Int]? = nil
  ) {
    let template = edition == 2021 ? TableTemplate.requests2021 : TableTemplate.requests2019
    func cells(_ key: String) -> [C] {
      let v = values[key] ?? [0, 0, 0, 0, 0, 0, 0]
      let sub = v[1] + v[2] + v[3] + v[4] + v[5]
      let all = subtotal ? [v[0], sub] + Array(v[1...]) : v
      return all.map { C(String($0)) }
    }
    var rows: [[C]] = [
      [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan: 3, colspan: 3), C("申请人情况", colspan: subtotal ? 8 : 7)],
      [C("自然人", rowspan: 2), C("法人或其他组织", colspan: subtotal ? 6 : 5), C("总计", rowspan: 2)],
      (subtotal ? [C("小计")] : []) + ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map { C($0) },
      [C("一、本年新收政府信息公开申请数量", colspan: 3)] + cells("newRequests"),
      [C("二、上年结转政府信息公开申请数量", colspan: 3)] + cells("carriedOver"),
    ]
    let resultRows = template.rows.filter { !["newRequests", "carriedOver", "carriedForward"].contains($0.key) }
    let groups: [String: (String, Int)] = [
      "denied.stateSecret": ("（三）不予公开", deniedSubtotal == nil ? 8 : 9), "unableToProvide.notHeld": ("（四）无法提供", 3),
      "notProcessed.petition": ("（五）不予处理", 5), "otherHandling.overdueCorrection": ("（六）其他处理", 3),
    ]
    let numbered: [String: String] = [
      "granted": "（一）", "partiallyGranted": "（二）", "otherHandling": "（六）", "totalHandled": "（七）",
    ]
    var inGroup = 0
    var number = 0
    for (index, row) in resultRows.enumerated() {
      var line: [C] = []
      if index == 0 { line.append(C("三、本年度办理结果", rowspan: resultRows.count + (deniedSubtotal == nil ? 0 : 1))) }
      if let (label, span) = groups[row.key] {
        line.append(C(label, rowspan: span))
        inGroup = span
        number = 0
      }
      if inGroup > 0 {
        number += 1
        inGroup -= 1
        line.append(C("\(number).\(row.labels[0])"))
      } else {
        let label = row.key == "partiallyGranted" ? "部分公开（区分处理的，只计这一情形，不计其他情形）" : row.labels[0]
        line.append(C((numbered[row.key] ?? "") + label, colspan: 2))
      }
      rows.append(line + cells(row.key))
      if row.key == "denied.administrativeQuery", let deniedSubtotal {
        let v = deniedSubtotal
        let all = subtotal ? [v[0], v[1] + v[2] + v[3] + v[4] + v[5]] + Array(v[1...]) : v
        rows.append([C("小计")] + all.map { C(String($0)) })
        inGroup = 0
      }
    }
    rows.append([C("四、结转下年度继续办理", colspan: 3)] + cells("carriedForward"))
    table(rows)
  }

  /// Table 4 with its two-level header and one row of fifteen values.
  mutating func table4(_ values: [Int]) {
    let columns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    table([
      [C("行政复议", colspan: 5), C("行政诉讼", colspan: 10)],
      columns.map { C($0, rowspan: 2) } + [C("未经复议直接起诉", colspan: 5), C("复议后起诉", colspan: 5)],
      (columns + columns).map { C($0) },
      values.map { C(String($0)) },
    ])
  }
}
