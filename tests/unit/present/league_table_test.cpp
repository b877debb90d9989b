// The province's league table (issue 10, item 6): the order of --sort (highest
// first, n/a last, ties by code), the province's unified-catalog gaps once in
// a row of their own and never in a county's counts, names with codes, every
// B code's column headed in words, and the JSON's new fields.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "audit/league_report.h"
#include "present/audit_report.h"
#include "render/report.h"

using namespace encat;
using model::Figure;

namespace {

audit::FigureResult ratio(long long numerator, long long denominator) {
  audit::FigureResult f;
  f.ratio = {numerator, denominator};
  return f;
}

Finding gap(Code code, std::string file, std::string matter) {
  Finding f;
  f.code = code;
  f.severity = code_info(code).severity;
  f.location.file = std::move(file);
  f.location.line = 9;
  f.matter = std::move(matter);
  f.message = {"缺口", "gap"};
  return f;
}

// A county of 浙江省 whose last year has `matters`/100 as its matter share,
// `cases` as its case share (n/a when 0/0), its own B302 `own` times, and
// the province's unified B301 (the same in every county).
audit::RegionAudit county(std::string region, std::string name, long long matters, audit::FigureResult cases, int own) {
  audit::RegionAudit c;
  c.region = std::move(region);
  c.name = std::move(name);
  c.province = "330000";
  c.province_name = "浙江省";
  audit::YearFigures& y = c.years.emplace_back();
  y.year = 2023;
  y.figures[static_cast<size_t>(Figure::MatterShare)] = ratio(matters, 100);
  y.figures[static_cast<size_t>(Figure::CaseShare)] = cases;
  for (int i = 0; i < own; ++i) y.findings.push_back(gap(Code::B302, c.region + "/supervision.yaml", "33021500" + std::to_string(i)));
  y.province_findings.push_back(gap(Code::B301, "unified-2022.yaml", "330215001000"));
  c.findings = y.findings;
  c.findings.insert(c.findings.end(), y.province_findings.begin(), y.province_findings.end());
  c.findings_year = 2023;
  return c;
}

std::vector<audit::RegionAudit> league() {
  return {county("330881", "江山市", 25, ratio(30, 100), 0), county("330824", "开化县", 30, ratio(0, 0), 2),
          county("330822", "常山县", 30, ratio(0, 0), 1), county("330802", "柯城区", 10, ratio(60, 100), 0)};
}

std::vector<std::string> regions(const std::vector<audit::RegionAudit>& counties) {
  std::vector<std::string> out;
  for (const audit::RegionAudit& c : counties) out.push_back(c.region);
  return out;
}

size_t count(const std::string& text, const std::string& pattern) {
  const std::regex re(pattern);
  return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

}  // namespace

TEST_CASE("league: --sort names a figure by its JSON name, anything else is none") {
  CHECK(audit::parse_figure("matter_share") == Figure::MatterShare);
  CHECK(audit::parse_figure("inspection_coverage") == Figure::InspectionCoverage);
  CHECK_FALSE(audit::parse_figure("Matter_Share"));
  CHECK_FALSE(audit::parse_figure("matters"));
  CHECK_FALSE(audit::parse_figure(""));
  CHECK(audit::figure_names() ==
        "matter_share, domain_share, key_matter_share, case_share, township_mandatory, claim_rate, inspection_coverage, "
        "staff_frontline_share, staff_township_share");
  CHECK(audit::figure_choices().zh.find("`matter_share`、`domain_share`") == 0);
}

TEST_CASE("league: highest first, ties by region code, n/a last") {
  std::vector<audit::RegionAudit> counties = league();
  audit::sort_league(counties, Figure::MatterShare);
  CHECK(regions(counties) == std::vector<std::string>{"330822", "330824", "330881", "330802"});  // 30 30 25 10
  audit::sort_league(counties, Figure::CaseShare);
  CHECK(regions(counties) == std::vector<std::string>{"330802", "330881", "330822", "330824"});  // 60 30 n/a n/a
  // Every county n/a: by code.
  audit::sort_league(counties, Figure::ClaimRate);
  CHECK(regions(counties) == std::vector<std::string>{"330802", "330822", "330824", "330881"});
  // Full precision: 1/3 above 33/100.
  std::vector<audit::RegionAudit> close{county("330822", "常山县", 33, ratio(0, 0), 0), county("330881", "江山市", 0, ratio(0, 0), 0)};
  close[1].years.back().figures[0] = ratio(1, 3);
  audit::sort_league(close, Figure::MatterShare);
  CHECK(regions(close) == std::vector<std::string>{"330881", "330822"});
}

TEST_CASE("league: the province's unified-catalog gaps once, in a row of their own, not in a county's counts") {
  std::vector<audit::RegionAudit> counties = league();
  audit::sort_league(counties, Figure::MatterShare);
  const std::vector<audit::LeagueProvince> provinces = audit::league_provinces(counties);
  REQUIRE(provinces.size() == 1);
  CHECK(provinces[0].region == "330000");
  CHECK(provinces[0].name == "浙江省");
  CHECK(provinces[0].findings->size() == 1);
  CHECK(audit::province_row_name(provinces[0]).zh == "浙江省统一目录");
  CHECK(audit::county_gaps(counties[0]).size() == 1);  // 常山县's own B302, not the B301
  CHECK(audit::league_provinces({}).empty());
  // Errors: 常山县 1, 开化县 2 (their B302s); the B301 once for the province.
  CHECK(audit::league_summary(counties).zh == "4 个县（市、区）：0 个有未达标目标，2 个有边界缺口错误；浙江省统一目录：1 个错误，0 个警告");

  const report::Report r = audit::league_report(counties, {}, Figure::MatterShare);
  const report::Table& table = std::get<report::Table>(r.sections.front().blocks.front());
  REQUIRE(table.rows.size() == 5);
  CHECK(table.rows.back()[0].text.zh == "浙江省统一目录");
  CHECK(table.rows.back()[1].text.zh == "330000");
  CHECK(table.rows.back()[table.columns.size() - 2].numerator == 1);  // its error
  CHECK(table.rows[0][0].text.zh == "常山县");
  CHECK(table.rows[0][table.columns.size() - 2].numerator == 1);  // its B302 only
  // Its gaps by code in a section of their own.
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[1].title.zh == "浙江省统一目录的边界缺口（只计一次，不计入各县）");
}

