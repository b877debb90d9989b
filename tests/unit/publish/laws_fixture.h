// Catalogs for the law guide and lenient list tests (tests/unit/publish/laws_test.cpp,
// tests/unit/present/publish_laws_html_test.cpp): a unified catalog 2021 superseded
// by 2022, a department catalog repeating a unified code, a laws register and a
// lenient list.
#pragma once

#include <string>
#include <vector>

#include "model/workspace.h"
#include "publish/notice.h"

namespace encat::test::laws_fixture {


inline std::string matter(const std::string& code, const std::string& name, const std::string& domain, const std::string& basis,
                   const std::string& extra = "", const std::string& power = "行政处罚") {
  return "  - code: \"" + code + "\"\n    name: " + name + "\n    domain: " + domain + "\n    power: " + power +
         "\n    basis:\n" + basis + "    scope: 全部\n    boundary: 主管部门负责监管。\n    from: [住房和城乡建设局]\n" + extra;
}

inline std::string law(const std::string& name, const std::string& articles = "") {
  return "      - law: " + name + "\n" + (articles.empty() ? "" : "        articles: [" + articles + "]\n");
}

inline const std::string unified_2021 =
    "kind: unified\nid: demo-2021\ntitle: 示范统一目录（2021年）\nregion: \"330000\"\nedition: 2021\neffective: 2021-01-01\n"
    "matters:\n" +
    matter("330217001000", "对擅自施工的行政处罚", "住房城乡建设", law("中华人民共和国建筑法", "第六十四条"));

inline const std::string unified_2022 =
    "kind: unified\nid: demo-2022\ntitle: 示范统一目录（2022年）\nregion: \"330000\"\nedition: 2022\neffective: 2022-07-01\n"
    "supersedes: demo-2021\nmatters:\n" +
    matter("330217001000", "对擅自施工的行政处罚", "住房城乡建设",
           law("中华人民共和国建筑法", "第七条") + law("中华人民共和国建筑法", "第六十四条, 第七条") +
               law("建设工程质量管理条例", "第五十七条")) +
    matter("330219002000", "对施工噪声的行政处罚", "生态环境", law("《中华人民共和国环境噪声污染防治法》", "第五十六条")) +
    matter("330219003000", "对堆放物料的行政强制", "市容环境卫生", law("城市市容和环境卫生管理条例", "第三十六条"), "",
           "行政强制") +
    matter("330219004000", "对已暂停事项的行政处罚", "市容环境卫生", law("城市道路管理条例"), "    status: 暂停\n");

// A department catalog repeating a unified code: the matter counts once.
inline const std::string department =
    "kind: department\nid: demo-market-2022\ntitle: 示范县市场监督管理局行政执法事项清单（2022年）\nregion: \"330881\"\n"
    "edition: 2022\neffective: 2022-03-01\ndepartment: 市场监督管理局\nmatters:\n"
    "  - code: \"330230001000\"\n    name: 对销售不合格产品的行政处罚\n    domain: 市场监管\n    power: 行政处罚\n"
    "    basis:\n      - law: 城市市容和环境卫生管理条例\n        articles: [第十条]\n"
    "  - code: \"330217001000\"\n    name: 对擅自施工的行政处罚（部门）\n    domain: 住房城乡建设\n    power: 行政处罚\n"
    "    basis:\n      - law: 城市道路管理条例\n";

inline const std::string laws =
    "kind: laws\nid: demo-laws\ntitle: 示范法规库\nlaws:\n"
    "  - name: 中华人民共和国建筑法\n    level: 法律\n    status: 已修改\n    effective: 1998-03-01\n"
    "  - name: 中华人民共和国环境噪声污染防治法\n    level: 法律\n    status: 已废止\n    effective: 1997-03-01\n"
    "    repealed: 2022-06-05\n    replaced_by: 中华人民共和国噪声污染防治法\n"
    "  - name: 城市市容和环境卫生管理条例\n    level: 行政法规\n    status: 现行有效\n    effective: 1992-08-01\n"
    "  - name: 城市道路管理条例\n    level: 行政法规\n    status: 已修改\n    effective: 1996-10-01\n";

inline const std::string lenient =
    "kind: lenient\nid: demo-lenient-2022\ntitle: 示范县轻微违法行为不予行政处罚清单（2022年）\nregion: \"330881\"\n"
    "edition: 2022\neffective: 2022-10-01\nissuer: 示范县综合行政执法局\ndocument: 示县综执〔2022〕8号\nmatters:\n"
    "  - code: \"330219003000\"\n    conduct: 临时堆放物料\n    conditions: 当场清理\n    measure: 不予强制\n"
    "  - code: \"330217001000\"\n    conduct: 擅自施工\n    conditions: 首次被发现，主动改正\n    measure: 不予处罚\n"
    "  - code: \"330219003000\"\n    conduct: 再次堆放物料\n    conditions: 当场清理\n    measure: 首违不罚\n";

inline std::vector<const model::Catalog*> registers_of(const model::Workspace& ws) {
  std::vector<const model::Catalog*> out;
  for (const model::Catalog& c : ws.catalogs())
    if (c.kind == model::Kind::Laws) out.push_back(&c);
  return out;
}

inline std::vector<std::string> cells(const publish::Part& part, size_t row) { return part.table.groups.at(0).rows.at(row).cells; }


}  // namespace encat::test::laws_fixture
