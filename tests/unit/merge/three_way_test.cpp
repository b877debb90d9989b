// The three-way merge by code and field over catalogs written in the test.
#include <doctest/doctest.h>

#include <string>

#include "merge/merge.h"
#include "model/workspace.h"

using namespace encat;

namespace {

const std::string header =
    "kind: unified\n"
    "id: zj-unified-2022\n"
    "title: 统一目录（2022年）\n"
    "region: \"330000\"\n"
    "edition: 2022\n"
    "effective: 2022-03-01\n"
    "matters:\n";

std::string matter(const std::string& code, const std::string& name, const std::string& scope = "全部",
                   const std::string& note = "") {
  std::string text = "  - code: \"" + code + "\"\n    name: " + name +
                     "\n    domain: 档案\n    power: 行政处罚\n    basis:\n      - law: 中华人民共和国档案法\n    scope: " + scope +
                     "\n    from: [档案局]\n";
  if (!note.empty()) text += "    note: " + note + "\n";
  return text;
}

merge::ThreeWay run(const std::string& base, const std::string& ours, const std::string& theirs) {
  return merge::three_way({"base.yaml", base}, {"ours.yaml", ours}, {"theirs.yaml", theirs}, {});
}

// Loads `text` and says whether it reads without any finding.
std::optional<model::Catalog> load(const std::string& text) {
  model::LoadedCatalog loaded = model::load_catalog({"out.yaml", text}, {});
  if (!loaded.findings.empty() || !loaded.catalog) return std::nullopt;
  return std::move(loaded.catalog);
}

const std::string a = matter("330275001000", "事项甲");
const std::string b = matter("330275002000", "事项乙");
const std::string c = matter("330275003000", "事项丙");

}  // namespace

TEST_CASE("three identical inputs merge to ours byte for byte") {
  const std::string text = "# 头注释\n" + header + "  # 分组\n" + a + b + "  # 结尾注释\n";
  const merge::ThreeWay m = run(text, text, text);
  CHECK(m.clean());
  CHECK_FALSE(m.line_merge);
  CHECK(m.text == text);
}

TEST_CASE("edits of different matters merge cleanly, and the untouched matter keeps its comments byte for byte") {
  const std::string commented_b = "  # 乙的注释\n" + matter("330275002000", "事项乙") + "    # 乙之后的注释\n";
  const std::string base = header + a + commented_b + c;
  const std::string ours = header + matter("330275001000", "事项甲（改）") + commented_b + c;
  const std::string theirs = header + a + commented_b + matter("330275003000", "事项丙（改）");
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.clean());
  CHECK(m.text == header + matter("330275001000", "事项甲（改）") + commented_b + matter("330275003000", "事项丙（改）"));
  CHECK(m.text.find(commented_b) != std::string::npos);
}

TEST_CASE("edits of different fields of one matter merge cleanly") {
  const std::string base = header + a + b;
  const std::string ours = header + matter("330275001000", "事项甲（改）") + b;
  const std::string theirs = header + matter("330275001000", "事项甲", "部分", "仅限城区") + b;
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.clean());
  const std::optional<model::Catalog> out = load(m.text);
  REQUIRE(out);
  const model::Matter* merged = out->find_matter("330275001000");
  REQUIRE(merged);
  CHECK(merged->name == "事项甲（改）");
  CHECK(merged->scope == model::Scope::Partial);
  CHECK(merged->note == "仅限城区");
}

TEST_CASE("a field changed differently on both sides is a conflict with markers around that matter only") {
  const std::string base = header + a + b + c;
  const std::string ours = header + a + matter("330275002000", "乙（我方）") + c;
  const std::string theirs = header + a + matter("330275002000", "乙（对方）") + c;
  const merge::ThreeWay m = run(base, ours, theirs);
  REQUIRE(m.conflicts.size() == 1);
  const merge::Conflict& conflict = m.conflicts[0];
  CHECK(conflict.kind == merge::Conflict::Kind::Field);
  CHECK(conflict.code == "330275002000");
  CHECK(conflict.field == "name");
  CHECK(conflict.label_zh == "事项名称");
  CHECK(conflict.base.text == std::optional<std::string>("事项乙"));
  CHECK(conflict.ours.text == std::optional<std::string>("乙（我方）"));
  CHECK(conflict.theirs.text == std::optional<std::string>("乙（对方）"));
  CHECK(conflict.ours.at.line == 17);
  CHECK(conflict.theirs.at.file == "theirs.yaml");
  CHECK(m.text == header + a + "<<<<<<< ours\n" + matter("330275002000", "乙（我方）") + "=======\n" +
                      matter("330275002000", "乙（对方）") + ">>>>>>> theirs\n" + c);
  CHECK(conflict.output_line == 16);
  CHECK_FALSE(load(m.text));
}

