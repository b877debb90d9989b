// The audit as a report model (audit/audit_report.h): built once from the
// audit result, the same values for every format.
#include <doctest/doctest.h>

#include "audit/audit_report.h"
#include "audit/league_report.h"
#include "audit_html_sample.h"
#include "report/messages.h"

using namespace encat;
using report::Cell;
using report::Status;

TEST_CASE("county report: the figures lead, then the summary paragraphs, each year's 口径, the townships, each year's gaps") {
  audit::RegionAudit county = render::audit_sample::county(2021, 2023);
  county.name = "江山市";
  const report::Report r = audit::audit_report(county, {"zhejiang-targets", {}});
  CHECK(r.title.zh == "江山市 2021–2023 年综合行政执法评估");
  CHECK(r.title.en == "江山市 (330881): evaluation of comprehensive administrative enforcement, 2021–2023");
  REQUIRE(r.facts.size() == 1);
  CHECK(r.facts[0].value == Cell::words("zhejiang-targets"));  // no targets catalog in the model: its id
  CHECK_FALSE(r.notice);
  // 7 figures x 3 years, less 2 n/a without a checkable target; missed: matters 2021, cases 2022,
  // townships 2022 and 2023 (35/36), inspections each year (36/37).
  CHECK(r.summary.zh == "目标：19 项中 7 项未达标；边界缺口：3 个错误，1 个警告");
  std::vector<std::string> ids;
  for (const report::Section& s : r.sections) ids.push_back(s.id);
  CHECK(ids == std::vector<std::string>{"figures", "paragraphs", "counted-2021", "counted-2022", "counted-2023", "townships",
                                        "gaps-2021", "gaps-2022", "gaps-2023"});

  const report::Section& figures = r.sections[0];
  CHECK(figures.lead);
  const auto& table = std::get<report::Table>(figures.blocks.at(0));
  REQUIRE(table.columns.size() == 4);  // the figure, then a column a year
  CHECK(table.columns[1].heading.zh == "2021");
  REQUIRE(table.rows.size() == model::figure_count);
  const auto& cases = table.rows[static_cast<size_t>(model::Figure::CaseShare)];
  CHECK(cases[0] == Cell::words(audit::figure_title(model::Figure::CaseShare)));
  CHECK(cases[2] == Cell::ratio(550, 1000, 0.6, Status::Missed));  // 2022: 55% < 60%
  CHECK(cases[3] == Cell::ratio(700, 1000, 0.6, Status::Met));
  const auto& key = table.rows[static_cast<size_t>(model::Figure::KeyMatterShare)];
  CHECK_FALSE(key[1].value);  // 2021: n/a, never 0
  CHECK(key[1].status == Status::None);

  const report::Section& paragraphs = r.sections[1];
  REQUIRE(paragraphs.blocks.size() == 3);  // one a year
  CHECK(std::get<report::Paragraph>(paragraphs.blocks[2]).text.zh == audit::summary_paragraph(county, county.years[2]).zh);

  const report::Section& townships = r.sections[5];
  CHECK(townships.title.zh == "乡镇（街道）必须下放事项承接（2023 年）");
  const auto& towns = std::get<report::Table>(townships.blocks.at(0));
  REQUIRE(towns.rows.size() == 2);
  CHECK(towns.rows[1][0] == Cell::words("清湖街道"));  // the name, not the catalog
  CHECK(towns.rows[1][1] == Cell::code("330881103"));
  CHECK(towns.rows[1][2] == Cell::fraction(17, 18));
  CHECK(towns.rows[1][4] == Cell::code_list({"330216004000"}));

  const report::Section& gaps = r.sections[8];
  CHECK(gaps.title.en == "boundary gaps (2023)");
  const auto& list = std::get<report::FindingList>(gaps.blocks.at(0));
  CHECK(list.findings.size() == county.findings.size());
  CHECK(list.fixes);
  CHECK(list.about.size() == list.findings.size());
  CHECK(std::get<report::FindingList>(r.sections[6].blocks.at(0)).findings.empty());  // 2021's: none in the sample
}

TEST_CASE("county report: files left out are the notice; no township list, no township section") {
  audit::RegionAudit county = render::audit_sample::county(2021, 2021);
  const report::Report r = audit::audit_report(county, {"", render::audit_sample::reading()});
  REQUIRE(r.notice);
  CHECK_FALSE(r.notice->brief_in_text);
  CHECK(r.notice->findings.size() == 1);
  CHECK(r.facts.empty());
  REQUIRE(r.sections.size() == 4);
  CHECK(r.sections[1].id == "paragraphs");
  CHECK(r.sections[2].id == "counted-2021");
  CHECK(r.sections[3].id == "gaps-2021");
}

