// The county report's words for people (issue 10): the summary paragraph,
// the 口径 rows, what is missing, what a gap's matter is, in the model and
// in HTML and JSON.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <string>

#include "audit/audit_report.h"
#include "audit_html_sample.h"
#include "present/audit_report.h"

using namespace encat;
using report::Cell;

namespace {

audit::RegionAudit named_county(int first = 2021, int last = 2023) {
  audit::RegionAudit county = render::audit_sample::county(first, last);
  county.name = "江山市";
  county.province = "330000";
  county.province_name = "浙江省";
  return county;
}

size_t count(const std::string& text, const std::string& pattern) {
  size_t n = 0;
  for (size_t at = text.find(pattern); at != std::string::npos; at = text.find(pattern, at + 1)) ++n;
  return n;
}

model::Catalog catalog(model::Kind kind, std::string_view id, std::string_view title, std::string_view document,
                       std::string_view effective) {
  model::Catalog c;
  c.kind = kind;
  c.id = id;
  c.title = title;
  c.document_number = document;
  c.effective_text = effective;
  c.file = "catalogs/" + std::string(id) + ".yaml";
  return c;
}

}  // namespace

TEST_CASE("summary paragraph: every figure with its target, then the county's gaps in words") {
  const audit::RegionAudit county = named_county();
  const Text last = audit::summary_paragraph(county, county.years[2]);
  CHECK(last.zh ==
        "2023年，江山市综合行政执法事项100项，占全部执法事项的33.3%，高于22%的目标；综合执法涉及执法领域12个，"
        "占全部执法领域的60.0%，达到60%的目标；“三高”事项纳入综合执法30项，占全部“三高”事项的60.0%，达到60%的目标；"
        "综合执法案件700件，占全部案件的70.0%，高于60%的目标；乡镇（街道）承接必须下放事项35项，占应承接的97.2%，"
        "低于100%的目标；监管事项已认领44项，占全部监管事项的100.0%，达到100%的目标；检查类监管事项当年检查36项，"
        "占全部检查类事项的97.3%，低于100%的目标；尚有1项综合执法事项缺少职责边界，1项综合执法事项没有监管事项覆盖，"
        "1项事项两头执法，1项事项近五年没有案件。");
  CHECK(last.en ==
        "In 2023, 江山市: 100 comprehensive enforcement matters, 33.3% of all enforcement matters, above the 22% target; "
        "comprehensive matters in 12 domains, 60.0% of all domains, meeting the 60% target; 30 key matters (三高) made "
        "comprehensive, 60.0% of all key matters, meeting the 60% target; 700 cases on comprehensive matters, 70.0% of all "
        "cases, above the 60% target; 35 mandatory matters taken by the townships, 97.2% of those due, below the 100% target; "
        "44 supervision matters claimed, 100.0% of all supervision matters, meeting the 100% target; 36 inspection matters "
        "inspected, 97.3% of all inspection matters, below the 100% target; still open: 1 comprehensive matter without a "
        "boundary, 1 comprehensive matter no supervision matter covers, 1 matter enforced twice (comprehensive and "
        "department), 1 matter without a case in five years.");
}

