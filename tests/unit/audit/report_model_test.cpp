// What the audit result carries for the reports besides the figures: names
// (registry, else a catalog's title, else the code), what each year counted
// (口径) and what the registry expects but misses, the gaps of every year with
// the province's unified-catalog gaps apart, and what each gap's matter is.
#include <doctest/doctest.h>

#include "catalog_builder.h"

using namespace encat;
using namespace encat::test;

namespace {

const std::string unified_2021 =
    header("unified", "zj-unified-2021", "330000", 2021, "2021-03-01", "document: 浙政办发〔2021〕9号\n") + "matters:\n" +
    matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n") +
    "  - code: \"330219002000\"\n    name: 无边界的事项\n    domain: 市容环境卫生\n    power: 行政处罚\n"
    "    basis:\n      - law: 城市市容和环境卫生管理条例\n    scope: 全部\n    from: [住房和城乡建设局]\n";
const std::string unified_2022 = header("unified", "zj-unified-2022", "330000", 2022, "2022-07-01",
                                        "supersedes: zj-unified-2021\n") +
                                 "matters:\n" + matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n");
const std::string supervision = header("supervision", "js-supervision-2021", "330881", 2021, "2021-03-01") + "matters:\n" +
                                supervision_matter("JG-1", "住房和城乡建设局", {"330219001000"}) +
                                supervision_matter("JG-2", "", {"330219002000"});
const std::string township = header("township", "js-hecun-2022", "330881102", 2022, "2022-08-01",
                                    "county: \"330881\"\ndraws_from: [zj-unified-2022]\n") +
                             "matters:\n  - code: \"330219001000\"\n";
const std::string registry = "kind: registry\nid: zj-registry\ntitle: 登记表\n"
                             "specialist_departments: [生态环境局]\n"
                             "regions:\n"
                             "  \"330000\": 浙江省\n"
                             "  \"330881\": 江山市\n"
                             "  \"330881001\": 双塔街道\n"
                             "  \"330881102\": 贺村镇\n";

struct Loaded {
  model::Workspace ws;
  audit::RegionAudit run(std::vector<int> years, bool with_registry = true) const {
    audit::Options options{"330881", std::move(years), nullptr};
    options.registry = with_registry ? ws.find("zj-registry") : nullptr;
    return audit::audit_region(ws, options);
  }
};

Loaded load(bool with_registry = true) {
  Catalogs dir;
  dir.write("a-unified-2021.yaml", unified_2021);
  dir.write("a-unified-2022.yaml", unified_2022);
  dir.write("b-supervision.yaml", supervision);
  dir.write("c-hecun.yaml", township);
  if (with_registry) dir.write("r.yaml", registry);
  return {dir.load()};
}

// The ids of the catalogs a year counted, in order: "a b c".
std::string ids(const audit::YearFigures& year) {
  std::string out;
  for (const audit::CountedCatalog& c : year.counted) out += (out.empty() ? "" : " ") + std::string(c.catalog->id);
  return out;
}

}  // namespace

TEST_CASE("names come from the registry's regions, else from a catalog's title, else the code") {
  const Loaded named = load();
  const audit::RegionAudit a = named.run({2022});
  CHECK(a.name == "江山市");
  CHECK(a.province == "330000");
  CHECK(a.province_name == "浙江省");
  REQUIRE(a.years[0].townships.size() == 1);
  CHECK(a.years[0].townships[0].name == "贺村镇");

  // Without a registry: the place at the head of a catalog's title.
  auto retitled = [](std::string yaml, const std::string& title) {
    const size_t at = yaml.find("\ntitle: ") + 8;
    return yaml.replace(at, yaml.find('\n', at) - at, title);
  };
  Catalogs dir;
  dir.write("s.yaml", retitled(header("supervision", "s", "330881", 2021, "2021-03-01"), "江山市监管事项清单（2021年）") +
                          "matters:\n" + supervision_matter("JG-1", "住房和城乡建设局", {"330219001000"}));
  dir.write("t.yaml", retitled(header("township", "t", "330881102", 2022, "2022-08-01", "county: \"330881\"\n"),
                             "贺村镇综合行政执法事项目录") +
                          "matters:\n  - code: \"330219001000\"\n");
  const model::Workspace ws = dir.load();
  const audit::RegionAudit titled = audit::audit_region(ws, {"330881", {2022}, nullptr});
  CHECK(titled.name == "江山市");
  REQUIRE(titled.years[0].townships.size() == 1);
  CHECK(titled.years[0].townships[0].name == "贺村镇");
  CHECK(titled.province_name == "330000");  // no catalog titled for the province: its code
}

