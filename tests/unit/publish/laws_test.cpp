// publish::build_law_guide (encat-publish --laws) and build_lenient_notice
// over catalogs made from text in memory (the rendered guide:
// tests/unit/present/publish_laws_html_test.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/workspace.h"
#include "publish/laws.h"
#include "publish/lenient.h"
#include "../loading.h"
#include "laws_fixture.h"
#include "column_labels.h"

using namespace encat;
using test::by_id;
using test::column_labels;

using namespace test::laws_fixture;


TEST_CASE("law guide: the catalogs in force in the year, superseded editions out, unified before department") {
  const model::Workspace ws = test::load_clean({{"d.yaml", department}, {"u21.yaml", unified_2021}, {"u22.yaml", unified_2022}});
  const auto in_2021 = publish::guide_catalogs(ws, 2021);
  REQUIRE(in_2021.size() == 1);
  CHECK(in_2021[0]->id == "demo-2021");
  const auto in_2022 = publish::guide_catalogs(ws, 2022);
  REQUIRE(in_2022.size() == 2);
  CHECK(in_2022[0]->id == "demo-2022");
  CHECK(in_2022[1]->id == "demo-market-2022");
  CHECK(publish::guide_catalogs(ws, 2020).empty());
}

TEST_CASE("law guide: levels in the register's order, 未登记 last, each law's status, matters and articles") {
  const model::Workspace ws =
      test::load_clean({{"u22.yaml", unified_2022}, {"d.yaml", department}, {"laws.yaml", laws}});
  const publish::Notice guide = publish::build_law_guide(publish::guide_catalogs(ws, 2022), registers_of(ws), 2022, {});
  CHECK(guide.kind == "laws");
  CHECK(guide.title == "执法事项法规指引（2022年）");
  REQUIRE(guide.parts.size() == 3);
  CHECK(guide.parts[0].heading == "一、法律（共 2 部）");
  CHECK(guide.parts[0].level == "法律");
  CHECK(guide.parts[1].heading == "二、行政法规（共 1 部）");
  CHECK(guide.parts[2].heading == "三、未登记（共 1 部）");
  CHECK(guide.parts[2].level == "未登记");
  CHECK(column_labels(guide.parts[0].table) ==
        std::vector<std::string>{"序号", "法律法规名称", "时效性", "施行日期", "引用事项数", "执法事项"});

  // Ties (one matter each) by name; a basis written 《…》 is the registered law.
  CHECK(cells(guide.parts[0], 0) ==
        std::vector<std::string>{"1", "《中华人民共和国建筑法》", "已修改", "1998年3月1日", "1",
                                 "330217001000 对擅自施工的行政处罚（第七条、第六十四条）"});
  CHECK(cells(guide.parts[0], 1) ==
        std::vector<std::string>{"2", "《中华人民共和国环境噪声污染防治法》",
                                 "已废止（2022年6月5日废止，由《中华人民共和国噪声污染防治法》替代）", "1997年3月1日", "1",
                                 "330219002000 对施工噪声的行政处罚（第五十六条）"});
  // The department's 330217001000 is the unified one's (counted once, its basis not added); the
  // suspended matter's law is not cited by a matter in force.
  REQUIRE(guide.parts[1].table.rows == 1);
  CHECK(cells(guide.parts[1], 0) ==
        std::vector<std::string>{"1", "《城市市容和环境卫生管理条例》", "现行有效", "1992年8月1日", "2",
                                 "330219003000 对堆放物料的行政强制（第三十六条）\n330230001000 对销售不合格产品的行政处罚（第十条）"});
  CHECK(cells(guide.parts[2], 0) ==
        std::vector<std::string>{"1", "《建设工程质量管理条例》", "未登记", "", "1",
                                 "330217001000 对擅自施工的行政处罚（第五十七条）"});
  CHECK(guide.summary == "共收集法律法规 4 部，4 项执法事项明确具体法律依据");
  CHECK(guide.counts == std::vector<std::pair<std::string, size_t>>{{"laws", 4}, {"matters", 4}});

  SUBCASE("--all: the suspended matter and its law count too") {
    publish::Options all;
    all.all = true;
    const publish::Notice every = publish::build_law_guide(publish::guide_catalogs(ws, 2022), registers_of(ws), 2022, all);
    CHECK(every.parts[1].heading == "二、行政法规（共 2 部）");
    CHECK(every.summary == "共收集法律法规 5 部，5 项执法事项明确具体法律依据");
  }
}

TEST_CASE("law guide: the most cited law first, and without a register every law is 未登记 and no status columns") {
  const model::Workspace ws = test::load_clean({{"u22.yaml", unified_2022}, {"d.yaml", department}});
  const publish::Notice guide = publish::build_law_guide(publish::guide_catalogs(ws, 2022), {}, 2022, {});
  REQUIRE(guide.parts.size() == 1);
  CHECK(guide.parts[0].heading == "一、未登记（共 4 部）");
  CHECK(column_labels(guide.parts[0].table) == std::vector<std::string>{"序号", "法律法规名称", "引用事项数", "执法事项"});
  CHECK(cells(guide.parts[0], 0).at(1) == "《城市市容和环境卫生管理条例》");
  CHECK(cells(guide.parts[0], 0).at(2) == "2");
}

TEST_CASE("lenient list: its columns, grouped by the domains of its matters, else one table") {
  const model::Workspace ws = test::load_clean({{"u22.yaml", unified_2022}, {"l.yaml", lenient}});
  const model::Catalog& list = by_id(ws, "demo-lenient-2022");
  CHECK(publish::publishable(list.kind));
  const auto sources = publish::lenient_sources(ws, list);
  REQUIRE(sources.size() == 1);
  const publish::Notice notice = publish::build_lenient_notice(list, sources);
  CHECK(notice.kind == "lenient");
  CHECK(notice.document == "示县综执〔2022〕8号");
  CHECK(notice.effective == "2022-10-01");
  const publish::Table& table = notice.parts.at(0).table;
  CHECK(column_labels(table) == std::vector<std::string>{"序号", "事项代码", "违法行为", "适用情形", "处理方式"});
  REQUIRE(table.groups.size() == 2);
  CHECK(table.groups[0].heading == "一、市容环境卫生（共 2 项）");
  CHECK(table.groups[1].heading == "二、住房城乡建设（共 1 项）");
  CHECK(table.groups[0].rows[1].cells == std::vector<std::string>{"2", "330219003000", "再次堆放物料", "当场清理", "首违不罚"});
  CHECK(table.groups[1].rows[0].cells.at(0) == "3");
  CHECK(notice.summary == "共 2 个领域 3 项");

  const publish::Notice flat = publish::build_lenient_notice(list, {});
  REQUIRE(flat.parts.at(0).table.groups.size() == 1);
  CHECK(flat.parts[0].table.groups[0].heading.empty());
  CHECK(flat.summary == "共 3 项");
}