TEST_CASE("summary paragraph: n/a said plainly, with and without a target; no gap; the province's gaps as the province's") {
  audit::RegionAudit county = named_county();
  const Text first = audit::summary_paragraph(county, county.years[0]);
  CHECK(first.zh ==
        "2021年，江山市综合行政执法事项40项，占全部执法事项的13.3%，低于15%的目标；综合执法涉及执法领域12个，"
        "占全部执法领域的60.0%，达到60%的目标；没有“三高”事项，纳入率无法计算，60%的目标无法对照；综合执法案件700件，"
        "占全部案件的70.0%，高于60%的目标；没有应承接的必须下放事项，承接率无法计算；监管事项已认领44项，"
        "占全部监管事项的100.0%，达到100%的目标；检查类监管事项当年检查36项，占全部检查类事项的97.3%，低于100%的目标；"
        "未发现边界缺口。");
  CHECK(first.en.find("; no key matter (三高) (key matter share n/a), against a 60% target; ") != std::string::npos);
  CHECK(first.en.find("; no mandatory matter due to a township (township rate n/a); ") != std::string::npos);
  CHECK(first.en.substr(first.en.size() - 24) == "; no boundary gap found.");

  county.years[0].province_findings.push_back(
      make_finding(Code::B301, {"catalogs/zhejiang/unified-2021.yaml", 9, 11}, {"缺少边界", "no boundary"}, "330217001000"));
  const Text with_province = audit::summary_paragraph(county, county.years[0]);
  CHECK(with_province.zh == first.zh + "省统一目录另有1个缺口，由省级修正。");
  CHECK(with_province.en == first.en + " The province's unified catalog has 1 more gap, for the province to fix.");
  // A name-less county is its code; one matter in English is singular.
  county.name.clear();
  render::audit_sample::set(county.years[0], model::Figure::MatterShare, render::audit_sample::figure(1, 300));
  const Text bare = audit::summary_paragraph(county, county.years[0]);
  CHECK(bare.zh.rfind("2021年，330881综合行政执法事项1项，占全部执法事项的0.3%；", 0) == 0);
  CHECK(bare.en.rfind("In 2021, 330881: 1 comprehensive enforcement matter, 0.3% of all enforcement matters; ", 0) == 0);
  // A value shown like its target but below it gets the decimals that tell them apart.
  render::audit_sample::set(county.years[0], model::Figure::MatterShare, render::audit_sample::figure(2, 3, 0.667));
  CHECK(audit::summary_paragraph(county, county.years[0]).zh.rfind("2021年，330881综合行政执法事项2项，占全部执法事项的66.67%，低于66.70%的目标；", 0) == 0);
}

TEST_CASE("report title: the county's name, its code in English, the years") {
  const audit::RegionAudit county = named_county(2023, 2023);
  CHECK(audit::report_title(county).zh == "江山市 2023 年综合行政执法评估");
  CHECK(audit::report_title(county).en == "江山市 (330881): evaluation of comprehensive administrative enforcement, 2023");
  audit::RegionAudit bare = county;
  bare.name = "330881";
  CHECK(audit::report_title(bare).en == "330881: evaluation of comprehensive administrative enforcement, 2023");
}

TEST_CASE("口径 rows: a catalog counted per row, its kind in words, title, 文号, 施行日期 and entries; what is missing by name") {
  const model::Catalog unified = catalog(model::Kind::Unified, "zj-unified-2022", "浙江省综合行政执法事项统一目录（2022年）",
                                         "浙政办发〔2022〕38号", "2022-07-01");
  const model::Catalog township = catalog(model::Kind::Township, "jiangshan-hecun-2022", "贺村镇综合行政执法事项目录清单", "", "2022-10-01");
  const model::Catalog cases = catalog(model::Kind::Cases, "jiangshan-cases", "江山市行政执法案件统计", "", "");
  audit::RegionAudit county = named_county(2023, 2023);
  audit::YearFigures& y = county.years[0];
  y.counted = {{&unified, 94}, {&township, 41}, {&cases, 426}};
  const report::Table table = audit::counted_table(y);
  REQUIRE(table.columns.size() == 5);
  CHECK(table.columns[2].heading.zh == "文号");
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0][0] == Cell::words(Text{"省统一目录", "unified catalog"}));
  CHECK(table.rows[0][1].text.zh == "浙江省综合行政执法事项统一目录（2022年）");
  CHECK(table.rows[0][1].detail == "zj-unified-2022");  // the id, small, for the editor (HTML)
  CHECK(table.rows[0][2] == Cell::words("浙政办发〔2022〕38号"));
  CHECK(table.rows[0][3] == Cell::words("2022-07-01"));
  CHECK(table.rows[0][4] == Cell::integer(94));
  CHECK(table.rows[1][0].text.en == "township list");
  CHECK(table.rows[1][2] == Cell::words("—"));  // no 文号
  CHECK(table.rows[2][0].text.zh == "案件统计");
  CHECK(table.rows[2][3] == Cell::words("—"));
  REQUIRE(table.keys.size() == 3);
  CHECK(table.keys[1].data[0] == std::pair<std::string, std::string>{"catalog", "jiangshan-hecun-2022"});

  CHECK(audit::missing_text(county, y).zh == "登记表应有而缺少的目录：无。");
  y.missing_townships = {"330881002", "330881003"};
  y.missing_departments = {"文化和广电旅游体育局"};
  county.township_names = {{"330881002", "虎山街道"}};  // 330881003 has no name: its code
  CHECK(audit::missing_text(county, y).zh ==
        "登记表应有而缺少的目录：乡镇（街道）目录清单 2 个：虎山街道（330881002）、330881003；专业部门目录 1 个：文化和广电旅游体育局。");
  CHECK(audit::missing_text(county, y).en ==
        "Expected by the registry but missing: 2 township lists: 虎山街道 (330881002), 330881003; 1 department catalog: "
        "文化和广电旅游体育局.");
}

