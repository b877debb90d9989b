// The canonical form itself: catalogs built from values (no YAML), quoting,
// list styles, multi-line text, comments and blank lines.
#include <doctest/doctest.h>

#include "model/fields.h"
#include "model/workspace.h"
#include "write/yaml_writer.h"
#include "../loading.h"

using namespace encat;

namespace {

model::Catalog load(const std::string& yaml) { return test::load_clean(yaml); }

// Written, read back: equal, and written the same again.
model::Catalog round_trip(const model::Catalog& c) {
  const std::string yaml = write::to_yaml(c);
  CAPTURE(yaml);
  model::Catalog again = load(yaml);
  CHECK(again == c);
  CHECK(write::to_yaml(again) == yaml);
  return again;
}

// A header for catalogs built from values.
model::Catalog catalog(model::Kind kind, std::string_view id) {
  model::Catalog c;
  c.kind = kind;
  c.id = c.text.copy(id);
  c.title = c.text.copy("标题（2022年）");
  if (kind != model::Kind::Targets && kind != model::Kind::Registry) c.region = c.text.copy("330881");
  if (model::is_catalog(kind)) {
    c.edition = 2022;
    c.effective_text = c.text.copy("2022-03-01");
  }
  return c;
}

model::Matter matter(model::Catalog& c, std::string_view code, bool department = false) {
  model::Matter m;
  m.code = c.text.copy(code);
  m.name = c.text.copy("对未取得施工许可证擅自施工的行政处罚");
  m.domain = c.text.copy("住房城乡建设");
  m.power = model::Power::Penalty;
  model::Basis law;
  law.law = c.text.copy("中华人民共和国建筑法");
  law.articles = {c.text.copy("第七条"), c.text.copy("第六十四条")};
  m.basis.push_back(law);
  if (!department) {
    m.scope = model::Scope::Full;
    m.boundary = c.text.copy("住房城乡建设主管部门负责日常监管，发现违法行为移送综合行政执法部门。");
    m.from = {c.text.copy("住房和城乡建设局")};
    m.tier = model::Tier::Optional;
    m.traits = model::HighFrequency | model::EasyToFind;
  }
  return m;
}

}  // namespace

TEST_CASE("a catalog of each kind built from values is written, read back and equal") {
  SUBCASE("unified") {
    model::Catalog c = catalog(model::Kind::Unified, "zj-unified-2022");
    c.matters = {matter(c, "330217001000"), matter(c, "330217002000")};
    c.update_derived();
    const model::Catalog again = round_trip(c);
    CHECK(again.matters[1].code == "330217002000");
    CHECK(again.effective->year == 2022);
  }
  SUBCASE("extension") {
    model::Catalog c = catalog(model::Kind::Extension, "jiangshan-extension-2022");
    c.extends = c.text.copy("zj-unified-2022");
    c.approval = c.text.copy("报省政府同意");
    c.matters = {matter(c, "330217901000")};
    round_trip(c);
  }
  SUBCASE("department") {
    model::Catalog c = catalog(model::Kind::Department, "jiangshan-shichang-2021");
    c.department = c.text.copy("市场监督管理局");
    c.matters = {matter(c, "330233001000", true)};
    round_trip(c);
  }
  SUBCASE("township") {
    model::Catalog c = catalog(model::Kind::Township, "jiangshan-hecun-2022");
    c.region = c.text.copy("330881102");
    c.county = c.text.copy("330881");
    c.draws_from = {c.text.copy("zj-unified-2022"), c.text.copy("jiangshan-extension-2022")};
    model::TownshipEntry entry;
    entry.code = c.text.copy("330217001000");
    entry.note = c.text.copy("与村级网格联动");
    c.entries = {entry};
    round_trip(c);
  }
  SUBCASE("supervision") {
    model::Catalog c = catalog(model::Kind::Supervision, "jiangshan-supervision-2022");
    model::SupervisionMatter s;
    s.code = c.text.copy("JG330881-0001");
    s.name = c.text.copy("对建筑工程施工许可的监督检查");
    s.department = c.text.copy("住房和城乡建设局");
    s.covers = {c.text.copy("330217001000")};
    s.inspection = model::InspectionKind::Random;
    s.inspections = {{2022, 14}, {2023, 9}};
    c.supervision = {s};
    round_trip(c);
  }
  SUBCASE("cases") {
    model::Catalog c = catalog(model::Kind::Cases, "jiangshan-cases");
    c.cases = {{{}, {}, c.text.copy("330217001000"), {{2021, 3}, {2022, 5}}, {}}};
    round_trip(c);
  }
  SUBCASE("targets") {
    model::Catalog c = catalog(model::Kind::Targets, "zhejiang-targets");
    model::Target t;
    t.year = 2022;
    t.values[static_cast<size_t>(model::Figure::MatterShare)] = 0.22;
    t.values[static_cast<size_t>(model::Figure::ClaimRate)] = 1.0;
    c.targets = {t};
    const model::Catalog again = round_trip(c);
    CHECK(write::to_yaml(again).find("claim_rate: 1.0\n") != std::string::npos);
  }
  SUBCASE("registry") {
    model::Catalog c = catalog(model::Kind::Registry, "zhejiang-registry");
    c.code_pattern = c.text.copy("^33[0-9]{10}$");
    c.domains = {c.text.copy("档案"), c.text.copy("住房城乡建设")};
    c.departments = {c.text.copy("档案局")};
    round_trip(c);
  }
}

