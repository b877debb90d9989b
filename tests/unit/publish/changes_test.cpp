// publish::build_changes_notice (encat-publish --changes-from): the
// adjustment notice between two editions, over catalogs made from text in
// memory and over the sample province's unified catalogs; its counts are
// encat-diff's (diff::compare, diff::counts) on the editions as shown.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diff/diff.h"
#include "model/workspace.h"
#include "publish/changes.h"
#include "util/files.h"
#include "../loading.h"
#include "column_labels.h"

using namespace encat;
using test::by_id;
using test::column_labels;

namespace {

std::string matter(const std::string& code, const std::string& name, const std::string& domain, const std::string& more = {},
                   const std::string& basis = "      - law: 城市道路管理条例\n        articles: [第四十二条]\n") {
  return "  - code: \"" + code + "\"\n    name: " + name + "\n    domain: " + domain + "\n    power: 行政处罚\n    basis:\n" +
         basis + "    scope: 全部\n    boundary: 主管部门负责监管。\n    from: [住房和城乡建设局]\n    township: 必须下放\n" + more;
}

std::string unified(int year, const std::string& matters) {
  return "kind: unified\nid: u-" + std::to_string(year) + "\ntitle: 示范统一目录（" + std::to_string(year) +
         "年）\nregion: \"330000\"\nedition: " + std::to_string(year) + "\neffective: " + std::to_string(year) +
         "-07-01\nissuer: 示范省人民政府办公厅\ndocument: 示政办发〔" + std::to_string(year) + "〕38号\nmatters:\n" + matters;
}

const std::string two_laws =
    "      - law: 中华人民共和国建筑法\n        articles: [第七条, 第六十四条]\n"
    "      - law: 《建设工程质量管理条例》\n        articles: [第五十七条]\n";

// 2021 → 2022: A changes its boundary and basis, B is cancelled (取消), C
// comes back into force (暂停 → 有效), D is cancelled in both, E is recoded
// (and its basis changes), F is dropped, G is new.
const std::string old_matters = matter("330217001000", "对擅自施工的行政处罚", "住房城乡建设", "", two_laws) +
                                matter("330217002000", "对擅自挖掘城市道路的行政处罚", "住房城乡建设") +
                                matter("330219001000", "对随地吐痰的行政处罚", "市容环境卫生", "    status: 暂停\n") +
                                matter("330219002000", "对乱倒垃圾的行政处罚", "市容环境卫生", "    status: 取消\n") +
                                matter("330222006000", "对侵占水工程的行政处罚", "水利") +
                                matter("330231001000", "对擅自营业的行政处罚", "卫生健康");
const std::string new_matters =
    matter("330217001000", "对擅自施工的行政处罚", "住房城乡建设", "",
           "      - law: 中华人民共和国建筑法\n        articles: [第六十四条]\n") +
    matter("330217002000", "对擅自挖掘城市道路的行政处罚", "住房城乡建设", "    status: 取消\n") +
    matter("330219001000", "对随地吐痰的行政处罚", "市容环境卫生") +
    matter("330219002000", "对乱倒垃圾的行政处罚", "市容环境卫生", "    status: 取消\n") +
    matter("330222016000", "对侵占水工程的行政处罚", "水利", "", "      - law: 中华人民共和国水法\n") +
    matter("330231002000", "对擅自供水的行政处罚", "卫生健康");

std::vector<std::string> codes_of(const publish::Part& part) {
  std::vector<std::string> out;
  for (const publish::Group& g : part.table.groups)
    for (const publish::Row& r : g.rows) out.push_back(r.code);
  return out;
}

size_t count_of(const publish::Notice& n, const std::string& key) {
  for (const auto& [k, v] : n.counts)
    if (k == key) return v;
  FAIL("no count " << key);
  return 0;
}

// The notice's counts against encat-diff's on the same catalogs.
void check_counts_are_diffs(const publish::Notice& n, const diff::CatalogDiff& d) {
  const diff::Counts c = diff::counts(d);
  CHECK(count_of(n, "added") == c.added);
  CHECK(count_of(n, "removed") == c.removed);
  CHECK(count_of(n, "changed") == c.changed);
  CHECK(count_of(n, "recoded") == c.recoded);
}

}  // namespace

