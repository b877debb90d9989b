// render_publish_xlsx read back with lib/tabular's read_xlsx: the cells the
// CSV renderer writes, in the same rows; merged title, domain, heading,
// paragraph and summary rows; codes as text (leading zeros kept), 序号 as
// numbers; the same bytes for the same input; libxlsxwriter's refusals as
// XlsxError; no temporary file left behind.
#include <doctest/doctest.h>

#include <dirent.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "present/publish_report.h"
#include "tabular/csv.h"
#include "tabular/xlsx.h"

using namespace encat;
using encat::tabular::Range;

namespace {

publish::Row row(const std::string& index, const std::string& code, const std::string& name, const std::string& basis,
                 const std::string& domain) {
  publish::Row r;
  r.code = code;
  r.domain = domain;
  r.cells = {index, code, name, basis};
  return r;
}

std::vector<publish::Column> columns() {
  return {{"index", "序号"}, {"code", "事项代码"}, {"name", "事项名称"}, {"basis", "法律依据"}};
}

// A notice of one table: two domains, a code with leading zeros, a basis of two laws.
publish::Notice one_table() {
  publish::Notice n;
  n.catalog = "demo-2022";
  n.kind = "unified";
  n.title = "示范统一目录（2022年）";
  n.issuer = "示范省人民政府办公厅";
  n.document = "示政办发〔2022〕38号";
  n.effective = "2022-07-01";
  publish::Part part;
  part.table.columns = columns();
  publish::Group a{"住房城乡建设", "一、住房城乡建设（共 2 项）", {}};
  a.rows.push_back(row("1", "007217001000", "对擅自施工的行政处罚", "《中华人民共和国建筑法》第七条\n《建设工程质量管理条例》第五十七条",
                       "住房城乡建设"));
  a.rows.push_back(row("2", "330217002000", "对=SUM(A1)的行政处罚", "", "住房城乡建设"));
  publish::Group b{"市容环境卫生", "二、市容环境卫生（共 1 项）", {}};
  b.rows.push_back(row("3", "330219001000", "对随地吐痰的行政处罚", "《城市市容和环境卫生管理条例》", "市容环境卫生"));
  part.table.groups = {a, b};
  part.table.domains = 2;
  part.table.rows = 3;
  part.table.summary = "共 2 个领域 3 项";
  n.parts.push_back(part);
  n.summary = "共 2 个领域 3 项";
  return n;
}

// Two headed parts with tables of different columns, as the adjustment notice has.
publish::Notice headed_parts() {
  publish::Notice n = one_table();
  n.kind = "changes";
  n.title = "示范统一目录（2022年）调整公告";
  n.lead = "与《示范统一目录（2021年）》相比，新增事项3项、取消事项1项。";
  n.parts.front().heading = "一、新增事项（共 3 项）";
  publish::Part removed;
  removed.heading = "二、取消事项（共 1 项）";
  removed.table.columns = {{"index", "序号"}, {"code", "事项代码"}, {"name", "事项名称"}};
  publish::Group g{"档案", "（一）档案（共 1 项）", {}};
  publish::Row r;
  r.code = "000100";
  r.cells = {"1", "000100", "对已取消事项的行政处罚"};
  g.rows.push_back(r);
  removed.table.groups = {g};
  removed.table.rows = 1;
  removed.table.domains = 1;
  n.parts.push_back(removed);
  n.summary = "共新增 3 项、取消 1 项";
  return n;
}

tabular::Sheet read_back(const std::string& bytes) {
  REQUIRE(bytes.size() > 4);
  CHECK(bytes.compare(0, 4, "PK\3\4") == 0);
  tabular::Workbook book = tabular::read_xlsx(bytes, "notice.xlsx");
  REQUIRE(book.ok());
  REQUIRE(book.sheets.size() == 1);
  return book.sheets.front();
}

// The sheet's rows as texts, trailing empty cells left out.
std::vector<std::vector<std::string>> texts(const tabular::Sheet& sheet) {
  std::vector<std::vector<std::string>> out;
  for (const auto& cells : sheet.rows) {
    std::vector<std::string> r;
    for (const tabular::Cell& c : cells) r.push_back(c.text);
    while (!r.empty() && r.back().empty()) r.pop_back();
    out.push_back(r);
  }
  return out;
}

// The CSV renderer's rows of the same notice, trailing empty cells left out
// and (rows the XLSX merges over several cells: the facts row) empty cells
// dropped, so the two compare cell for cell.
std::vector<std::vector<std::string>> csv_rows(const publish::Notice& n) {
  tabular::Workbook csv = tabular::read_csv(render::render_publish_csv(n, false), "notice.csv");
  REQUIRE(csv.ok());
  std::vector<std::vector<std::string>> out;
  for (const auto& cells : csv.sheets.front().rows) {
    std::vector<std::string> r;
    for (const tabular::Cell& c : cells) r.push_back(c.text);
    while (!r.empty() && r.back().empty()) r.pop_back();
    out.push_back(r);
  }
  return out;
}

std::vector<std::string> nonempty(const std::vector<std::string>& r) {
  std::vector<std::string> out;
  for (const std::string& t : r)
    if (!t.empty()) out.push_back(t);
  return out;
}

Range whole_row(uint32_t row, uint32_t width) { return {row, 1, row, width}; }

bool has_merge(const tabular::Sheet& s, const Range& r) {
  for (const Range& m : s.merged)
    if (m == r) return true;
  return false;
}

// A fresh, empty folder for TMPDIR, removed afterwards; TMPDIR restored.
struct TempDir {
  std::string path;
  std::optional<std::string> old;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "encat-xlsx-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
    if (const char* t = std::getenv("TMPDIR")) old = t;
    ::setenv("TMPDIR", path.c_str(), 1);
  }
  ~TempDir() {
    if (old)
      ::setenv("TMPDIR", old->c_str(), 1);
    else
      ::unsetenv("TMPDIR");
    std::filesystem::remove_all(path);
  }
  size_t entries() const {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(path)) ++n;
    return n;
  }
};

}  // namespace

