// Township cases and the case-based gaps (rules.md B312, B314): a township's
// own `cases` (9-digit region) are read, found by region and year, and never
// counted as the county's; each gap fires where rules.md says and stays quiet
// on good statistics.
#include <doctest/doctest.h>

#include "audit/case_gaps.h"
#include "catalog_builder.h"

using namespace encat;
using namespace encat::test;

namespace {

std::string cases(const std::string& id, const std::string& region, const std::string& counts) {
  return "kind: cases\nid: " + id + "\ntitle: 案件\nregion: \"" + region + "\"\ncounts:\n" + counts;
}

std::string township(const std::string& id, const std::string& region, int edition, const std::string& effective,
                     const std::vector<std::string>& codes, const std::string& extra = {}) {
  std::string text = header("township", id, region, edition, effective,
                            "county: \"330881\"\n" + extra + "draws_from: [zj-unified-2021]\n") +
                     "matters:\n";
  for (const std::string& code : codes) text += "  - code: \"" + code + "\"\n";
  return text;
}

const std::string optional_tier = "    township: 可放可不放\n";

// A unified catalog of 2021 with three devolvable matters (the third 暂停),
// a supervision list covering them, and Hecun's list of all three from 2021.
Catalogs county_with_hecun() {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2021", "330000", 2021, "2021-01-01") + "matters:\n" +
                                matter("330219001000", "市容环境卫生", "住房和城乡建设局", optional_tier) +
                                matter("330219002000", "市容环境卫生", "住房和城乡建设局", optional_tier) +
                                matter("330219003000", "市容环境卫生", "住房和城乡建设局",
                                       optional_tier + "    status: 暂停\n"));
  dir.write("supervision.yaml", header("supervision", "js-supervision-2021", "330881", 2021, "2021-01-01") +
                                    "matters:\n" +
                                    supervision_matter("JG330881-0001", "住房和城乡建设局",
                                                       {"330219001000", "330219002000"}));
  dir.write("hecun-2021.yaml", township("js-hecun-2021", "330881102", 2021, "2021-03-01",
                                        {"330219001000", "330219002000", "330219003000"}));
  return dir;
}

}  // namespace

TEST_CASE("township cases: a 9-digit region reads clean; a region of another length is E004") {
  Catalogs dir;
  dir.write("a.yaml", cases("hecun-cases", "330881102", "  \"330219001000\": {2022: 5}\n"));
  CHECK(dir.load().findings().empty());
  Catalogs bad;
  bad.write("a.yaml", cases("hecun-cases", "33088110", "  \"330219001000\": {2022: 5}\n"));
  const model::Workspace ws = bad.load();
  REQUIRE(ws.findings().size() == 1);
  CHECK(ws.findings()[0].code == Code::E004);
}

TEST_CASE("township cases: found by the township's code and year, not by the county's") {
  Catalogs dir;
  dir.write("county.yaml", cases("js-cases", "330881", "  \"330219001000\": {2021: 1, 2022: 2}\n"));
  dir.write("hecun.yaml", cases("hecun-cases", "330881102", "  \"330219001000\": {2021: 4, 2022: 8}\n"));
  dir.write("hecun-more.yaml", cases("hecun-cases-2", "330881102", "  \"330219001000\": {2022: 16}\n"));
  const model::Workspace ws = dir.load();
  REQUIRE(ws.findings().empty());
  const audit::detail::RegionCases hecun(ws, "330881102");
  CHECK(hecun.catalogs().size() == 2);
  CHECK(hecun.in("330219001000", 2022, 2022) == 24);
  CHECK(hecun.in("330219001000", 2021, 2022) == 28);
  CHECK(hecun.in("330219001000", 2020, 2020) == 0);
  CHECK(hecun.in("330219002000", 2021, 2022) == 0);
  const audit::detail::RegionCases county(ws, "330881");
  CHECK(county.in("330219001000", 2021, 2022) == 3);
  CHECK(audit::detail::RegionCases(ws, "330881001").empty());
}

TEST_CASE("case_share counts the county's cases only: a township's own cases are not added again") {
  // rules.md: case_share is "cases in year Y on comprehensive matters / on all
  // matters of the region", the region's `cases` being the county's; format.md:
  // a township's file holds the cases "used to evaluate devolved matters".
  Catalogs dir = county_with_hecun();
  dir.write("cases.yaml", cases("js-cases", "330881", "  \"330219001000\": {2022: 3}\n  \"330219002000\": {2022: 1}\n"));
  dir.write("hecun-cases.yaml", cases("hecun-cases", "330881102", "  \"330219001000\": {2022: 2}\n"));
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  const audit::Ratio share = result.years[0][audit::Figure::CaseShare].ratio;
  CHECK(share.numerator == 4);
  CHECK(share.denominator == 4);
}