TEST_CASE("each year counts the catalogs in force then, unified first, and says what the registry misses") {
  const Loaded loaded = load();  // the counted catalogs point into its workspace
  const audit::RegionAudit a = loaded.run({2021, 2022});
  REQUIRE(a.years.size() == 2);
  CHECK(ids(a.years[0]) == "zj-unified-2021 js-supervision-2021");
  CHECK(ids(a.years[1]) == "zj-unified-2022 js-supervision-2021 js-hecun-2022");
  CHECK(a.years[0].counted[0].entries == 2);
  CHECK(a.years[0].counted[1].entries == 2);
  CHECK(a.years[0].missing_townships == std::vector<std::string>{"330881001", "330881102"});
  CHECK(a.years[1].missing_townships == std::vector<std::string>{"330881001"});
  CHECK(a.township_names.at("330881001") == "双塔街道");
  CHECK(a.years[1].missing_departments == std::vector<std::string>{"生态环境局"});
  CHECK(load().run({2022}, false).years[0].missing_townships.empty());  // no registry: nothing expected
}

TEST_CASE("every year has its gaps and the unified catalog's B301 is the province's, not the county's") {
  const audit::RegionAudit a = load().run({2021, 2022});
  auto codes = [](const std::vector<Finding>& findings) {  // "B301 330219002000, B303 JG-2"
    std::string out;
    for (const Finding& f : findings) out += (out.empty() ? "" : ", ") + std::string(code_info(f.code).id) + " " + f.matter;
    return out;
  };
  // 2021: 330219002000 has no boundary (the province's) and is covered only
  // by an unclaimed matter; the registry's two townships and its specialist
  // department have no catalog yet (in file order: the registry's
  // specialist_departments come before its regions).
  CHECK(codes(a.years[0].province_findings) == "B301 330219002000");
  CHECK(codes(a.years[0].findings) == "B303 JG-2, B310 , B309 , B309 ");
  // 2022: the 2022 edition has a boundary for its one matter.
  CHECK(a.years[1].province_findings.empty());
  // The top-level list is the last year's, county and province together.
  CHECK(a.findings_year == 2022);
  CHECK(codes(a.findings) == codes(a.years[1].findings));
}

TEST_CASE("a gap's matter is described by name, domain, the departments it moved from and those claiming it") {
  const audit::RegionAudit a = load().run({2021});
  const auto matter = a.matters.find("330219002000");
  REQUIRE(matter != a.matters.end());
  CHECK(matter->second.name == "无边界的事项");
  CHECK(matter->second.domain == "市容环境卫生");
  CHECK(matter->second.from == std::vector<std::string>{"住房和城乡建设局"});
  CHECK(matter->second.claimed.empty());  // JG-2 covers it but is unclaimed
  const auto supervision_matter = a.matters.find("JG-2");
  REQUIRE(supervision_matter != a.matters.end());
  CHECK(supervision_matter->second.name == "监管JG-2");
}

TEST_CASE("a code no catalog in force has is named from the county's or province's latest edition that had it") {
  Catalogs dir;
  dir.write("a-unified-2021.yaml", unified_2021);
  dir.write("a-unified-2022.yaml", unified_2022);  // drops 330219002000
  // Another county's catalog with the same code under another name is not this county's.
  dir.write("b-other.yaml", header("extension", "cs-extension-2022", "330822", 2022, "2022-07-01", "extends: zj-unified-2022\n") +
                                "matters:\n  - code: \"330219002000\"\n    name: 别县的事项\n    domain: 市容环境卫生\n"
                                "    power: 行政处罚\n    basis:\n      - law: 城市市容和环境卫生管理条例\n    scope: 全部\n"
                                "    boundary: 综合行政执法部门负责。\n    from: [住房和城乡建设局]\n");
  dir.write("c-cases.yaml", "kind: cases\nid: js-cases\ntitle: 案件\nregion: \"330881\"\ncounts:\n"
                            "  \"330219002000\": {2022: 3}\n");
  const model::Workspace ws = dir.load();
  const audit::RegionAudit a = audit::audit_region(ws, {"330881", {2022}, nullptr});
  const auto matter = a.matters.find("330219002000");
  REQUIRE(matter != a.matters.end());
  CHECK(matter->second.name == "无边界的事项");
}
