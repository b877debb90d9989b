// The catalog-level gaps (rules.md B309, B310, B311, B313): each fires where
// rules.md says, at the place it says, and stays quiet on complete data.
#include <doctest/doctest.h>

#include "catalog_builder.h"

using namespace encat;
using namespace encat::test;

namespace {

const std::string unified_2021 = header("unified", "zj-unified-2021", "330000", 2021, "2021-01-01") + "matters:\n" +
                                 matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n");
const std::string unified_2022 = header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01",
                                        "supersedes: zj-unified-2021\n") +
                                 "matters:\n" +
                                 matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    township: 必须下放\n");

std::string township(const std::string& id, const std::string& region, int edition, const std::string& effective,
                     const std::string& draws_from, const std::string& extra = {}) {
  return header("township", id, region, edition, effective, "county: \"330881\"\n" + extra + "draws_from: [" + draws_from + "]\n") +
         "matters:\n  - code: \"330219001000\"\n";
}

std::string department(const std::string& id, const std::string& region, const std::string& name, int edition,
                       const std::string& effective) {
  return header("department", id, region, edition, effective, "department: " + name + "\n") + "matters:\n" +
         department_matter("330215001000");
}

const std::string registry = "kind: registry\nid: zj-registry\ntitle: 登记表\n"
                             "specialist_departments: [市场监督管理局, 生态环境局]\n"
                             "regions:\n"
                             "  \"330881\": 江山市\n"
                             "  \"330881001\": 双塔街道\n"
                             "  \"330881102\": 贺村镇\n"
                             "  \"330822100\": 天马街道\n";

struct Audit {
  model::Workspace ws;
  const model::Catalog* registry = nullptr;
  audit::RegionAudit run(int year, int review_years = 2, bool with_registry = true) const {
    audit::Options options{"330881", {year}, nullptr};
    options.registry = with_registry ? registry : nullptr;
    options.review_years = review_years;
    return audit::audit_region(ws, options);
  }
};

Audit load(Catalogs& dir) {
  Audit a{dir.load()};
  for (const Finding& f : a.ws.findings()) FAIL_CHECK(f.message.en);
  a.registry = a.ws.find("zj-registry");
  return a;
}

std::vector<const Finding*> catalog_gaps(const audit::RegionAudit& result) {
  std::vector<const Finding*> found;
  for (const Finding& f : result.findings)
    if (f.code == Code::B309 || f.code == Code::B310 || f.code == Code::B311 || f.code == Code::B313) found.push_back(&f);
  return found;
}

}  // namespace

TEST_CASE("B309: a township the registry names without a township list in force, at its registry entry") {
  Catalogs dir;
  dir.write("registry.yaml", registry);
  dir.write("unified-2022.yaml", unified_2022.substr(0, unified_2022.find("supersedes")) +
                                     unified_2022.substr(unified_2022.find("matters:")));
  dir.write("shuangta-2022.yaml", township("js-shuangta-2022", "330881001", 2022, "2022-03-01", "zj-unified-2022"));
  dir.write("hecun-2024.yaml", township("js-hecun-2024", "330881102", 2024, "2024-03-01", "zj-unified-2022"));
  const Audit a = load(dir);
  const audit::RegionAudit in_2023 = a.run(2023);
  const std::vector<const Finding*> b309 = with_code(in_2023, Code::B309);
  REQUIRE(b309.size() == 1);  // 贺村镇 (its list takes effect in 2024); not 双塔街道, not 常山's 天马街道
  CHECK(b309[0]->location.file == "registry.yaml");
  CHECK(b309[0]->location.line == 8);
  CHECK(b309[0]->location.column == 3);
  CHECK(b309[0]->matter.empty());
  CHECK(b309[0]->severity == Severity::Error);
  CHECK(b309[0]->message.zh == "登记表列出的乡镇（街道）`330881102`（贺村镇）在 2023 年没有施行中的乡镇目录");
  CHECK(b309[0]->message.en == "township `330881102` (贺村镇) of the registry has no township catalog in force in 2023");
  CHECK(with_code(a.run(2024), Code::B309).empty());
  CHECK(with_code(a.run(2023, 2, false), Code::B309).empty());  // without a registry: silent
}

TEST_CASE("B310: a specialist department without a department catalog of the county in force, at its registry entry") {
  Catalogs dir;
  dir.write("registry.yaml", registry);
  dir.write("scjg-2022.yaml", department("js-scjg-2022", "330881", "市场监督管理局", 2022, "2022-01-01"));
  dir.write("huanbao-changshan.yaml", department("cs-huanbao-2022", "330822", "生态环境局", 2022, "2022-01-01"));
  dir.write("huanbao-2024.yaml", department("js-huanbao-2024", "330881", "生态环境局", 2024, "2024-01-01"));
  const Audit a = load(dir);
  const audit::RegionAudit in_2023 = a.run(2023);
  const std::vector<const Finding*> b310 = with_code(in_2023, Code::B310);
  REQUIRE(b310.size() == 1);  // 生态环境局: 常山's catalog is not 江山's, and 江山's takes effect in 2024
  CHECK(b310[0]->location.file == "registry.yaml");
  CHECK(b310[0]->location.line == 4);
  CHECK(b310[0]->location.column == 35);
  CHECK(b310[0]->matter.empty());
  CHECK(b310[0]->severity == Severity::Warning);
  CHECK(b310[0]->message.en ==
        "specialist department `生态环境局` has no department catalog of `330881` in force in 2023: the matter shares are "
        "computed without it");
  CHECK(with_code(a.run(2024), Code::B310).empty());
  CHECK(with_code(a.run(2023, 2, false), Code::B310).empty());
}