TEST_CASE("xlsx: the CSV's rows in the same cells, with merged title, domain and summary rows") {
  const publish::Notice n = one_table();
  const tabular::Sheet s = read_back(render::render_publish_xlsx(n, {}));
  const auto xlsx = texts(s), csv = csv_rows(n);
  REQUIRE(xlsx.size() == csv.size());
  for (size_t i = 0; i < csv.size(); ++i) {
    CAPTURE(i);
    if (i == 1)  // the facts row: each fact in its own cell, merged over as many columns as it needs
      CHECK(nonempty(xlsx[i]) == nonempty(csv[i]));
    else
      CHECK(xlsx[i] == csv[i]);
  }
  CHECK(xlsx[0] == std::vector<std::string>{"示范统一目录（2022年）"});
  CHECK(nonempty(xlsx[1]) ==
        std::vector<std::string>{"发文机关：示范省人民政府办公厅", "文号：示政办发〔2022〕38号", "施行日期：2022年7月1日"});
  CHECK(xlsx[2] == std::vector<std::string>{"序号", "事项代码", "事项名称", "法律依据"});
  CHECK(xlsx[3] == std::vector<std::string>{"一、住房城乡建设（共 2 项）"});
  CHECK(xlsx[4] == std::vector<std::string>{"1", "007217001000", "对擅自施工的行政处罚",
                                            "《中华人民共和国建筑法》第七条\n《建设工程质量管理条例》第五十七条"});
  CHECK(xlsx[5] == std::vector<std::string>{"2", "330217002000", "对=SUM(A1)的行政处罚"});  // text, never a formula
  CHECK(xlsx[8] == std::vector<std::string>{"共 2 个领域 3 项"});
  CHECK(s.name == "示范统一目录（2022年）");

  CHECK(has_merge(s, whole_row(1, 4)));  // title
  CHECK(has_merge(s, whole_row(4, 4)));  // 一、住房城乡建设
  CHECK(has_merge(s, whole_row(7, 4)));  // 二、市容环境卫生
  CHECK(has_merge(s, whole_row(9, 4)));  // the summary
  for (const Range& m : s.merged) CHECK(m.first_row == m.last_row);  // no merge over rows
  for (uint32_t r : {3u, 5u, 6u, 8u}) CHECK(s.merged_at(r, 1) == nullptr);  // header and matter rows are cells
}

