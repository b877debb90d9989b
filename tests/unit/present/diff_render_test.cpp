// encat-diff's renderers (present/diff_report.h) over diffs of catalogs in memory.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diff/diff.h"
#include "model/workspace.h"
#include "present/diff_report.h"

using namespace encat;

namespace {

struct Loaded {
  model::Workspace ws;
  const model::Catalog& at(const std::string& file) const {
    for (const model::Catalog& c : ws.catalogs())
      if (c.file == file) return c;
    FAIL("no catalog " << file);
    return ws.catalogs().front();
  }
};

Loaded load(std::vector<yaml::Source> sources) {
  model::LoadOptions options;
  options.jobs = 1;
  return {model::Workspace::load(std::move(sources), options)};
}

std::string unified(const std::string& id, int edition, const std::string& matters) {
  return "kind: unified\nid: " + id + "\ntitle: 目录\nregion: \"330000\"\nedition: " + std::to_string(edition) +
         "\neffective: " + std::to_string(edition) + "-01-01\nmatters:\n" + matters;
}

std::string matter(const std::string& code, const std::string& name, const std::string& domain,
                   const std::string& more = {}) {
  return "  - code: \"" + code + "\"\n    name: " + name + "\n    domain: " + domain +
         "\n    power: 行政处罚\n    basis:\n      - law: 某条例\n    scope: 全部\n    boundary: 边界。\n    from: [某局]\n" + more;
}

std::string township(const std::string& id, int edition, const std::vector<std::string>& codes) {
  std::string t = "kind: township\nid: " + id + "\ntitle: 某镇目录（" + std::to_string(edition) +
                  "年）\nregion: \"330881102\"\ncounty: \"330881\"\nedition: " + std::to_string(edition) + "\neffective: " +
                  std::to_string(edition) + "-01-01\ndraws_from: [src-2022]\nmatters:\n";
  for (const std::string& c : codes) t += "  - code: \"" + c + "\"\n";
  return t;
}

render::DiffSet pair(diff::CatalogDiff d) {
  render::DiffSet set;
  set.entries.push_back({render::DiffEntry::Status::Paired, std::move(d), "a.yaml", "b.yaml"});
  return set;
}

}  // namespace

TEST_CASE("json of a pair is tools.md's object, lists given whole as arrays, an absent value as null") {
  const Loaded l = load({{"a.yaml", unified("u-2021", 2021, matter("330217001000", "甲", "建设"))},
                         {"b.yaml", unified("u-2021", 2021, matter("330217001000", "甲", "建设", "    traits: [高频]\n"))}});
  const std::string json = render::render_diff_json(pair(diff::compare(l.at("a.yaml"), l.at("b.yaml"))), {});
  CHECK(json == R"({
  "version": 1,
  "old": {
    "id": "u-2021",
    "edition": 2021
  },
  "new": {
    "id": "u-2021",
    "edition": 2021
  },
  "header": [],
  "added": [],
  "removed": [],
  "recoded": [],
  "changed": [
    {
      "code": "330217001000",
      "fields": [
        {
          "field": "traits",
          "old": null,
          "new": [
            "高频"
          ]
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("markdown of a township adjustment: 新增赋权 and 收回赋权 by domain with the notice's sentence") {
  std::string source_matters;
  for (int i = 1; i <= 10; ++i) source_matters += matter("3302170" + std::to_string(10 + i) + "000", "建设事项" + std::to_string(i), "建设");
  for (int i = 1; i <= 3; ++i) source_matters += matter("3302310" + std::to_string(10 + i) + "000", "卫生事项" + std::to_string(i), "卫生健康");
  source_matters += matter("330220001000", "绿化事项", "园林绿化");
  std::vector<std::string> old_codes, new_codes{"330220001000"};
  for (int i = 1; i <= 10; ++i) old_codes.push_back("3302170" + std::to_string(10 + i) + "000");
  for (int i = 1; i <= 3; ++i) old_codes.push_back("3302310" + std::to_string(10 + i) + "000");
  const Loaded l = load({{"src.yaml", unified("src-2022", 2022, source_matters)},
                         {"t1.yaml", township("t-2022", 2022, old_codes)},
                         {"t2.yaml", township("t-2023", 2023, new_codes)}});
  const diff::SourceLookup lookup = [&](std::string_view id) { return l.ws.find(id); };
  const render::DiffSet set = pair(diff::compare(l.at("t1.yaml"), l.at("t2.yaml"), lookup));
  const std::string md = render::render_diff_markdown(set, {});
  CHECK(md.find("新增赋权事项园林绿化1项，共计1项；收回赋权事项建设10项、卫生健康3项，共计13项。") != std::string::npos);
  CHECK(md.find("| 执法领域 | 新增赋权 | 收回赋权 | 调整 | 合计 |") != std::string::npos);
  CHECK(md.find("| 建设 | 0 | 10 | 0 | 10 |") != std::string::npos);
  CHECK(md.find("### 收回赋权事项（13 项）") != std::string::npos);
  CHECK(md.find("| 1 | `330217011000` | 建设事项1 | 建设 |") != std::string::npos);

  render::DiffContext brief;
  brief.brief = true;
  const std::string short_md = render::render_diff_markdown(set, brief);
  CHECK(short_md.find("共计13项") != std::string::npos);
  CHECK(short_md.find("###") == std::string::npos);  // counts only: no lists

  const std::string text = render::render_diff_text(set, {});
  CHECK(text.find("收回赋权：13 项") != std::string::npos);
  CHECK(text.find("t1.yaml:") != std::string::npos);
}

TEST_CASE("text marks a format-only change 仅格式, colours only when asked, and never passes a control character") {
  const Loaded l = load({{"a.yaml", unified("u-2021", 2021, matter("330217001000", "甲（乙）", "建设"))},
                         {"b.yaml", unified("u-2021", 2021, matter("330217001000", "\"甲(乙)\\e\"", "建设"))}});
  const diff::CatalogDiff d = diff::compare(l.at("a.yaml"), l.at("b.yaml"));
  const std::string plain = render::render_diff_text(pair(d), {});
  CHECK(plain.find("\x1b") == std::string::npos);
  CHECK(plain.find("事项名称") != std::string::npos);
  const Loaded f = load({{"a.yaml", unified("u-2021", 2021, matter("330217001000", "甲（乙）", "建设"))},
                         {"b.yaml", unified("u-2021", 2021, matter("330217001000", "甲(乙)", "建设"))}});
  const std::string marked = render::render_diff_text(pair(diff::compare(f.at("a.yaml"), f.at("b.yaml"))), {});
  CHECK(marked.find("事项名称（仅格式）") != std::string::npos);
  render::DiffContext colour;
  colour.color = true;
  CHECK(render::render_diff_text(pair(d), colour).find("\x1b[") != std::string::npos);
}
