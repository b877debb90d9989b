// encat-import's reader over tables built in memory (tabular::Workbook values)
// and CSV text: every finding code it reports (T001–T005, E002, E006, and the
// validation findings mapped back to rows), each with a table that triggers
// it and good data that stays quiet; and the cell parsers.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../loading.h"
#include "import/import.h"
#include "model/catalog.h"

using namespace encat;
using namespace encat::import;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A sheet of text cells (a name makes it an xlsx sheet); `numbers` are (row, col) stored as numbers.
tabular::Workbook workbook(const Rows& rows, const std::string& name = "Sheet1",
                           std::vector<std::pair<uint32_t, uint32_t>> numbers = {}, std::vector<tabular::Range> merged = {}) {
  tabular::Workbook book;
  tabular::Sheet sheet;
  sheet.name = name;
  for (size_t r = 0; r < rows.size(); ++r) {
    sheet.rows.emplace_back();
    for (size_t c = 0; c < rows[r].size(); ++c) {
      tabular::Cell cell;
      cell.text = rows[r][c];
      cell.row = static_cast<uint32_t>(r + 1);
      cell.col = static_cast<uint32_t>(c + 1);
      cell.number = std::find(numbers.begin(), numbers.end(), std::make_pair(cell.row, cell.col)) != numbers.end();
      sheet.rows.back().push_back(cell);
    }
  }
  sheet.merged = std::move(merged);
  book.sheets.push_back(std::move(sheet));
  return book;
}

Options unified_options() {
  Options o;
  o.kind = model::Kind::Unified;
  o.id = "zj-unified-2022";
  o.header.region = "330000";
  return o;
}

Imported run(const tabular::Workbook& book, const Options& options = unified_options()) {
  model::LoadOptions load;
  load.jobs = 1;
  return import_workbook(book, {}, "t.xlsx", options, load);
}

Imported run_csv(const std::string& csv, const Options& options = unified_options()) {
  model::LoadOptions load;
  load.jobs = 1;
  return import_bytes(csv, "t.csv", options, load);
}

// The findings' codes in order, `T003 T003`.
std::string codes(const Imported& imported) {
  std::string out;
  for (const Finding& f : imported.findings) out += (out.empty() ? "" : " ") + std::string(f.info().id);
  return out;
}

const Rows good_rows = {
    {"浙江省综合行政执法事项统一目录（2022年）"},
    {"发文机关：浙江省人民政府办公厅", "文号：浙政办发〔2022〕38号", "施行日期：2022年7月1日"},
    {"序号", "事项代码", "事项名称", "法律依据", "划转范围", "具体职责边界", "划出部门"},
    {"一、档案（共 2 项）"},
    {"1", "330275012000", "对档案服务企业在服务过程中丢失国有档案的行政处罚", "《中华人民共和国档案法》第四十八条、第四十九条第二款",
     "全部", "档案主管部门负责档案服务企业的监管。", "档案局"},
    {"2", "330275015000", "对买卖或者非法转让属于国家所有的档案的行政处罚",
     "《中华人民共和国档案法》第四十八条\n《浙江省档案管理条例》第三十条", "部分（仅限国有档案）", "", "档案局"},
    {"共 1 个领域 2 项"},
};

}  // namespace

TEST_CASE("a published table reads back: header rows, domain rows, laws split, 部分 split, summary checked") {
  const Imported imported = run(workbook(good_rows));
  CHECK(imported.findings.empty());
  CHECK(imported.records == 2);
  REQUIRE_FALSE(imported.yaml.empty());
  const model::Catalog c = test::load_clean(imported.yaml);
  CHECK(c.title == "浙江省综合行政执法事项统一目录（2022年）");
  CHECK(c.issuer == "浙江省人民政府办公厅");
  CHECK(c.document_number == "浙政办发〔2022〕38号");
  CHECK(c.effective_text == "2022-07-01");
  CHECK(c.edition == 2022);
  REQUIRE(c.matters.size() == 2);
  CHECK(c.matters[0].domain == "档案");
  CHECK(c.matters[0].power == model::Power::Penalty);  // from the name
  REQUIRE(c.matters[0].basis.size() == 1);
  CHECK(c.matters[0].basis[0].law == "中华人民共和国档案法");
  CHECK(c.matters[0].basis[0].articles == std::vector<std::string_view>{"第四十八条", "第四十九条第二款"});
  CHECK(c.matters[1].basis.size() == 2);
  CHECK(c.matters[1].scope == model::Scope::Partial);
  CHECK(c.matters[1].scope_note == "仅限国有档案");
}

