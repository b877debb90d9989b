// The diff of the kinds laws (by name), lenient (by code and measure) and
// staffing (by year).
#include <doctest/doctest.h>

#include "../loading.h"
#include "../new_kinds_fixture.h"
#include "diff/diff.h"

using namespace encat;

using namespace encat::testing;

TEST_CASE("the diff compares laws by name, lenient entries by code and measure, staffing by year") {
  SUBCASE("laws") {
    const model::Catalog old_laws = test::load_clean(laws_canonical);
    const model::Catalog new_laws = test::load_clean(R"(kind: laws
id: zhejiang-laws
title: 浙江省行政执法依据法规库
laws:
  - name: 中华人民共和国噪声污染防治法
    level: 法律
    status: 已修改
    effective: 2022-06-05
  - name: 中华人民共和国建筑法
    level: 法律
    status: 现行有效
)");
    const diff::CatalogDiff d = diff::compare(old_laws, new_laws);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].kind == diff::RecordKind::Law);
    CHECK(d.added[0].code == "中华人民共和国建筑法");
    CHECK(d.added[0].domain == "法律");
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].code == "中华人民共和国环境噪声污染防治法");
    REQUIRE(d.changed.size() == 1);
    REQUIRE(d.changed[0].fields.size() == 1);
    CHECK(d.changed[0].fields[0].field->key == "status");
    CHECK(diff::display(d.changed[0].fields[0].old_value) == "现行有效");
    CHECK(diff::display(d.changed[0].fields[0].new_value) == "已修改");
    CHECK(d.changed[0].new_at.line == 5);
    CHECK(diff::compare(old_laws, old_laws).empty());
  }
  SUBCASE("lenient") {
    const model::Catalog old_list = test::load_clean(lenient_canonical);
    std::string changed = lenient_canonical;
    changed.replace(changed.find("首次被发现"), std::string("首次被发现").size(), "首次违法");
    changed += "  - code: \"330217125000\"\n    conduct: 同上\n    conditions: 首次\n    measure: 首违不罚\n";
    const model::Catalog new_list = test::load_clean(changed);
    const diff::CatalogDiff d = diff::compare(old_list, new_list);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].kind == diff::RecordKind::Lenient);
    CHECK(d.added[0].code == "330217125000");
    CHECK(d.added[0].domain == "首违不罚");
    CHECK(d.removed.empty());
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].name == "未取得施工许可证擅自施工,工程尚未实施主体结构施工");
    REQUIRE(d.changed[0].fields.size() == 1);
    CHECK(d.changed[0].fields[0].field->key == "conditions");
  }
  SUBCASE("staffing") {
    const model::Catalog old_staff = test::load_clean(staffing_canonical);
    std::string text = staffing_canonical;
    text.replace(text.find("612"), 3, "640");
    text += "  - year: 2023\n    total: 650\n";
    const diff::CatalogDiff d = diff::compare(old_staff, test::load_clean(text));
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].kind == diff::RecordKind::StaffYear);
    CHECK(d.added[0].code == "2023");
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].code == "2022");
    REQUIRE(d.changed[0].fields.size() == 1);
    CHECK(d.changed[0].fields[0].field->key == "total");
    CHECK(diff::display(d.changed[0].fields[0].new_value) == "640");
  }
  SUBCASE("only on one side") {
    CHECK(diff::only_new(test::load_clean(staffing_canonical)).added.size() == 2);
    CHECK(diff::only_old(test::load_clean(laws_canonical)).removed.size() == 2);
  }
}
