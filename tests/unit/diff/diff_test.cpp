// diff::compare and pair_catalogs over catalogs made from text in memory.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diff/diff.h"
#include "model/workspace.h"
#include "../loading.h"

using namespace encat;

namespace {

// Two editions of one catalog may share an id (E007).
model::Workspace load(std::vector<yaml::Source> sources) { return test::load_clean(std::move(sources), {Code::E007}); }

std::string header(const std::string& id, int edition, const std::string& extra = {}, const std::string& kind = "unified") {
  return "kind: " + kind + "\nid: " + id + "\ntitle: 目录" + std::to_string(edition) + "\nregion: \"330000\"\nedition: " +
         std::to_string(edition) + "\neffective: " + std::to_string(edition) + "-01-01\n" + extra;
}

std::string matter(const std::string& code, const std::string& name, const std::string& domain = "住房城乡建设",
                   const std::string& boundary = "主管部门负责日常监管，发现违法行为的，移送综合行政执法部门。",
                   const std::string& more = {}) {
  return "  - code: \"" + code + "\"\n    name: " + name + "\n    domain: " + domain +
         "\n    power: 行政处罚\n    basis:\n      - law: 城市道路管理条例\n        articles: [第四十二条]\n    scope: 全部\n"
         "    boundary: " + boundary + "\n    from: [住房和城乡建设局]\n" + more;
}

const model::Catalog& by_file(const model::Workspace& ws, const std::string& file) {
  for (const model::Catalog& c : ws.catalogs())
    if (c.file == file) return c;
  FAIL("no catalog " << file);
  return ws.catalogs().front();
}

const std::string base = header("demo-2021", 2021) + "matters:\n" + matter("330217001000", "对擅自占用城市道路的行政处罚") +
                         matter("330217002000", "对擅自挖掘城市道路的行政处罚") +
                         matter("330219001000", "对随地吐痰的行政处罚", "市容环境卫生");

}  // namespace

TEST_CASE("compare of a catalog with itself, or with the same values written otherwise, is empty") {
  const std::string other = "# 注释\n" + base;
  const model::Workspace ws = load({{"a.yaml", base}, {"b.yaml", other}});
  CHECK(diff::compare(by_file(ws, "a.yaml"), by_file(ws, "a.yaml")).empty());
  CHECK(diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml")).empty());
}

TEST_CASE("added, removed, recoded and changed matters, sorted by code, with their positions") {
  const std::string next = header("demo-2022", 2022, "supersedes: demo-2021\n") + "matters:\n" +
                           matter("330220001000", "对损坏城市树木花草的行政处罚", "园林绿化") +
                           matter("330217001000", "对擅自占用城市道路的行政处罚", "住房城乡建设",
                                  "主管部门负责日常监管，发现违法行为的，移送综合行政执法部门。", "    township: 必须下放\n") +
                           matter("330217902000", "对擅自挖掘城市道路的行政处罚") +
                           matter("330210001000", "对新事项的行政处罚", "民政");
  const model::Workspace ws = load({{"a.yaml", base}, {"b.yaml", next}});
  const diff::CatalogDiff d = diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml"));

  REQUIRE(d.added.size() == 2);
  CHECK(d.added[0].code == "330210001000");  // by code, not by file order
  CHECK(d.added[1].code == "330220001000");
  CHECK(d.added[1].name == "对损坏城市树木花草的行政处罚");
  CHECK(d.added[1].domain == "园林绿化");
  CHECK(d.added[1].at.line == 9);
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed[0].code == "330219001000");
  CHECK(d.removed[0].at.line == 28);
  REQUIRE(d.recoded.size() == 1);
  CHECK(d.recoded[0].old_code == "330217002000");
  CHECK(d.recoded[0].new_code == "330217902000");
  CHECK(d.recoded[0].fields.empty());
  REQUIRE(d.changed.size() == 1);
  CHECK(d.changed[0].code == "330217001000");
  REQUIRE(d.changed[0].fields.size() == 1);
  const diff::FieldChange& f = d.changed[0].fields[0];
  CHECK(f.field->key == "township");
  CHECK(f.field->zh == "下放类别");
  CHECK(diff::display(f.old_value) == "不下放");  // the default, where the old edition says nothing
  CHECK(diff::display(f.new_value) == "必须下放");
  CHECK(f.old_at.line == 8);   // the old matter (the field is absent there)
  CHECK(f.new_at.line == 29);  // the new field
  CHECK(!f.format_only);

  // Header: id, title, edition, effective, supersedes.
  std::vector<std::string> keys;
  for (const diff::FieldChange& h : d.header) keys.push_back(std::string(h.field->key));
  CHECK(keys == std::vector<std::string>{"id", "title", "edition", "effective", "supersedes"});
  const diff::Counts c = diff::counts(d);
  CHECK(c.added == 2);
  CHECK(c.removed == 1);
  CHECK(c.recoded == 1);
  CHECK(c.changed == 1);
}