TEST_CASE("a gap's matter: name and domain, 划出部门 when it moved, 认领部门 or 未认领; nothing without a matter") {
  audit::RegionAudit county = named_county();
  county.matters["330219001000"] = {"对随地吐痰的行政处罚", "市容环境卫生", {"住房和城乡建设局"}, {"住房和城乡建设局", "城管局"}};
  county.matters["JG330881-0016"] = {"对水土保持的监督检查", "", {}, {}};
  const Finding b302 = make_finding(Code::B302, {"f.yaml", 1, 1}, {"x", "x"}, "330219001000");
  CHECK(audit::about_matter(county, b302).zh == "事项：对随地吐痰的行政处罚（市容环境卫生）；划出部门：住房和城乡建设局；认领部门：住房和城乡建设局、城管局");
  CHECK(audit::about_matter(county, b302).en ==
        "matter: 对随地吐痰的行政处罚 (市容环境卫生); from: 住房和城乡建设局; claimed by: 住房和城乡建设局, 城管局");
  const Finding b303 = make_finding(Code::B303, {"f.yaml", 2, 1}, {"x", "x"}, "JG330881-0016");
  CHECK(audit::about_matter(county, b303).zh == "事项：对水土保持的监督检查；认领部门：未认领");
  const Finding b309 = make_finding(Code::B309, {"r.yaml", 3, 1}, {"x", "x"});
  CHECK(audit::about_matter(county, b309).zh.empty());
  const report::FindingList list = audit::gap_list(county, {b302, b309}, {"无", "none"});
  CHECK(list.fixes);
  REQUIRE(list.about.size() == 2);
  CHECK(list.about[1].zh.empty());
}

TEST_CASE("gap codes: every B code of the code table, for the overview's chips") {
  const std::vector<Code> codes = audit::gap_codes();
  REQUIRE(codes.size() == 14);
  CHECK(codes.front() == Code::B301);
  CHECK(codes.back() == Code::B314);
}

