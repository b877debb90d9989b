// The schemas of the kinds laws, lenient and staffing (format.md): embedded,
// format.md's examples pass, and what format.md requires is required.
#include <doctest/doctest.h>

#include "schema/schema.h"
#include "suite_helpers.h"
#include "../new_kinds_fixture.h"

using namespace encat;
using namespace encat::schema;
using schema::testing::read_yaml_text;

namespace {

std::vector<std::string> problems(std::string_view kind, std::string_view yaml) {
  const Schema* schema = SchemaSet::embedded().find(kind);
  REQUIRE(schema);
  const auto document = read_yaml_text(yaml);
  std::vector<Finding> findings;
  validate(*schema, document->root(), findings);
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.message.en);
  return out;
}

}  // namespace

TEST_CASE("format.md's laws example passes; a repealed law needs its `repealed` date") {
  const std::string law = encat::testing::laws_canonical;
  CHECK(problems("laws", law).empty());
  std::string without = law;
  without.erase(without.find("    repealed: 2022-06-05\n"), std::string("    repealed: 2022-06-05\n").size());
  const auto found = problems("laws", without);
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("`repealed`") != std::string::npos);
  // Only 已废止 needs it; region is optional (reference data of a province or a county).
  CHECK(problems("laws", "kind: laws\nid: l-1\ntitle: t\nregion: \"330881\"\nlaws:\n  - {name: n, level: 其他, status: 已修改}\n").empty());
}

TEST_CASE("format.md's lenient example passes; a lenient list is a catalog with edition and effective") {
  const std::string list = R"(kind: lenient
id: jiangshan-lenient-2022
title: 江山市综合行政执法领域轻微违法行为不予行政处罚清单(2022年)
region: "330881"
edition: 2022
effective: 2022-05-01
document: 江综执〔2022〕8号
supersedes: jiangshan-lenient-2021
matters:
  - code: "330217125000"
    conduct: 未取得施工许可证擅自施工,工程尚未实施主体结构施工
    conditions: 首次被发现,主动改正,未造成危害后果
    measure: 不予处罚
)";
  CHECK(problems("lenient", list).empty());
  std::string undated = list;
  undated.erase(undated.find("effective: 2022-05-01\n"), std::string("effective: 2022-05-01\n").size());
  CHECK(problems("lenient", undated).size() == 1);
  std::string other = list;
  other.replace(other.find("不予处罚\n"), std::string("不予处罚").size(), "从轻处罚");
  CHECK(problems("lenient", other).size() == 1);
}

TEST_CASE("format.md's staffing example passes; counts are non-negative integers and `total` is required") {
  const std::string staffing = R"(kind: staffing
id: jiangshan-staffing
title: 江山市行政执法力量统计
region: "330881"
years:
  - year: 2022
    total: 612
    frontline: 520
    township: 330
)";
  CHECK(problems("staffing", staffing).empty());
  std::string untotalled = staffing;
  untotalled.erase(untotalled.find("    total: 612\n"), std::string("    total: 612\n").size());
  CHECK(problems("staffing", untotalled).size() == 1);
  std::string share = staffing;
  share.replace(share.find("520"), 3, "0.85");
  CHECK(problems("staffing", share).size() == 1);
  // Reference data: no edition.
  CHECK(problems("staffing", staffing + "edition: 2022\n").size() == 1);
}
