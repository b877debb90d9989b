// The workspace's part in "invalid input is never used" (tools.md): which
// files a computing tool leaves out, and "in force" over editions only.
#include <doctest/doctest.h>

#include <limits>

#include "../audit/catalog_builder.h"
#include "model/workspace.h"

using namespace encat;
using encat::test::Catalogs;
using encat::test::header;
using encat::test::matter;

namespace {

bool has(const model::Workspace& ws, std::string_view id) { return ws.find(id) != nullptr; }

size_t count(const std::vector<Finding>& findings, Code code) {
  size_t n = 0;
  for (const Finding& f : findings) n += f.code == code;
  return n;
}

const std::string cases_head = "kind: cases\nid: cases-a\ntitle: c\nregion: \"330881\"\ncounts:\n";

}  // namespace

TEST_CASE("leave_out removes every file with an error-level E0xx finding, and keeps the rest indexed") {
  Catalogs folder;
  folder.write("a-unified.yaml", header("unified", "u-2022", "330000", 2022, "2022-01-01", "matters:\n") + matter("330219001000"));
  folder.write("b-cases.yaml", cases_head + "  \"330219001000\": {2022: -3}\n");  // E004: negative
  // E001: a second document; the reader may keep the first (whole, valid) one: the findings decide.
  folder.write("c-second.yaml", "kind: targets\nid: targets-a\ntitle: t\ntargets: []\n---\nkind: cases\n");
  folder.write("d-ok.yaml", "kind: targets\nid: targets-b\ntitle: t\ntargets:\n  - year: 2022\n    matter_share: 0.5\n");
  model::Workspace ws = folder.load();
  const std::vector<Finding> left_out = ws.leave_out(ws.reading_findings({}));
  CHECK(count(left_out, Code::E004) == 1);
  CHECK(count(left_out, Code::E001) == 1);
  CHECK(left_out.size() == 2);
  CHECK(ws.catalogs().size() == 2);
  CHECK(has(ws, "u-2022"));
  CHECK(has(ws, "targets-b"));
  CHECK_FALSE(has(ws, "cases-a"));
  CHECK_FALSE(has(ws, "targets-a"));
  CHECK(ws.find("u-2022")->matters.size() == 1);  // the index points at the kept catalog
}

TEST_CASE("the config's severities decide what is error level: E004 as a warning keeps the file") {
  Catalogs folder;
  folder.write("cases.yaml", cases_head + "  \"330219001000\": {2022: -3}\n");
  model::Workspace ws = folder.load();
  const std::vector<Finding> shown = ws.leave_out(ws.reading_findings({{Code::E004, Severity::Warning}}));
  CHECK(shown.empty());
  CHECK(has(ws, "cases-a"));
  model::Workspace again = folder.load();
  CHECK(again.leave_out(again.reading_findings({{Code::E004, Severity::Error}})).size() == 1);
  CHECK_FALSE(has(again, "cases-a"));
}

TEST_CASE("a file that gave no catalog is left out whatever the severities say") {
  Catalogs folder;
  folder.write("bad.yaml", "kind: [\n");
  model::Workspace ws = folder.load();
  ws.leave_out(ws.reading_findings({{Code::E001, Severity::Off}}));
  CHECK(ws.catalogs().empty());
}

TEST_CASE("an invalid code_pattern is an E004 found while loading, so a computing tool sees it") {
  Catalogs folder;
  folder.write("registry.yaml", "kind: registry\nid: registry-a\ntitle: r\ncode_pattern: \"^33[0-9\"\n");
  model::Workspace ws = folder.load();
  CHECK(count(ws.findings(), Code::E004) == 1);
  CHECK(ws.leave_out(ws.reading_findings({})).size() == 1);
}

TEST_CASE("a target of .nan is E004: it is no number in [0, 1]") {
  Catalogs folder;
  folder.write("targets.yaml", "kind: targets\nid: targets-a\ntitle: t\ntargets:\n  - year: 2022\n    matter_share: .nan\n");
  model::Workspace ws = folder.load();
  REQUIRE(count(ws.findings(), Code::E004) == 1);
  CHECK(ws.findings().front().location.line == 6);
}

