#include <doctest/doctest.h>

#include <string>

#include "render/findings.h"
#include "sample_findings.h"

using namespace encat;
using namespace encat::render;

namespace {

std::string text(const std::vector<Finding>& findings, Lang lang, bool color = false, size_t files = 2) {
  SourceLines sources;
  sample::add_sources(sources);
  RenderContext context;
  context.lang = lang;
  context.color = color;
  context.files_checked = files;
  return render_text(findings, context, sources);
}

}  // namespace

TEST_CASE("text: rustc-style findings in Chinese, carets under the token") {
  CHECK(text(sample::findings(), Lang::Zh) == R"(error[E006]: 文件大小 80 MiB 超过上限 64 MiB
  --> catalogs/zhejiang/big.yaml

error[E101]: 事项代码 `330275012000` 重复
  --> catalogs/zhejiang/unified-2022.yaml:41:11
   |
41 |   - code: "330275012000"
   |           ^^^^^^^^^^^^^^
   = note: 首次出现于 catalogs/zhejiang/unified-2022.yaml:12:11

warning[W105]: 执法领域 `文物` 不在登记表中
  --> catalogs/zhejiang/unified-2022.yaml:44:24
   |
44 |   - {name: 档案, domain: 文物}
   |                          ^^^^
   = note: 登记表中的领域:档案、城建

检查了 2 个文件：2 个错误，1 个警告
)");
}

TEST_CASE("text: English messages and summary") {
  CHECK(text(sample::findings(), Lang::En) == R"(error[E006]: the file is 80 MiB, larger than the limit of 64 MiB
  --> catalogs/zhejiang/big.yaml

error[E101]: the matter code `330275012000` appears twice
  --> catalogs/zhejiang/unified-2022.yaml:41:11
   |
41 |   - code: "330275012000"
   |           ^^^^^^^^^^^^^^
   = note: first seen at catalogs/zhejiang/unified-2022.yaml:12:11

warning[W105]: the domain `文物` is not in the registry
  --> catalogs/zhejiang/unified-2022.yaml:44:24
   |
44 |   - {name: 档案, domain: 文物}
   |                          ^^^^
   = note: domains in the registry: 档案, 城建

checked 2 files: 2 errors, 1 warning
)");
}

TEST_CASE("text: the gutter follows the largest line number") {
  std::vector<Finding> findings = {
      make_finding(Code::E102, {sample::kCatalog, 9, 5}, {"缺少 `scope_note`", "no `scope_note`"}),
      make_finding(Code::E001, {"catalogs/long.yaml", 1200, 3}, {"缩进错误", "bad indentation"}),
  };
  CHECK(text(findings, Lang::En) == R"(error[E102]: no `scope_note`
    --> catalogs/zhejiang/unified-2022.yaml:9:5
     |
9    | #
     |     ^

error[E001]: bad indentation
    --> catalogs/long.yaml:1200:3

checked 2 files: 2 errors, 0 warnings
)");
}

TEST_CASE("text: clean runs and plurals") {
  CHECK(text({}, Lang::Zh, false, 15) == "检查了 15 个文件，没有发现问题\n");
  CHECK(text({}, Lang::En, false, 15) == "checked 15 files: no problems found\n");
  CHECK(text({}, Lang::En, false, 1) == "checked 1 file: no problems found\n");
  CHECK(summary_line({1, 0}, 1, Lang::En) == "checked 1 file: 1 error, 0 warnings");
  CHECK(summary_line({0, 2}, 3, Lang::Zh) == "检查了 3 个文件：0 个错误，2 个警告");
}

TEST_CASE("text: a line that cannot be read shows no snippet, a column 0 no caret") {
  std::vector<Finding> findings = {
      make_finding(Code::E001, {"missing.yaml", 3, 7}, {"缩进错误", "bad indentation"}),
      make_finding(Code::E004, {sample::kCatalog, 41, 0}, {"缺少字段", "missing field"}),
  };
  CHECK(text(findings, Lang::En) == R"(error[E001]: bad indentation
  --> missing.yaml:3:7

error[E004]: missing field
  --> catalogs/zhejiang/unified-2022.yaml:41
   |
41 |   - code: "330275012000"

checked 2 files: 2 errors, 0 warnings
)");
}

TEST_CASE("text: messages cannot move the cursor or break the layout") {
  std::vector<Finding> findings = {
      make_finding(Code::E004, {"a.yaml", 0, 0}, {"x\n\x1b[2Jy", "x\n\x1b[2Jy"}),
  };
  CHECK(text(findings, Lang::En, false, 1) == "error[E004]: x\u240A\u241B[2Jy\n --> a.yaml\n\nchecked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("text: ANSI colour only when asked") {
  std::vector<Finding> findings = sample::findings();
  findings.erase(findings.begin());
  const std::string out = text(findings, Lang::Zh, true);
  CHECK(out == "\x1b[1;31merror[E101]\x1b[0m\x1b[1m: 事项代码 `330275012000` 重复\x1b[0m\n"
               "  \x1b[1;34m-->\x1b[0m catalogs/zhejiang/unified-2022.yaml:41:11\n"
               "\x1b[1;34m   |\x1b[0m\n"
               "\x1b[1;34m41 |\x1b[0m   - code: \"330275012000\"\n"
               "\x1b[1;34m   |\x1b[0m           \x1b[1;31m^^^^^^^^^^^^^^\x1b[0m\n"
               "\x1b[1;34m   =\x1b[0m \x1b[1mnote\x1b[0m: 首次出现于 catalogs/zhejiang/unified-2022.yaml:12:11\n"
               "\n"
               "\x1b[1;33mwarning[W105]\x1b[0m\x1b[1m: 执法领域 `文物` 不在登记表中\x1b[0m\n"
               "  \x1b[1;34m-->\x1b[0m catalogs/zhejiang/unified-2022.yaml:44:24\n"
               "\x1b[1;34m   |\x1b[0m\n"
               "\x1b[1;34m44 |\x1b[0m   - {name: 档案, domain: 文物}\n"
               "\x1b[1;34m   |\x1b[0m                          \x1b[1;33m^^^^\x1b[0m\n"
               "\x1b[1;34m   =\x1b[0m \x1b[1mnote\x1b[0m: 登记表中的领域:档案、城建\n"
               "\n"
               "检查了 2 个文件：1 个错误，1 个警告\n");
  CHECK(text(findings, Lang::Zh, false).find('\x1b') == std::string::npos);
}
