#include <doctest/doctest.h>

#include <string>

#include "render/snippet.h"

using namespace encat::render;

namespace {

// The caret line as the text format draws it under the snippet.
std::string carets(std::string_view line, unsigned column, unsigned span = 0) {
  const Snippet s = make_snippet(line, column, span);
  return std::string(s.caret_offset, ' ') + std::string(s.caret_width, '^');
}

}  // namespace

TEST_CASE("carets cover the span the finding gives, in terminal columns") {
  CHECK(carets(R"(  - code: "330275012000")", 11, 14) == "          ^^^^^^^^^^^^^^");
  CHECK(carets("  - code: 330275012000   # 重复", 11, 12) == "          ^^^^^^^^^^^^");
  CHECK(carets("a: x", 4, 1) == "   ^");
}

TEST_CASE("the renderer knows no YAML: span 0 is one caret, whatever the text") {
  // The reader gives each node its span (Location::span); a location made
  // by hand without one gets a single caret, not a guess from the text.
  CHECK(carets(R"(  - code: "330275012000")", 11) == "          ^");
  CHECK(carets("  - code: 330275012000   # 重复", 11) == "          ^");
  CHECK(carets("a: 'it''s' # c", 4) == "   ^");
  CHECK(carets("[a, bc]", 5) == "    ^");
  CHECK(carets("key:", 1) == "^");
}

TEST_CASE("carets stop at the end of the line; past it one caret") {
  CHECK(carets("a: xyz", 4, 10) == "   ^^^");
  CHECK(carets("ab", 3, 5) == "  ^");  // just past the end
  CHECK(carets("ab", 6) == "     ^");  // further past the end
  CHECK(carets("", 1) == "^");
  CHECK(carets("", 1, 4) == "^");
}

TEST_CASE("carets line up under Chinese text: wide characters take two columns") {
  // "  - {name: " is 11 columns, 档案 four more, ", domain: " ten.
  const Snippet s = make_snippet("  - {name: 档案, domain: 文物}", 24, 2);
  CHECK(s.line == "  - {name: 档案, domain: 文物}");
  CHECK(s.caret_offset == 25);
  CHECK(s.caret_width == 4);
  CHECK(carets("    name: 对档案违法行为的行政处罚 # 注释", 11, 12) == std::string(10, ' ') + std::string(24, '^'));
  CHECK(carets("a: 档案\uFF0C文物\u3002", 4, 6) == "   ^^^^^^^^^^^^");  // fullwidth punctuation is wide
  CHECK(carets("名称\u3000: x", 6) == "        ^");  // U+3000 is a wide space
}

TEST_CASE("tabs become spaces so the carets still line up") {
  const Snippet s = make_snippet("\tname:\t档案", 8, 2);
  CHECK(s.line == "    name:    档案");
  CHECK(s.caret_offset == 13);
  CHECK(s.caret_width == 4);
}

TEST_CASE("control and format characters are shown, never sent to the terminal") {
  CHECK(make_snippet("a\x1b[31mb", 1).line == "a\u241B[31mb");
  CHECK(make_snippet("a\rb\x7f", 1).line == "a\u240Db\u2421");
  const Snippet s = make_snippet("a\u202Eb", 3);  // a bidi override (Trojan Source)
  CHECK(s.line == "a\uFFFDb");
  CHECK(s.caret_offset == 2);
  CHECK(make_snippet("a\xff" "b", 3).caret_offset == 2);  // an invalid byte is one U+FFFD
  CHECK(make_snippet("a\xff" "b", 1).line == "a\uFFFDb");
}

TEST_CASE("combining marks take no column of their own") {
  CHECK(make_snippet("e\u0301x", 3).caret_offset == 1);
  CHECK(make_snippet("e\u0301x", 2).caret_width == 1);  // a caret under a lone mark is still drawn
}

TEST_CASE("printable makes control characters visible and UTF-8 valid") {
  CHECK(printable("a\nb\tc\x1b") == "a\u240Ab\u2409c\u241B");
  CHECK(printable("档案\xff") == "档案\uFFFD");
  CHECK(printable("a\u202Eb\u0085c") == "a\uFFFDb\uFFFDc");
}

TEST_CASE("a span sets how many code points the carets cover") {
  CHECK(carets("name: 档案\xFF", 9, 1) == "          ^");
  CHECK(carets("a: 330275012000", 4, 3) == "   ^^^");
}

TEST_CASE("a very long line shows a window around the carets") {
  const std::string line = "k: " + std::string(1000, 'x') + " y: \"330275012000\" " + std::string(1000, 'z');
  const Snippet s = make_snippet(line, 1008, 14);  // the opening quote
  CHECK(s.line.size() < kMaxSnippetWidth + 8);
  CHECK(s.line.rfind("…", 0) == 0);
  CHECK(s.line.substr(s.caret_offset + 2, 14) == "\"330275012000\"");  // "…" is 3 bytes, 1 column
  CHECK(s.caret_width == 14);
}
