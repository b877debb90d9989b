// The sample province's figures and gaps for 江山市 (330881), 2021–2023,
// computed by hand from catalogs/ (counting, in the YAML, the matters,
// domains, traits, cases, townships and supervision matters of the catalogs
// in force at each year's end, with a throwaway script and by reading) and
// pinned here. If encat and this file disagree, recount before re-blessing.
#include <doctest/doctest.h>

#include <algorithm>

#include "audit/audit.h"
#include "util/files.h"

using namespace encat;
using model::Figure;

namespace {

const model::Workspace& sample() {
  static const model::Workspace ws = [] {
    model::LoadOptions options;
    return model::Workspace::load(collect_files({std::string(ENCAT_SOURCE_DIR) + "/catalogs"}).files, options);
  }();
  return ws;
}

const model::Catalog* only(model::Kind kind) { return std::get<const model::Catalog*>(sample().choose(kind, std::nullopt)); }

audit::RegionAudit sample_audit() {
  return audit::audit_region(sample(), {"330881", {2021, 2022, 2023}, only(model::Kind::Targets), only(model::Kind::Registry)});
}

struct Expected {
  Figure figure;
  long long numerator[3];  // 2021, 2022, 2023
  long long denominator[3];
};

// In force at the end of each year:
// 2021: unified-2021 (54 matters, 5 domains once 住房城乡建设 is one domain),
//   seven department catalogs (市场监管 100, 生态环境 97, 交通运输 94, 农业农村 6,
//   自然资源 6, 应急管理 5, 卫生健康 6 = 314; 文化 only from 2022-03-01),
//   supervision-2021 (31), 18 township lists of 2021 (13 必须下放 each;
//   清湖街道 has none). unified-2021-addition (from 2022-01-31) is superseded
//   by unified-2022 (2022-07-01) before the end of 2022, so no year counts it.
// 2022: unified-2022 (94, 12 domains) + extension-2022 (10), eight department
//   catalogs (319), supervision-2022 (46), 17 township lists of 2022 plus the
//   2021 lists of 保安乡 and 塘源口乡, never re-issued against the 2022
//   edition (18 必须下放 each: 17 of unified-2022, 1 of the extension).
// 2023: as 2022, but 塘源口乡's 2023 list replaces its 2021 one.
const Expected expected[] = {
    // comprehensive / comprehensive ∪ department: 54/(54+314), 104/(104+319)
    {Figure::MatterShare, {54, 104, 104}, {368, 423, 423}},
    // domains: 5 of 14 (the departments add 交通运输… 港航, 市场监管 and its four,
    // 农业农村, 应急管理, 卫生健康); 12 of 18 (文化旅游, 档案, 民政, 人防 and the two
    // moved in 2022 now comprehensive)
    {Figure::DomainShare, {5, 12, 12}, {14, 18, 18}},
    // matters with 高频/高综合/高需求 among the comprehensive / all
    {Figure::KeyMatterShare, {39, 60, 60}, {67, 90, 90}},
    // cases.yaml summed over the codes of each year's matters (a code no
    // matter of that year, 330222006000 in 2022–2023, counts in neither)
    {Figure::CaseShare, {2350, 3694, 4153}, {3520, 4971, 5503}},
    // 18×13 = 234 of 234; 2022: 17×18 + 保安乡 13 + 塘源口乡 14 = 333 of 19×18;
    // 2023: 18×18 + 保安乡 13 = 337 of 342
    {Figure::TownshipMandatory, {234, 333, 337}, {234, 342, 342}},
    // JG330881-0016 (水土保持) unclaimed in 2021 only
    {Figure::ClaimRate, {30, 46, 46}, {31, 46, 46}},
    // JG330881-0009 has no inspection in 2022
    {Figure::InspectionCoverage, {26, 38, 39}, {26, 39, 39}},
    // jiangshan/staffing.yaml: frontline and township of total, each year
    {Figure::StaffFrontlineShare, {441, 520, 531}, {586, 612, 620}},
    {Figure::StaffTownshipShare, {262, 330, 341}, {586, 612, 620}},
};

// A gap as "code matter-or-file": the matter it names, else the file it sits in.
std::string label(const Finding& f) {
  std::string where = f.matter;
  if (where.empty()) where = f.location.file.substr(f.location.file.rfind('/') + 1);
  return std::string(f.info().id) + " " + where;
}

std::vector<std::string> labels(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(label(f));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the sample county's figures for 2021-2023 match the hand computation") {
  const audit::RegionAudit result = sample_audit();
  REQUIRE(result.years.size() == 3);
  for (const Expected& e : expected) {
    for (size_t y = 0; y < 3; ++y) {
      CAPTURE(model::figure_name(e.figure));
      CAPTURE(result.years[y].year);
      const audit::Ratio ratio = result.years[y][e.figure].ratio;
      CHECK(ratio.numerator == e.numerator[y]);
      CHECK(ratio.denominator == e.denominator[y]);
    }
  }
  CHECK(result.target_missed());
}

TEST_CASE("the sample misses 江山's 2021 targets for matters, domains, claims and staff and meets them in 2022") {
  const audit::RegionAudit result = sample_audit();
  REQUIRE(result.years.size() == 3);
  for (Figure figure : {Figure::MatterShare, Figure::DomainShare, Figure::ClaimRate, Figure::StaffFrontlineShare,
                        Figure::StaffTownshipShare}) {
    CAPTURE(model::figure_name(figure));
    REQUIRE(result.years[0][figure].target);
    CHECK(*result.years[0][figure].ratio.value() < *result.years[0][figure].target);  // 14.7%, 35.7%, 96.8%, 75.3%, 44.7%
    CHECK(*result.years[1][figure].ratio.value() >= *result.years[1][figure].target);
  }
  // 江山's plan states no 2021 target for the key matters nor for the townships.
  CHECK_FALSE(result.years[0][Figure::KeyMatterShare].target);
  CHECK_FALSE(result.years[0][Figure::TownshipMandatory].target);
  // What each year counted: the 2021 addition list never is in force at a year's end.
  for (const audit::YearFigures& year : result.years)
    for (const audit::CountedCatalog& c : year.counted) CHECK(c.catalog->id != "zj-unified-2021-addition");
}

TEST_CASE("the sample's gaps in each year are exactly the hand-counted ones") {
  const audit::RegionAudit result = sample_audit();
  REQUIRE(result.years.size() == 3);
  // 2021: 水土保持 unclaimed; 清湖街道 has no list yet; 文化和广电旅游体育局 has
  // no catalog yet (it takes effect 2022-03-01).
  CHECK(labels(result.years[0].findings) ==
        std::vector<std::string>{"B303 JG330881-0016", "B309 registry.yaml", "B310 registry.yaml"});
  CHECK(result.years[0].missing_townships == std::vector<std::string>{"330881003"});
  CHECK(result.years[0].missing_departments == std::vector<std::string>{"文化和广电旅游体育局"});
  // 2022: JG330881-0009 not inspected; 保安乡 and 塘源口乡 still draw from
  // unified-2021; cases stayed on 330222006000, recoded 330222016000.
  CHECK(labels(result.years[1].findings) == std::vector<std::string>{"B308 JG330881-0009", "B311 baoan-2021.yaml",
                                                                      "B311 tangyuankou-2021.yaml", "B312 330222006000"});
  // 2023: two matters without a case 2019–2023; 保安乡's 2021 list is stale and
  // due for review; the recoding still; 廿八都镇 never used 330219003000 in
  // 2022–2023 (its own cases).
  CHECK(labels(result.years[2].findings) ==
        std::vector<std::string>{"B307 330222002000", "B307 330225003000", "B311 baoan-2021.yaml", "B312 330222006000",
                                 "B313 baoan-2021.yaml", "B314 330219003000"});
  for (const audit::YearFigures& year : result.years) CHECK(year.province_findings.empty());
  CHECK(result.findings_year == 2023);
  CHECK(labels(result.findings) == labels(result.years[2].findings));
}

TEST_CASE("each township's own mandatory rate is listed beside the total") {
  const audit::RegionAudit result = audit::audit_region(sample(), {"330881", {2022}, nullptr});
  const std::vector<audit::TownshipRate>& towns = result.years[0].townships;
  REQUIRE(towns.size() == 19);
  CHECK(towns.front().region == "330881001");
  for (const audit::TownshipRate& t : towns) {
    CAPTURE(t.region);
    const long long listed = t.region == "330881201" ? 13 : t.region == "330881204" ? 14 : 18;
    CHECK(t.ratio.numerator == listed);
    CHECK(t.ratio.denominator == 18);
    CHECK(t.missing.size() == static_cast<size_t>(18 - listed));
  }
  CHECK_FALSE(result.years[0][Figure::MatterShare].target);  // no targets asked for
}

TEST_CASE("the default year is the latest edition of the county and its province") {
  CHECK(audit::latest_edition(sample(), "330881") == 2023);  // 塘源口乡's 2023 list
  CHECK_FALSE(audit::latest_edition(sample(), "330882"));
  CHECK(audit::counties(sample()) == std::vector<std::string>{"330881"});
}