TEST_CASE("county report: the province's unified-catalog gaps once, in their own section, with the fix") {
  audit::RegionAudit county = render::audit_sample::county(2022, 2023);
  county.province = "330000";
  county.province_name = "浙江省";
  const Finding b301 = make_finding(Code::B301, {"catalogs/zhejiang/unified-2022.yaml", 18, 11}, {"缺少边界", "no boundary"}, "330217001000");
  for (audit::YearFigures& y : county.years) y.province_findings = {b301};
  county.matters["330217001000"] = {"对擅自施工的行政处罚", "住房城乡建设", {"住房和城乡建设局"}, {}};
  CHECK(audit::province_gaps(county).size() == 1);  // both years, once
  const report::Report r = audit::audit_report(county, {"", {}});
  const report::Section& last = r.sections.back();
  CHECK(last.id == "province-gaps");
  CHECK(last.title.zh == "省统一目录的缺口（浙江省，由省级修正）");
  const auto& list = std::get<report::FindingList>(last.blocks.at(0));
  REQUIRE(list.findings.size() == 1);
  REQUIRE(list.about.size() == 1);
  CHECK(list.about[0].zh == "事项：对擅自施工的行政处罚（住房城乡建设）；划出部门：住房和城乡建设局；认领部门：未认领");
  CHECK(list.about[0].en == "matter: 对擅自施工的行政处罚 (住房城乡建设); from: 住房和城乡建设局; claimed by: none");
  CHECK(list.fixes);
  // Not among the county's gaps of either year.
  for (const report::Section& s : r.sections)
    if (s.id.rfind("gaps-", 0) == 0)
      for (const Finding& f : std::get<report::FindingList>(s.blocks.at(0)).findings) CHECK_FALSE(f.location == b301.location);
}

TEST_CASE("league report: a row per county, each figure a share marked when missed, the gap counts") {
  const audit::RegionAudit county = render::audit_sample::county(2022, 2022);
  const report::Report r = audit::league_report({county, county}, {"t", render::audit_sample::reading()});
  CHECK(r.title.zh == "全省各县（市、区）评估（2022 年）");
  REQUIRE(r.notice);
  CHECK(r.notice->brief_in_text);
  CHECK(r.notice->title.en == "1 file has errors and is left out");
  CHECK(r.legend.zh == "✗ 未达标");
  const auto& table = std::get<report::Table>(r.sections.at(0).blocks.at(0));
  // The county's name, its code, a column a figure, errors, warnings.
  REQUIRE(table.columns.size() == 2 + model::figure_count + 2);
  CHECK(table.columns[2].short_heading.zh == "事项占比");
  REQUIRE(table.rows.size() >= 2);
  const auto& row = table.rows[0];
  CHECK(row[1] == Cell::code("330881"));
  CHECK(row[2 + static_cast<size_t>(model::Figure::CaseShare)] == Cell::percent(0.55, Status::Missed));
  CHECK(row[2 + static_cast<size_t>(model::Figure::DomainShare)] == Cell::percent(0.6));  // met: no mark in the league
}

TEST_CASE("html page model: the head's facts, the overview's cards and missed targets, the figure rows grouped by figure") {
  const audit::RegionAudit county = render::audit_sample::county(2021, 2023);
  const report::Report head = audit::audit_page_head(county, {"zhejiang-targets", {}});
  REQUIRE(head.facts.size() == 4);
  CHECK(head.facts[0].data == std::vector<std::pair<std::string, std::string>>{{"region", "330881"}});
  CHECK(head.facts[2].value == Cell::words("zhejiang-targets"));
  CHECK(audit::audit_page_head(county, {}).facts[2].value == Cell::words(report::message(report::Message::NoTargets)));

  const report::Section overview = audit::overview(county);
  const auto& cards = std::get<report::Cards>(overview.blocks.at(0));
  REQUIRE(cards.cards.size() == 4);
  CHECK(cards.cards[0].count == 12);  // of 19 checked, 7 missed
  CHECK(cards.cards[0].of == 19);
  CHECK(cards.cards[1].count == 7);
  CHECK(cards.cards[1].tone == report::Card::Tone::Bad);
  REQUIRE(cards.codes.size() == 14);  // B301–B314 from the code table, zero counts too
  CHECK(cards.codes.front().first == Code::B301);
  CHECK(cards.codes.back().first == Code::B314);
  CHECK(cards.codes.back().second == 0);
  CHECK(cards.missed.size() == 7);
  CHECK(cards.missed[0].what.zh == "2021 年 · 综合执法事项占比");

  const report::Section details = audit::figure_details(county);
  const auto& table = std::get<report::Table>(details.blocks.at(0));
  CHECK(table.rows.size() == model::figure_count * 3);
  REQUIRE(table.keys.size() == table.rows.size());
  CHECK(table.keys[0].group == table.keys[2].group);
  CHECK(table.keys[2].group != table.keys[3].group);
  CHECK(table.keys[1].data[1].second == "2022");
}

TEST_CASE("html page model: a township row per region over the years, a tooltip where no catalog was in force, the total last") {
  const audit::RegionAudit county = render::audit_sample::county(2021, 2023);
  const report::Section section = audit::township_details(county);
  CHECK(section.id == "townships");
  const auto& table = std::get<report::Table>(section.blocks.at(0));
  CHECK(table.columns.size() == 2 + 3 + 1);
  REQUIRE(table.rows.size() >= 2);
  REQUIRE(table.keys.size() == table.rows.size());
  CHECK(table.keys.back().kind == "total");
  CHECK(table.rows.back().front().span == 2);
  CHECK(table.keys.front().data.front().first == "township");
  for (size_t r = 0; r + 1 < table.rows.size(); ++r)
    for (size_t year = 0; year < 3; ++year) {
      const Cell& cell = table.rows[r][2 + year];
      CHECK((cell.kind == Cell::Kind::Ratio || !cell.hint.zh.empty()));
    }
  audit::RegionAudit bare = county;
  for (audit::YearFigures& y : bare.years) y.townships.clear();
  const report::Section details = audit::township_details(bare);  // kept: `none` points into it
  const auto& none = std::get<report::Table>(details.blocks.at(0));
  CHECK(none.rows.empty());
  CHECK_FALSE(none.empty.zh.empty());
}