TEST_CASE("every field of a matter is compared and labelled from the field table") {
  struct Edit {
    std::string from, to, key;
  };
  const std::vector<Edit> edits = {
      {"    name: 对擅自占用城市道路的行政处罚\n", "    name: 对擅自占用城市道路的行政处罚决定\n", "name"},
      {"    domain: 住房城乡建设\n", "    domain: 城市管理\n", "domain"},
      {"    power: 行政处罚\n", "    power: 行政强制\n", "power"},
      {"        articles: [第四十二条]\n", "        articles: [第四十三条]\n", "basis"},
      {"    scope: 全部\n", "    scope: 部分\n    scope_note: 仅限城区\n", "scope"},
      {"    from: [住房和城乡建设局]\n", "    from: [住房和城乡建设局, 交通运输局]\n", "from"},
      {"    from: [住房和城乡建设局]\n", "    from: [住房和城乡建设局]\n    traits: [高频]\n", "traits"},
      {"    from: [住房和城乡建设局]\n", "    from: [住房和城乡建设局]\n    status: 暂停\n", "status"},
      {"    from: [住房和城乡建设局]\n", "    from: [住房和城乡建设局]\n    note: 备注\n", "note"},
  };
  const std::string one = header("demo-2021", 2021) + "matters:\n" + matter("330217001000", "对擅自占用城市道路的行政处罚");
  for (const Edit& e : edits) {
    CAPTURE(e.key);
    std::string changed = one;
    const size_t at = changed.find(e.from);
    REQUIRE(at != std::string::npos);
    changed.replace(at, e.from.size(), e.to);
    const model::Workspace ws = load({{"a.yaml", one}, {"b.yaml", changed}});
    const diff::CatalogDiff d = diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml"));
    REQUIRE(d.changed.size() == 1);
    REQUIRE(!d.changed[0].fields.empty());
    CHECK(d.changed[0].fields[0].field->key == e.key);
    CHECK(!d.changed[0].fields[0].field->zh.empty());
  }
}

TEST_CASE("lists are given whole: basis as items {law, articles}, traits as a set in word order") {
  const std::string a = header("dd", 2021) + "matters:\n" +
                        matter("330217001000", "甲", "住房城乡建设", "边界。", "    traits: [易发现, 高频]\n");
  const std::string b = header("dd", 2021) + "matters:\n" +
                        matter("330217001000", "甲", "住房城乡建设", "边界。", "    traits: [高频, 易处置]\n");
  const model::Workspace ws = load({{"a.yaml", a}, {"b.yaml", b}});
  const diff::CatalogDiff d = diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml"));
  REQUIRE(d.changed.size() == 1);
  REQUIRE(d.changed[0].fields.size() == 1);
  CHECK(diff::display(d.changed[0].fields[0].old_value) == "[高频, 易发现]");
  CHECK(diff::display(d.changed[0].fields[0].new_value) == "[高频, 易处置]");
  CHECK(d.changed[0].fields[0].old_value.kind == diff::Value::Kind::List);
  const model::Catalog& c = by_file(ws, "a.yaml");
  diff::CatalogDiff all = diff::only_new(c);
  REQUIRE(all.added.size() == 1);
}

TEST_CASE("a change of only whitespace or full-width against half-width punctuation is format only") {
  CHECK(diff::same_but_format("负责日常监管，发现违法行为的（含举报）", "负责日常监管, 发现违法行为的(含举报)"));
  CHECK(diff::same_but_format("第 四十二 条", "第四十二条"));
  CHECK(diff::same_but_format("ＡＢＣ１２３", "ABC123"));
  CHECK(diff::same_but_format("监管。", "监管."));
  CHECK(!diff::same_but_format("负责日常监管", "负责日常巡查"));
  CHECK(!diff::same_but_format("、", ","));

  const std::string b = header("demo-2021", 2021) + "matters:\n" +
                        matter("330217001000", "对擅自占用城市道路的行政处罚", "住房城乡建设",
                               "主管部门负责日常监管, 发现违法行为的, 移送综合行政执法部门。") +
                        matter("330217002000", "对擅自挖掘城市道路的行政处罚", "住房城乡建设", "另一段边界。") +
                        matter("330219001000", "对随地吐痰的行政处罚", "市容环境卫生");
  const model::Workspace ws = load({{"a.yaml", base}, {"b.yaml", b}});
  const diff::CatalogDiff d = diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml"));
  REQUIRE(d.changed.size() == 2);
  CHECK(d.changed[0].format_only());
  CHECK(d.changed[0].fields[0].format_only);
  CHECK(!d.changed[1].format_only());
  CHECK(diff::counts(d).format_only == 1);
}

