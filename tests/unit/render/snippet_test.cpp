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

TEST_CASE("carets cover a double-quoted string, quotes included") {
  CHECK(carets(R"(  - code: "330275012000")", 11) == "          ^^^^^^^^^^^^^^");
  CHECK(carets(R"(a: "x\"y" # c)", 4) == R"(   ^^^^^^)");
  CHECK(carets(R"(a: "x\\" # c)", 4) == R"(   ^^^^^)");
  CHECK(carets(R"(a: "goes on  )", 4) == "   ^^^^^^^^");  // closed on a later line
}

TEST_CASE("carets cover a single-quoted string, '' inside it") {
  CHECK(carets("a: 'it''s' # c", 4) == "   ^^^^^^^");
  CHECK(carets("a: 'x', b", 4) == "   ^^^");
}

TEST_CASE("carets cover a plain scalar up to a comment, a flow indicator or the end") {
  CHECK(carets("  - code: 330275012000   # 重复", 11) == "          ^^^^^^^^^^^^");
  CHECK(carets("  - code: 330275012000", 5) == "    ^^^^");  // a key stops at ": "
  CHECK(carets("key:", 1) == "^^^");
  CHECK(carets("url: http://x.y/z", 6) == "     ^^^^^^^^^^^^");  // ':' without a space is text
  CHECK(carets("a: b#c", 4) == "   ^^^");                         // '#' after text is text
  CHECK(carets("[a, bc]", 5) == "    ^^");
  CHECK(carets("{k: v}", 5) == "    ^");
  CHECK(carets("-1", 1) == "^^");
  CHECK(carets("a: x  ", 4) == "   ^");
}

TEST_CASE("outside brackets a comma is part of a plain scalar") {
  CHECK(carets("name: a, b] c", 7) == "      ^^^^^^^");
  CHECK(carets("from: [a, b], x", 8) == "       ^");
  CHECK(carets("k: [\"x]\", y]", 10) == "         ^");  // the `]` in quotes does not close
}

TEST_CASE("a single caret where no scalar starts") {
  CHECK(carets("- item", 1) == "^");
  CHECK(carets("[a, b]", 1) == "^");
  CHECK(carets("a: |", 4) == "   ^");
  CHECK(carets("a: *ref", 4) == "   ^");
  CHECK(carets("a:  b", 3) == "  ^");  // a space
  CHECK(carets("ab", 3) == "  ^");     // just past the end
  CHECK(carets("ab", 6) == "     ^");  // further past the end
  CHECK(carets("", 1) == "^");
}

TEST_CASE("carets line up under Chinese text: wide characters take two columns") {
  // "  - {name: " is 11 columns, 档案 four more, ", domain: " ten.
  const Snippet s = make_snippet("  - {name: 档案, domain: 文物}", 24);
  CHECK(s.line == "  - {name: 档案, domain: 文物}");
  CHECK(s.caret_offset == 25);
  CHECK(s.caret_width == 4);
  CHECK(carets("    name: 对档案违法行为的行政处罚 # 注释", 11) == std::string(10, ' ') + std::string(24, '^'));
  // Fullwidth punctuation is wide and does not end a plain scalar.
  CHECK(carets("a: 档案\uFF0C文物\u3002", 4) == "   ^^^^^^^^^^^^");
  CHECK(carets("名称\u3000: x", 6) == "        ^");  // U+3000 is a wide space
}

TEST_CASE("tabs become spaces so the carets still line up") {
  const Snippet s = make_snippet("\tname:\t档案", 8);
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
  const Snippet s = make_snippet(line, 1008);  // the opening quote
  CHECK(s.line.size() < kMaxSnippetWidth + 8);
  CHECK(s.line.rfind("…", 0) == 0);
  CHECK(s.line.substr(s.caret_offset + 2, 14) == "\"330275012000\"");  // "…" is 3 bytes, 1 column
  CHECK(s.caret_width == 14);
}