TEST_CASE("a built catalog is written in format.md's key order with codes double-quoted") {
  model::Catalog c = catalog(model::Kind::Unified, "zj-unified-2022");
  c.matters = {matter(c, "330217001000")};
  CHECK(write::to_yaml(c) ==
        "kind: unified\n"
        "id: zj-unified-2022\n"
        "title: 标题（2022年）\n"
        "region: \"330881\"\n"
        "edition: 2022\n"
        "effective: 2022-03-01\n"
        "matters:\n"
        "  - code: \"330217001000\"\n"
        "    name: 对未取得施工许可证擅自施工的行政处罚\n"
        "    domain: 住房城乡建设\n"
        "    power: 行政处罚\n"
        "    basis:\n"
        "      - law: 中华人民共和国建筑法\n"
        "        articles: [第七条, 第六十四条]\n"
        "    scope: 全部\n"
        "    boundary: 住房城乡建设主管部门负责日常监管，发现违法行为移送综合行政执法部门。\n"
        "    from: [住房和城乡建设局]\n"
        "    township: 可放可不放\n"
        "    traits: [高频, 易发现]\n");
}

TEST_CASE("strings YAML would read as something else are quoted, and read back the same") {
  model::Catalog c = catalog(model::Kind::Unified, "zj-unified-2022");
  model::Matter m = matter(c, "330217001000");
  const char* hostile[] = {"yes", "No", "null", "~", "true", "123", "1.5", "0x1F", "1_000", "1:20", ".inf",
                           "- 列表", "#注释", "a: b", "a #b", "键:", "[x]", "{y}", "&a", "*b", "!tag", "|", ">",
                           "'q'", "\"d\"", "%p", "@x", "`t`", " 前导空格", "尾随空格 ", "tab\there", "a\\b",
                           "bell\x07", "nul\x01", "\xC2\x85next", "\xE2\x80\xA8line", "\xEF\xBB\xBF" "bom", "?", ":"};
  std::vector<std::string_view> notes;
  for (const char* text : hostile) {
    m.note = c.text.copy(text);
    m.from = {c.text.copy(text)};
    c.matters = {m};
    const std::string yaml = write::to_yaml(c);
    CAPTURE(yaml);
    const model::Catalog again = load(yaml);
    CHECK(again.matters[0].note == text);
    CHECK(again.matters[0].from[0] == text);
  }
  m.note = c.text.copy("普通文字，含全角标点：可以不加引号");
  c.matters = {m};
  CHECK(write::to_yaml(c).find("    note: 普通文字，含全角标点：可以不加引号\n") != std::string::npos);
}