TEST_CASE("both sides adding different codes after the same matter never conflict: ours first, then theirs") {
  const std::string base = header + a + c;
  const std::string ours = header + a + b + c;
  const std::string d = matter("330275004000", "事项丁");
  const std::string theirs = header + a + d + c;
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.clean());
  CHECK(m.text == header + a + b + d + c);
  // whatever the order of the arguments' sides
  const merge::ThreeWay swapped = run(base, theirs, ours);
  CHECK(swapped.clean());
  CHECK(swapped.text == header + a + d + b + c);
}

TEST_CASE("a matter theirs adds first goes first; one after a matter ours removed goes where that one was") {
  const std::string d = matter("330275004000", "事项丁");
  const std::string base = header + a + b + c;
  const std::string ours = header + a + c;  // b removed
  const std::string theirs = header + d + a + b + matter("330275005000", "事项戊") + c;
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.clean());
  CHECK(m.text == header + d + a + matter("330275005000", "事项戊") + c);
}

TEST_CASE("the same code added on both sides: equal content once, different content a conflict") {
  const std::string base = header + a;
  const merge::ThreeWay same = run(base, header + a + b, header + a + b);
  CHECK(same.clean());
  CHECK(same.text == header + a + b);
  const merge::ThreeWay different = run(base, header + a + b, header + a + matter("330275002000", "乙二"));
  REQUIRE(different.conflicts.size() == 1);
  CHECK(different.conflicts[0].kind == merge::Conflict::Kind::BothAdded);
  CHECK_FALSE(different.conflicts[0].base.text);
}

TEST_CASE("a change on one side and a removal on the other is a conflict") {
  const std::string base = header + a + b;
  const merge::ThreeWay changed_removed = run(base, header + a + matter("330275002000", "乙（改）"), header + a);
  REQUIRE(changed_removed.conflicts.size() == 1);
  CHECK(changed_removed.conflicts[0].kind == merge::Conflict::Kind::ChangedAndRemoved);
  CHECK_FALSE(changed_removed.conflicts[0].theirs.text);
  CHECK(changed_removed.text ==
        header + a + "<<<<<<< ours\n" + matter("330275002000", "乙（改）") + "=======\n>>>>>>> theirs\n");
  const merge::ThreeWay removed_changed = run(base, header + a, header + a + matter("330275002000", "乙（改）"));
  REQUIRE(removed_changed.conflicts.size() == 1);
  CHECK(removed_changed.conflicts[0].kind == merge::Conflict::Kind::RemovedAndChanged);
  // a removal on one side of an untouched matter is taken
  const merge::ThreeWay removed = run(base, header + a + b, header + a);
  CHECK(removed.clean());
  CHECK(removed.text == header + a);
}

TEST_CASE("header fields merge field by field; a header conflict is marked around the header") {
  const std::string base = header + a;
  std::string ours = header + a, theirs = header + a;
  ours.replace(ours.find("统一目录（2022年）"), std::string("统一目录（2022年）").size(), "统一目录（我方）");
  theirs.insert(theirs.find("matters:"), "document: 浙政发〔2022〕1号\n");
  const merge::ThreeWay clean = run(base, ours, theirs);
  CHECK(clean.clean());
  const std::optional<model::Catalog> out = load(clean.text);
  REQUIRE(out);
  CHECK(out->title == "统一目录（我方）");
  CHECK(out->document_number == "浙政发〔2022〕1号");
  std::string other = header + a;
  other.replace(other.find("统一目录（2022年）"), std::string("统一目录（2022年）").size(), "统一目录（对方）");
  const merge::ThreeWay conflict = run(base, ours, other);
  REQUIRE(conflict.conflicts.size() == 1);
  CHECK(conflict.conflicts[0].kind == merge::Conflict::Kind::Header);
  CHECK(conflict.text.rfind("<<<<<<< ours\nkind: unified\n", 0) == 0);
  CHECK(conflict.text.find(">>>>>>> theirs\nmatters:\n" + a) != std::string::npos);
}

