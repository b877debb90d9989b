// "In force in a year" (format.md) and the counting rules of the coverage
// figures (rules.md: distinct codes, 有效 only, n/a never 0), on small
// catalogs written for each test.
#include <doctest/doctest.h>

#include "../loading.h"
#include "catalog_builder.h"

using namespace encat;
using namespace encat::test;
using model::Figure;

TEST_CASE("in force: effective by 12-31 of the year, until an edition that supersedes it is effective") {
  Catalogs dir;
  dir.write("a.yaml", header("unified", "zj-unified-2021", "330000", 2021, "2021-12-31") + "matters:\n" + matter("330219001000"));
  dir.write("b.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2023-01-01", "supersedes: zj-unified-2021\n") +
                          "matters:\n" + matter("330219001000") + matter("330219002000"));
  const model::Workspace ws = dir.load();
  REQUIRE(ws.findings().empty());
  const model::Catalog& a = by_id(ws, "zj-unified-2021");
  const model::Catalog& b = by_id(ws, "zj-unified-2022");
  CHECK_FALSE(ws.in_force(a, 2020));
  CHECK(ws.in_force(a, 2021));  // effective on the last day of the year
  CHECK(ws.in_force(a, 2022));  // its successor is not effective until 2023
  CHECK_FALSE(ws.in_force(b, 2022));
  CHECK_FALSE(ws.in_force(a, 2023));
  CHECK(ws.in_force(b, 2023));

  const audit::RegionAudit result = audit_years(ws, "330881", {2020, 2021, 2022, 2023});
  CHECK(result.years[0][Figure::MatterShare].ratio.denominator == 0);
  CHECK(result.years[1][Figure::MatterShare].ratio.numerator == 1);
  CHECK(result.years[2][Figure::MatterShare].ratio.numerator == 1);
  CHECK(result.years[3][Figure::MatterShare].ratio.numerator == 2);
}

TEST_CASE("in force: a chain supersedes through an edition that is not effective yet") {
  // A ← B ← C, but B takes effect only in 2025 while C does in 2023: in 2023
  // and 2024 C supersedes A through the chain, and B is not in force yet.
  Catalogs dir;
  dir.write("a.yaml", header("supervision", "js-sup-a", "330881", 2021, "2021-01-01") + "matters:\n" +
                          supervision_matter("JG-A", "住房和城乡建设局", {}));
  dir.write("b.yaml", header("supervision", "js-sup-b", "330881", 2024, "2025-01-01", "supersedes: js-sup-a\n") +
                          "matters:\n" + supervision_matter("JG-B", "住房和城乡建设局", {}));
  dir.write("c.yaml", header("supervision", "js-sup-c", "330881", 2023, "2023-06-01", "supersedes: js-sup-b\n") +
                          "matters:\n" + supervision_matter("JG-C", "住房和城乡建设局", {}));
  const model::Workspace ws = dir.load();
  const model::Catalog& a = by_id(ws, "js-sup-a");
  const model::Catalog& b = by_id(ws, "js-sup-b");
  const model::Catalog& c = by_id(ws, "js-sup-c");
  CHECK(ws.in_force(a, 2022));
  CHECK_FALSE(ws.in_force(c, 2022));
  for (int year : {2023, 2024}) {
    CAPTURE(year);
    CHECK_FALSE(ws.in_force(a, year));
    CHECK_FALSE(ws.in_force(b, year));
    CHECK(ws.in_force(c, year));
  }
  CHECK_FALSE(ws.in_force(a, 2025));
  CHECK_FALSE(ws.in_force(b, 2025));  // superseded by C, which is effective
  CHECK(ws.in_force(c, 2025));

  // claim_rate counts the supervision matters of the in-force list only.
  const audit::RegionAudit result = audit_years(ws, "330881", {2022, 2023});
  CHECK(result.years[0][Figure::ClaimRate].ratio.denominator == 1);
  CHECK(result.years[1][Figure::ClaimRate].ratio.denominator == 1);
}

TEST_CASE("counting: a code in two department catalogs is one matter, one domain set, its cases once") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330215001000", "生态环境", "生态环境局", "    traits: [高综合]\n"));
  dir.write("huanbao.yaml", header("department", "js-huanbao-2022", "330881", 2022, "2022-01-01",
                                   "department: 生态环境局\n") +
                                "matters:\n" + department_matter("330215101000", "生态环境", "    traits: [高频]\n"));
  dir.write("nongye.yaml", header("department", "js-nongye-2022", "330881", 2022, "2022-01-01",
                                  "department: 农业农村局\n") +
                               "matters:\n" + department_matter("330215101000", "生态环境", "    traits: [高频]\n"));
  dir.write("cases.yaml",
            "kind: cases\nid: js-cases\ntitle: 案件\nregion: \"330881\"\ncounts:\n"
            "  \"330215001000\": {2022: 3}\n  \"330215101000\": {2022: 7}\n");
  const model::Workspace ws = dir.load();
  REQUIRE(ws.findings().empty());
  const audit::YearFigures y = audit_years(ws, "330881", {2022}).years[0];
  CHECK(y[Figure::MatterShare].ratio.numerator == 1);
  CHECK(y[Figure::MatterShare].ratio.denominator == 2);
  CHECK(y[Figure::DomainShare].ratio.numerator == 1);
  CHECK(y[Figure::DomainShare].ratio.denominator == 1);
  CHECK(y[Figure::KeyMatterShare].ratio.numerator == 1);
  CHECK(y[Figure::KeyMatterShare].ratio.denominator == 2);
  CHECK(y[Figure::CaseShare].ratio.numerator == 3);
  CHECK(y[Figure::CaseShare].ratio.denominator == 10);  // not 17: the code's cases count once
}