TEST_CASE("html: the name in the title, the summary paragraphs first, the 口径 per year, gaps with what and the fix") {
  audit::RegionAudit county = named_county();
  const model::Catalog unified = catalog(model::Kind::Unified, "zj-unified-2022", "浙江省统一目录（2022年）", "浙政办发〔2022〕38号", "2022-07-01");
  for (audit::YearFigures& y : county.years) y.counted = {{&unified, 94}};
  county.matters["330219001000"] = {"对随地吐痰的行政处罚", "市容环境卫生", {"住房和城乡建设局"}, {}};
  render::AuditContext context;
  const std::string html = render::render_audit_html(county, context);
  CHECK(html.find("<title>江山市 2021–2023 年综合行政执法评估</title>") != std::string::npos);
  CHECK(html.find("审计") == std::string::npos);
  const size_t paragraphs = html.find("<section id=\"paragraphs\">");
  REQUIRE(paragraphs != std::string::npos);
  CHECK(paragraphs < html.find("<section id=\"summary\">"));
  CHECK(count(html, "<p class=\"paragraph\">2021年，江山市") == 1);
  CHECK(count(html, "<div class=\"counted-year\" data-year=\"") == 3);
  CHECK(count(html, "<tr data-catalog=\"zj-unified-2022\" data-kind=\"unified\">") == 3);
  CHECK(html.find("浙政办发〔2022〕38号") != std::string::npos);
  CHECK(count(html, "登记表应有而缺少的目录：无。") == 3);
  CHECK(html.find("<p class=\"fix\"><b>修正</b>：从省监管事项库中认领对应的监管事项") != std::string::npos);
  CHECK(html.find("<td class=\"about\">事项：对随地吐痰的行政处罚（市容环境卫生）；划出部门：住房和城乡建设局；认领部门：未认领"
                  "<div class=\"frac mono\">330219001000</div></td>") != std::string::npos);
  const std::string chips = html.substr(html.find("<ul class=\"chips\""));
  CHECK(chips.find("data-code=\"B301\"") != std::string::npos);
  CHECK(chips.find("data-code=\"B314\"") != std::string::npos);  // a chip per B code, B309–B314 too

  context.lang = Lang::En;
  const std::string en = render::render_audit_html(county, context);
  CHECK(en.find("<title>江山市 (330881): evaluation of comprehensive administrative enforcement, 2021–2023</title>") !=
        std::string::npos);
  CHECK(en.find("<p class=\"fix\"><b>fix</b>: Claim the supervision matter") != std::string::npos);
}

TEST_CASE("json: the new fields, and it parses") {
  audit::RegionAudit county = named_county(2022, 2023);
  const model::Catalog unified = catalog(model::Kind::Unified, "zj-unified-2022", "浙江省统一目录（2022年）", "浙政办发〔2022〕38号", "2022-07-01");
  for (audit::YearFigures& y : county.years) y.counted = {{&unified, 94}};
  county.years[0].missing_townships = {"330881002"};
  county.township_names = {{"330881002", "虎山街道"}};
  county.matters["330219001000"] = {"对随地吐痰的行政处罚", "市容环境卫生", {"住房和城乡建设局"}, {}};
  county.years[1].province_findings.push_back(
      make_finding(Code::B301, {"catalogs/zhejiang/unified-2022.yaml", 9, 11}, {"缺少边界", "no boundary"}, "330219001000"));
  const std::string json = render::render_audit_json(county, {});
  CHECK(json.find("\"version\": 1") != std::string::npos);
  CHECK(json.find("\"name\": \"江山市\"") != std::string::npos);
  CHECK(json.find("\"province\": {\n    \"region\": \"330000\",\n    \"name\": \"浙江省\"\n  }") != std::string::npos);
  CHECK(json.find("\"summary\": \"2022年，江山市") != std::string::npos);
  CHECK(json.find("\"document\": \"浙政办发〔2022〕38号\"") != std::string::npos);
  CHECK(json.find("\"entries\": 94") != std::string::npos);
  CHECK(json.find("{\n            \"region\": \"330881002\",\n            \"name\": \"虎山街道\"\n          }") != std::string::npos);
  CHECK(json.find("\"province_findings\": [\n        {\n          \"code\": \"B301\"") != std::string::npos);
  CHECK(json.find("\"about\": {\n            \"name\": \"对随地吐痰的行政处罚\"") != std::string::npos);
  CHECK(json.find("\"fix\": \"从省监管事项库中认领") != std::string::npos);
  CHECK(json.find("\"name\": \"贺村镇") != std::string::npos);  // a township's name
  // Python's json reads it.
  const std::string path = "audit_county_test.json";
  std::ofstream(path) << json;
  CHECK(std::system(("python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding=\"utf-8\"))' " + path).c_str()) == 0);
  std::remove(path.c_str());
}
