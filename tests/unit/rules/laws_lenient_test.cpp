// rules.md W108 repealed_basis, W109 unknown_law (with a `laws` register) and
// E209–E211 (lenient lists).
#include <doctest/doctest.h>

#include "../loading.h"
#include "../new_kinds_fixture.h"
#include "rules/rules.h"

using namespace encat;

namespace {

const std::string laws_yaml = testing::laws_canonical + R"(  - name: 中华人民共和国建筑法
    level: 法律
    status: 已修改
)";

std::string unified(int year, const std::string& effective, const std::string& law) {
  return "kind: unified\nid: u-" + std::to_string(year) + "\ntitle: 统一目录\nregion: \"330000\"\nedition: " +
         std::to_string(year) + "\neffective: " + effective + "\n" + (year == 2022 ? "supersedes: u-2021\n" : "") +
         R"(matters:
  - code: "330219062000"
    name: 对夜间施工噪声的行政处罚
    domain: 生态环境
    power: 行政处罚
    basis:
      - law: )" + law + R"(
    scope: 全部
    from: [生态环境局]
  - code: "330219090000"
    name: 对擅自设置的户外广告设施的强制拆除
    domain: 市容环境卫生
    power: 行政强制
    basis:
      - law: 中华人民共和国建筑法
    scope: 全部
    from: [住房和城乡建设局]
  - code: "330219091000"
    name: 已取消的事项
    domain: 市容环境卫生
    power: 行政处罚
    basis:
      - law: 中华人民共和国建筑法
    scope: 全部
    from: [住房和城乡建设局]
    status: 取消
)";
}

std::vector<Finding> check(std::vector<yaml::Source> files, std::initializer_list<Code> allowed = {}) {
  const model::Workspace ws = test::load_clean(std::move(files), allowed);
  return rules::check(ws, {nullptr, 1});
}

std::vector<Finding> with(const std::vector<Finding>& findings, Code code) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.code == code) out.push_back(f);
  return out;
}

std::string lenient(const std::string& entries, int edition = 2022) {
  return "kind: lenient\nid: jiangshan-lenient\ntitle: 清单\nregion: \"330881\"\nedition: " + std::to_string(edition) +
         "\neffective: " + std::to_string(edition) + "-05-01\nmatters:\n" + entries;
}

std::string entry(const std::string& code, const std::string& measure) {
  return "  - code: \"" + code + "\"\n    conduct: 行为\n    conditions: 首次\n    measure: " + measure + "\n";
}

}  // namespace

TEST_CASE("W108: a basis repealed on or before the catalog took effect; the note names `replaced_by`") {
  const std::string old_law = "中华人民共和国环境噪声污染防治法";
  const auto findings = check({{"laws.yaml", laws_yaml},
                               {"u2021.yaml", unified(2021, "2021-01-01", old_law)},
                               {"u2022.yaml", unified(2022, "2022-06-05", old_law)}});
  const auto w108 = with(findings, Code::W108);
  REQUIRE(w108.size() == 1);  // 2021: in force then; 2022-06-05: repealed that day
  CHECK(w108[0].location.file == "u2022.yaml");
  CHECK(w108[0].location.line == 14);
  CHECK(w108[0].location.column == 14);
  CHECK(w108[0].matter == "330219062000");
  REQUIRE(w108[0].notes.size() == 2);
  CHECK(w108[0].notes[0].text.en.find("中华人民共和国噪声污染防治法") != std::string::npos);
  CHECK(w108[0].notes[1].location->file == "laws.yaml");
  CHECK(with(findings, Code::W109).empty());
}

TEST_CASE("W108 and W109 stay quiet on current laws, and without a register") {
  const std::string new_law = "中华人民共和国噪声污染防治法";
  CHECK(check({{"laws.yaml", laws_yaml}, {"u.yaml", unified(2023, "2023-01-01", new_law)}}).empty());
  // No register loaded: no W109 for a law it would not know.
  CHECK(check({{"u.yaml", unified(2021, "2021-01-01", "任意法规")}}).empty());
}

TEST_CASE("W109: a basis that is in no register, with the likely name") {
  const auto findings = check({{"laws.yaml", laws_yaml}, {"u.yaml", unified(2021, "2021-01-01", "建筑法")}});
  const auto w109 = with(findings, Code::W109);
  REQUIRE(w109.size() == 1);
  CHECK(w109[0].location.line == 13);
  CHECK(w109[0].matter == "330219062000");
  REQUIRE(w109[0].notes.size() == 1);
  CHECK(w109[0].notes[0].text.en == "did you mean `中华人民共和国建筑法`?");
}

TEST_CASE("E209: a lenient code that is no active matter in force for the region in its edition year") {
  const auto findings =
      check({{"u.yaml", unified(2021, "2021-01-01", "x")},
             {"l.yaml", lenient(entry("330219062000", "不予处罚") + entry("330219099999", "不予处罚") +
                                entry("330219091000", "首违不罚"))}});
  const auto e209 = with(findings, Code::E209);
  REQUIRE(e209.size() == 2);
  CHECK(e209[0].matter == "330219099999");
  CHECK(e209[0].location.line == 12);
  CHECK(e209[0].location.column == 11);
  CHECK(e209[1].matter == "330219091000");  // cancelled
  CHECK(e209[1].notes.size() == 1);
  CHECK(findings.size() == 2);
}

TEST_CASE("E209 is not checked without the province's unified catalog in force, nor for a year before it") {
  CHECK(check({{"l.yaml", lenient(entry("330219099999", "不予处罚"))}}).empty());
  // The list's edition year 2020: the 2021 catalog is not in force yet, so no unified catalog: not checked.
  CHECK(check({{"u.yaml", unified(2021, "2021-01-01", "x")}, {"l.yaml", lenient(entry("330219099999", "不予处罚"), 2020)}})
            .empty());
}

TEST_CASE("E210: the measure does not fit the matter's power; E211: one code and measure twice") {
  const auto findings =
      check({{"u.yaml", unified(2021, "2021-01-01", "x")},
             {"l.yaml", lenient(entry("330219062000", "不予强制") + entry("330219090000", "首违不罚") +
                                entry("330219090000", "不予强制") + entry("330219062000", "首违不罚") +
                                entry("330219062000", "首违不罚"))}});
  const auto e210 = with(findings, Code::E210);
  REQUIRE(e210.size() == 2);
  CHECK(e210[0].matter == "330219062000");
  CHECK(e210[0].location.line == 8);
  CHECK(e210[1].matter == "330219090000");
  CHECK(e210[1].location.line == 12);
  const auto e211 = with(findings, Code::E211);
  REQUIRE(e211.size() == 1);  // 330219090000 twice with two measures is not a repeat
  CHECK(e211[0].location.line == 24);
  CHECK(e211[0].notes[0].location->line == 20);
  CHECK(with(findings, Code::E101).empty());
  CHECK(findings.size() == 3);
}

TEST_CASE("a good lenient list passes") {
  CHECK(check({{"u.yaml", unified(2021, "2021-01-01", "x")},
               {"l.yaml", lenient(entry("330219062000", "不予处罚") + entry("330219062000", "首违不罚") +
                                  entry("330219090000", "不予强制"))}})
            .empty());
}