TEST_CASE("xlsx: 事项代码 is text (leading zeros kept), 序号 a number") {
  const tabular::Sheet s = read_back(render::render_publish_xlsx(one_table(), {}));
  const tabular::Cell* code = s.cell(5, 2);
  REQUIRE(code);
  CHECK(code->text == "007217001000");
  CHECK_FALSE(code->number);
  for (uint32_t r : {5u, 6u, 8u}) {
    CHECK_FALSE(s.cell(r, 2)->number);
    CHECK(s.cell(r, 1)->number);
  }
  CHECK(s.cell(5, 1)->text == "1");
  CHECK(s.cell(8, 1)->text == "3");
  CHECK_FALSE(s.cell(3, 1)->number);  // the header's 序号
}

TEST_CASE("xlsx: an adjustment notice is a sheet per kind of change, each the title rows, lead, its part and the summary") {
  const publish::Notice n = headed_parts();
  const std::string bytes = render::render_publish_xlsx(n, {});
  const tabular::Workbook book = tabular::read_xlsx(bytes, "notice.xlsx");
  REQUIRE(book.ok());
  REQUIRE(book.sheets.size() == 2);
  CHECK(book.sheets[0].name == "新增事项");
  CHECK(book.sheets[1].name == "取消事项");
  const auto csv = csv_rows(n);
  REQUIRE(csv.size() == 15);  // title, facts, lead; 新增: heading .. row 9; 取消: heading .. row 13; the summary
  auto rows_of = [&](size_t first, size_t last) {  // the notice's first three rows, csv[first..last], the summary
    std::vector<std::vector<std::string>> out(csv.begin(), csv.begin() + 3);
    out.insert(out.end(), csv.begin() + static_cast<std::ptrdiff_t>(first), csv.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    out.push_back(csv.back());
    return out;
  };
  const std::vector<std::vector<std::vector<std::string>>> expected{rows_of(3, 9), rows_of(10, 13)};
  for (size_t k = 0; k < 2; ++k) {
    CAPTURE(k);
    const auto xlsx = texts(book.sheets[k]);
    REQUIRE(xlsx.size() == expected[k].size());
    for (size_t i = 0; i < xlsx.size(); ++i) {
      CAPTURE(i);
      if (i == 1)
        CHECK(nonempty(xlsx[i]) == nonempty(expected[k][i]));
      else
        CHECK(xlsx[i] == expected[k][i]);
    }
  }
  const tabular::Sheet& added = book.sheets[0];
  const tabular::Sheet& removed = book.sheets[1];
  CHECK(texts(added)[2] == std::vector<std::string>{"与《示范统一目录（2021年）》相比，新增事项3项、取消事项1项。"});
  CHECK(texts(added)[3] == std::vector<std::string>{"一、新增事项（共 3 项）"});
  CHECK(texts(added)[4] == std::vector<std::string>{"序号", "事项代码", "事项名称", "法律依据"});
  CHECK(texts(removed)[3] == std::vector<std::string>{"二、取消事项（共 1 项）"});
  CHECK(texts(removed)[4] == std::vector<std::string>{"序号", "事项代码", "事项名称"});
  CHECK(texts(removed)[5] == std::vector<std::string>{"（一）档案（共 1 项）"});
  CHECK(texts(removed)[6] == std::vector<std::string>{"1", "000100", "对已取消事项的行政处罚"});
  CHECK(texts(removed)[7] == std::vector<std::string>{"共新增 3 项、取消 1 项"});
  CHECK_FALSE(removed.cell(7, 2)->number);
  // Each sheet as wide as its own table: 4 columns, 3.
  for (uint32_t r : {1u, 3u, 4u, 6u, 9u, 11u}) CHECK(has_merge(added, whole_row(r, 4)));
  for (uint32_t r : {1u, 3u, 4u, 6u, 8u}) CHECK(has_merge(removed, whole_row(r, 3)));
  CHECK(render::render_publish_xlsx(n, {}) == bytes);  // the same bytes each time
  // (Frozen panes, print titles, print area and page setup per sheet: tests/xlsx/readback.py.)
}

TEST_CASE("xlsx: an adjustment notice without a change is one sheet named after it") {
  publish::Notice n = headed_parts();
  n.parts.clear();
  n.lead = "与《示范统一目录（2021年）》相比，事项无调整。";
  n.summary = "共计 0 项";
  const tabular::Sheet s = read_back(render::render_publish_xlsx(n, {}));
  CHECK(s.name == "示范统一目录（2022年）调整公告");
  CHECK(texts(s).back() == std::vector<std::string>{"共计 0 项"});
}

TEST_CASE("xlsx: townships' paragraphs are merged rows over each part's table") {
  publish::Notice n = one_table();
  n.kind = "townships";
  n.parts.front().paragraph = "对上余镇、贺村镇等2个乡镇（街道），以其自身名义行使住房城乡建设等2个领域3项行政处罚权。";
  n.parts.push_back(n.parts.front());
  n.parts.back().paragraph = "对双塔街道，以其自身名义行使住房城乡建设等2个领域3项行政处罚权。";
  const tabular::Sheet s = read_back(render::render_publish_xlsx(n, {}));
  const auto xlsx = texts(s);
  CHECK(xlsx[2] == std::vector<std::string>{n.parts[0].paragraph});
  CHECK(has_merge(s, whole_row(3, 4)));
  CHECK(xlsx[3][0] == "序号");
  CHECK(xlsx[9] == std::vector<std::string>{n.parts[1].paragraph});
  CHECK(has_merge(s, whole_row(10, 4)));
  CHECK(xlsx.back() == std::vector<std::string>{"共 2 个领域 3 项"});
}

TEST_CASE("xlsx: the same notice and time give the same bytes, another time other bytes") {
  const publish::Notice n = one_table();
  const std::string a = render::render_publish_xlsx(n, {});
  CHECK(a == render::render_publish_xlsx(n, {}));
  render::PublishContext at{false, 1700000000};
  const std::string b = render::render_publish_xlsx(n, at);
  CHECK(b == render::render_publish_xlsx(n, at));
  CHECK(a != b);
  // Without a date of its own: 1980-01-01, still the same bytes each time.
  publish::Notice undated = n;
  undated.effective.clear();
  CHECK(render::render_publish_xlsx(undated, {}) == render::render_publish_xlsx(undated, {}));
  // SOURCE_DATE_EPOCH=0 cannot mean "now" (libxlsxwriter's 0): it is 1980-01-01 too.
  CHECK(render::render_publish_xlsx(undated, {false, 0}) == render::render_publish_xlsx(undated, {}));
  CHECK(render::render_publish(render::PublishFormat::Xlsx, n, {}) == a);
}

TEST_CASE("xlsx: a text that looks like an OOXML escape (`_x000D_`) comes back as written") {
  publish::Notice n = one_table();
  n.title = "_x000D_标题_x005F_";
  n.parts.front().table.groups[0].rows[0].cells[2] = "对_x000D_擅自_x00_施工_X000D__x0041_的行政处罚_";
  const tabular::Sheet s = read_back(render::render_publish_xlsx(n, {}));
  CHECK(s.cell(1, 1)->text == "_x000D_标题_x005F_");
  CHECK(s.cell(5, 3)->text == "对_x000D_擅自_x00_施工_X000D__x0041_的行政处罚_");
  CHECK(s.cell(6, 3)->text == "对=SUM(A1)的行政处罚");
}

TEST_CASE("xlsx: a valid sheet name from any title") {
  publish::Notice n = one_table();
  n.title = "'[甲]乙:丙*丁?戊/己\\庚' 的一个非常非常非常非常长的公告标题超过三十一个字符";
  const tabular::Sheet s = read_back(render::render_publish_xlsx(n, {}));
  CHECK(s.name == "［甲］乙：丙＊丁？戊／己＼庚' 的一个非常非常非常非常长的公");
  CHECK(s.cell(1, 1)->text == n.title);  // the title row keeps the title as it is
  n.title.clear();
  CHECK(read_back(render::render_publish_xlsx(n, {})).name == "公告");
  // Too long with parentheses at the end: the name without them, not cut inside them.
  n.title = "乡镇（街道）综合行政执法事项目录清单（330881，2022年）";
  CHECK(read_back(render::render_publish_xlsx(n, {})).name == "乡镇（街道）综合行政执法事项目录清单");
  n.title = "示范统一目录（2022年）调整公告";  // short enough: as it is
  CHECK(read_back(render::render_publish_xlsx(n, {})).name == n.title);
}

TEST_CASE("xlsx: a cell past Excel's 32,767 characters is an XlsxError naming the cell") {
  publish::Notice n = one_table();
  n.parts.front().table.groups[1].rows[0].cells[3] = std::string(32768, 'x');
  TempDir tmp;
  try {
    (void)render::render_publish_xlsx(n, {});
    FAIL("no XlsxError");
  } catch (const render::XlsxError& e) {
    CHECK(e.message.zh == "事项 `330219001000` 的法律依据有 32768 个字符，超过 Excel 单元格的上限 32767，无法写成 XLSX"
                          "（单元格 D8；CSV 和 Markdown 没有这个限制）");
    CHECK(e.message.en == "the 法律依据 of matter `330219001000` has 32768 characters, more than an Excel cell holds "
                          "(32,767), and cannot be written to XLSX (cell D8; CSV and Markdown have no such limit)");
  }
  CHECK(tmp.entries() == 0);  // the temporary file is gone
  n.parts.front().table.groups[1].rows[0].cells[3] = std::string(32767, 'x');  // the limit itself fits
  CHECK(read_back(render::render_publish_xlsx(n, {})).cell(8, 4)->text.size() == 32767);
  CHECK(tmp.entries() == 0);
  // A merged row (here the title) is named by its cell; characters, not bytes, count.
  n.title = std::string(32767, 'x');
  CHECK(read_back(render::render_publish_xlsx(n, {})).cell(1, 1)->text.size() == 32767);
  n.title.clear();
  for (int i = 0; i < 32768; ++i) n.title += "监";
  try {
    (void)render::render_publish_xlsx(n, {});
    FAIL("no XlsxError");
  } catch (const render::XlsxError& e) {
    CHECK(e.message.en == "cell A1 has 32768 characters, more than an Excel cell holds (32,767), and cannot be written "
                          "to XLSX (CSV and Markdown have no such limit)");
  }
  CHECK(tmp.entries() == 0);
}

TEST_CASE("xlsx: no temporary folder is an XlsxError naming it, and the temporary file never stays") {
  const publish::Notice n = one_table();
  {
    TempDir tmp;
    const std::string bytes = render::render_publish_xlsx(n, {});
    CHECK(!bytes.empty());
    CHECK(tmp.entries() == 0);
  }
  TempDir tmp;
  const std::string missing = tmp.path + "/missing";
  ::setenv("TMPDIR", missing.c_str(), 1);
  try {
    (void)render::render_publish_xlsx(n, {});
    FAIL("no XlsxError");
  } catch (const render::XlsxError& e) {
    CHECK(e.message.en.find("cannot create the XLSX workbook's temporary file in `" + missing + "`: ") == 0);
    CHECK(e.message.zh.find("无法在 `" + missing + "` 中建立 XLSX 的临时文件") == 0);
  }
}
