// encat-publish --format html: the page's structure (a row per matter, domain
// row groups, accessible header cells, the controls), escaping, determinism,
// nothing from the network. (tests/browser/publish_notice.test.mjs opens the
// real page in Chromium.)
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "present/publish_report.h"

using namespace encat;
using namespace encat::render;

namespace {

size_t count(const std::string& text, const std::string& pattern) {
  const std::regex re(pattern);
  return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

size_t occurrences(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

publish::Row row(std::string index, std::string code, std::string name, std::string domain, std::string basis,
                 std::string boundary) {
  return {code, domain, {index, code, name, basis, "全部", boundary, "住房和城乡建设局"}, true};
}

publish::Notice unified() {
  publish::Notice n;
  n.catalog = "demo-2022";
  n.kind = "unified";
  n.title = "示范统一目录（2022年）";
  n.issuer = "示范省人民政府办公厅";
  n.document = "示政办发〔2022〕38号";
  n.effective = "2022-07-01";
  publish::Part part;
  publish::Table& t = part.table;
  for (auto [key, label] : {std::pair{"index", "序号"}, {"code", "事项代码"}, {"name", "事项名称"}, {"basis", "法律依据"},
                            {"scope", "划转范围"}, {"boundary", "具体职责边界"}, {"from", "划出部门"}})
    t.columns.push_back({key, label});
  t.groups.push_back({"住房城乡建设", "一、住房城乡建设（共 2 项）",
                      {row("1", "330217001000", "对擅自施工的行政处罚", "住房城乡建设",
                           "《中华人民共和国建筑法》第七条、第六十四条\n《建设工程质量管理条例》第五十七条", "主管部门负责监管。"),
                       row("2", "330217002000", "对<script>alert(1)</script>的行政处罚", "住房城乡建设",
                           "《A&B \"条例\"》", "边界<b>'x'</b>")}});
  t.groups.push_back({"市容环境卫生", "二、市容环境卫生（共 1 项）",
                      {row("3", "330219001000", "对随地吐痰的行政处罚", "市容环境卫生", "《城市市容和环境卫生管理条例》",
                           "主管部门负责监管。")}});
  t.domains = 2;
  t.rows = 3;
  t.summary = "共 2 个领域 3 项";
  n.parts.push_back(std::move(part));
  n.summary = "共 2 个领域 3 项";
  return n;
}

}  // namespace

TEST_CASE("publish html: one self-contained zh-CN page with the notice's header fields") {
  const std::string html = render_publish_html(unified());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<title>示范统一目录（2022年）</title>") != std::string::npos);
  CHECK(html.find("<h1>示范统一目录（2022年）</h1>") != std::string::npos);
  CHECK(html.find("<dt>发文机关</dt><dd>示范省人民政府办公厅</dd>") != std::string::npos);
  CHECK(html.find("<dt>文号</dt><dd>示政办发〔2022〕38号</dd>") != std::string::npos);
  CHECK(html.find("<dt>施行日期</dt><dd>2022年7月1日</dd>") != std::string::npos);
  CHECK(html.find("<p class=\"summary\">共 2 个领域 3 项</p>") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("@page") != std::string::npos);
  CHECK(html.find("size: A4 landscape") != std::string::npos);
  CHECK(html.find("table-header-group") != std::string::npos);
  CHECK(html.substr(html.size() - 8) == "</html>\n");
}

TEST_CASE("publish html: a row per matter, domain row groups, accessible header cells") {
  const std::string html = render_publish_html(unified());
  CHECK(count(html, "<tr class=\"matter\"") == 3);
  CHECK(count(html, "<tr class=\"matter\" data-code=\"330217001000\" data-domain=\"住房城乡建设\">") == 1);
  CHECK(count(html, "<tr class=\"matter\" data-code=\"330219001000\" data-domain=\"市容环境卫生\">") == 1);
  CHECK(count(html, "<tbody class=\"group\" data-domain=\"[^\"]+\">") == 2);
  CHECK(html.find("<th scope=\"rowgroup\" colspan=\"7\">一、住房城乡建设（共 2 项）</th>") != std::string::npos);
  CHECK(html.find("<th scope=\"rowgroup\" colspan=\"7\">二、市容环境卫生（共 1 项）</th>") != std::string::npos);
  CHECK(count(html, "<caption>") == 1);
  CHECK(count(html, "<thead>") == 1);
  CHECK(count(html, "<th scope=\"col\"") == 7);
  for (const char* label : {"序号", "事项代码", "事项名称", "法律依据", "划转范围", "具体职责边界", "划出部门"})
    CHECK(html.find(std::string(">") + label + "</th>") != std::string::npos);
  // 事项名称 heads its row; the searchable columns are marked.
  CHECK(count(html, "<th scope=\"row\" class=\"k-name\">") == 3);
  CHECK(count(html, "data-search>") == 4);
  // 法律依据: one law a line.
  CHECK(html.find("《中华人民共和国建筑法》第七条、第六十四条<br>《建设工程质量管理条例》第五十七条") != std::string::npos);
  // The controls: a search box labelled 搜索, a domain filter, a live count.
  CHECK(html.find("<label for=\"search\">搜索</label><input type=\"search\" id=\"search\"") != std::string::npos);
  CHECK(html.find("<option value=\"\">全部领域</option><option value=\"住房城乡建设\">住房城乡建设</option>"
                  "<option value=\"市容环境卫生\">市容环境卫生</option></select>") != std::string::npos);
  CHECK(html.find("aria-live=\"polite\">显示 3 / 3 项</p>") != std::string::npos);
}

TEST_CASE("publish html: every text is escaped, a <script> in a matter's name is text") {
  const std::string html = render_publish_html(unified());
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("对&lt;script&gt;alert(1)&lt;/script&gt;的行政处罚") != std::string::npos);
  CHECK(html.find("《A&amp;B &quot;条例&quot;》") != std::string::npos);
  CHECK(html.find("边界&lt;b&gt;&#39;x&#39;&lt;/b&gt;") != std::string::npos);
  CHECK(occurrences(html, "<script>") == 1);  // the page's own
  CHECK(occurrences(html, "</script>") == 1);

  publish::Notice hostile = unified();
  hostile.title = "</title><script>x</script>";
  hostile.parts[0].table.groups[0].domain = "a\"><img src=x>";
  hostile.parts[0].table.groups[0].rows[0].domain = "a\"><img src=x>";
  hostile.parts[0].paragraph = "<p>段落</p>";
  const std::string h = render_publish_html(hostile);
  CHECK(h.find("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>") != std::string::npos);
  CHECK(h.find("<img") == std::string::npos);
  CHECK(h.find("data-domain=\"a&quot;&gt;&lt;img src=x&gt;\"") != std::string::npos);
  CHECK(h.find("<p class=\"paragraph\">&lt;p&gt;段落&lt;/p&gt;</p>") != std::string::npos);
  CHECK(occurrences(h, "<script>") == 1);
}

TEST_CASE("publish html: nothing from the network, and the same notice gives the same bytes") {
  const std::string html = render_publish_html(unified());
  CHECK(html.find("http:") == std::string::npos);
  CHECK(html.find("https:") == std::string::npos);
  CHECK(count(html, "(src|href|action)\\s*=") == 0);  // no src or href at all, let alone http or //
  CHECK(html.find("//") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(render_publish_html(unified()) == html);
}

TEST_CASE("publish html: parts with a heading, a paragraph and their own table, an empty one says so") {
  publish::Notice n = unified();
  n.kind = "townships";
  n.parts[0].heading = "一、新增事项（共 3 项）";
  n.parts[0].paragraph = "对上余镇、贺村镇等2个乡镇（街道），以其自身名义行使……";
  n.parts[0].townships = {{"a", "上余镇", "330881100"}, {"b", "贺村镇", "330881102"}};
  publish::Part flat;
  flat.table.columns = {{"index", "序号"}, {"code", "事项代码"}, {"name", "事项名称"}, {"domain", "执法领域"}};
  flat.table.groups.push_back({"", "", {{"330219001000", "市容环境卫生", {"1", "330219001000", "对随地吐痰的行政处罚", "市容环境卫生"}, true},
                                         {"330299999000", "", {"2", "330299999000", "", ""}, false}}});
  flat.table.rows = 2;
  n.parts.push_back(flat);
  publish::Part empty;
  empty.heading = "二、取消事项";
  n.parts.push_back(empty);
  const std::string html = render_publish_html(n);
  CHECK(count(html, "<section class=\"part\">") == 3);
  CHECK(count(html, "<table class=\"notice\">") == 2);
  CHECK(html.find("<h2>一、新增事项（共 3 项）</h2>\n<p class=\"paragraph\">对上余镇、贺村镇等2个乡镇（街道），以其自身名义行使……</p>\n"
                  "<table class=\"notice\">") != std::string::npos);
  CHECK(html.find("<caption>示范统一目录（2022年）：一、新增事项（共 3 项）</caption>") != std::string::npos);
  CHECK(html.find("<h2>二、取消事项</h2>\n<p class=\"empty\">（无事项）</p>") != std::string::npos);
  CHECK(count(html, "<tr class=\"matter") == 5);
  CHECK(count(html, "<tr class=\"matter unresolved\" data-code=\"330299999000\" data-domain=\"\">") == 1);
  CHECK(html.find("aria-live=\"polite\">显示 5 / 5 项</p>") != std::string::npos);
  // The flat table's domain is a column; its rows still carry it for the filter, in the order first seen.
  CHECK(count(html, "<option value=\"[^\"]*\">") == 3);
}

TEST_CASE("publish html: an adjustment notice's lead paragraph, and its old and new codes searchable") {
  publish::Notice n = unified();
  n.kind = "changes";
  n.from = "demo-2021";
  n.lead = "与《示范统一目录（2021年）》相比，新增事项3项、代码变更1项。";
  publish::Part recoded;
  recoded.heading = "二、代码变更（共 1 项）";
  recoded.change = "recoded";
  recoded.table.columns = {{"index", "序号"}, {"old_code", "原事项代码"}, {"new_code", "新事项代码"}, {"name", "事项名称"}};
  recoded.table.groups.push_back({"水利", "（一）水利（共 1 项）", {{"330222016000", "水利", {"1", "330222006000", "330222016000", "对侵占水工程的行政处罚"}, true}}});
  recoded.table.rows = 1;
  n.parts.push_back(recoded);
  const std::string html = render_publish_html(n);
  CHECK(html.find("</header>\n<p class=\"lead\">与《示范统一目录（2021年）》相比，新增事项3项、代码变更1项。</p>\n<form") !=
        std::string::npos);
  CHECK(html.find("<th scope=\"col\" class=\"k-old_code\" data-key=\"old_code\" data-search>原事项代码</th>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\" class=\"k-new_code\" data-key=\"new_code\" data-search>新事项代码</th>") != std::string::npos);
  CHECK(html.find("<td class=\"k-old_code\">330222006000</td><td class=\"k-new_code\">330222016000</td>") != std::string::npos);
  CHECK(html.find("<th scope=\"rowgroup\" colspan=\"4\">（一）水利（共 1 项）</th>") != std::string::npos);
  CHECK(count(html, "<option value=\"[^\"]*\">") == 4);  // 全部领域 and three domains
  CHECK(html.find("显示 4 / 4 项") != std::string::npos);
}
