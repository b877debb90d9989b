// Every renderer escapes values from catalogs for its own format: a value can
// neither break the format's structure nor reach a terminal or a browser as
// control bytes (issue 6, defect 11). tests/hostile_strings.cmake runs every
// format of every tool on hostile catalogs.
#include <doctest/doctest.h>

#include <string>

#include "render/code_points.h"
#include "render/findings.h"
#include "render/json_writer.h"
#include "render/markdown.h"

using namespace encat;
using namespace encat::render;

namespace {

const std::string kEsc = "\x1b[31m";
const std::string kC1 = "\u0085\u009b";   // NEL, CSI
const std::string kRlo = "\u202e";        // right-to-left override
const std::string kFffd = "\uFFFD";

}  // namespace

TEST_CASE("github: control bytes never reach the log; one command per line") {
  std::vector<Finding> findings{make_finding(
      Code::W105, {"a,b:c%" + kEsc + ".yaml", 3, 4},
      {"x", "domain `" + kEsc + "red" + kC1 + kRlo + "evil\ttab` 100%0A\r\nnext"})};
  RenderContext context;
  context.lang = Lang::En;
  context.files_checked = 1;
  CHECK(render_github(findings, context) ==
        "::warning file=a%2Cb%3Ac%25\u241B[31m.yaml,line=3,col=4,title=W105 unknown_domain::domain `\u241B[31mred" +
            kFffd + kFffd + kFffd + "evil\u2409tab` 100%250A%0D%0Anext\n"
            "checked 1 file: 0 errors, 1 warning\n");
}

TEST_CASE("json: C1 controls, bidi overrides and format characters are escaped, the string unchanged") {
  CHECK(json_quote(kC1 + kRlo + "\u200b") == R"("\u0085\u009b\u202e\u200b")");
  CHECK(json_quote("\U000E0001") == R"("\udb40\udc01")");  // a format character beyond the BMP: a surrogate pair
  CHECK(json_quote("档案 é") == "\"档案 é\"");             // the rest as it is
}

TEST_CASE("markup: C1 controls and bidi overrides become U+FFFD") {
  CHECK(markup_escape("a" + kRlo + "b" + kC1 + "]]><script>") ==
        "a" + kFffd + "b" + kFffd + kFffd + "]]&gt;&lt;script&gt;");
}

TEST_CASE("markdown text: markup is escaped, HTML is entities, controls are shown") {
  CHECK(md::text("a|b`c*d_e") == R"(a\|b\`c\*d\_e)");
  CHECK(md::text("<script>&amp;") == "&lt;script&gt;&amp;amp;");
  CHECK(md::text("[x](y) #1 @u $m$ ~s~ !\\") == R"(\[x\](y) \#1 \@u \$m\$ \~s\~ \!\\)");
  CHECK(md::text("a\nb" + kEsc) == "a\u240Ab\u241B\\[31m");
  CHECK(md::text(kRlo) == kFffd);
  // At the start of a line or a list item nothing may start a block.
  CHECK(md::text("- x", true) == R"(\- x)");
  CHECK(md::text("+x", true) == R"(\+x)");
  CHECK(md::text("12. x", true) == R"(12\. x)");
  CHECK(md::text("3) x", true) == R"(3\) x)");
  CHECK(md::text("    code", true) == "&#32;&#32;&#32;&#32;code");
  CHECK(md::text("2023 年", true) == "2023 年");
  CHECK(md::text("- x") == "- x");  // inside a line a dash is a dash
}

TEST_CASE("markdown code: the fence is longer than any backtick run inside") {
  CHECK(md::code("330275012000") == "`330275012000`");
  CHECK(md::code("a`b") == "``a`b``");
  CHECK(md::code("a``b`") == "``` a``b` ```");
  CHECK(md::code("`") == "`` ` ``");
  CHECK(md::code(" a") == "`  a `");
  CHECK(md::code("") == "` `");
  CHECK(md::code("a|b") == "`a|b`");
  CHECK(md::code("a|b", true) == R"(`a\|b`)");
  CHECK(md::code(R"(a\|b)", true) == R"(<code>a\\\|b</code>)");  // no code span can hold \| in a table
  CHECK(md::code("<b>\n") == "`<b>\u240A`");
}

TEST_CASE("markdown message: complete backtick pairs are code, the rest text") {
  CHECK(md::message("代码 `330275012000` 重复") == "代码 `330275012000` 重复");
  CHECK(md::message("代码 `a`b` 重复") == "代码 `a`b\\` 重复");
  CHECK(md::message("`a|b` | c", true) == R"(`a\|b` \| c)");
  CHECK(md::message("- `x`", false, true) == R"(\- `x`)");
}
