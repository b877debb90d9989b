// Boundary gaps (rules.md B301–B308) on corner cases that CLI goldens would
// show less clearly: one finding per (code, matter) pair, 有效 only.
#include <doctest/doctest.h>

#include "catalog_builder.h"

using namespace encat;
using namespace encat::test;

TEST_CASE("B304: two mismatched supervision matters covering one matter are one finding") {
  // rules.md: "One finding per (code, matter) pair". Both JG-1 (住房和城乡建设局)
  // and JG-2 (市场监督管理局) cover 330216004000, whose `from` is 自然资源和规划局.
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330216004000", "城乡规划", "自然资源和规划局"));
  dir.write("supervision.yaml",
            header("supervision", "js-supervision-2022", "330881", 2022, "2022-01-01") + "matters:\n" +
                supervision_matter("JG330881-0001", "住房和城乡建设局", {"330216004000"}) +
                supervision_matter("JG330881-0002", "市场监督管理局", {"330216004000"}) +
                supervision_matter("JG330881-0003", "自然资源和规划局", {"330216004000"}));
  const model::Workspace ws = dir.load();
  REQUIRE(ws.findings().empty());
  const audit::RegionAudit result = audit_years(ws, "330881", {2022});
  const std::vector<const Finding*> b304 = with_code(result, Code::B304);
  CHECK(b304.size() == 1);
  REQUIRE_FALSE(b304.empty());
  CHECK(b304[0]->matter == "330216004000");
  CHECK(b304[0]->location.line == 11);  // JG330881-0001's covers entry, the first
  CHECK(result.findings.size() == b304.size());
}

TEST_CASE("B304: the same matter listed twice in one covers list is one finding") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330216004000", "城乡规划", "自然资源和规划局"));
  dir.write("supervision.yaml", header("supervision", "js-supervision-2022", "330881", 2022, "2022-01-01") +
                                    "matters:\n" +
                                    supervision_matter("JG330881-0001", "住房和城乡建设局", {"330216004000", "330216004000"}));
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  CHECK(with_code(result, Code::B304).size() == 1);
}

TEST_CASE("B307: a 有效 department matter with no case is dormant even when the unified catalog cancelled the code") {
  // rules.md B307: "a comprehensive or department matter had no case in the five
  // years" over 有效 matters. 330215001000 is 取消 in the unified catalog (given
  // back to the department), 有效 in the department's catalog, and has no case.
  // The unified copy is skipped (not 有效); the department copy must be reported.
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330219001000") +
                                matter("330215001000", "生态环境", "生态环境局", "    status: 取消\n"));
  dir.write("huanbao.yaml", header("department", "js-huanbao-2022", "330881", 2022, "2022-01-01",
                                   "department: 生态环境局\n") +
                                "matters:\n" + department_matter("330215001000"));
  dir.write("supervision.yaml", header("supervision", "js-supervision-2022", "330881", 2022, "2022-01-01") +
                                    "matters:\n" +
                                    supervision_matter("JG330881-0001", "住房和城乡建设局", {"330219001000"}));
  dir.write("cases.yaml",
            "kind: cases\nid: js-cases\ntitle: 案件\nregion: \"330881\"\ncounts:\n  \"330219001000\": {2022: 4}\n");
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  const std::vector<const Finding*> b307 = with_code(result, Code::B307);
  REQUIRE(b307.size() == 1);
  CHECK(b307[0]->matter == "330215001000");
  CHECK(b307[0]->location.file.find("huanbao.yaml") != std::string::npos);
}

TEST_CASE("B307: a matter both comprehensive and departmental is one finding, at the comprehensive matter") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330215001000", "生态环境", "生态环境局"));
  dir.write("huanbao.yaml", header("department", "js-huanbao-2022", "330881", 2022, "2022-01-01",
                                   "department: 生态环境局\n") +
                                "matters:\n" + department_matter("330215001000"));
  dir.write("supervision.yaml", header("supervision", "js-supervision-2022", "330881", 2022, "2022-01-01") +
                                    "matters:\n" + supervision_matter("JG330881-0001", "生态环境局", {"330215001000"}));
  dir.write("cases.yaml", "kind: cases\nid: js-cases\ntitle: 案件\nregion: \"330881\"\ncounts: {}\n");
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  const std::vector<const Finding*> b307 = with_code(result, Code::B307);
  REQUIRE(b307.size() == 1);
  CHECK(b307[0]->location.file.find("unified.yaml") != std::string::npos);
  CHECK(with_code(result, Code::B305).size() == 1);
}

TEST_CASE("B307: without a cases catalog of the region, nothing is dormant") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330219001000"));
  dir.write("supervision.yaml", header("supervision", "js-supervision-2022", "330881", 2022, "2022-01-01") +
                                    "matters:\n" +
                                    supervision_matter("JG330881-0001", "住房和城乡建设局", {"330219001000"}));
  // Another county's statistics do not make 330881's matters dormant.
  dir.write("cases.yaml", "kind: cases\nid: cs-cases\ntitle: 案件\nregion: \"330822\"\ncounts: {}\n");
  const audit::RegionAudit result = audit_years(dir.load(), "330881", {2022});
  CHECK(result.findings.empty());
}

TEST_CASE("B306 and B302: a code of another county's extension is dangling here, and uncovered there") {
  Catalogs dir;
  dir.write("unified.yaml", header("unified", "zj-unified-2022", "330000", 2022, "2022-01-01") + "matters:\n" +
                                matter("330219001000"));
  dir.write("changshan-ext.yaml", header("extension", "cs-extension-2022", "330822", 2022, "2022-01-01",
                                         "extends: zj-unified-2022\n") +
                                      "matters:\n" + matter("330219902000"));
  dir.write("supervision.yaml", header("supervision", "js-supervision-2022", "330881", 2022, "2022-01-01") +
                                    "matters:\n" +
                                    supervision_matter("JG330881-0001", "住房和城乡建设局",
                                                       {"330219001000", "330219902000"}));
  const model::Workspace ws = dir.load();
  const audit::RegionAudit jiangshan = audit_years(ws, "330881", {2022});
  REQUIRE(jiangshan.findings.size() == 1);
  CHECK(jiangshan.findings[0].code == Code::B306);
  CHECK(jiangshan.findings[0].matter == "330219902000");
  const audit::RegionAudit changshan = audit_years(ws, "330822", {2022});
  CHECK(with_code(changshan, Code::B302).size() == 2);  // the unified matter and its own extension matter
  CHECK(with_code(changshan, Code::B306).empty());
}