TEST_CASE("--changes-from: a part per kind of change, each headed, grouped by domain with its own columns") {
  const model::Workspace ws = test::load_clean({{"a.yaml", unified(2021, old_matters)}, {"b.yaml", unified(2022, new_matters)}});
  const publish::Notice n = publish::build_changes_notice(by_id(ws, "u-2021"), by_id(ws, "u-2022"), {}, {});
  CHECK(n.kind == "changes");
  CHECK(n.catalog == "u-2022");
  CHECK(n.from == "u-2021");
  CHECK(n.title == "示范统一目录（2022年）调整公告");
  CHECK(n.document == "示政办发〔2022〕38号");
  CHECK(n.effective == "2022-07-01");
  REQUIRE(n.parts.size() == 4);

  // 新增: C back in force and G, with the notice's own columns.
  const publish::Part& added = n.parts[0];
  CHECK(added.change == "added");
  CHECK(added.heading == "一、新增事项（共 2 项）");
  CHECK(column_labels(added.table) ==
        std::vector<std::string>{"序号", "事项代码", "事项名称", "法律依据", "划转范围", "具体职责边界", "划出部门"});
  REQUIRE(added.table.groups.size() == 2);
  CHECK(added.table.groups[0].heading == "（一）市容环境卫生（共 1 项）");
  CHECK(added.table.groups[1].heading == "（二）卫生健康（共 1 项）");
  CHECK(added.table.groups[1].rows[0].cells[0] == "2");  // numbered through the groups
  CHECK(codes_of(added) == std::vector<std::string>{"330219001000", "330231002000"});

  // 取消: B (still listed, cancelled: said in 备注) and F (dropped); D, cancelled in both, nowhere.
  const publish::Part& removed = n.parts[1];
  CHECK(removed.change == "removed");
  CHECK(removed.heading == "二、取消事项（共 2 项）");
  CHECK(column_labels(removed.table) == std::vector<std::string>{"序号", "事项代码", "事项名称", "执法领域", "备注"});
  REQUIRE(removed.table.groups.size() == 2);
  CHECK(removed.table.groups[0].rows[0].cells ==
        std::vector<std::string>{"1", "330217002000", "对擅自挖掘城市道路的行政处罚", "住房城乡建设", "状态改为取消"});
  CHECK(removed.table.groups[1].rows[0].cells ==
        std::vector<std::string>{"2", "330231001000", "对擅自营业的行政处罚", "卫生健康", ""});

  // 调整: A, each field with its label, old → new.
  const publish::Part& changed = n.parts[2];
  CHECK(changed.heading == "三、调整事项（共 1 项）");
  CHECK(column_labels(changed.table) == std::vector<std::string>{"序号", "事项代码", "事项名称", "调整内容"});
  REQUIRE(changed.table.rows == 1);
  CHECK(changed.table.groups[0].rows[0].cells[3] ==
        "法律依据：《中华人民共和国建筑法》第七条、第六十四条；《建设工程质量管理条例》第五十七条 → "
        "《中华人民共和国建筑法》第六十四条");

  // 代码变更: E, and what else changed with it.
  const publish::Part& recoded = n.parts[3];
  CHECK(recoded.heading == "四、代码变更（共 1 项）");
  CHECK(column_labels(recoded.table) == std::vector<std::string>{"序号", "原事项代码", "新事项代码", "事项名称", "调整内容"});
  CHECK(recoded.table.groups[0].heading == "（一）水利（共 1 项）");
  CHECK(recoded.table.groups[0].rows[0].cells ==
        std::vector<std::string>{"1", "330222006000", "330222016000", "对侵占水工程的行政处罚",
                                 "法律依据：《城市道路管理条例》第四十二条 → 《中华人民共和国水法》"});

  CHECK(n.lead ==
        "与《示范统一目录（2021年）》（示政办发〔2021〕38号）相比，新增事项2项（市容环境卫生1项、卫生健康1项）、"
        "取消事项2项（住房城乡建设1项、卫生健康1项）、调整事项1项（住房城乡建设1项）、代码变更1项（水利1项）。");
  CHECK(n.summary == "共计 6 项（新增 2 项、取消 2 项、调整 1 项、代码变更 1 项）");
  CHECK(count_of(n, "added") == 2);
  CHECK(count_of(n, "removed") == 2);
  CHECK(count_of(n, "changed") == 1);
  CHECK(count_of(n, "recoded") == 1);
}

