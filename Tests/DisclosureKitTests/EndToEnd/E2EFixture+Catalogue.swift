import DisclosureKit

extension E2EFixture {
  /// Every end-to-end fixture under `Fixtures/e2e/`.
  static let all: [E2EFixture] = [
    html2021, getText2021, pipeTraditional2019, oneLine2019, narrative2016, broken2021, editionMismatch2021,
    layout2019, workSummary2022, newsArticle,
    // The same reports in other forms scrapers leave: the expectations do not change.
    narrative2016.saved(as: "2016-narrative-one-line.txt"), pipeTraditional2019.saved(as: "2019-tabs-traditional.txt"),
    html2021.saved(as: "2021-html-page.gb2312.html"), html2021.saved(as: "2021-html-split-tables.html"),
    layout2019.saved(as: "2019-layout-crlf.txt"), getText2019,
    broken2021.saved(as: "2021-broken-table3-cn-date.txt"), pipeTraditional2019.saved(as: "2019-pipe-fullwidth.md"),
    html2021.saved(as: "2021-html-word-export.html"), narrative2016.saved(as: "2016-narrative.html"),
    getText2021.saved(as: "2021-gettext-no-newlines.txt"), html2021.saved(as: "2021-html-title-in-head.html"),
    mixedScript2019,
  ]

  /// Traditional prose around tables left in simplified script: the text
  /// is mostly simplified by count (the tables' 235 simplified-only
  /// characters outweigh the prose's 110 that fold), so it is reported as
  /// simplified, and the traditional lines are folded on their own vote —
  /// the same title, agency, outline and facts as the traditional original —
  /// with a `text.mixedScript` note.
  static let mixedScript2019: E2EFixture = {
    var fixture = pipeTraditional2019.saved(as: "2019-pipe-mixed-script.md")
    fixture.script = "simplified"
    fixture.diagnostics += ["text.mixedScript"]
    return fixture
  }()

  /// Table 2 rows of the 2019 edition whose glued digits no identity can
  /// split (`规范性文件5537`: 5|5|37 or 55|3|7).
  static let ambiguous2019 = [
    "normativeDocuments", "licensing", "otherManagementServices", "penalties", "coercion", "procurement",
  ]