TEST_CASE("flags win over the table's header rows") {
  Options o = unified_options();
  o.header.title = "另一个标题（2023年）";
  o.header.effective = "2023-01-01";
  const Imported imported = run(workbook(good_rows), o);
  REQUIRE(imported.findings.empty());
  const model::Catalog c = test::load_clean(imported.yaml);
  CHECK(c.title == "另一个标题（2023年）");
  CHECK(c.edition == 2023);
  CHECK(c.effective_text == "2023-01-01");
}

TEST_CASE("T001: a CSV quote never closed is unreadable; a sheet named by --sheet that is not there too") {
  const Imported bad = run_csv("事项代码,事项名称\n330275012000,\"对档案\n");
  CHECK(codes(bad) == "T001");
  CHECK(bad.unreadable);
  CHECK(bad.yaml.empty());
  CHECK(bad.findings[0].location.line == 2);
  Options o = unified_options();
  o.sheet = "附件2";
  const Imported missing = run(workbook(good_rows), o);
  CHECK(codes(missing) == "T001");
  CHECK(missing.unreadable);
  o.sheet = "Sheet1";
  CHECK(run(workbook(good_rows), o).findings.empty());
}

TEST_CASE("E002 names GB18030 and how to read it; E006 for a legacy .xls") {
  // 档案 in GB18030.
  const std::string gb = "\xb5\xb5\xb0\xb8,\xb5\xb5\xb0\xb8\n";
  const Imported imported = run_csv(gb);
  REQUIRE(codes(imported) == "E002");
  CHECK(imported.unreadable);
  bool named = false;
  for (const Note& n : imported.findings[0].notes) named = named || n.text.en.find("--encoding gb18030") != std::string::npos;
  CHECK(named);
  const Imported xls = run_csv(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'));
  CHECK(codes(xls) == "E006");
  CHECK(xls.unreadable);
  Options small = unified_options();
  small.limits.max_bytes = 10;
  const Imported large = run_csv("事项代码,事项名称\n330275012000,对档案的行政处罚\n", small);
  CHECK(codes(large) == "E006");
  CHECK(large.unreadable);
}

TEST_CASE("T002: no row names both a code and a name column; synonyms are found") {
  const Imported none = run(workbook({{"标题"}, {"权责编号", "权责事项"}, {"330275012000", "对…的行政处罚"}}));
  CHECK(codes(none) == "T002");
  CHECK_FALSE(none.unreadable);
  CHECK(none.yaml.empty());
  const Imported synonyms = run(workbook({{"职权编码", "职权名称", "领域", "实施依据", "划转范围", "原实施部门"},
                                          {"330275012000", "对档案服务企业丢失国有档案的行政处罚", "档案",
                                           "《中华人民共和国档案法》第四十八条", "全部", "档案局"}}));
  CHECK(codes(synonyms) == "E004 E004 E004");  // no title, edition, effective: no header rows, no flags
  Options o = unified_options();
  o.header.title = "T";
  o.header.effective = "2022-07-01";
  CHECK(run(workbook({{"职权编码", "职权名称", "领域", "实施依据", "划转范围", "原实施部门"},
                      {"330275012000", "对档案服务企业丢失国有档案的行政处罚", "档案", "《中华人民共和国档案法》第四十八条",
                       "全部", "档案局"}}),
            o)
            .findings.empty());
}

TEST_CASE("T003: cells that cannot be read, at their row and column, with the cell named") {
  Rows rows = good_rows;
  rows[4][4] = "大部分";          // E5: 划转范围
  rows[5][2] = "";                // C6: 事项名称
  rows.insert(rows.begin() + 6, {"3", "33-0275", "对买卖档案的行政处罚", "依据不明《", "全部", "", "档案局"});
  rows[3] = {"一、档案（共 3 项）"};
  rows.back() = {"共 1 个领域 3 项"};
  const Imported imported = run(workbook(rows));
  REQUIRE(codes(imported) == "T003 T003 T003 T003");
  CHECK(imported.yaml.empty());
  CHECK(imported.findings[0].location.line == 5);
  CHECK(imported.findings[0].location.column == 5);
  CHECK(imported.findings[0].notes[0].text.zh == "工作表 Sheet1，单元格 E5");
  CHECK(imported.findings[1].location.line == 6);
  CHECK(imported.findings[1].location.column == 3);
  CHECK(imported.findings[2].location.line == 7);  // the code
  CHECK(imported.findings[2].location.column == 2);
  CHECK(imported.findings[3].location.column == 4);  // the law
}

TEST_CASE("T003: the words of 职权类型, 下放类别, 状态, 事项特征 and a domain that is nowhere") {
  const Rows rows = {{"事项代码", "事项名称", "法律依据", "划转范围", "划出部门", "职权类型", "下放类别", "状态", "事项特征"},
                     {"330275012000", "对档案的行政处罚", "《档案法》第一条", "全部", "档案局", "处罚", "下放", "停用", "常见"}};
  const Imported imported = run(workbook(rows));
  CHECK(codes(imported) == "T003 T003 T003 T003 T003");  // domain, power, tier, status, trait
  CHECK(imported.findings[0].message.en.find("domain") != std::string::npos);
}

TEST_CASE("T003: a 施行日期 row that is no date, at its cell") {
  Rows rows = good_rows;
  rows[1][2] = "施行日期：另行通知";
  const Imported imported = run(workbook(rows));
  REQUIRE(codes(imported) == "T003");
  CHECK(imported.findings[0].location.line == 2);
  CHECK(imported.findings[0].location.column == 3);
  CHECK(imported.yaml.empty());
}

TEST_CASE("T004: a code stored as a number is a warning; the catalog is still written") {
  const tabular::Workbook book = workbook(good_rows, "Sheet1", {{5, 2}});
  const Imported imported = run(book);
  CHECK(codes(imported) == "T004");
  CHECK(imported.findings[0].severity == Severity::Warning);
  CHECK(imported.findings[0].location.line == 5);
  CHECK_FALSE(imported.yaml.empty());
  // A number in exponent form is written as its digits.
  Rows rows = good_rows;
  rows[4][1] = "3.30275012E11";
  const Imported exponent = run(workbook(rows, "Sheet1", {{5, 2}}));
  CHECK(test::load_clean(exponent.yaml).matters[0].code == "330275012000");
}

TEST_CASE("T005: domain rows, 合计 rows and the summary are checked against the rows read") {
  Rows rows = good_rows;
  rows[3] = {"一、档案（共 3 项）"};
  rows[6] = {"共 1 个领域 5 项"};
  rows.insert(rows.begin() + 6, {"合计", "", "2项"});
  const Imported imported = run(workbook(rows));
  CHECK(codes(imported) == "T005 T005");
  CHECK(imported.findings[0].location.line == 4);
  CHECK(imported.findings[1].location.line == 8);
  CHECK_FALSE(imported.yaml.empty());
}

TEST_CASE("a merged domain column fills down; blank rows and extra columns are skipped (with a note)") {
  const Rows rows = {{"序号", "执法领域", "事项代码", "事项名称", "法律依据", "划转范围", "划出部门", "联系电话"},
                     {"1", "档案", "330275012000", "对档案甲的行政处罚", "《档案法》第一条", "全部", "档案局", "123"},
                     {"", "", "", "", "", "", "", ""},
                     {"2", "", "330275013000", "对档案乙的\n行政处罚", "《档案法》第二条", "全部", "档案局", ""}};
  Options o = unified_options();
  o.header.title = "T";
  o.header.effective = "2022-07-01";
  const Imported imported = run(workbook(rows, "Sheet1", {}, {{2, 2, 4, 2}}), o);
  REQUIRE(imported.findings.empty());
  CHECK(imported.notes.size() == 1);
  const model::Catalog c = test::load_clean(imported.yaml);
  REQUIRE(c.matters.size() == 2);
  CHECK(c.matters[1].domain == "档案");
  CHECK(c.matters[1].name == "对档案乙的行政处罚");
}

TEST_CASE("validation findings (E101, E102) point at the rows of the table") {
  Rows rows = good_rows;
  rows[5][1] = "330275012000";  // repeats row 5's code
  rows[5][4] = "部分";          // without its note
  const Imported imported = run(workbook(rows));
  REQUIRE(codes(imported) == "E101 E102");
  CHECK(imported.findings[0].location.file == "t.xlsx");
  CHECK(imported.findings[0].location.line == 6);
  CHECK(imported.findings[0].location.column == 2);
  CHECK(imported.findings[0].notes.back().text.zh.find("t.xlsx:5:2") != std::string::npos);
  CHECK(imported.findings[1].location.line == 6);
  CHECK(imported.findings[1].location.column == 5);
  CHECK(imported.yaml.empty());
}

TEST_CASE("a township table: entries by code with their notes; supervision: claims, covers, inspections") {
  Options t;
  t.kind = model::Kind::Township;
  t.id = "jiangshan-hecun-2022";
  t.header.region = "330881102";
  t.header.draws_from = {"zj-unified-2022"};
  const Imported township = run(workbook({{"贺村镇综合行政执法事项目录清单（2022年）"},
                                          {"施行日期：2022年10月1日"},
                                          {"序号", "事项代码", "事项名称", "执法领域", "下放类别", "备注"},
                                          {"1", "330275012000", "对…的行政处罚", "档案", "可放可不放", "与村级网格联动"},
                                          {"2", "330275015000", "对…的行政处罚", "档案", "必须下放", ""},
                                          {"共 1 个领域 2 项"}}),
                                t);
  REQUIRE(township.findings.empty());
  const model::Catalog c = test::load_clean(township.yaml);
  CHECK(c.county == "330881");
  REQUIRE(c.entries.size() == 2);
  CHECK(c.entries[0].note == "与村级网格联动");

  Options s;
  s.kind = model::Kind::Supervision;
  s.id = "jiangshan-supervision-2022";
  s.header.region = "330881";
  s.header.title = "江山市监管事项清单（2022年）";
  s.header.effective = "2022-07-01";
  const Imported supervision = run(workbook({{"序号", "监管事项代码", "监管事项名称", "认领部门", "对应执法事项", "检查方式", "年度检查次数"},
                                             {"1", "JG330881-0001", "对档案的监督检查", "档案局", "330275012000、330275015000",
                                              "随机抽查", "2021年3次、2022年5次"}}),
                                   s);
  REQUIRE(supervision.findings.empty());
  const model::Catalog sc = test::load_clean(supervision.yaml);
  REQUIRE(sc.supervision.size() == 1);
  CHECK(sc.supervision[0].covers.size() == 2);
  CHECK(sc.supervision[0].inspections == model::YearCounts{{2021, 3}, {2022, 5}});
}

TEST_CASE("cells: cleaning, one line, punctuation, header names") {
  CHECK(detail::clean("  档案\r\n  局 \u3000") == "档案\n局");
  CHECK(detail::clean("ＡＢ１２") == "AB12");
  CHECK(detail::one_line("对档案\n的行政处罚") == "对档案的行政处罚");
  CHECK(detail::one_line("ISO\n9001") == "ISO 9001");
  CHECK(detail::full_width_punctuation("受理投诉,举报;移送(仅限)") == "受理投诉，举报；移送（仅限）");
  CHECK(detail::full_width_punctuation("ISO 9001, part (2)") == "ISO 9001, part (2)");
  CHECK(detail::header_key(" 事项\n代码* ") == "事项代码");
  CHECK(detail::header_key("事项名称（全称）") == "事项名称(全称)");
}

TEST_CASE("cells: the fast paths give what the general ones give") {
  // Plain ASCII is kept as it is; anything else goes the general way.
  CHECK(detail::clean("330275012000") == "330275012000");
  CHECK(detail::clean(" 330275012000") == "330275012000");
  CHECK(detail::clean("a\tb") == "a\tb");
  CHECK(detail::clean("\xEF\xBB\xBF\u200B档\u3000案\n\n\u00A0局") == "档\u3000案\n局");
  CHECK(detail::clean("\r\n \r") == "");
  CHECK(detail::one_line("档案") == "档案");
  CHECK(detail::one_line("a\n\nb") == "a  b");
  CHECK(detail::one_line("档案\nISO") == "档案ISO");
  CHECK(detail::full_width_punctuation("对档案的行政处罚") == "对档案的行政处罚");
  CHECK(detail::full_width_punctuation("档案 ， 文物") == "档案，文物");
  CHECK(detail::header_key("ＡＢ：事项代码＊") == "AB事项代码");
  // total_row's cheap rejection: a matter's row (序号 and code joined) is no total, a count after digits is.
  CHECK_FALSE(detail::total_row("1330275012000对档案的行政处罚"));
  CHECK_FALSE(detail::total_row("档案"));
  CHECK(detail::total_row(" １３ 个领域 90 项")->count == 90);
  CHECK(detail::total_row("\u3000共计：13项")->count == 13);
}

TEST_CASE("cells: 法律依据 split into laws and articles, the inverse of publish::basis_text") {
  auto laws = [](const std::string& text) {
    std::vector<std::string> out;
    const auto split = detail::split_basis(text);
    if (!split) return std::vector<std::string>{"<none>"};
    for (const auto& b : *split) {
      std::string line = b.law + ":";
      for (const auto& a : b.articles) line += a + "|";
      out.push_back(line);
    }
    return out;
  };
  CHECK(laws("《中华人民共和国档案法》第四十八条、第四十九条第二款") ==
        std::vector<std::string>{"中华人民共和国档案法:第四十八条|第四十九条第二款|"});
  CHECK(laws("《甲法》第一条\n《乙条例》第二条") == std::vector<std::string>{"甲法:第一条|", "乙条例:第二条|"});
  CHECK(laws("《甲法》第一条；《乙条例》第二条、第三条") == std::vector<std::string>{"甲法:第一条|", "乙条例:第二条|第三条|"});
  CHECK(laws("《甲法》第一条、《乙条例》") == std::vector<std::string>{"甲法:第一条|", "乙条例:"});
  CHECK(laws("《浙江省实施《中华人民共和国人民防空法》办法》第十条") ==
        std::vector<std::string>{"浙江省实施《中华人民共和国人民防空法》办法:第十条|"});
  CHECK(laws("中华人民共和国档案法第四十八条") == std::vector<std::string>{"中华人民共和国档案法:第四十八条|"});
  CHECK(laws("《甲法》第一条、\n第二条") == std::vector<std::string>{"甲法:第一条|第二条|"});
  CHECK(laws("1.《甲法》第一条") == std::vector<std::string>{"甲法:第一条|"});
  CHECK(laws("依据《甲法》第一条") == std::vector<std::string>{"<none>"});
  CHECK(laws("《甲法第一条") == std::vector<std::string>{"<none>"});
  CHECK(laws("") == std::vector<std::string>{"<none>"});
}

TEST_CASE("cells: dates, domain rows, totals") {
  CHECK(detail::find_date("2022年7月1日") == "2022-07-01");
  CHECK(detail::find_date("自2022年07月01日起施行") == "2022-07-01");
  CHECK(detail::find_date("2022-7-1") == "2022-07-01");
  CHECK(detail::find_date("2022/07/01") == "2022-07-01");
  CHECK_FALSE(detail::find_date("2022年13月1日"));
  CHECK_FALSE(detail::find_date("浙政办发〔2022〕38号"));

  auto domain = [](const std::string& t) {
    const auto d = detail::domain_row(t);
    return d ? d->domain + "/" + std::to_string(d->count) : std::string("<none>");
  };
  CHECK(domain("一、档案（共 13 项）") == "档案/13");
  CHECK(domain("一、档案(共13项)") == "档案/13");
  CHECK(domain("二十五、交通运输") == "交通运输/-1");
  CHECK(domain("十一、住房城乡建设（12项）") == "住房城乡建设/12");
  CHECK(domain("一、对档案的监管，受理投诉") == "<none>");
  CHECK(domain("档案") == "<none>");
  // An adjustment notice's sub-headings.
  CHECK(domain("（一）住房城乡建设（共 6 项）") == "住房城乡建设/6");
  CHECK(domain("(十一)应急管理(共2项)") == "应急管理/2");
  CHECK(domain("（一）") == "<none>");
  CHECK(domain("（1）档案") == "<none>");

  auto total = [](const std::string& t) {
    const auto r = detail::total_row(t);
    return r ? std::to_string(r->domains) + "/" + std::to_string(r->count) + (r->subtotal ? "s" : "") : std::string("<none>");
  };
  CHECK(total("共 13 个领域 90 项") == "13/90");
  CHECK(total("16个领域共264项") == "16/264");
  CHECK(total("共 90 项") == "-1/90");
  CHECK(total("合计") == "-1/-1");
  CHECK(total("合计：13项") == "-1/13");
  CHECK(total("小计 4 项") == "-1/4s");
  CHECK(total("330275012000") == "<none>");
  CHECK(total("合计罚款") == "<none>");
}

TEST_CASE("T002: a header with no matter rows below it says so, naming the header's row") {
  const Imported only = run_csv("标题\n事项代码,事项名称,法律依据\n");
  REQUIRE(codes(only) == "T002");
  CHECK_FALSE(only.unreadable);
  CHECK(only.yaml.empty());
  CHECK(only.findings[0].message.zh == "表头行（第 2 行）下面没有事项行");
  CHECK(only.findings[0].message.en == "no matter rows follow the header row (row 2)");
  CHECK(only.findings[0].location.line == 0);
  // Blank rows and a domain row are no matter rows either (the domain row's count is a T005 besides).
  CHECK(codes(run_csv("事项代码,事项名称\n\n一、档案（共 2 项）\n,\n")) == "T002 T005");
  // A township table with no entries: the same.
  Options township = unified_options();
  township.kind = model::Kind::Township;
  CHECK(codes(run_csv("序号,事项代码,事项名称,执法领域,下放类别,备注\n", township)) == "T002");
}

TEST_CASE("T002: a table with no text at all is said to be empty; an empty file is T001") {
  const Imported blank = run_csv("\n,,\n\n");
  REQUIRE(codes(blank) == "T002");
  CHECK(blank.findings[0].message.en == "the table is empty: no cell has any text");
  const Imported empty = run_csv("");
  REQUIRE(codes(empty) == "T001");
  CHECK(empty.unreadable);
  CHECK(empty.findings[0].message.zh == "`t.csv` 是空文件");
}

TEST_CASE("read_table: a file named .xlsx is read as xlsx, .xls as legacy Excel, whatever the bytes") {
  model::LoadOptions load;
  load.jobs = 1;
  for (const char* name : {"e.xlsx", "E.XLSX", "n.Xlsx"}) {
    for (const std::string& bytes : {std::string(), std::string("hello\n"), std::string("\x93\xff\x00\x10random", 10)}) {
      const Imported imported = import_bytes(bytes, name, unified_options(), load);
      REQUIRE(codes(imported) == "T001");
      CHECK(imported.unreadable);
      CHECK(imported.findings[0].message.en.find("is not a valid xlsx (zip) file") != std::string::npos);
      CHECK(imported.findings[0].location.line == 0);
    }
  }
  const Imported xls = import_bytes("<html>表</html>", "old.XLS", unified_options(), load);
  REQUIRE(codes(xls) == "E006");
  CHECK(xls.findings[0].message.en.find("legacy Excel (.xls)") != std::string::npos);
  // A .csv is CSV unless its bytes are a zip.
  CHECK(codes(import_bytes("hello\n", "n.csv", unified_options(), load)) == "T002");
  CHECK(codes(import_bytes(std::string("PK\3\4", 4) + "x", "z.csv", unified_options(), load)) == "T001");
}

namespace {

// The shape of `encat-publish --changes-from`: a part per kind of change, each with its header, domains as sub-headings.
const std::string changes_csv =
    "浙江省综合行政执法事项统一目录（2022年）调整公告\n"
    "一、新增事项（共 2 项）\n"
    "序号,事项代码,事项名称,法律依据,划转范围,具体职责边界,划出部门\n"
    "（一）档案（共 1 项）\n"
    "1,330275012000,对档案服务企业在服务过程中丢失国有档案的行政处罚,《中华人民共和国档案法》第四十八条,全部,,档案局\n"
    "（二）文物（共 1 项）\n"
    "2,330276001000,对擅自修缮不可移动文物的行政处罚,《中华人民共和国文物保护法》第六十六条,全部,,文物局\n"
    "二、取消事项（共 1 项）\n"
    "序号,事项代码,事项名称,执法领域,备注\n"
    "（一）档案（共 1 项）\n"
    "1,330275015000,对买卖国有档案的行政处罚,档案,\n";

// The shape of `encat-publish --townships`: a paragraph and a header per group of townships.
const std::string townships_csv =
    "乡镇（街道）综合行政执法事项目录清单（330881，2022年）\n"
    "对双塔街道，以其自身名义行使档案等1个领域1项行政处罚权。\n"
    "序号,事项代码,事项名称,执法领域,下放类别,备注\n"
    "1,330275012000,对档案服务企业在服务过程中丢失国有档案的行政处罚,档案,必须下放,\n"
    "对虎山街道，以其自身名义行使档案等1个领域1项行政处罚权。\n"
    "序号,事项代码,事项名称,执法领域,下放类别,备注\n"
    "1,330275015000,对买卖国有档案的行政处罚,档案,必须下放,\n";

}  // namespace

TEST_CASE("T002: a table of several parts (an adjustment notice, a townships notice) is one finding where the second starts") {
  // Without its headings of kinds of change, an adjustment notice's second header is found.
  std::string parts = changes_csv;
  parts.erase(parts.find("一、新增事项"), parts.find('\n', parts.find("一、新增事项")) + 1 - parts.find("一、新增事项"));
  const Imported changes = run_csv(parts);
  REQUIRE(codes(changes) == "T002");
  CHECK(changes.findings[0].location.line == 7);  // 二、取消事项, the heading above the second header
  CHECK(changes.findings[0].location.column == 1);
  CHECK(changes.findings[0].message.en ==
        "the table holds several parts (an adjustment notice or a county's townships notice) and another starts at this "
        "row: encat-import reads one catalog's table");
  REQUIRE(changes.findings[0].notes.size() == 2);
  CHECK(changes.findings[0].notes[1].text.en.find("encat-publish --catalog ID --columns full --all") != std::string::npos);
  CHECK(changes.yaml.empty());

  Options township = unified_options();
  township.kind = model::Kind::Township;
  township.header.region = "330881001";
  for (const Options& o : {township, unified_options()}) {
    const Imported towns = run_csv(townships_csv, o);
    REQUIRE(codes(towns) == "T002");
    CHECK(towns.findings[0].location.line == 5);  // the second group's paragraph
  }
  // A second header with other columns straight after rows is a part too.
  CHECK(run_csv("事项代码,事项名称,执法领域\n330275012000,对档案的行政处罚,档案\n事项代码,事项名称,备注\n")
            .findings.at(0)
            .location.line == 3);
}

TEST_CASE("T002: a heading of a kind of change above the header is one part of an adjustment notice") {
  // The notice whole, or one of its xlsx's sheets (a sheet per kind of change): found at the first heading.
  for (const std::string& table : {changes_csv, changes_csv.substr(0, changes_csv.find("二、取消事项"))}) {
    const Imported changes = run_csv(table);
    REQUIRE(codes(changes) == "T002");
    CHECK(changes.findings[0].location.line == 2);
    CHECK(changes.findings[0].message.en ==
          "this is one part of an adjustment notice (`新增事项`), not a catalog's table: encat-import reads one catalog's table");
    CHECK(changes.yaml.empty());
  }
  CHECK(run_csv("一、收回赋权事项（共 1 项）\n序号,事项代码,事项名称,执法领域,备注\n1,330275015000,对买卖国有档案的行政处罚,档案,\n")
            .findings.at(0)
            .message.en.find("(`收回赋权事项`)") != std::string::npos);
}

TEST_CASE("T002 parts stay quiet: the first part without its heading reads, a header repeated per page is skipped") {
  // The first part of the adjustment notice: its （一） sub-headings are domain rows, checked against their counts.
  std::string first = changes_csv.substr(0, changes_csv.find("二、取消事项"));
  first.erase(first.find("一、新增事项"), first.find('\n', first.find("一、新增事项")) + 1 - first.find("一、新增事项"));
  Options o = unified_options();
  o.header.effective = "2022-07-01";
  const Imported imported = run_csv(first, o);
  CHECK(codes(imported) == "");
  REQUIRE(imported.records == 2);
  const model::Catalog c = test::load_clean(imported.yaml);
  CHECK(c.matters[0].domain == "档案");
  CHECK(c.matters[1].domain == "文物");
  o.header.title = "浙江省综合行政执法事项统一目录（2022年）";
  // A header repeated after a domain row (a page break of a converted attachment) is no part.
  const Imported paged = run_csv(
      "事项代码,事项名称,法律依据,划转范围,划出部门\n一、档案（共 1 项）\n"
      "330275012000,对档案服务企业丢失国有档案的行政处罚,《中华人民共和国档案法》第四十八条,全部,档案局\n"
      "二、文物（共 1 项）\n事项代码,事项名称,法律依据,划转范围,划出部门\n"
      "330276001000,对擅自修缮不可移动文物的行政处罚,《中华人民共和国文物保护法》第六十六条,全部,文物局\n",
      o);
  CHECK(codes(paged) == "");
  CHECK(paged.records == 2);
}