TEST_CASE("--changes-from --all: every matter counts, a status change is an 调整, the counts are encat-diff's") {
  const model::Workspace ws = test::load_clean({{"a.yaml", unified(2021, old_matters)}, {"b.yaml", unified(2022, new_matters)}});
  const model::Catalog &a = by_id(ws, "u-2021"), &b = by_id(ws, "u-2022");
  publish::Options all;
  all.all = true;
  const publish::Notice n = publish::build_changes_notice(a, b, {}, all);
  check_counts_are_diffs(n, diff::compare(a, b));
  CHECK(count_of(n, "added") == 1);    // G
  CHECK(count_of(n, "removed") == 1);  // F
  CHECK(count_of(n, "changed") == 3);  // A, and the status of B and C
  REQUIRE(n.parts.size() == 4);
  CHECK(n.parts[0].table.columns.back().label == "状态");  // --all shows the status, as the notice does
  CHECK(codes_of(n.parts[2]) == std::vector<std::string>{"330217001000", "330217002000", "330219001000"});
  CHECK(n.parts[2].table.groups[0].rows[1].cells[3] == "状态：有效 → 取消");
  CHECK(n.parts[1].table.groups[0].rows[0].cells.back().empty());  // no status remark with --all

  // Without --all, the counts are encat-diff's between the editions as their notices show them.
  const publish::Notice shown = publish::build_changes_notice(a, b, {}, {});
  const model::Catalog old_shown = publish::shown_edition(a, {}), new_shown = publish::shown_edition(b, {});
  CHECK(old_shown.matters.size() == 4);
  CHECK(new_shown.matters.size() == 4);
  CHECK(old_shown.title == a.title);
  CHECK(new_shown.find_matter("330219002000") == nullptr);
  check_counts_are_diffs(shown, diff::compare(old_shown, new_shown));
}

TEST_CASE("--changes-from between equal editions: no part, the lead says so") {
  const model::Workspace ws = test::load_clean({{"a.yaml", unified(2021, old_matters)},
                                                {"b.yaml", unified(2022, old_matters)}});
  const publish::Notice n = publish::build_changes_notice(by_id(ws, "u-2021"), by_id(ws, "u-2022"), {}, {});
  CHECK(n.parts.empty());
  CHECK(n.lead == "与《示范统一目录（2021年）》（示政办发〔2021〕38号）相比，事项无调整。");
  CHECK(n.summary == "共计 0 项");
}

TEST_CASE("--changes-from for a township: 新增赋权 and 收回赋权 by domain, details from each edition's sources") {
  auto township = [](int year, const std::string& codes) {
    const std::string y = std::to_string(year);
    return "kind: township\nid: t-" + y + "\ntitle: 尖山镇综合行政执法事项目录清单（" + y +
           "年）\nregion: \"330881101\"\ncounty: \"330881\"\nedition: " + y + "\neffective: " + y +
           "-10-01\nissuer: 江山市人民政府\ndocument: 江政发〔" + y + "〕27号\ndraws_from: [u-" + y + "]\nmatters:\n" + codes;
  };
  const std::string before = "  - code: \"330217001000\"\n    note: 限镇区\n  - code: \"330217002000\"\n"
                             "  - code: \"330222006000\"\n  - code: \"330231001000\"\n";
  // B is listed still but cancelled in 2022's sources; 330299999000 is in no source.
  const std::string after = "  - code: \"330217001000\"\n  - code: \"330217002000\"\n  - code: \"330219001000\"\n"
                            "  - code: \"330231002000\"\n  - code: \"330299999000\"\n";
  const model::Workspace ws = test::load_clean({{"a.yaml", unified(2021, old_matters)},
                                                {"b.yaml", unified(2022, new_matters)},
                                                {"t1.yaml", township(2021, before)},
                                                {"t2.yaml", township(2022, after)}});
  const publish::SourceLookup lookup = [&ws](std::string_view id) { return ws.find(id); };
  const model::Catalog &a = by_id(ws, "t-2021"), &b = by_id(ws, "t-2022");
  const publish::Notice n = publish::build_changes_notice(a, b, lookup, {});
  REQUIRE(n.parts.size() == 3);
  CHECK(n.parts[0].heading == "一、新增赋权事项（共 3 项）");
  CHECK(column_labels(n.parts[0].table) ==
        std::vector<std::string>{"序号", "事项代码", "事项名称", "执法领域", "下放类别", "备注"});
  CHECK(codes_of(n.parts[0]) == std::vector<std::string>{"330219001000", "330231002000", "330299999000"});
  CHECK(n.parts[0].table.groups.back().heading == "（三）未分领域（共 1 项）");
  CHECK(n.unresolved == std::vector<std::string>{"330299999000"});
  CHECK(n.parts[1].heading == "二、收回赋权事项（共 3 项）");
  CHECK(codes_of(n.parts[1]) == std::vector<std::string>{"330217002000", "330222006000", "330231001000"});
  CHECK(n.parts[1].table.groups[0].rows[0].cells ==
        std::vector<std::string>{"1", "330217002000", "对擅自挖掘城市道路的行政处罚", "住房城乡建设", "事项状态为取消"});
  CHECK(n.parts[1].table.groups[1].heading == "（二）水利（共 1 项）");
  CHECK(n.parts[2].heading == "三、调整事项（共 1 项）");
  CHECK(n.parts[2].table.groups[0].rows[0].cells[3] == "备注：限镇区 → （无）");
  CHECK(n.lead ==
        "与《尖山镇综合行政执法事项目录清单（2021年）》（江政发〔2021〕27号）相比，"
        "新增赋权事项市容环境卫生1项、卫生健康1项、未分领域1项，共计3项；"
        "收回赋权事项住房城乡建设1项、水利1项、卫生健康1项，共计3项；调整事项1项。");
  CHECK(n.summary == "共计 7 项（新增赋权 3 项、收回赋权 3 项、调整 1 项）");

  // With --all the counts are encat-diff's (B listed in both: no change).
  publish::Options all;
  all.all = true;
  const publish::Notice every = publish::build_changes_notice(a, b, lookup, all);
  check_counts_are_diffs(every, diff::compare(a, b, lookup));
  CHECK(count_of(every, "removed") == 2);
}

