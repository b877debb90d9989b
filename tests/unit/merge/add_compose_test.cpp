// encat-merge add (the next edition from a base and an addition list) and
// compose (the effective catalog of a county or a township).
#include <doctest/doctest.h>

#include <string>

#include "merge/merge.h"
#include "model/workspace.h"
#include "../loading.h"

using namespace encat;

namespace {

std::string matter(const std::string& code, const std::string& name, const std::string& tier = "不下放") {
  return "  - code: \"" + code + "\"\n    name: " + name +
         "\n    domain: 档案\n    power: 行政处罚\n    basis:\n      - law: 中华人民共和国档案法\n    scope: 全部\n    from: [档案局]\n"
         "    township: " + tier + "\n";
}

std::string unified(const std::string& id, int edition, const std::string& body, const std::string& extra = "") {
  return "kind: unified\nid: " + id + "\ntitle: 统一目录（" + std::to_string(edition) + "年）\nregion: \"330000\"\nedition: " +
         std::to_string(edition) + "\neffective: " + std::to_string(edition) + "-03-01\n" + extra + "matters:\n" + body;
}

model::Catalog load(const std::string& name, const std::string& text) { return test::load_clean(text, name); }

const std::string a = matter("330275001000", "事项甲");
const std::string b = matter("330275002000", "事项乙");

}  // namespace

TEST_CASE("add: the next edition has the base's matters, then the addition's new ones, under the addition's header") {
  const model::Catalog base = load("base.yaml", unified("zj-unified-2022", 2022, "  # 甲的注释\n" + a));
  const model::Catalog addition =
      load("add.yaml", unified("zj-unified-2023", 2023, a + b, "document: 浙政办发〔2023〕1号\n"));
  std::variant<merge::Added, Text> added = merge::add(base, addition, {});
  REQUIRE(std::holds_alternative<merge::Added>(added));
  const merge::Added& result = std::get<merge::Added>(added);
  CHECK(result.conflicts.empty());
  CHECK(result.taken == 1);
  CHECK(result.repeated == 1);
  CHECK(result.text == "kind: unified\nid: zj-unified-2023\ntitle: 统一目录（2023年）\nregion: \"330000\"\nedition: 2023\n"
                       "effective: 2023-03-01\ndocument: 浙政办发〔2023〕1号\nsupersedes: zj-unified-2022\nmatters:\n"
                       "  # 甲的注释\n" + a +
                           // (the addition's matter is placed anew: a default written out, 不下放, is left out)
                           b.substr(0, b.find("    township:")));
}

TEST_CASE("add: the same code with different content is a conflict field by field, and nothing is written") {
  const model::Catalog base = load("base.yaml", unified("zj-unified-2022", 2022, a));
  const model::Catalog addition = load("add.yaml", unified("zj-unified-2023", 2023, matter("330275001000", "甲二", "必须下放")));
  std::variant<merge::Added, Text> added = merge::add(base, addition, {});
  REQUIRE(std::holds_alternative<merge::Added>(added));
  const merge::Added& result = std::get<merge::Added>(added);
  CHECK(result.text.empty());
  REQUIRE(result.conflicts.size() == 2);
  CHECK(result.conflicts[0].field == "name");
  CHECK(result.conflicts[0].ours.text == std::optional<std::string>("事项甲"));
  CHECK(result.conflicts[0].theirs.text == std::optional<std::string>("甲二"));
  CHECK(result.conflicts[1].label_zh == "下放类别");
}

TEST_CASE("add refuses an addition that cannot be the next edition") {
  const model::Catalog base = load("base.yaml", unified("zj-unified-2022", 2022, a));
  CHECK(std::holds_alternative<Text>(merge::add(base, load("s.yaml", unified("zj-unified-2022", 2023, b)), {})));
  CHECK(std::holds_alternative<Text>(merge::add(base, load("e.yaml", unified("zj-unified-2021", 2021, b)), {})));
  CHECK(std::holds_alternative<Text>(
      merge::add(base, load("o.yaml", unified("zj-unified-2023", 2023, b, "supersedes: zj-other\n")), {})));
}

TEST_CASE("compose: a county is its unified matters then its extension's, each with its source") {
  std::vector<yaml::Source> sources;
  sources.push_back({"u.yaml", unified("zj-unified-2022", 2022, a)});
  sources.push_back({"e.yaml",
                     "kind: extension\nid: js-extension-2022\ntitle: 江山市扩展目录（2022年）\nregion: \"330881\"\n"
                     "edition: 2022\neffective: 2022-09-01\nextends: zj-unified-2022\nmatters:\n" + b});
  const model::Workspace ws = model::Workspace::load(std::move(sources), {});
  merge::ComposeOptions options;
  options.region = "330881";
  std::variant<merge::Composed, Text> composed = merge::compose(ws, options);
  REQUIRE(std::holds_alternative<merge::Composed>(composed));
  const merge::Composed& result = std::get<merge::Composed>(composed);
  CHECK(result.year == 2022);
  CHECK(result.matters == 2);
  const model::Catalog out = load("c.yaml", result.text);
  CHECK(out.kind == model::Kind::Unified);
  CHECK(out.id == "composed-330881-2022");
  CHECK(out.region == "330881");
  CHECK(out.effective_text == "2022-09-01");
  REQUIRE(out.matters.size() == 2);
  CHECK(out.matters[0].source == "zj-unified-2022");
  CHECK(out.matters[1].source == "js-extension-2022");
}

TEST_CASE("compose: a township is its listed matters with their details, the entry's note replacing the matter's") {
  std::vector<yaml::Source> sources;
  sources.push_back({"u.yaml", unified("zj-unified-2022", 2022, a + matter("330275002000", "事项乙", "可放可不放"))});
  sources.push_back({"t.yaml",
                     "kind: township\nid: js-hecun-2022\ntitle: 贺村镇目录（2022年）\nregion: \"330881102\"\ncounty: \"330881\"\n"
                     "edition: 2022\neffective: 2022-10-01\ndraws_from: [zj-unified-2022]\nmatters:\n"
                     "  - code: \"330275002000\"\n    note: 与网格联动\n"});
  const model::Workspace ws = model::Workspace::load(std::move(sources), {});
  merge::ComposeOptions options;
  options.region = "330881102";
  std::variant<merge::Composed, Text> composed = merge::compose(ws, options);
  REQUIRE(std::holds_alternative<merge::Composed>(composed));
  const model::Catalog out = load("c.yaml", std::get<merge::Composed>(composed).text);
  REQUIRE(out.matters.size() == 1);
  CHECK(out.matters[0].name == "事项乙");
  CHECK(out.matters[0].note == "与网格联动");
  CHECK(out.matters[0].source == "zj-unified-2022");
  CHECK(out.region == "330881102");
  options.region = "33088";
  CHECK(std::holds_alternative<Text>(merge::compose(ws, options)));
  // a county without an extension: its province's unified catalog in force
  options.region = "330882";
  composed = merge::compose(ws, options);
  REQUIRE(std::holds_alternative<merge::Composed>(composed));
  CHECK(std::get<merge::Composed>(composed).matters == 2);
  CHECK(std::get<merge::Composed>(composed).sources == std::vector<std::string>{"zj-unified-2022"});
}