  /// A 2019-edition report from `get_text()`: each table on one line, cells
  /// run together, a negative change (`行政许可84-21530`), money glued (`231814万元`).
  static let getText2019 = E2EFixture(
    file: "2019-gettext.txt", template: "standard2019", title: "郁林县人民政府2020年政府信息公开工作年度报告",
    agency: "郁林县人民政府", year: 2020, published: "2021-01-26", period: ("2020-01-01", "2020-12-31"),
    outline: outlineShort,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2019, "requests": E2ETables.requests2019,
      "reviewLitigation": E2ETables.reviewLitigation2019,
    ],
    ambiguousRows: Set(ambiguous2019.map { "activeDisclosure." + $0 }),
    facts: [("proactiveDisclosed", 1675, "主动公开政府信息1675条"), ("requestsReceived", 44, "受理政府信息公开申请44件")],
    diagnostics: ambiguous2019.map { "table.ambiguousSplit[activeDisclosure/\($0)]" })

  /// This fixture's report saved as `file` in another form.
  func saved(as file: String) -> E2EFixture {
    var copy = self
    copy.file = file
    return copy
  }

  static let outline2021: [(heading: String, kind: SectionKind)] = [
    ("一、总体情况", .overview), ("二、主动公开政府信息情况", .proactiveDisclosure),
    ("三、收到和处理政府信息公开申请情况", .requests), ("四、政府信息公开行政复议、行政诉讼情况", .reviewLitigation),
    ("五、政府信息公开工作存在的主要问题及改进情况", .problems), ("六、其他需要报告的事项", .other),
  ]

  static let outlineShort: [(heading: String, kind: SectionKind)] = [
    ("一、总体情况", .overview), ("二、主动公开政府信息情况", .proactiveDisclosure),
    ("三、收到和处理政府信息公开申请情况", .requests), ("四、政府信息公开行政复议、行政诉讼情况", .reviewLitigation),
    ("五、存在的主要问题及改进情况", .problems), ("六、其他需要报告的事项", .other),
  ]

  static let facts2022: [(key: String, value: Double, quote: String)] = [
    ("proactiveDisclosed", 5836, "主动公开政府信息5836条"), ("policyInterpretations", 63, "政策解读63条"),
    ("pressConferences", 14, "新闻发布会14场"), ("requestsReceived", 245, "收到政府信息公开申请245件"),
    ("feesCollected", 0, "未收取信息处理费"),
  ]

  /// 1. A government-site HTML page: furniture, a breadcrumb, real `<table>`
  /// grids with three-row headers, spans, `<p>`/`<span>` in cells, two
  /// `&nbsp;` cells.
  static let html2021 = E2EFixture(
    file: "2021-html-page.html", template: "standard2021", title: "青禾市临川区人民政府2022年政府信息公开工作年度报告",
    agency: "青禾市临川区人民政府", year: 2022, published: "2023-01-20", period: ("2022-01-01", "2022-12-31"),
    outline: outline2021,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2021, "requests": E2ETables.requests2021Blanks,
      "reviewLitigation": E2ETables.reviewLitigation2021,
    ],
    facts: facts2022, diagnostics: ["arithmetic.blankAsZero[requests]", "table.blankCells[requests]"])

  /// 2. The same page as GB18030 text from BeautifulSoup's `get_text()`:
  /// every table on one line, cells run together with no separator.
  static let getText2021 = E2EFixture(
    file: "2021-gettext.gb18030.txt", template: "standard2021",
    title: "青禾市临川区人民政府2022年政府信息公开工作年度报告", agency: "青禾市临川区人民政府", year: 2022,
    published: "2023-01-20", period: ("2022-01-01", "2022-12-31"), outline: outline2021,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2021, "requests": E2ETables.requests2021Blanks,
      "reviewLitigation": E2ETables.reviewLitigation2021,
    ],
    ambiguousRows: ["activeDisclosure.normativeDocuments"], facts: facts2022,
    diagnostics: [
      "arithmetic.blankAsZero[requests]", "table.ambiguousSplit[activeDisclosure/normativeDocuments]",
      "table.blankCells[requests]",
    ])

  /// 3. A 2019-edition report for 2020 in markdown pipe rows, the prose in
  /// traditional script.
  static let pipeTraditional2019 = E2EFixture(
    file: "2019-pipe-traditional.md", template: "standard2019", title: "松溪县人民政府2020年政府信息公开工作年度报告",
    agency: "松溪县人民政府", year: 2020, published: "2021-01-28", period: ("2020-01-01", "2020-12-31"),
    script: "traditional", outline: outlineShort,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2019, "requests": E2ETables.requests2019,
      "reviewLitigation": E2ETables.reviewLitigation2019,
    ],
    facts: [("proactiveDisclosed", 2316, "主动公开政府信息2316条"), ("requestsReceived", 44, "受理政府信息公开申请44件")])

  /// 4. A 2019-edition report with no line break at all; the tables are
  /// one cell per line collapsed with spaces.
  static let oneLine2019 = E2EFixture(
    file: "2019-one-line.txt", template: "standard2019", title: "梅林镇人民政府2019年政府信息公开工作年度报告",
    agency: "梅林镇人民政府", year: 2019, published: "2020-01-20", period: ("2019-01-01", "2019-12-31"),
    outline: outlineShort,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2019, "requests": E2ETables.requests2019,
      "reviewLitigation": E2ETables.reviewLitigation2019,
    ],
    facts: [("proactiveDisclosed", 612, "主动公开政府信息612条"), ("requestsReceived", 44, "收到政府信息公开申请44件")])

  /// 5. A pre-2019 narrative report with its statistics table at the end.
  static let narrative2016 = E2EFixture(
    file: "2016-narrative.txt", template: "narrativePre2019", title: "白沙县人民政府2016年政府信息公开工作年度报告",
    agency: "白沙县人民政府", year: 2016, published: "2017-03-28", period: ("2016-01-01", "2016-12-31"),
    outline: [
      ("一、概述", .overview), ("二、主动公开政府信息情况", .proactiveDisclosure), ("三、依申请公开政府信息情况", .requests),
      ("四、政府信息公开的收费及减免情况", .fees), ("五、因政府信息公开申请行政复议、提起行政诉讼的情况", .reviewLitigation),
      ("六、存在的主要问题和改进措施", .problems), ("七、其他需要报告的事项", .other),
    ],
    facts: [
      ("proactiveDisclosed", 3852, "主动公开政府信息3852条"), ("pressConferences", 12, "新闻发布会12场"),
      ("requestsReceived", 58, "收到政府信息公开申请58件"), ("requestsByChannel.online", 41, "网上申请41件"),
      ("requestsByChannel.letter", 12, "信函申请12件"), ("requestsByChannel.inPerson", 5, "当面申请5件"),
      ("answersGranted", 39, "同意公开39件"), ("answersPartial", 6, "部分公开6件"), ("answersDenied", 4, "不予公开4件"),
      ("answersNotHeld", 7, "信息不存在7件"), ("answersNotThisAgency", 2, "非本机关职责范围2件"),
      ("feesCollected", 0, "未收取任何费用"), ("reviewCases", 3, "行政复议案件3件"),
      ("reviewUpheld", 2, "维持具体行政行为2件"), ("reviewCorrected", 1, "纠正1件"), ("litigationCases", 1, "行政诉讼案件1件"),
    ])

  /// 6a. A 2021-edition report whose table 3 misprints one cell: exactly the
  /// identities through that cell fail.
  static let broken2021 = E2EFixture(
    file: "2021-broken-table3.txt", template: "standard2021", title: "江口县交通运输局2021年政府信息公开工作年度报告",
    agency: "江口县交通运输局", year: 2021, published: "2022-01-25", period: ("2021-01-01", "2021-12-31"),
    outline: outlineShort,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2021, "requests": E2ETables.requests2021Broken,
      "reviewLitigation": E2ETables.reviewLitigation2021,
    ],
    facts: [
      ("proactiveDisclosed", 1208, "主动公开政府信息1208条"), ("requestsReceived", 245, "收到政府信息公开申请245件"),
      ("feesCollected", 0, "未收取信息处理费"),
    ],
    diagnostics: ["table3.results[requests/totalHandled/naturalPerson]", "table3.rowTotal[requests/granted/total]"])

  /// 6b. A report for 2021 still printing the 2019 forms.
  static let editionMismatch2021 = E2EFixture(
    file: "2021-on-2019-forms.txt", template: "standard2019", title: "江口县卫生健康局2021年政府信息公开工作年度报告",
    agency: "江口县卫生健康局", year: 2021, published: "2022-01-18", period: ("2021-01-01", "2021-12-31"),
    outline: outlineShort,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2019, "requests": E2ETables.requests2019,
      "reviewLitigation": E2ETables.reviewLitigation2019,
    ],
    facts: [("proactiveDisclosed", 1208, "主动公开政府信息1208条"), ("feesCollected", 0, "未收取信息处理费")],
    diagnostics: ["table.editionMismatch[activeDisclosure]", "table.editionMismatch[requests]"])

  /// 7. A 2019-edition report from `pdftotext -layout`: space-aligned
  /// columns, wrapped labels, a page break, spaces around every number.
  static let layout2019 = E2EFixture(
    file: "2019-layout.txt", template: "standard2019", title: "金溪区人民政府2020年政府信息公开工作年度报告",
    agency: "金溪区人民政府", year: 2020, published: "2021-01-22", period: ("2020-01-01", "2020-12-31"),
    outline: outlineShort,
    tables: [
      "activeDisclosure": E2ETables.activeDisclosure2019, "requests": E2ETables.requests2019,
      "reviewLitigation": E2ETables.reviewLitigation2019,
    ],
    facts: [("proactiveDisclosed", 4120, "4120"), ("requestsReceived", 44, "44")])

  /// A work summary published under the report's name.
  static let workSummary2022 = E2EFixture(
    file: "2022-work-summary.txt", template: "workSummary", title: "龙潭街道办事处2022年政府信息公开工作总结和2023年工作打算",
    agency: "龙潭街道办事处", year: 2022, published: "2023-01-10",
    outline: [("一、工作开展情况", .unknown), ("二、存在的不足", .unknown), ("三、2023年工作打算", .unknown)],
    facts: [
      ("mention", 326, "主动公开政府信息326条"), ("proactiveDisclosed", 326, "主动公开政府信息326条"),
      ("mention", 12, "政策解读12篇"), ("policyInterpretations", 12, "政策解读12篇"),
      ("mention", 3, "依申请公开3件"), ("requestsReceived", 3, "依申请公开3件"),
    ],
    diagnostics: ["document.notStatutoryFormat"])

  /// 8. A news article from the same site. With no report title, the year
  /// is the one the text names most often (``MetadataReader``'s fallback).
  static let newsArticle = E2EFixture(
    file: "news-article.html", template: "unknown", title: nil, agency: nil, year: 2023, published: "2023-03-02",
    diagnostics: ["document.unknownTemplate"])
}
