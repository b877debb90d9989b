// The kinds laws, lenient and staffing (format.md): decoded into the model,
// written back canonically (key order of format.md, codes quoted), equal
// after a round trip (the diff of them: tests/unit/diff/new_kinds_diff_test.cpp).
#include <doctest/doctest.h>

#include "../loading.h"
#include "../new_kinds_fixture.h"
#include "model/fields.h"
#include "write/yaml_writer.h"

using namespace encat;

using namespace encat::testing;

TEST_CASE("laws, lenient and staffing decode into the model") {
  const model::Catalog laws = test::load_clean(laws_canonical);
  CHECK(laws.kind == model::Kind::Laws);
  CHECK_FALSE(model::is_catalog(laws.kind));
  REQUIRE(laws.laws.size() == 2);
  CHECK(laws.laws[0].level == model::LawLevel::Law);
  CHECK(laws.laws[0].status == model::LawStatus::Repealed);
  CHECK(laws.laws[0].repealed == "2022-06-05");
  CHECK(laws.laws[0].replaced_by == "中华人民共和国噪声污染防治法");
  CHECK(laws.laws[1].status == model::LawStatus::InForce);
  CHECK(laws.laws[0].name_at.line == 5);
  CHECK(laws.find_law("中华人民共和国噪声污染防治法") == &laws.laws[1]);
  CHECK(laws.find_law("噪声污染防治法") == nullptr);

  const model::Catalog lenient = test::load_clean(lenient_canonical);
  CHECK(model::is_catalog(lenient.kind));
  REQUIRE(lenient.lenient.size() == 1);
  CHECK(lenient.lenient[0].code == "330217125000");
  CHECK(lenient.lenient[0].measure == model::Measure::NoPenalty);
  CHECK(lenient.lenient[0].code_at.line == 9);
  CHECK(lenient.index.find("330217125000") == size_t{0});
  CHECK(lenient.edition == 2022);

  const model::Catalog staffing = test::load_clean(staffing_canonical);
  CHECK_FALSE(model::is_catalog(staffing.kind));
  REQUIRE(staffing.staffing.size() == 2);
  CHECK(staffing.staffing[0].year == 2021);
  CHECK(staffing.staffing[0].township == std::nullopt);
  CHECK(staffing.staffing[1].township == 330);
  CHECK(staffing.staffing[1].total_at.line == 10);
}

TEST_CASE("the canonical writer writes the new kinds as format.md does, and they read back equal") {
  for (const std::string& text : {laws_canonical, lenient_canonical, staffing_canonical}) {
    const model::Catalog c = test::load_clean(text);
    CHECK(write::to_yaml(c) == text);
    CHECK(write::checked(c, write::to_yaml(c), model::LoadOptions{}) == text);
  }
  // Keys in any order, codes unquoted in flow style: one canonical form.
  const std::string messy = R"(kind: staffing
years: [{township: 330, total: 612, year: 2022}]
region: "330881"
title: 江山市行政执法力量统计
id: jiangshan-staffing
)";
  CHECK(write::to_yaml(test::load_clean(messy)) == R"(kind: staffing
id: jiangshan-staffing
title: 江山市行政执法力量统计
region: "330881"
years:
  - year: 2022
    total: 612
    township: 330
)");
}

TEST_CASE("a change of any field is a change of the catalog's value") {
  const model::Catalog a = test::load_clean(laws_canonical);
  model::Catalog b = test::load_clean(laws_canonical);
  CHECK(a == b);
  b.laws[1].status = model::LawStatus::Amended;
  CHECK(a != b);
  const model::Catalog s = test::load_clean(staffing_canonical);
  model::Catalog t = test::load_clean(staffing_canonical);
  t.staffing[0].township = 1;
  CHECK(s != t);
}