TEST_CASE("an input that is not a readable catalog falls back to the line merge, saying why") {
  const std::string base = header + a + b;
  const std::string broken = header + a + b + "  - code: [\n";
  const merge::ThreeWay m = run(base, header + matter("330275001000", "甲（改）") + b, broken);
  CHECK(m.line_merge);
  REQUIRE(m.fallback_reason);
  CHECK(m.fallback_reason->en.find("theirs") != std::string::npos);
  CHECK_FALSE(m.findings.empty());
  CHECK(m.line_conflicts == 0);
  CHECK(m.text == header + matter("330275001000", "甲（改）") + b + "  - code: [\n");
}

TEST_CASE("an input that already holds conflict markers falls back to the line merge") {
  const std::string base = header + a;
  const std::string marked = header + "<<<<<<< ours\n" + a + "=======\n" + b + ">>>>>>> theirs\n";
  const merge::ThreeWay m = run(base, marked, base);
  CHECK(m.line_merge);
  CHECK(m.text == marked);
}

TEST_CASE("an indentless list keeps its column for the matters written anew") {
  auto flush_left = [](std::string text) {
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start) + 1;
      std::string line = text.substr(start, end - start);
      out += line.rfind("  ", 0) == 0 ? line.substr(2) : line;
      start = end;
    }
    return out;
  };
  const std::string base = header + flush_left(a + b);
  const std::string ours = header + flush_left(a + b + c);
  const std::string theirs = header + flush_left(a + matter("330275002000", "乙（改）"));
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.clean());
  CHECK(m.text == header + flush_left(a + matter("330275002000", "乙（改）") + c));
  CHECK(load(m.text));
}

TEST_CASE("township entries and their notes merge by code") {
  const std::string head =
      "kind: township\nid: jiangshan-hecun-2022\ntitle: 贺村镇目录\nregion: \"330881102\"\ncounty: \"330881\"\n"
      "edition: 2022\neffective: 2022-10-01\ndraws_from: [zj-unified-2022]\nmatters:\n";
  const std::string base = head + "  - code: \"330275001000\"  # 甲\n  - code: \"330275002000\"\n";
  const std::string ours = head + "  - code: \"330275001000\"  # 甲\n  - code: \"330275002000\"\n    note: 与网格联动\n";
  const std::string theirs = head + "  - code: \"330275001000\"  # 甲\n  - code: \"330275002000\"\n  - code: \"330275003000\"\n";
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.clean());
  CHECK(m.text == ours + "  - code: \"330275003000\"\n");
}

TEST_CASE("a matter removed on one side takes its own lines only: the comments after it, not its, stay") {
  const std::string separated = "\n  # 第二组（与上一项之间空一行）\n\n";
  const std::string base = header + a + separated + b;
  const merge::ThreeWay m = run(base, base, header + separated + b);
  CHECK(m.clean());
  CHECK(m.text == header + separated + b);
  // the last matter removed: what follows it at the end of the file stays too
  const merge::ThreeWay last = run(base + "# 文件结尾\n", base + "# 文件结尾\n", header + a + separated);
  CHECK(last.clean());
  CHECK(last.text == header + a + separated + "# 文件结尾\n");
}

TEST_CASE("a conflicting matter's markers hold that matter only: the comments above and after it stay outside") {
  const std::string above = "  # 乙的说明\n", after = "\n  # 下一组\n\n";
  const std::string base = header + a + above + b + after + c;
  const std::string ours = header + a + above + matter("330275002000", "乙（我方）") + after + c;
  const std::string theirs = header + a + above + matter("330275002000", "乙（对方）") + after + c;
  const merge::ThreeWay m = run(base, ours, theirs);
  REQUIRE(m.conflicts.size() == 1);
  CHECK(m.text == header + a + above + "<<<<<<< ours\n" + matter("330275002000", "乙（我方）") + "=======\n" +
                      matter("330275002000", "乙（对方）") + ">>>>>>> theirs\n" + after + c);
}

TEST_CASE("targets merge by year, each figure a field: its number kept as written") {
  const std::string head = "kind: targets\nid: zhejiang-targets\ntitle: 目标\ntargets:\n";
  const std::string y2022 = "  - year: 2022\n    matter_share: 0.22\n    domain_share: 0.60\n";
  const std::string y2023 = "  - year: 2023\n    matter_share: 0.30\n";
  const merge::ThreeWay m = run(head + y2022, head + "  - year: 2022\n    matter_share: 0.25\n    domain_share: 0.60\n",
                                head + "  - year: 2022\n    matter_share: 0.22\n    domain_share: 0.650\n" + y2023);
  CHECK(m.clean());
  CHECK(m.text == head + "  - year: 2022\n    matter_share: 0.25\n    domain_share: 0.650\n" + y2023);
}