TEST_CASE("multi-line text is written as a literal block where that reads back exactly, else double-quoted") {
  model::Catalog c = catalog(model::Kind::Unified, "zj-unified-2022");
  model::Matter m = matter(c, "330217001000");
  m.boundary = c.text.copy("第一段。\n第二段。\n");
  c.matters = {m};
  CHECK(write::to_yaml(c).find("    boundary: |\n      第一段。\n      第二段。\n    from:") != std::string::npos);
  round_trip(c);
  for (const char* text : {"无结尾换行\n第二行", "两个结尾换行\n\n", "中间\n\n空行", "尾随空格 \n下一行", " 前导空格\n下一行", "\n开头换行"}) {
    m.boundary = c.text.copy(text);
    c.matters = {m};
    CHECK(round_trip(c).matters[0].boundary == text);
  }
}

TEST_CASE("a list of scalars is flow style while it fits in 100 columns, else one item per line") {
  model::Catalog c = catalog(model::Kind::Supervision, "jiangshan-supervision-2022");
  model::SupervisionMatter s;
  s.code = c.text.copy("JG330881-0001");
  s.name = c.text.copy("检查");
  s.inspection = model::InspectionKind::OnDemand;
  for (int i = 0; i < 4; ++i) s.covers.push_back(c.text.copy(fmt::format("33021700{}000", i)));
  c.supervision = {s};
  CHECK(write::to_yaml(c).find("    covers: [\"330217000000\", \"330217001000\", \"330217002000\", \"330217003000\"]\n") !=
        std::string::npos);
  for (int i = 4; i < 8; ++i) c.supervision[0].covers.push_back(c.text.copy(fmt::format("33021700{}000", i)));
  CHECK(write::to_yaml(c).find("    covers:\n      - \"330217000000\"\n      - \"330217001000\"\n") != std::string::npos);
  round_trip(c);
}

TEST_CASE("comments and blank lines stay beside their lines when keys are put in order") {
  const model::Catalog c = load(
      "# yaml-language-server: $schema=../schemas/unified.schema.json\n"
      "id: u-2022   # the id\n"
      "kind: unified\n"
      "title: 统一目录\n"
      "effective: 2022-01-01\n"
      "edition: 2022\n"
      "region: '330000'\n"
      "# before matters\n"
      "matters:\n"
      "  # group one\n"
      "  - name: 事项一\n"
      "    code: '330217001000'   # trailing on code\n"
      "    domain: 档案\n"
      "    power: 行政处罚\n"
      "    basis:\n"
      "      # the main law\n"
      "      - law: 档案法\n"
      "    scope: 全部\n"
      "    boundary: 边界。\n"
      "    from:\n"
      "      - 档案局   # only one\n"
      "\n"
      "\n"
      "  # group two\n"
      "  - code: \"330217002000\"\n"
      "    name: 事项二\n"
      "    domain: 档案\n"
      "    power: 行政处罚\n"
      "    basis: [{law: 档案法}]\n"
      "    scope: 全部\n"
      "    boundary: 边界。\n"
      "    from: [档案局]\n"
      "# the end\n");
  CHECK(write::to_yaml(c) ==
        "# yaml-language-server: $schema=../schemas/unified.schema.json\n"
        "kind: unified\n"
        "id: u-2022  # the id\n"
        "title: 统一目录\n"
        "region: \"330000\"\n"
        "edition: 2022\n"
        "effective: 2022-01-01\n"
        "# before matters\n"
        "matters:\n"
        "  # group one\n"
        "  - code: \"330217001000\"  # trailing on code\n"
        "    name: 事项一\n"
        "    domain: 档案\n"
        "    power: 行政处罚\n"
        "    basis:\n"
        "      # the main law\n"
        "      - law: 档案法\n"
        "    scope: 全部\n"
        "    boundary: 边界。\n"
        "    from:\n"
        "      - 档案局  # only one\n"
        "\n"
        "  # group two\n"
        "  - code: \"330217002000\"\n"
        "    name: 事项二\n"
        "    domain: 档案\n"
        "    power: 行政处罚\n"
        "    basis:\n"
        "      - law: 档案法\n"
        "    scope: 全部\n"
        "    boundary: 边界。\n"
        "    from: [档案局]\n"
        "# the end\n");
}