TEST_CASE("counting: matters that are not 有效 are left out of every figure") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n") +
                                matter("330219002000", "市容环境卫生", "住房和城乡建设局",
                                       "    township: 必须下放\n    traits: [高频]\n    status: 暂停\n") +
                                matter("330216001000", "城乡规划", "自然资源和规划局", "    status: 取消\n"));
  dir.write("dept.yaml", header("department", "js-zhujian-2022", "330881", 2022, "2022-01-01",
                                "department: 住房和城乡建设局\n") +
                             "matters:\n" + department_matter("330219101000", "园林绿化", "    status: 取消\n"));
  dir.write("town.yaml",
            "kind: township\nid: js-hecun-2022\ntitle: 贺村镇\nregion: \"330881102\"\ncounty: \"330881\"\n"
            "edition: 2022\neffective: 2022-01-01\ndraws_from: [zj-unified-2022]\nmatters:\n"
            "  - code: \"330219001000\"\n");
  dir.write("cases.yaml",
            "kind: cases\nid: js-cases\ntitle: 案件\nregion: \"330881\"\ncounts:\n"
            "  \"330219001000\": {2022: 1}\n  \"330219002000\": {2022: 5}\n  \"330216001000\": {2022: 9}\n");
  const model::Workspace ws = dir.load();
  const audit::RegionAudit result = audit_years(ws, "330881", {2022});
  const audit::YearFigures& y = result.years[0];
  CHECK(y[Figure::MatterShare].ratio.numerator == 1);
  CHECK(y[Figure::MatterShare].ratio.denominator == 1);
  CHECK(y[Figure::DomainShare].ratio.denominator == 1);   // not 城乡规划 or 园林绿化
  CHECK(y[Figure::KeyMatterShare].ratio.denominator == 0);  // the 高频 matter is 暂停: n/a
  CHECK_FALSE(y[Figure::KeyMatterShare].ratio.value());
  CHECK(y[Figure::CaseShare].ratio.numerator == 1);
  CHECK(y[Figure::CaseShare].ratio.denominator == 1);
  CHECK(y[Figure::TownshipMandatory].ratio.denominator == 1);  // the 暂停 必须下放 matter is not required
  // B302 and B307 concern 有效 matters only; the 暂停/取消 matters are not supervised and have no case.
  CHECK(with_code(result, Code::B302).size() == 1);
  CHECK(with_code(result, Code::B307).empty());
}

TEST_CASE("townships: counted from their effective year, once per catalog in force") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n") +
                                matter("330219002000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n"));
  const std::string town =
      "title: 乡镇目录\ncounty: \"330881\"\ndraws_from: [zj-unified-2022]\nmatters:\n";
  // 贺村镇: 2022 edition lists one of two; its 2023 edition (supersedes) lists both.
  dir.write("hecun-2022.yaml", "kind: township\nid: js-hecun-2022\nregion: \"330881102\"\nedition: 2022\n"
                               "effective: 2022-03-01\n" + town + "  - code: \"330219001000\"\n");
  dir.write("hecun-2023.yaml", "kind: township\nid: js-hecun-2023\nregion: \"330881102\"\nedition: 2023\n"
                               "effective: 2023-03-01\nsupersedes: js-hecun-2022\n" + town +
                               "  - code: \"330219001000\"\n  - code: \"330219002000\"\n");
  // 清湖街道: in force from 2023 only.
  dir.write("qinghu-2023.yaml", "kind: township\nid: js-qinghu-2023\nregion: \"330881003\"\nedition: 2023\n"
                                "effective: 2023-11-01\n" + town + "  - code: \"330219002000\"\n");
  const model::Workspace ws = dir.load();
  const audit::RegionAudit result = audit_years(ws, "330881", {2021, 2022, 2023});
  CHECK_FALSE(result.years[0][Figure::TownshipMandatory].ratio.value());  // n/a in 2021, not 0%
  CHECK(result.years[1][Figure::TownshipMandatory].ratio.numerator == 1);
  CHECK(result.years[1][Figure::TownshipMandatory].ratio.denominator == 2);
  REQUIRE(result.years[1].townships.size() == 1);
  CHECK(result.years[1].townships[0].missing == std::vector<std::string>{"330219002000"});
  CHECK(result.years[2][Figure::TownshipMandatory].ratio.numerator == 3);  // 2 (贺村镇 2023) + 1 (清湖)
  CHECK(result.years[2][Figure::TownshipMandatory].ratio.denominator == 4);
  REQUIRE(result.years[2].townships.size() == 2);
  CHECK(result.years[2].townships[0].id == "js-qinghu-2023");  // region order: 330881003 first
  CHECK(result.years[2].townships[1].id == "js-hecun-2023");
}

TEST_CASE("figures: a figure with denominator 0 is n/a, and n/a against a target is not a miss") {
  audit::FigureResult figure;
  figure.target = 1.0;
  CHECK_FALSE(figure.ratio.value());
  CHECK_FALSE(figure.met().has_value());
  figure.ratio = {0, 4};
  CHECK(figure.ratio.value() == 0.0);  // 0%, not n/a
  CHECK(figure.met() == false);
  audit::RegionAudit audit;
  audit.years.resize(1);
  audit.years[0].figures[static_cast<size_t>(Figure::TownshipMandatory)].target = 1.0;
  CHECK_FALSE(audit.target_missed());
}