TEST_CASE("a count beyond the 64-bit range decodes saturated, never as 0") {
  Catalogs folder;
  folder.write("cases.yaml", cases_head + "  \"330219001000\": {2022: 99999999999999999999999, 2023: -99999999999999999999999}\n");
  const model::Workspace ws = folder.load();
  CHECK(count(ws.findings(), Code::E004) == 2);  // above the maximum, below the minimum
  REQUIRE(ws.catalogs().size() == 1);
  REQUIRE(ws.catalogs()[0].cases.size() == 1);
  const model::YearCounts& counts = ws.catalogs()[0].cases[0].by_year;
  CHECK(model::count_in(counts, 2022) == std::numeric_limits<long long>::max());
  CHECK(model::count_in(counts, 2023) == std::numeric_limits<long long>::min());
}

TEST_CASE("sums of counts saturate instead of overflowing") {
  constexpr long long max = std::numeric_limits<long long>::max(), min = std::numeric_limits<long long>::min();
  CHECK(model::add_saturating(max, max) == max);
  CHECK(model::add_saturating(max - 1, 1) == max);
  CHECK(model::add_saturating(min, -1) == min);
  CHECK(model::add_saturating(2, 3) == 5);
  const model::YearCounts twice{{2022, max - 5}, {2022, max - 5}, {2023, 1}};  // a year listed twice
  CHECK(model::count_in(twice, 2022) == max);
}

TEST_CASE("in force follows `supersedes` within a series only") {
  Catalogs folder;
  const std::string dept = "matters:\n  - code: \"330215101000\"\n    name: 事项\n    domain: 生态环境\n    power: 行政处罚\n"
                           "    basis:\n      - law: 法\n";
  folder.write("a.yaml", header("department", "huanbao-2021", "330881", 2021, "2021-01-01", "department: 生态环境局\n" + dept));
  folder.write("b.yaml", header("department", "jiaotong-2022", "330881", 2022, "2022-01-01",
                                "department: 交通运输局\nsupersedes: huanbao-2021\n" + dept));
  folder.write("c.yaml", header("township", "hecun-2022", "330881102", 2022, "2022-01-01", "county: \"330881\"\nmatters: []\n"));
  folder.write("d.yaml", header("township", "qinghu-2023", "330881003", 2023, "2023-01-01",
                                "county: \"330881\"\nsupersedes: hecun-2022\nmatters: []\n"));
  folder.write("e.yaml", header("department", "huanbao-2023", "330881", 2023, "2023-01-01",
                                "department: 生态环境局\nsupersedes: huanbao-2021\n" + dept));
  const model::Workspace ws = folder.load();
  CHECK(ws.in_force(*ws.find("huanbao-2021"), 2022));  // another department's catalog does not supersede it
  CHECK(ws.in_force(*ws.find("hecun-2022"), 2023));    // nor another township's
  CHECK_FALSE(ws.in_force(*ws.find("huanbao-2021"), 2023));  // its own next edition does
  CHECK(ws.in_force(*ws.find("huanbao-2023"), 2023));
}

// The tool words these (tools/common/driver.cpp, choose_reference; pinned by
// the CLI cases of --targets and --registry); the model gives values.
TEST_CASE("choose: an id naming a catalog of another kind gives that catalog; an unknown id gives the id") {
  using Problem = model::Workspace::ChoiceProblem;
  Catalogs folder;
  folder.write("u.yaml", header("unified", "u-2022", "330000", 2022, "2022-01-01", "matters:\n") + matter("330219001000"));
  const model::Workspace ws = folder.load();
  const auto chosen = ws.choose(model::Kind::Targets, std::string("u-2022"));
  const Problem* wrong = std::get_if<Problem>(&chosen);
  REQUIRE(wrong);
  CHECK(wrong->reason == Problem::Reason::WrongKind);
  CHECK(wrong->id == "u-2022");
  REQUIRE(wrong->named);
  CHECK(wrong->named->kind == model::Kind::Unified);
  const auto missing = ws.choose(model::Kind::Targets, std::string("nothing"));
  REQUIRE(std::get_if<Problem>(&missing));
  CHECK(std::get_if<Problem>(&missing)->reason == Problem::Reason::NotLoaded);
  CHECK(std::get_if<Problem>(&missing)->id == "nothing");
  CHECK(std::get<const model::Catalog*>(ws.choose(model::Kind::Unified, std::string("u-2022"))) == ws.find("u-2022"));
  CHECK(std::get<const model::Catalog*>(ws.choose(model::Kind::Unified, std::nullopt)) == ws.find("u-2022"));
  CHECK(std::get<const model::Catalog*>(ws.choose(model::Kind::Targets, std::nullopt)) == nullptr);
}

