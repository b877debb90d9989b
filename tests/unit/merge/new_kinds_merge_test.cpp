// The three-way merge of laws (by name), lenient lists (by code and measure)
// and staffing (by year): changes of both sides to different records are
// taken, by record, not by line.
#include <doctest/doctest.h>

#include <string>

#include "merge/merge.h"

using namespace encat;

namespace {

merge::ThreeWay merged(const std::string& base, const std::string& ours, const std::string& theirs) {
  return merge::three_way({"base.yaml", base}, {"ours.yaml", ours}, {"theirs.yaml", theirs}, {});
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

const std::string lenient = R"(kind: lenient
id: jiangshan-lenient-2022
title: 清单
region: "330881"
edition: 2022
effective: 2022-05-01
matters:
  - code: "330217125000"
    conduct: 未取得施工许可证擅自施工
    conditions: 首次被发现
    measure: 不予处罚
  - code: "330217125000"
    conduct: 未取得施工许可证擅自施工
    conditions: 首次违法
    measure: 首违不罚
)";

const std::string staffing = R"(kind: staffing
id: jiangshan-staffing
title: 执法力量
region: "330881"
years:
  - year: 2021
    total: 600
  - year: 2022
    total: 612
)";

const std::string laws = R"(kind: laws
id: zhejiang-laws
title: 法规库
laws:
  - name: 中华人民共和国建筑法
    level: 法律
    status: 已修改
)";

}  // namespace

TEST_CASE("a lenient list merges by code and measure") {
  const std::string ours = replaced(lenient, "首次被发现", "首次被发现，主动改正");
  const std::string theirs = replaced(lenient, "首次违法", "首次违法，及时纠正");
  const merge::ThreeWay m = merged(lenient, ours, theirs);
  CHECK(m.clean());
  CHECK_FALSE(m.line_merge);
  CHECK(m.text == replaced(ours, "首次违法", "首次违法，及时纠正"));
}

TEST_CASE("staffing merges by year, laws by name") {
  const merge::ThreeWay s = merged(staffing, replaced(staffing, "600", "601"),
                                   staffing + "  - year: 2023\n    total: 650\n");
  CHECK(s.clean());
  CHECK_FALSE(s.line_merge);
  CHECK(s.text == replaced(staffing, "600", "601") + "  - year: 2023\n    total: 650\n");

  const merge::ThreeWay l = merged(laws, replaced(laws, "已修改", "现行有效"),
                                   laws + "  - name: 中华人民共和国噪声污染防治法\n    level: 法律\n    status: 现行有效\n");
  CHECK(l.clean());
  CHECK_FALSE(l.line_merge);
  CHECK(l.text.find("status: 现行有效\n  - name: 中华人民共和国噪声污染防治法") != std::string::npos);

  // Both sides change one year differently: a conflict on that record.
  const merge::ThreeWay c = merged(staffing, replaced(staffing, "612", "613"), replaced(staffing, "612", "620"));
  CHECK_FALSE(c.clean());
}