TEST_CASE("township entries: added and removed with names and domains from their draws_from sources") {
  const std::string unified = header("zj-2022", 2022) + "matters:\n" + matter("330217001000", "甲事项") +
                              matter("330219001000", "乙事项", "市容环境卫生") + matter("330220001000", "丙事项", "园林绿化");
  auto township = [](const std::string& id, int edition, const std::vector<std::string>& codes, const std::string& note) {
    std::string t = "kind: township\nid: " + id + "\ntitle: 镇\nregion: \"330881102\"\ncounty: \"330881\"\nedition: " +
                    std::to_string(edition) + "\neffective: " + std::to_string(edition) +
                    "-01-01\ndraws_from: [zj-2022]\nmatters:\n";
    for (const std::string& c : codes) t += "  - code: \"" + c + "\"\n" + (c == "330217001000" ? note : "");
    return t;
  };
  const model::Workspace ws =
      load({{"u.yaml", unified},
            {"t1.yaml", township("t-2022", 2022, {"330217001000", "330219001000", "330299009000"}, "    note: 旧\n")},
            {"t2.yaml", township("t-2023", 2023, {"330217001000", "330220001000"}, "    note: 新\n")}});
  const diff::SourceLookup lookup = [&](std::string_view id) { return ws.find(id); };
  const diff::CatalogDiff d = diff::compare(by_file(ws, "t1.yaml"), by_file(ws, "t2.yaml"), lookup);
  REQUIRE(d.added.size() == 1);
  CHECK(d.added[0].kind == diff::RecordKind::Entry);
  CHECK(d.added[0].name == "丙事项");
  CHECK(d.added[0].domain == "园林绿化");
  REQUIRE(d.removed.size() == 2);
  CHECK(d.removed[0].domain == "市容环境卫生");
  CHECK(d.removed[0].resolved);
  CHECK(d.removed[1].code == "330299009000");  // in no source: kept, unresolved
  CHECK(!d.removed[1].resolved);
  CHECK(d.removed[1].name.empty());
  CHECK(d.recoded.empty());  // entries are never recoded
  REQUIRE(d.changed.size() == 1);
  CHECK(d.changed[0].fields[0].field->key == "note");
  CHECK(d.changed[0].name == "甲事项");
  // The domains in the order the source lists them (a notice follows it).
  CHECK(d.domain_order == std::vector<std::string>{"住房城乡建设", "市容环境卫生", "园林绿化"});

  // Without a lookup nothing is resolved, and nothing breaks.
  const diff::CatalogDiff bare = diff::compare(by_file(ws, "t1.yaml"), by_file(ws, "t2.yaml"));
  REQUIRE(bare.added.size() == 1);
  CHECK(!bare.added[0].resolved);
}

TEST_CASE("supervision matters, case counts and targets are compared by code or year") {
  const std::string s1 = "kind: supervision\nid: sv\ntitle: 监管\nregion: \"330881\"\nedition: 2021\neffective: 2021-01-01\n"
                         "matters:\n  - code: \"JG-1\"\n    name: 检查\n    department: 局\n    covers: [\"330217001000\"]\n"
                         "    inspection: 随机抽查\n";
  std::string s2 = s1;
  s2.replace(s2.find("随机抽查"), std::string("随机抽查").size(), "重点监管");
  const std::string c1 = "kind: cases\nid: cs\ntitle: 案件\nregion: \"330881\"\ncounts:\n  \"330217001000\": {2021: 3}\n";
  const std::string c2 = "kind: cases\nid: cs\ntitle: 案件\nregion: \"330881\"\ncounts:\n  \"330217001000\": {2021: 4}\n"
                         "  \"330219001000\": {2021: 1}\n";
  const std::string g1 = "kind: targets\nid: tg\ntitle: 目标\ntargets:\n  - year: 2022\n    matter_share: 0.20\n";
  const std::string g2 = "kind: targets\nid: tg\ntitle: 目标\ntargets:\n  - year: 2022\n    matter_share: 0.25\n"
                         "  - year: 2023\n    matter_share: 0.3\n";
  const model::Workspace a = load({{"s.yaml", s1}, {"c.yaml", c1}, {"g.yaml", g1}});
  const model::Workspace b = load({{"s.yaml", s2}, {"c.yaml", c2}, {"g.yaml", g2}});

  const diff::CatalogDiff s = diff::compare(by_file(a, "s.yaml"), by_file(b, "s.yaml"));
  REQUIRE(s.changed.size() == 1);
  CHECK(s.changed[0].kind == diff::RecordKind::Supervision);
  CHECK(s.changed[0].fields[0].field->zh == "检查方式");

  const diff::CatalogDiff c = diff::compare(by_file(a, "c.yaml"), by_file(b, "c.yaml"));
  REQUIRE(c.changed.size() == 1);
  CHECK(diff::display(c.changed[0].fields[0].new_value) == "{2021: 4}");
  REQUIRE(c.added.size() == 1);
  CHECK(c.added[0].code == "330219001000");

  const diff::CatalogDiff g = diff::compare(by_file(a, "g.yaml"), by_file(b, "g.yaml"));
  REQUIRE(g.changed.size() == 1);
  CHECK(g.changed[0].code == "2022");
  CHECK(g.changed[0].fields[0].field->key == "matter_share");
  CHECK(diff::display(g.changed[0].fields[0].new_value) == "0.25");
  REQUIRE(g.added.size() == 1);
  CHECK(g.added[0].code == "2023");
}

