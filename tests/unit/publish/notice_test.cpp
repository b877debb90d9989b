// publish::build_notice and build_townships_notice over catalogs made from text in memory.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/workspace.h"
#include "publish/notice.h"
#include "../loading.h"
#include "column_labels.h"

using namespace encat;
using test::by_id;
using test::column_labels;

namespace {

model::Workspace load(std::vector<yaml::Source> sources) { return test::load_clean(std::move(sources)); }

const std::string unified =
    "kind: unified\nid: demo-2022\ntitle: 示范统一目录（2022年）\nregion: \"330000\"\nedition: 2022\neffective: 2022-07-01\n"
    "issuer: 示范省人民政府办公厅\ndocument: 示政办发〔2022〕38号\nmatters:\n"
    "  - code: \"330217001000\"\n    name: 对擅自施工的行政处罚\n    domain: 住房城乡建设\n    power: 行政处罚\n"
    "    basis:\n      - law: 中华人民共和国建筑法\n        articles: [第七条, 第六十四条]\n"
    "      - law: 建设工程质量管理条例\n        articles: [第五十七条]\n"
    "    scope: 部分\n    scope_note: 仅限房屋建筑工程\n    boundary: 主管部门负责监管。\n    from: [住房和城乡建设局]\n"
    "    township: 必须下放\n"
    "  - code: \"330219001000\"\n    name: 对随地吐痰的行政处罚\n    domain: 市容环境卫生\n    power: 行政处罚\n"
    "    basis:\n      - law: 城市市容和环境卫生管理条例\n    scope: 全部\n    boundary: 主管部门负责监管。\n"
    "    from: [住房和城乡建设局, 综合行政执法局]\n    township: 可放可不放\n    traits: [高频, 易发现]\n"
    "  - code: \"330217002000\"\n    name: 对已取消事项的行政处罚\n    domain: 住房城乡建设\n    power: 行政检查\n"
    "    basis:\n      - law: 《城市道路管理条例》\n        articles: [第四十二条]\n    scope: 全部\n    boundary: 主管部门负责监管。\n"
    "    from: [住房和城乡建设局]\n    status: 取消\n    note: 已并入其他事项\n";

std::string township(const std::string& id, const std::string& name, const std::string& region, const std::string& codes) {
  return "kind: township\nid: " + id + "\ntitle: " + name + "综合行政执法事项目录清单（2022年）\nregion: \"" + region +
         "\"\ncounty: \"330881\"\nedition: 2022\neffective: 2022-10-01\nissuer: 江山市人民政府\ndocument: 江政发〔2022〕27号\n"
         "draws_from: [demo-2022]\nmatters:\n" + codes;
}

}  // namespace

TEST_CASE("Chinese numerals of group headings, past ten too") {
  CHECK(publish::chinese_numeral(1) == "一");
  CHECK(publish::chinese_numeral(9) == "九");
  CHECK(publish::chinese_numeral(10) == "十");
  CHECK(publish::chinese_numeral(11) == "十一");
  CHECK(publish::chinese_numeral(19) == "十九");
  CHECK(publish::chinese_numeral(20) == "二十");
  CHECK(publish::chinese_numeral(25) == "二十五");
  CHECK(publish::chinese_numeral(99) == "九十九");
  CHECK(publish::chinese_numeral(100) == "一百");
  CHECK(publish::chinese_numeral(101) == "一百零一");
  CHECK(publish::chinese_numeral(110) == "一百一十");
  CHECK(publish::chinese_numeral(1001) == "一千零一");
  CHECK(publish::chinese_numeral(1010) == "一千零一十");
  CHECK(publish::chinese_numeral(10000) == "一万");
  CHECK(publish::chinese_numeral(10010) == "一万零一十");
  CHECK(publish::chinese_numeral(11000) == "一万一千");
  CHECK(publish::chinese_numeral(0) == "0");
}

TEST_CASE("法律依据 as 《law》article、article, one law a line; 部分 followed by its note") {
  const model::Workspace ws = load({{"u.yaml", unified}});
  const model::Catalog& c = by_id(ws, "demo-2022");
  CHECK(publish::basis_text(c.matters[0].basis) == "《中华人民共和国建筑法》第七条、第六十四条\n《建设工程质量管理条例》第五十七条");
  CHECK(publish::basis_text(c.matters[1].basis) == "《城市市容和环境卫生管理条例》");
  CHECK(publish::basis_text(c.matters[2].basis) == "《城市道路管理条例》第四十二条");  // 《》 not doubled
  CHECK(publish::scope_text(c.matters[0]) == "部分（仅限房屋建筑工程）");
  CHECK(publish::scope_text(c.matters[1]) == "全部");
}

