// Long source lines (a minified catalog is one line): shown cut around the
// carets, and rendered in time linear in the input however many findings
// share a line.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "render/findings.h"
#include "render/snippet.h"

using namespace encat;
using namespace encat::render;

namespace {

std::string repeat(std::string_view text, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += text;
  return out;
}

// "  - {name: 档案…档案,domain: 文物, code: "330275012000"} xxx…": 文物 at code point 141.
const std::string kWideLine =
    "  - {name: " + repeat("档案", 60) + ",domain: 文物, code: \"330275012000\"} " + std::string(200, 'x');

}  // namespace

TEST_CASE("a long line is cut to 100 columns around the carets, wide characters counted twice") {
  const Snippet s = make_snippet(kWideLine, 141, 2);  // 文物, as the reader spans it
  // 39 columns before the carets (one more 档 would be 41), `…` on both sides.
  CHECK(s.line == "…案" + repeat("档案", 7) + ",domain: 文物, code: \"330275012000\"} " + std::string(31, 'x') + "…");
  CHECK(s.caret_offset == 40);
  CHECK(s.caret_width == 4);  // 文物: two wide characters
}

TEST_CASE("near the end of a long line the window takes more of what comes before") {
  const std::string line = std::string(300, 'x') + " end: ab";
  const Snippet s = make_snippet(line, 307, 2);
  CHECK(s.line == "…" + std::string(91, 'x') + " end: ab");
  CHECK(s.caret_offset == 98);
  CHECK(s.caret_width == 2);
}

TEST_CASE("carets running past the cut stop at it; no caret shows the start of the line") {
  const std::string line = "name: " + std::string(500, 'a');
  const Snippet s = make_snippet(line, 7, 500);
  CHECK(s.line == "name: " + std::string(93, 'a') + "…");
  CHECK(s.caret_offset == 6);
  CHECK(s.caret_width == 93);
  CHECK(make_snippet(line, 0).line == s.line);
  // Zero-width marks count toward a limit of code points too.
  const std::string marks = "a" + repeat("\u0301", 1000);
  CHECK(make_snippet(marks, 1).line == "a" + repeat("\u0301", kMaxSnippetCodePoints - 1) + "…");
}

TEST_CASE("text: a finding on a long line shows the cut line and the caret under its token") {
  SourceLines sources;
  sources.add("long.yaml", kWideLine + "\n");
  RenderContext context;
  context.lang = Lang::En;
  context.files_checked = 1;
  const std::vector<Finding> findings{
      make_finding(Code::W105, {"long.yaml", 1, 141, 2}, {"执法领域 `文物` 不在登记表中", "the domain `文物` is not in the registry"})};
  CHECK(render_text(findings, context, sources) ==
        "warning[W105]: the domain `文物` is not in the registry\n"
        " --> long.yaml:1:141\n"
        "  |\n"
        "1 | …案" + repeat("档案", 7) + ",domain: 文物, code: \"330275012000\"} " + std::string(31, 'x') + "…\n"
        "  | " + std::string(40, ' ') + "^^^^\n"
        "\n"
        "checked 1 file: 0 errors, 1 warning\n");
}

TEST_CASE("text: 5,000 findings on one 1 MB line render in linear time") {
  // A minified list of 65,536 codes: ["330275012000", "330275012000", …] (16 bytes each).
  constexpr size_t kItems = 65536, kFindings = 5000;
  const std::string line = "[" + repeat("\"330275012000\", ", kItems) + "]";
  REQUIRE(line.size() > 1000000);
  SourceLines sources;
  sources.add("minified.yaml", line);
  std::vector<Finding> findings;
  for (size_t i = 0; i < kFindings; ++i) {
    const unsigned column = static_cast<unsigned>(2 + 16 * (i * (kItems / kFindings)));  // an opening quote
    findings.push_back(make_finding(Code::E101, {"minified.yaml", 1, column, 14}, {"重复", "repeated"}));
  }
  RenderContext context;
  const auto begin = std::chrono::steady_clock::now();
  const std::string out = render_text(findings, context, sources);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  MESSAGE("rendered " << kFindings << " findings on a " << line.size() << "-byte line in " << seconds << " s");
  CHECK(seconds < 5.0);  // linear: well under 0.1 s; the quadratic renderer took minutes
  CHECK(out.size() < kFindings * 400);  // each snippet cut, not the whole line
  // Every caret under its opening quote, 14 columns for "330275012000".
  CHECK(out.find("^^^^^^^^^^^^^^\n") != std::string::npos);
}
