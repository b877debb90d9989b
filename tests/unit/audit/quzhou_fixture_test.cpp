// tests/fixtures/audit/quzhou (see its README.md): two counties, figures and
// gaps counted by hand.
//
// 江山市 330881
//   2021: unified-2021 (U1 U2 U3), departments (D1 D2 D3), supervision-2021.
//         matter 3/(3+3); domains {住建 市容 规划} / + {生态环境 自然资源};
//         key U1 U2 / + D1; cases 10+20+2 / + 30+0+5; no township;
//         claim 4/4; inspection: S1 (5) yes, S3 (0) no → 1/2.
//   2022: unified-2022 (U1–U5 有效, U6 暂停) + extension (E1), departments,
//         supervision-2022, 贺村镇. matter 6/9; domains 4/5; key U1 U2 U4 U5 / + D1;
//         cases 12+25+1+6+3+1 / + 28+0+5; mandatory U1 U4 E1: 贺村镇 3/3;
//         claim 5/5; inspection S1 S3 S5 3/3.
//   2023: + 清湖街道 (edition 2023) listing U1 U4 only: 5/6; cases 15+30+0+8+4+2 / + 26+0+5.
// 常山县 330822 (2022 and 2023 alike but for inspections): U1–U5 / + D1;
//   domains 4/4; key 4/5; no cases; no township; claim 2/3; inspection 1/1 then 0/1.
#include <doctest/doctest.h>

#include "audit/audit.h"
#include "util/files.h"

using namespace encat;
using model::Figure;

namespace {

const model::Workspace& quzhou() {
  static const model::Workspace ws = [] {
    return model::Workspace::load(
        collect_files({std::string(ENCAT_SOURCE_DIR) + "/tests/fixtures/audit/quzhou"}).files, model::LoadOptions{});
  }();
  return ws;
}

struct Expected {
  Figure figure;
  long long numerator[3];
  long long denominator[3];
};

void check(const audit::RegionAudit& result, const Expected (&expected)[7]) {
  for (const Expected& e : expected)
    for (size_t y = 0; y < result.years.size(); ++y) {
      CAPTURE(model::figure_name(e.figure));
      CAPTURE(result.years[y].year);
      CHECK(result.years[y][e.figure].ratio.numerator == e.numerator[y]);
      CHECK(result.years[y][e.figure].ratio.denominator == e.denominator[y]);
    }
}

}  // namespace

TEST_CASE("quzhou fixture: the fixture itself has no reading, catalog or reference problem") {
  CHECK(quzhou().findings().empty());
}

TEST_CASE("quzhou fixture: 江山市's figures for 2021-2023") {
  const audit::RegionAudit result = audit::audit_region(quzhou(), {"330881", {2021, 2022, 2023}, nullptr});
  REQUIRE(result.years.size() == 3);
  const Expected expected[] = {
      {Figure::MatterShare, {3, 6, 6}, {6, 9, 9}},
      {Figure::DomainShare, {3, 4, 4}, {5, 5, 5}},
      {Figure::KeyMatterShare, {2, 4, 4}, {3, 5, 5}},
      {Figure::CaseShare, {32, 48, 59}, {67, 81, 90}},
      {Figure::TownshipMandatory, {0, 3, 5}, {0, 3, 6}},
      {Figure::ClaimRate, {4, 5, 5}, {4, 5, 5}},
      {Figure::InspectionCoverage, {1, 3, 3}, {2, 3, 3}},
  };
  check(result, expected);
  CHECK_FALSE(result.years[0][Figure::TownshipMandatory].ratio.value());

  // 清湖街道 draws from the unified catalog only, yet the county's extension's
  // 必须下放 matter E1 is in its denominator (audit.cpp: the county's in-force
  // 必须下放 matters).
  const std::vector<audit::TownshipRate>& towns = result.years[2].townships;
  REQUIRE(towns.size() == 2);
  CHECK(towns[0].id == "jiangshan-qinghu-2023");
  CHECK(towns[0].ratio.numerator == 2);
  CHECK(towns[0].ratio.denominator == 3);
  CHECK(towns[0].missing == std::vector<std::string>{"330219901000"});
  CHECK(towns[1].id == "jiangshan-hecun-2022");
  CHECK(towns[1].missing.empty());
  CHECK(result.years[1].townships.size() == 1);  // 清湖街道 is not in force in 2022

  CHECK(result.findings_year == 2023);
  CHECK(result.findings.empty());
}