TEST_CASE("a unified catalog's notice: header, groups by domain in order of appearance, only 有效 unless --all") {
  const model::Workspace ws = load({{"u.yaml", unified}});
  const publish::Notice n = publish::build_notice(by_id(ws, "demo-2022"), {}, {});
  CHECK(n.title == "示范统一目录（2022年）");
  CHECK(n.issuer == "示范省人民政府办公厅");
  CHECK(n.document == "示政办发〔2022〕38号");
  CHECK(n.effective == "2022-07-01");
  REQUIRE(n.parts.size() == 1);
  const publish::Table& t = n.parts[0].table;
  CHECK(column_labels(t) ==
        std::vector<std::string>{"序号", "事项代码", "事项名称", "法律依据", "划转范围", "具体职责边界", "划出部门"});
  REQUIRE(t.groups.size() == 2);
  CHECK(t.groups[0].heading == "一、住房城乡建设（共 1 项）");
  CHECK(t.groups[1].heading == "二、市容环境卫生（共 1 项）");
  CHECK(t.groups[1].rows[0].cells ==
        std::vector<std::string>{"2", "330219001000", "对随地吐痰的行政处罚", "《城市市容和环境卫生管理条例》", "全部",
                                 "主管部门负责监管。", "住房和城乡建设局、综合行政执法局"});
  CHECK(n.summary == "共 2 个领域 2 项");

  const publish::Notice all = publish::build_notice(by_id(ws, "demo-2022"), {}, {true, false});
  CHECK(all.parts[0].table.groups[0].heading == "一、住房城乡建设（共 2 项）");
  CHECK(all.parts[0].table.groups[0].rows[1].code == "330217002000");
  CHECK(all.parts[0].table.groups[0].rows[1].cells[0] == "2");  // numbered through the table
  CHECK(all.summary == "共 2 个领域 3 项");
  CHECK(all.parts[0].table.columns.back().label == "状态");  // which is which shows
  CHECK(all.parts[0].table.groups[0].rows[1].cells.back() == "取消");
}

TEST_CASE("--columns full carries every field of a matter") {
  const model::Workspace ws = load({{"u.yaml", unified}});
  const publish::Notice n = publish::build_notice(by_id(ws, "demo-2022"), {}, {true, true});
  const publish::Table& t = n.parts[0].table;
  CHECK(column_labels(t) == std::vector<std::string>{"序号", "事项代码", "事项名称", "法律依据", "划转范围", "具体职责边界",
                                                     "划出部门", "职权类型", "下放类别", "事项特征", "状态", "备注"});
  CHECK(t.groups[1].rows[0].cells[7] == "行政处罚");
  CHECK(t.groups[1].rows[0].cells[8] == "可放可不放");
  CHECK(t.groups[1].rows[0].cells[9] == "高频、易发现");
  CHECK(t.groups[1].rows[0].cells[10] == "有效");
  const std::vector<std::string>& cancelled = t.groups[0].rows[1].cells;
  CHECK(cancelled[7] == "行政检查");
  CHECK(cancelled[10] == "取消");
  CHECK(cancelled[11] == "已并入其他事项");
}

TEST_CASE("a township's rows resolved from its draws_from sources; an unknown code keeps its row and is listed") {
  const std::string t = township("t-2022", "上余镇", "330881100",
                                 "  - code: \"330219001000\"\n    note: 与村级网格联动\n  - code: \"330217001000\"\n"
                                 "  - code: \"330217002000\"\n  - code: \"330299999000\"\n");
  const model::Workspace ws = load({{"u.yaml", unified}, {"t.yaml", t}});
  const publish::SourceLookup lookup = [&ws](std::string_view id) { return ws.find(id); };
  const publish::Notice n = publish::build_notice(by_id(ws, "t-2022"), lookup, {});
  const publish::Table& table = n.parts[0].table;
  CHECK(column_labels(table) == std::vector<std::string>{"序号", "事项代码", "事项名称", "执法领域", "下放类别", "备注"});
  REQUIRE(table.groups.size() == 1);
  CHECK(table.groups[0].heading.empty());
  REQUIRE(table.groups[0].rows.size() == 3);  // the cancelled matter left out
  CHECK(table.groups[0].rows[0].cells ==
        std::vector<std::string>{"1", "330219001000", "对随地吐痰的行政处罚", "市容环境卫生", "可放可不放", "与村级网格联动"});
  CHECK(table.groups[0].rows[1].cells ==
        std::vector<std::string>{"2", "330217001000", "对擅自施工的行政处罚", "住房城乡建设", "必须下放", ""});
  CHECK(table.groups[0].rows[2].cells == std::vector<std::string>{"3", "330299999000", "", "", "", ""});
  CHECK_FALSE(table.groups[0].rows[2].resolved);
  CHECK(n.unresolved == std::vector<std::string>{"330299999000"});
  CHECK(n.summary == "共 2 个领域 3 项");
  CHECK(publish::township_name(by_id(ws, "t-2022")) == "上余镇");

  // Without its sources, every row has its code only.
  const publish::Notice alone = publish::build_notice(by_id(ws, "t-2022"), {}, {});
  CHECK(alone.unresolved.size() == 4);
}

