// Findings made from a byte offset (syntax errors, limits) get the span of
// the YAML token there from the reader, so the renderer needs no YAML.
#include <doctest/doctest.h>

#include <string>

#include "yaml/diagnose.h"
#include "yaml/reader.h"

using namespace encat;
using namespace encat::yaml;

namespace {

// The span at the first occurrence of `at` in `line`.
unsigned span(std::string_view line, std::string_view at) { return token_span(line, line.find(at)); }

}  // namespace

TEST_CASE("token_span: quoted strings with their quotes, to the end of the line when not closed") {
  CHECK(span(R"(  - code: "330275012000")", "\"") == 14);
  CHECK(span(R"(a: "x\"y" # c)", "\"") == 6);
  CHECK(span(R"(a: "x\\" # c)", "\"") == 5);
  CHECK(span("a: \"goes on  \nb", "\"") == 8);
  CHECK(span("a: 'it''s' # c", "'") == 7);
  CHECK(span("a: 'x', b", "'") == 3);
}

TEST_CASE("token_span: plain scalars up to a comment, `: `, a flow indicator or the end") {
  CHECK(span("  - code: 330275012000   # 重复", "3") == 12);
  CHECK(span("  - code: 330275012000", "code") == 4);
  CHECK(span("key:", "key") == 3);
  CHECK(span("url: http://x.y/z", "http") == 12);
  CHECK(span("a: b#c", "b") == 3);
  CHECK(span("[a, bc]", "bc") == 2);
  CHECK(span("{k: v}", "v") == 1);
  CHECK(span("name: a, b] c", "a,") == 7);  // outside brackets `,` and `]` are text
  CHECK(span("k: [\"x]\", y]", "y") == 1);  // the `]` in quotes does not close
  CHECK(span("a: 档案\uFF0C文物\u3002 # c", "档") == 6);  // code points
  CHECK(span("x\r\n", "x") == 1);
}

TEST_CASE("token_span: 0 (one caret) where no scalar starts") {
  CHECK(span("- item", "-") == 0);
  CHECK(span("[a, b]", "[") == 0);
  CHECK(span("a: |", "|") == 0);
  CHECK(span("a: *ref", "*") == 0);
  CHECK(span("a:  b", " ") == 0);
  CHECK(token_span("ab", 2) == 0);
  CHECK(token_span("", 0) == 0);
}

TEST_CASE("reading findings carry the token span: E001 at `---` and `...`, E003 at the key") {
  ReadResult r = read_bytes("t.yaml", "a: 1\n---\nb: 2\n", Limits{});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].location.span == 3);
  r = read_bytes("t.yaml", "a: 1\n...\nb: 2\n", Limits{});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].location.span == 3);
  r = read_bytes("t.yaml", "township: 1\ntownship: 2\n", Limits{});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].location.line == 2);
  CHECK(r.findings[0].location.span == 8);
  r = read_bytes("t.yaml", "a: \"open\n", Limits{});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].location.span == 5);
}