TEST_CASE("league HTML: names with codes, the sorted column marked, every B code headed in words, the province last") {
  std::vector<audit::RegionAudit> counties = league();
  audit::sort_league(counties, Figure::CaseShare);
  render::AuditContext context;
  context.sort = Figure::CaseShare;
  const std::string html = render::render_league_html(counties, context);
  CHECK(count(html, "<th aria-sort=") == 1);
  CHECK(count(html, "<th aria-sort=\"descending\" class=\"sortable num\" data-col=\"[0-9]+\" data-type=\"number\" data-figure=\"case_share\"") == 1);
  CHECK(html.find("柯城区<div class=\"frac mono\">330802</div>") != std::string::npos);
  size_t b_codes = 0;
  for (const CodeInfo& info : all_codes()) b_codes += info.id[0] == 'B';
  CHECK(count(html, "<th class=\"sortable num code\" data-col=\"[0-9]+\" data-type=\"number\" data-code=\"B3[0-9]{2}\" title=\"B3") == b_codes);
  CHECK(html.find(">缺少边界</th>") != std::string::npos);
  CHECK(html.find(">下放未使用</th>") != std::string::npos);
  CHECK(count(html, ">B3[0-9]{2}</th>") == 0);  // no bare code as a heading
  // The rows: four counties in order, then the province's (pinned by the script).
  CHECK(count(html, "<tr data-region=") == 4);
  CHECK(html.find("<tr data-region=\"330802\" data-order=\"0\">") < html.find("<tr data-region=\"330881\" data-order=\"1\">"));
  CHECK(html.find("<tr class=\"province\" data-province=\"330000\" data-order=\"4\">") != std::string::npos);
  CHECK(count(html, "<td class=\"num code\" data-code=\"B301\" data-sort=\"1\">1</td>") == 1);  // the province's, once
  CHECK(html.find("<div class=\"league-frame\" tabindex=\"0\" role=\"region\"") < html.find("<table class=\"league\">"));
  CHECK(render::render_league_html({}, context).find("没有找到县") != std::string::npos);
}

TEST_CASE("league JSON: per county its name and own gaps, the sort, the province's row") {
  std::vector<audit::RegionAudit> counties = league();
  audit::sort_league(counties, Figure::MatterShare);
  render::AuditContext context;
  const std::string json = render::render_league_json(counties, context);
  CHECK(json.find("\"version\": 1,\n  \"year\": 2023,\n  \"sort\": \"matter_share\",") != std::string::npos);
  CHECK(json.find("\"region\": \"330822\",\n      \"name\": \"常山县\",") != std::string::npos);
  CHECK(count(json, "\"B301\": 0") == 4);  // no county charged the province's B301
  CHECK(json.find("\"province\": {\n    \"region\": \"330000\",\n    \"name\": \"浙江省\",\n    \"gaps\": {\n      \"errors\": 1,") !=
        std::string::npos);
  CHECK(count(json, "\"matter\": \"330215001000\"") == 1);
  CHECK(json.find("\"provinces\"") == std::string::npos);
}