TEST_CASE("the counts of the sample's unified catalogs 2021 → 2022 are encat-diff's: 42 added, 2 removed, 8 changed, 1 recoded") {
  model::LoadOptions options;
  options.jobs = 1;
  const std::string root = std::string(ENCAT_SOURCE_DIR) + "/catalogs/zhejiang/";
  const model::Workspace ws =
      model::Workspace::load(collect_files({root + "unified-2021.yaml", root + "unified-2022.yaml"}).files, options);
  const model::Catalog &a = by_id(ws, "zj-unified-2021"), &b = by_id(ws, "zj-unified-2022");
  const publish::Notice n = publish::build_changes_notice(a, b, {}, {});
  const diff::CatalogDiff d = diff::compare(a, b);
  check_counts_are_diffs(n, d);
  CHECK(count_of(n, "added") == 42);
  CHECK(count_of(n, "removed") == 2);
  CHECK(count_of(n, "changed") == 8);
  CHECK(count_of(n, "recoded") == 1);
  REQUIRE(n.parts.size() == 4);
  CHECK(n.parts[0].heading == "一、新增事项（共 42 项）");
  CHECK(n.parts[3].heading == "四、代码变更（共 1 项）");
  // The domains in the order encat-diff's markdown lists them.
  const std::vector<publish::DomainCounts> domains = publish::counts_by_domain(d, "未知领域");
  REQUIRE(domains.size() == 12);  // 住房城乡建设 is one domain, not four
  CHECK(domains.front().domain == "住房城乡建设");
  CHECK(domains.back().domain == "应急管理");
  CHECK(publish::domain_sentence(domains, &publish::DomainCounts::removed) == "住房城乡建设1项、自然资源1项，共计2项");
  CHECK(publish::domain_sentence(domains, &publish::DomainCounts::removed, Lang::En) ==
        "住房城乡建设 1, 自然资源 1 (2 in all)");
}

TEST_CASE("--changes-from takes an earlier edition of the same catalog") {
  const model::Workspace ws = test::load_clean({{"a.yaml", unified(2021, old_matters)},
                                                {"b.yaml", unified(2022, new_matters)},
                                                {"c.yaml", "kind: extension\nid: x-2022\ntitle: 扩展目录\nregion: \"330881\"\n"
                                                           "edition: 2022\neffective: 2022-07-01\nextends: u-2022\nmatters:\n" +
                                                               matter("330881001000", "对扩展事项的行政处罚", "水利")}});
  const model::Catalog &a = by_id(ws, "u-2021"), &b = by_id(ws, "u-2022"), &x = by_id(ws, "x-2022");
  using publish::EditionsProblem;
  CHECK(publish::check_editions(a, b) == EditionsProblem::None);
  CHECK(publish::check_editions(b, a) == EditionsProblem::NotOlder);
  CHECK(publish::check_editions(b, b) == EditionsProblem::NotOlder);
  CHECK(publish::check_editions(x, b) == EditionsProblem::DifferentCatalogs);
  CHECK(publish::check_editions(a, x) == EditionsProblem::DifferentCatalogs);
}