TEST_CASE("supervision matters merge by code") {
  const std::string head = "kind: supervision\nid: js-supervision-2022\ntitle: 监管事项清单\nregion: \"330881\"\nedition: 2022\n"
                           "effective: 2022-01-01\nmatters:\n";
  const std::string code = "  - code: \"JG330881-0001\"\n    name: 对档案服务企业的监督检查\n";
  const merge::ThreeWay m = run(head + code + "    inspection: 不适用\n", head + code + "    department: 档案局\n    inspection: 不适用\n",
                                head + code + "    inspection: 随机抽查\n");
  CHECK(m.clean());
  CHECK(m.text == head + code + "    department: 档案局\n    inspection: 随机抽查\n");
}

TEST_CASE("an empty base (git's %O for a file added on both branches) is no catalog: the sides merge by matter") {
  for (const std::string& empty : {std::string(), std::string("\n  \n"), std::string("# 空\n\n")}) {
    CAPTURE(empty);
    // sides differing in a comment only: clean, OURS byte for byte
    const std::string ours = "# 我方注释\n" + header + a + b;
    const std::string theirs = "# 对方注释\n" + header + a + b;
    const merge::ThreeWay same = run(empty, ours, theirs);
    CHECK_FALSE(same.line_merge);
    CHECK(same.findings.empty());
    CHECK(same.clean());
    CHECK(same.text == ours);
    // a matter of one side only is taken; the same code with different content conflicts
    const merge::ThreeWay added = run(empty, header + a + b, header + a + c);
    CHECK_FALSE(added.line_merge);
    CHECK(added.clean());
    CHECK(added.text == header + a + b + c);
    const merge::ThreeWay different = run(empty, header + a + b, header + a + matter("330275002000", "乙二"));
    CHECK_FALSE(different.line_merge);
    REQUIRE(different.conflicts.size() == 1);
    CHECK(different.conflicts[0].kind == merge::Conflict::Kind::BothAdded);
    CHECK(different.conflicts[0].code == "330275002000");
    CHECK(different.text.rfind(header + a + "<<<<<<< ours\n", 0) == 0);
    // header fields: equal taken, different a conflict
    std::string other = header + a;
    other.replace(other.find("统一目录（2022年）"), std::string("统一目录（2022年）").size(), "统一目录（对方）");
    const merge::ThreeWay header_conflict = run(empty, header + a, other);
    CHECK_FALSE(header_conflict.line_merge);
    REQUIRE(header_conflict.conflicts.size() == 1);
    CHECK(header_conflict.conflicts[0].kind == merge::Conflict::Kind::Header);
    CHECK(header_conflict.conflicts[0].field == "title");
  }
  CHECK(merge::is_blank_catalog(""));
  CHECK(merge::is_blank_catalog("  # c\n\t\n"));
  CHECK_FALSE(merge::is_blank_catalog("# c\nkind: unified\n"));
}

TEST_CASE("a registry whose regions changed is merged by line, so no side's region is lost") {
  const std::string head = "kind: registry\nid: zj-registry\ntitle: 登记表\n";
  const std::string base = head + "domains: [档案]\nregions:\n  \"330881\": 江山市\n";
  const std::string ours = head + "domains: [档案, 水利]\nregions:\n  \"330881\": 江山市\n";
  const std::string theirs = head + "domains: [档案]\nregions:\n  \"330881\": 江山市\n  \"330881102\": 贺村镇\n";
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.line_merge);
  REQUIRE(m.fallback_reason);
  CHECK(m.text == head + "domains: [档案, 水利]\nregions:\n  \"330881\": 江山市\n  \"330881102\": 贺村镇\n");
  CHECK(load(m.text));
}

TEST_CASE("a registry's header merged by field keeps its regions") {
  const std::string head = "kind: registry\nid: zj-registry\ntitle: 登记表\n";
  const std::string regions = "regions:\n  \"330881\": 江山市\n";
  const std::string base = head + "domains: [档案]\ndepartments: [档案局]\n" + regions;
  const std::string ours = head + "domains: [档案, 水利]\ndepartments: [档案局]\n" + regions;
  const std::string theirs = head + "domains: [档案]\ndepartments: [档案局, 水利局]\n" + regions;
  const merge::ThreeWay m = run(base, ours, theirs);
  CHECK(m.conflicts.empty());
  CHECK(m.text.find("\"330881\": 江山市") != std::string::npos);
  CHECK(m.text.find("水利局") != std::string::npos);
  CHECK(m.text.find("水利]") != std::string::npos);
}