TEST_CASE("B311: an in-force township drawing from a superseded edition, at the draws_from entry, with the new edition") {
  Catalogs dir;
  dir.write("unified-2021.yaml", unified_2021);
  dir.write("unified-2022.yaml", unified_2022);
  dir.write("shuangta-2021.yaml", township("js-shuangta-2021", "330881001", 2021, "2021-06-01", "zj-unified-2021"));
  dir.write("hecun-2022.yaml", township("js-hecun-2022", "330881102", 2022, "2022-03-01", "zj-unified-2022"));
  const Audit a = load(dir);
  CHECK(catalog_gaps(a.run(2021)).empty());  // the 2021 list against the 2021 edition
  const audit::RegionAudit in_2022 = a.run(2022);
  const std::vector<const Finding*> b311 = with_code(in_2022, Code::B311);
  REQUIRE(b311.size() == 1);
  CHECK(b311[0]->location.file == "shuangta-2021.yaml");
  CHECK(b311[0]->location.line == 8);
  CHECK(b311[0]->location.column == 14);
  CHECK(b311[0]->matter.empty());
  CHECK(b311[0]->message.en ==
        "township catalog `js-shuangta-2021` draws from `zj-unified-2021`, which is not in force in 2022: the list was "
        "not re-issued against the new edition");
  REQUIRE(b311[0]->notes.size() == 1);
  CHECK(b311[0]->notes[0].location->file == "unified-2022.yaml");
  CHECK(b311[0]->notes[0].location->line == 7);
  CHECK(catalog_gaps(a.run(2022)).size() == 1);
}

TEST_CASE("B313: a township list in force more than review_years before the year's end, with no new edition") {
  Catalogs dir;
  dir.write("unified-2021.yaml", unified_2021);
  dir.write("shuangta-2021.yaml", township("js-shuangta-2021", "330881001", 2021, "2021-06-01", "zj-unified-2021"));
  dir.write("hecun-2021.yaml", township("js-hecun-2021", "330881102", 2021, "2021-12-31", "zj-unified-2021"));
  dir.write("zhangcun-2021.yaml", township("js-zhangcun-2021", "330881103", 2021, "2021-01-01", "zj-unified-2021"));
  // 张村乡's list was reviewed: a new edition takes effect in 2024 (after the year audited).
  dir.write("zhangcun-2024.yaml", township("js-zhangcun-2024", "330881103", 2024, "2024-01-01", "zj-unified-2021",
                                           "supersedes: js-zhangcun-2021\n"));
  const Audit a = load(dir);
  CHECK(with_code(a.run(2022), Code::B313).empty());
  const audit::RegionAudit in_2023 = a.run(2023);
  const std::vector<const Finding*> b313 = with_code(in_2023, Code::B313);
  // 2021-06-01 is more than two years before 2023-12-31; 2021-12-31 is exactly two.
  REQUIRE(b313.size() == 1);
  CHECK(b313[0]->location.file == "shuangta-2021.yaml");
  CHECK(b313[0]->location.line == 6);  // `effective`
  CHECK(b313[0]->location.column == 12);
  CHECK(b313[0]->matter.empty());
  CHECK(b313[0]->message.zh == "乡镇目录 `js-shuangta-2021` 自 2021-06-01 施行，到 2023 年底已超过 2 年，尚无新版替代（每2年进行调整更新）");
  CHECK(with_code(a.run(2024), Code::B313).size() == 2);  // and 贺村镇's now
  // review_years: 1 makes 贺村镇's due in 2023 as well; 3 makes neither due.
  CHECK(with_code(a.run(2023, 1), Code::B313).size() == 2);
  CHECK(with_code(a.run(2023, 3), Code::B313).empty());
}

TEST_CASE("no catalog-level gap on a complete county") {
  Catalogs dir;
  dir.write("registry.yaml", registry);
  dir.write("unified-2022.yaml", unified_2021);
  dir.write("scjg.yaml", department("js-scjg-2022", "330881", "市场监督管理局", 2022, "2022-01-01"));
  dir.write("huanbao.yaml", department("js-huanbao-2022", "330881", "生态环境局", 2022, "2022-01-01"));
  dir.write("shuangta.yaml", township("js-shuangta-2022", "330881001", 2022, "2022-03-01", "zj-unified-2021"));
  dir.write("hecun.yaml", township("js-hecun-2022", "330881102", 2022, "2022-03-01", "zj-unified-2021"));
  const Audit a = load(dir);
  for (int year : {2022, 2023}) CHECK(catalog_gaps(a.run(year)).empty());
}