TEST_CASE("choose: several catalogs of the kind and no id gives all their ids in load order") {
  using Problem = model::Workspace::ChoiceProblem;
  Catalogs folder;
  for (const char* id : {"u-2020", "u-2021", "u-2022"})
    folder.write(std::string(id) + ".yaml",
                 header("unified", id, "330000", 2022, "2022-01-01", "matters:\n") + matter("330219001000"));
  const model::Workspace ws = folder.load();
  const auto several = ws.choose(model::Kind::Unified, std::nullopt);
  REQUIRE(std::get_if<Problem>(&several));
  CHECK(std::get_if<Problem>(&several)->reason == Problem::Reason::Several);
  CHECK(std::get_if<Problem>(&several)->ids == std::vector<std::string>{"u-2020", "u-2021", "u-2022"});
}

TEST_CASE("sources in memory load like files: findings name them, their bytes are kept, nothing is read from disk") {
  const std::string bad = "kind: targets\nid: targets-a\ntitle: t\ntargets:\n  - year: 2022\n    matter_share: 2\n";
  std::vector<yaml::Source> sources = {{"git:HEAD~1:targets.yaml", bad}, {"no/such/file.yaml", "kind: cases\n"}};
  const model::Workspace ws = model::Workspace::load(std::move(sources), model::LoadOptions{});
  REQUIRE(ws.files().size() == 2);
  CHECK(ws.files()[0].path == "git:HEAD~1:targets.yaml");
  CHECK(ws.files()[0].source->bytes == bad);
  CHECK(ws.unreadable_count() == 0);
  REQUIRE(!ws.findings().empty());
  CHECK(ws.findings().front().location.file == "git:HEAD~1:targets.yaml");
  CHECK(ws.findings().front().location.line == 6);
}

TEST_CASE("one catalog file loads on its own, so three files sharing an id can be compared") {
  const std::string yaml = "kind: targets\nid: targets-a\ntitle: t\ntargets: []\n";
  const model::LoadedCatalog base = model::load_catalog({"base.yaml", yaml}, model::LoadOptions{});
  const model::LoadedCatalog ours = model::load_catalog({"ours.yaml", yaml}, model::LoadOptions{});
  REQUIRE(base.catalog);
  REQUIRE(ours.catalog);
  CHECK(base.findings.empty());
  CHECK(base.catalog->file == "base.yaml");
  CHECK(*base.catalog == *ours.catalog);
  const model::LoadedCatalog broken = model::load_catalog({"broken.yaml", "kind: [\n"}, model::LoadOptions{});
  CHECK_FALSE(broken.catalog);
  REQUIRE(!broken.findings.empty());
  CHECK(broken.findings.front().code == Code::E001);
}

TEST_CASE("a schema finding inside a matter names the matter's code (the model's SubjectOf)") {
  const std::string yaml = header("unified", "u-2022", "330000", 2022, "2022-01-01", "matters:\n") +
                           matter("330219001000", "市容环境卫生", "住房和城乡建设局", "    scope_typo: 1\n");
  const model::LoadedCatalog loaded = model::load_catalog({"u.yaml", yaml}, model::LoadOptions{});
  REQUIRE(loaded.findings.size() == 1);
  CHECK(loaded.findings[0].code == Code::E004);
  CHECK(loaded.findings[0].matter == "330219001000");
}