TEST_CASE("--townships: townships with identical lists share one paragraph and table") {
  const std::string a = "  - code: \"330219001000\"\n  - code: \"330217001000\"\n";
  const std::string b = "  - code: \"330219001000\"\n";
  const model::Workspace ws = load({{"u.yaml", unified},
                                    {"t1.yaml", township("t1", "双塔街道", "330881001", a)},
                                    {"t2.yaml", township("t2", "上余镇", "330881100", b)},
                                    {"t3.yaml", township("t3", "贺村镇", "330881101", a)}});
  const publish::SourceLookup lookup = [&ws](std::string_view id) { return ws.find(id); };
  const std::vector<const model::Catalog*> list{&by_id(ws, "t1"), &by_id(ws, "t2"), &by_id(ws, "t3")};
  const publish::Notice n = publish::build_townships_notice(list, "330881", "江山市", 2022, lookup, {});
  CHECK(n.catalog == "330881");
  CHECK(n.title == "乡镇（街道）综合行政执法事项目录清单（江山市，2022年）");
  REQUIRE(n.parts.size() == 2);
  REQUIRE(n.parts[0].townships.size() == 2);
  CHECK(n.parts[0].townships[0].name == "双塔街道");
  CHECK(n.parts[0].townships[1].name == "贺村镇");
  CHECK(n.parts[0].paragraph ==
        "对双塔街道、贺村镇等2个乡镇（街道），以其自身名义行使市容环境卫生、住房城乡建设等2个领域2项行政处罚权。");
  CHECK(n.parts[1].paragraph == "对上余镇，以其自身名义行使市容环境卫生领域1项行政处罚权。");
  CHECK(n.parts[1].table.rows == 1);
  CHECK(n.issuer == "江山市人民政府");
  CHECK(n.document == "江政发〔2022〕27号");
  CHECK(n.effective == "2022-10-01");
  CHECK(n.summary == "共 3 个乡镇（街道），2 份清单");

  // A note makes a list different.
  const std::string c = "  - code: \"330219001000\"\n  - code: \"330217001000\"\n    note: 限镇区\n";
  const model::Workspace ws2 = load({{"u.yaml", unified},
                                     {"t1.yaml", township("t1", "双塔街道", "330881001", a)},
                                     {"t3.yaml", township("t3", "贺村镇", "330881101", c)}});
  const publish::SourceLookup lookup2 = [&ws2](std::string_view id) { return ws2.find(id); };
  CHECK(publish::build_townships_notice({&by_id(ws2, "t1"), &by_id(ws2, "t3")}, "330881", "330881", 2022, lookup2, {})
            .parts.size() == 2);
}

TEST_CASE("--townships: a county without a name of its own is titled by its code") {
  const model::Workspace ws = load({{"u.yaml", unified}, {"t1.yaml", township("t1", "双塔街道", "330881001", "  - code: \"330219001000\"\n")}});
  const publish::SourceLookup lookup = [&ws](std::string_view id) { return ws.find(id); };
  CHECK(publish::build_townships_notice({&by_id(ws, "t1")}, "330881", "", 2022, lookup, {}).title ==
        "乡镇（街道）综合行政执法事项目录清单（330881，2022年）");
}

TEST_CASE("dates as a notice writes them") {
  CHECK(publish::date_text("2022-07-01") == "2022年7月1日");
  CHECK(publish::date_text("2022-12-31") == "2022年12月31日");
  CHECK(publish::date_text("sometime") == "sometime");
}

TEST_CASE("a township's 备注 is its own note, not its source matter's (the table reads back as the township's list)") {
  const std::string noted =
      "kind: unified\nid: demo-2022\ntitle: 示范统一目录（2022年）\nregion: \"330000\"\nedition: 2022\neffective: 2022-07-01\n"
      "matters:\n  - code: \"330214902000\"\n    name: 对刻划景物的行政处罚\n    domain: 自然资源\n    power: 行政处罚\n"
      "    basis:\n      - law: 风景名胜区条例\n    scope: 全部\n    boundary: 主管部门负责监管。\n    from: [自然资源和规划局]\n"
      "    township: 可放可不放\n    note: 适用于风景名胜区\n";
  const std::string t = township("t-2022", "廿八都镇", "330881102", "  - code: \"330214902000\"\n");
  const model::Workspace ws = load({{"u.yaml", noted}, {"t.yaml", t}});
  const publish::SourceLookup lookup = [&ws](std::string_view id) { return ws.find(id); };
  for (bool full : {false, true}) {
    publish::Options options;
    options.full = full;
    const publish::Notice notice = publish::build_notice(by_id(ws, "t-2022"), lookup, options);
    const publish::Table& table = notice.parts[0].table;
    REQUIRE(table.rows == 1);
    CHECK(table.columns.back().key == "note");
    CHECK(table.groups[0].rows[0].cells.back().empty());
  }
}