TEST_CASE("quzhou fixture: the 2021 gap (JG330881-0003 not inspected) is gone when 2023 is the last year") {
  const audit::RegionAudit y2021 = audit::audit_region(quzhou(), {"330881", {2021}, nullptr});
  REQUIRE(y2021.findings.size() == 1);
  CHECK(y2021.findings[0].code == Code::B308);
  CHECK(y2021.findings[0].matter == "JG330881-0003");
  CHECK(y2021.findings[0].location.line == 19);
  CHECK(y2021.findings[0].location.column == 11);

  const audit::RegionAudit span = audit::audit_region(quzhou(), {"330881", {2021, 2022}, nullptr});
  CHECK(span.findings_year == 2022);
  CHECK(span.findings.empty());
}

TEST_CASE("quzhou fixture: 常山县's figures and gaps for 2022-2023") {
  const audit::RegionAudit result = audit::audit_region(quzhou(), {"330822", {2022, 2023}, nullptr});
  REQUIRE(result.years.size() == 2);
  const Expected expected[] = {
      {Figure::MatterShare, {5, 5}, {6, 6}},
      {Figure::DomainShare, {4, 4}, {4, 4}},
      {Figure::KeyMatterShare, {4, 4}, {5, 5}},
      {Figure::CaseShare, {0, 0}, {0, 0}},
      {Figure::TownshipMandatory, {0, 0}, {0, 0}},
      {Figure::ClaimRate, {2, 2}, {3, 3}},
      {Figure::InspectionCoverage, {1, 0}, {1, 1}},
  };
  check(result, expected);
  REQUIRE(result.findings.size() == 3);
  CHECK(result.findings[0].code == Code::B308);  // changshan/supervision-2022.yaml:8
  CHECK(result.findings[0].matter == "JG330822-0001");
  CHECK(result.findings[1].code == Code::B303);  // changshan/supervision-2022.yaml:14
  CHECK(result.findings[1].matter == "JG330822-0002");
  CHECK(result.findings[2].code == Code::B302);  // unified-2022.yaml
  CHECK(result.findings[2].matter == "330215001000");
}

TEST_CASE("quzhou fixture: targets are checked at full precision; n/a is never a miss") {
  const auto targets = std::get<const model::Catalog*>(quzhou().choose(model::Kind::Targets, std::nullopt));
  REQUIRE(targets);
  const audit::RegionAudit result = audit::audit_region(quzhou(), {"330881", {2021, 2022, 2023}, targets});
  // 2021: 3/6 against 0.5 is met (equal); township n/a against 1.0 is neither met nor missed.
  CHECK(result.years[0][Figure::MatterShare].met() == true);
  CHECK(result.years[0][Figure::TownshipMandatory].target == 1.0);
  CHECK_FALSE(result.years[0][Figure::TownshipMandatory].met().has_value());
  // 2022: 6/9 = 0.6666… is shown as 66.7% but misses 0.667.
  CHECK(result.years[1][Figure::MatterShare].met() == false);
  // Figures without a target for the year have none.
  CHECK_FALSE(result.years[1][Figure::DomainShare].target.has_value());
  CHECK(result.target_missed());

  const audit::RegionAudit only_2021 = audit::audit_region(quzhou(), {"330881", {2021}, targets});
  CHECK_FALSE(only_2021.target_missed());
}

TEST_CASE("quzhou fixture: default year and counties ignore other provinces and reference data") {
  CHECK(audit::latest_edition(quzhou(), "330881") == 2023);  // the 2023 township list
  CHECK(audit::latest_edition(quzhou(), "330822") == 2022);  // not js-unified-2024 (another province)
  CHECK_FALSE(audit::latest_edition(quzhou(), "330882"));
  CHECK(audit::counties(quzhou()) == std::vector<std::string>{"330822", "330881"});  // not 330000, 330800, 320000
}