TEST_CASE("B312: a code with cases in Y that is no matter in force, at the cases entry, with the matter's code") {
  Catalogs dir = county_with_hecun();
  dir.write("cases.yaml", cases("js-cases", "330881",
                                "  \"330219001000\": {2022: 3}\n"
                                "  \"330219009000\": {2021: 2, 2022: 6}\n"   // unknown, cases in 2022
                                "  \"330219008000\": {2021: 2, 2022: 0}\n"   // unknown, none in 2022
                                "  \"330219003000\": {2022: 1}\n"));         // 暂停: a matter all the same
  // A township's own statistics are not the county's `cases`: no B312 from them.
  dir.write("hecun-cases.yaml", cases("hecun-cases", "330881102", "  \"330219007000\": {2022: 9}\n"));
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  const std::vector<const Finding*> b312 = with_code(result, Code::B312);
  REQUIRE(b312.size() == 1);
  CHECK(b312[0]->matter == "330219009000");
  CHECK(b312[0]->severity == Severity::Warning);
  CHECK(b312[0]->location.file == "cases.yaml");
  CHECK(b312[0]->location.line == 7);
  CHECK(b312[0]->location.column == 3);
  CHECK(b312[0]->message.en.find("6 cases in 2022") != std::string::npos);
  CHECK(b312[0]->notes.empty());  // no earlier edition had the code
}

TEST_CASE("B312: quiet when no catalog of the county is in force in Y, and without a cases catalog") {
  Catalogs dir = county_with_hecun();
  dir.write("cases.yaml", cases("js-cases", "330881", "  \"330219001000\": {2020: 3}\n"));
  const model::Workspace ws = dir.load();
  CHECK(audit_years(ws, "330881", {2020}).findings.empty());  // nothing in force in 2020
  CHECK(with_code(audit_years(county_with_hecun().load(), "330881", {2022}), Code::B312).empty());
}

TEST_CASE("B314: a devolved matter listed in Y-1 and Y with no township case in either year, at the Y list's entry") {
  Catalogs dir = county_with_hecun();
  // The 2022 edition lists the same codes (and one new to 2022: listed one year only).
  dir.write("hecun-2022.yaml", township("js-hecun-2022", "330881102", 2022, "2022-03-01",
                                        {"330219002000", "330219001000", "330219003000"},
                                        "supersedes: js-hecun-2021\n"));
  dir.write("hecun-cases.yaml", cases("hecun-cases", "330881102", "  \"330219001000\": {2021: 1, 2022: 0}\n"));
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  const std::vector<const Finding*> b314 = with_code(result, Code::B314);
  REQUIRE(b314.size() == 1);  // 330219001000 had a case in 2021; 330219003000 is 暂停 (W207)
  CHECK(b314[0]->matter == "330219002000");
  CHECK(b314[0]->severity == Severity::Warning);
  CHECK(b314[0]->location.file == "hecun-2022.yaml");
  CHECK(b314[0]->location.line == 11);  // the first entry of the 2022 list
  CHECK(result.findings.size() == b314.size());
}

TEST_CASE("B314: quiet without the township's own cases, and for a list in force in Y only") {
  Catalogs without_cases = county_with_hecun();
  CHECK(audit_years(without_cases.load(), "330881", {2022}).findings.empty());

  Catalogs new_list = county_with_hecun();
  new_list.write("shuangta-2022.yaml",
                 township("js-shuangta-2022", "330881001", 2022, "2022-01-01", {"330219001000", "330219002000"}));
  new_list.write("shuangta-cases.yaml", cases("shuangta-cases", "330881001", "  \"330219001000\": {2022: 0}\n"));
  CHECK(audit_years(new_list.load(), "330881", {2022}).findings.empty());
  // A year later the same list has been in force two years without a case.
  const audit::RegionAudit later = audit_years(new_list.load(), "330881", {2023});
  CHECK(with_code(later, Code::B314).size() == 2);
}

TEST_CASE("B314: one finding per matter; a further township that never used it is a note") {
  Catalogs dir = county_with_hecun();
  dir.write("hecun-cases.yaml", cases("hecun-cases", "330881102", "  \"330219001000\": {2022: 1}\n"));
  dir.write("shuangta-2021.yaml",
            township("js-shuangta-2021", "330881001", 2021, "2021-01-01", {"330219001000", "330219002000"}));
  dir.write("shuangta-cases.yaml", cases("shuangta-cases", "330881001", "  \"330219001000\": {2021: 1}\n"));
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  const std::vector<const Finding*> b314 = with_code(result, Code::B314);
  REQUIRE(b314.size() == 1);
  CHECK(b314[0]->matter == "330219002000");
  CHECK(b314[0]->location.file == "shuangta-2021.yaml");  // 330881001 comes before 330881102
  REQUIRE(b314[0]->notes.size() == 1);
  CHECK(b314[0]->notes[0].location->file == "hecun-2021.yaml");
}