TEST_CASE("a matter copied into another catalog owns its text") {
  model::Matter copy;
  model::TextStore store;
  {
    model::Catalog c = catalog(model::Kind::Unified, "zj-unified-2022");
    const model::Matter original = matter(c, "330217001000");
    copy = model::copy_into(original, store);
    CHECK(copy == original);
  }  // the source catalog and its text are gone
  CHECK(copy.code == "330217001000");
  CHECK(copy.basis[0].articles[1] == "第六十四条");
  CHECK(copy.from[0] == "住房和城乡建设局");
}

TEST_CASE("a matter moved into another file forgets its lines, so that file's comments stay where they were") {
  const model::Catalog theirs = load(
      "kind: unified\nid: u-theirs\ntitle: t\nregion: \"330000\"\nedition: 2022\neffective: 2022-01-01\nmatters:\n"
      "  - code: \"330217009000\"\n    name: 新事项\n    domain: 档案\n    power: 行政处罚\n    basis: [{law: 档案法}]\n"
      "    scope: 全部\n    boundary: 边界。\n    from: [档案局]\n");
  model::Catalog ours = load(
      "kind: unified\nid: u-ours\ntitle: t\nregion: \"330000\"\nedition: 2022\neffective: 2022-01-01\nmatters:\n"
      "  - code: \"330217001000\"\n    name: 旧事项\n    domain: 档案\n    power: 行政处罚\n    basis: [{law: 档案法}]\n"
      "    scope: 全部\n    boundary: 边界。\n    from: [档案局]  # ours\n");
  model::Matter moved = model::copy_into(theirs.matters[0], ours.text);
  model::clear_positions(moved);
  CHECK_FALSE(moved.code_at);
  CHECK_FALSE(moved.basis[0].law_at);
  CHECK(moved.from_at.size() == 1);
  CHECK_FALSE(moved.from_at[0]);
  ours.matters.push_back(moved);
  ours.update_derived();
  const std::string yaml = write::to_yaml(ours);
  CHECK(yaml.find("    from: [档案局]  # ours\n  - code: \"330217009000\"\n") != std::string::npos);
  CHECK(std::count(yaml.begin(), yaml.end(), '#') == 1);
}

TEST_CASE("catalogs that differ in one field are not equal; positions and comments do not count") {
  const std::string yaml = "kind: targets\nid: targets-a\ntitle: 目标\ntargets:\n  - year: 2022\n    matter_share: 0.60\n";
  const model::Catalog a = load(yaml);
  CHECK(load("# a comment\n" + yaml) == a);
  CHECK(load("kind: targets\nid: targets-a\ntitle: 目标\ntargets: [{year: 2022, matter_share: 0.6}]\n") == a);
  CHECK_FALSE(load("kind: targets\nid: targets-a\ntitle: 目标\ntargets: [{year: 2022, matter_share: 0.61}]\n") == a);
  CHECK_FALSE(load("kind: targets\nid: targets-b\ntitle: 目标\ntargets: [{year: 2022, matter_share: 0.60}]\n") == a);
  // A number keeps the text it was written with.
  CHECK(write::to_yaml(a).find("matter_share: 0.60\n") != std::string::npos);
}

TEST_CASE("a canonical form is checked by reading it back: values no catalog file can hold are refused") {
  model::Catalog c = catalog(model::Kind::Unified, "zj-unified-2022");
  c.file = "u.yaml";
  c.matters = {matter(c, "330217001000")};
  c.update_derived();
  const std::optional<std::string> good = write::checked(c, write::to_yaml(c), model::LoadOptions{});
  REQUIRE(good);
  CHECK(*good == write::to_yaml(c));
  // A canonical text that does not say what the catalog holds (a writer fault).
  CHECK_FALSE(write::checked(c, write::to_yaml(c) + "  - code: \"330217002000\"\n", model::LoadOptions{}));
  // Text that is not UTF-8 (a catalog built from a spreadsheet, say) reads back as E002.
  c.matters[0].name = c.text.copy("名称\xff");
  CHECK_FALSE(write::checked(c, write::to_yaml(c), model::LoadOptions{}));
}
