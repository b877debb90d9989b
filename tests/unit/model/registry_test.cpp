// The registry's `regions` and `specialist_departments` (format.md): the
// schema accepts them (and only well-formed ones), the model keeps them with
// their positions, and a region's name and a county's townships are looked up.
#include <doctest/doctest.h>

#include <string>

#include "../loading.h"

using namespace encat;

namespace {

const std::string registry_text =
    "kind: registry\n"
    "id: zj-registry\n"
    "title: 浙江省执法领域与部门\n"
    "departments: [市场监督管理局, 生态环境局]\n"
    "specialist_departments: [市场监督管理局, 生态环境局]\n"
    "regions:\n"
    "  \"330881\": 江山市\n"
    "  \"330881102\": 贺村镇\n"
    "  \"330881001\": 双塔街道\n"
    "  \"330822\": 常山县\n"
    "  \"330822100\": 天马街道\n"
    "  \"3308811\": 不是乡镇\n";  // (a 7-digit key: E004, see below)

const std::string clean_text = registry_text.substr(0, registry_text.rfind("  \"3308811\""));

std::vector<Finding> findings_of(const std::string& yaml) {
  return model::load_catalog({"r.yaml", yaml}, model::LoadOptions{}).findings;
}

}  // namespace

TEST_CASE("a registry keeps its regions and specialist departments, each with its position") {
  const model::Catalog r = test::load_clean(clean_text);
  REQUIRE(r.specialist_departments.size() == 2);
  CHECK(r.specialist_departments[1] == "生态环境局");
  REQUIRE(r.pos.specialist_departments.size() == 2);
  CHECK(r.pos.specialist_departments[1].line == 5);
  CHECK(r.pos.specialist_departments[1].column == 35);
  REQUIRE(r.regions.size() == 5);
  CHECK(r.regions[1].code == "330881102");
  CHECK(r.regions[1].name == "贺村镇");
  CHECK(r.regions[1].code_at.line == 8);
  CHECK(r.regions[1].code_at.column == 3);
  CHECK(r.regions[1].name_at.column == 16);
  CHECK(r.pos.body.line == 7);  // the region mapping
  CHECK(r.pos.body.key_line == 6);
}

TEST_CASE("a region's name and a county's townships are looked up in the registry") {
  const model::Catalog r = test::load_clean(clean_text);
  CHECK(r.region_name("330881") == std::string_view("江山市"));
  CHECK(r.region_name("330881001") == std::string_view("双塔街道"));
  CHECK_FALSE(r.region_name("330881999"));
  CHECK_FALSE(r.region_name("33088"));
  // The 9-digit codes under the county, in code order; the county itself and other counties' townships not.
  const std::vector<const model::Region*> jiangshan = r.townships_of("330881");
  REQUIRE(jiangshan.size() == 2);
  CHECK(jiangshan[0]->name == "双塔街道");
  CHECK(jiangshan[1]->name == "贺村镇");
  REQUIRE(r.townships_of("330822").size() == 1);
  CHECK(r.townships_of("330822")[0]->code == "330822100");
  CHECK(r.townships_of("330823").empty());
  CHECK(r.townships_of("3308").empty());  // not a county code
}

TEST_CASE("a region named twice is one township, its first name") {
  const std::string twice = "kind: registry\nid: zj-registry\ntitle: 登记表\nregions:\n  \"330881102\": 贺村镇\n  \"330881102\": 另一名称\n";
  const model::LoadedCatalog loaded = model::load_catalog({"r.yaml", twice}, model::LoadOptions{});
  REQUIRE(loaded.catalog);
  CHECK(loaded.findings.size() == 1);  // E003, the repeated key
  CHECK(loaded.catalog->region_name("330881102") == std::string_view("贺村镇"));
  CHECK(loaded.catalog->townships_of("330881").size() == 1);
}

TEST_CASE("two registries differing only in a region's name are not equal") {
  const model::Catalog a = test::load_clean(clean_text);
  std::string other = clean_text;
  other.replace(other.find("贺村镇"), std::string("贺村镇").size(), "贺村乡");
  const model::Catalog b = test::load_clean(other);
  CHECK_FALSE(a == b);
  CHECK(a == test::load_clean(clean_text));
}

TEST_CASE("schema: regions keyed by a 6- or 9-digit quoted code with a name; specialist departments unique") {
  CHECK(findings_of(clean_text).empty());
  auto only_e004_at = [](const std::string& yaml, unsigned line) {
    const std::vector<Finding> found = findings_of(yaml);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == Code::E004);
    CHECK(found[0].location.line == line);
  };
  only_e004_at(registry_text, 12);                                                        // 7 digits
  only_e004_at("kind: registry\nid: zj-registry\ntitle: 登记表\nregions:\n  330881: 江山市\n", 5);         // unquoted: a number
  only_e004_at("kind: registry\nid: zj-registry\ntitle: 登记表\nregions:\n  \"330881\": \"\"\n", 5);       // no name
  only_e004_at("kind: registry\nid: zj-registry\ntitle: 登记表\nregions:\n  \"330881\": [江山市]\n", 5);  // not a name
  only_e004_at("kind: registry\nid: zj-registry\ntitle: 登记表\nregions: [\"330881\"]\n", 4);             // not a mapping
  only_e004_at("kind: registry\nid: zj-registry\ntitle: 登记表\nspecialist_departments: [生态环境局, 生态环境局]\n", 4);
  only_e004_at("kind: registry\nid: zj-registry\ntitle: 登记表\nspecialist_departments: 生态环境局\n", 4);
}
