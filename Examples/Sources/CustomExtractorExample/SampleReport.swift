/// A small made-up report with a table 5 in pipe rows, as a scraper leaves a
/// table it flattened. Its 合计 row is off by one in the requests column, so
/// the identity check has something to say.
let sampleReport = """
  某某市公共资源局2022年政府信息公开工作年度报告

  一、总体情况
  2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，推进公共企事业单位信息公开。

  二、公共企事业单位信息公开情况
  表五 公共企事业单位信息公开情况
  行业 | 公开信息单位数 | 主动公开信息条数 | 收到公开申请数
  教育 | 12 | 340 | 5
  卫生健康 | 8 | 415 | 9
  供水 | 2 | 96 | 0
  公共交通 | 3 | 169 | 1
  合计 | 25 | 1020 | 16

  三、存在的主要问题及改进情况
  部分单位公开内容不够及时。
  """