TEST_CASE("a code repeated in one edition counts once, at its first place") {
  const std::string dup = header("demo-2021", 2021) + "matters:\n" + matter("330217001000", "甲") + matter("330217001000", "乙");
  model::LoadOptions options;
  const model::Workspace ws = model::Workspace::load(std::vector<yaml::Source>{{"a.yaml", dup}, {"b.yaml", base}}, options);
  const diff::CatalogDiff d = diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml"));
  CHECK(d.removed.empty());
  CHECK(d.added.size() == 2);
  REQUIRE(d.changed.size() == 1);
  CHECK(diff::display(d.changed[0].fields[0].old_value) == "甲");
  CHECK(diff::compare(by_file(ws, "a.yaml"), by_file(ws, "a.yaml")).empty());
}

TEST_CASE("a change of kind is a header change") {
  const model::Workspace ws = load({{"a.yaml", header("x1", 2021) + "matters:\n" + matter("330217001000", "甲")},
                                    {"b.yaml", header("x2", 2021, "department: 局\n", "department") +
                                                   "matters:\n  - code: \"330217001000\"\n    name: 甲\n    domain: 住房城乡建设\n"
                                                   "    power: 行政处罚\n    basis:\n      - law: 城市道路管理条例\n"}});
  const diff::CatalogDiff d = diff::compare(by_file(ws, "a.yaml"), by_file(ws, "b.yaml"));
  REQUIRE(!d.header.empty());
  CHECK(d.header[0].field->key == "kind");
  CHECK(diff::display(d.header[0].new_value) == "department");
}

TEST_CASE("folders: catalogs paired by id, then by supersedes; the rest added or removed") {
  const model::Workspace a = load({{"old/u.yaml", header("u-2021", 2021) + "matters:\n" + matter("330217001000", "甲")},
                                   {"old/same.yaml", header("same", 2021) + "matters:\n" + matter("330217001000", "甲")},
                                   {"old/gone.yaml", header("gone", 2021) + "matters:\n" + matter("330217001000", "甲")}});
  const model::Workspace b =
      load({{"new/same.yaml", header("same", 2021) + "matters:\n" + matter("330217001000", "甲")},
            {"new/u.yaml", header("u-2022", 2022, "supersedes: u-2021\n") + "matters:\n" + matter("330217001000", "甲")},
            {"new/fresh.yaml", header("fresh", 2022) + "matters:\n" + matter("330217001000", "甲")}});
  std::vector<const model::Catalog*> olds, news;
  for (const model::Catalog& c : a.catalogs()) olds.push_back(&c);
  for (const model::Catalog& c : b.catalogs()) news.push_back(&c);
  const diff::Pairing p = diff::pair_catalogs(olds, news);
  REQUIRE(p.pairs.size() == 2);
  CHECK(p.pairs[0].first->id == "same");
  CHECK(p.pairs[0].second->id == "same");
  CHECK(p.pairs[1].first->id == "u-2021");
  CHECK(p.pairs[1].second->id == "u-2022");
  REQUIRE(p.added.size() == 1);
  CHECK(p.added[0]->id == "fresh");
  REQUIRE(p.removed.size() == 1);
  CHECK(p.removed[0]->id == "gone");
  const diff::CatalogDiff gone = diff::only_old(*p.removed[0]);
  CHECK(gone.removed.size() == 1);
  CHECK(gone.new_catalog == nullptr);
}
