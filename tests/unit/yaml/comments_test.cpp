// The reader records every comment of the source, and nothing else.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "yaml/reader.h"

using namespace encat;
using namespace encat::yaml;

namespace {

// "line:column[t] text" per comment (t for a trailing comment), joined by " | ".
std::string comments(std::string_view text) {
  const ReadResult r = read_bytes("t.yaml", text, Limits{});
  REQUIRE_MESSAGE(bool(r.document), (r.findings.empty() ? std::string("no document") : r.findings[0].message.en));
  std::string out;
  for (const Comment& c : r.document->comments())
    out += (out.empty() ? "" : " | ") + std::to_string(c.line) + ":" + std::to_string(c.column) +
           (c.trailing ? "t " : " ") + std::string(c.text);
  return out;
}


}  // namespace

TEST_CASE("comments: full-line and trailing, before the first key and after the last value") {
  CHECK(comments("# head\na: 1 # one\n  # indented\nb: x   # two  \n# tail\n") ==
        "1:1 # head | 2:6t # one | 3:3 # indented | 4:8t # two | 5:1 # tail");
}

TEST_CASE("comments: a file of only comments has no root but its comments") {
  const ReadResult r = read_bytes("t.yaml", "# a\n\n  # b\n", Limits{});
  REQUIRE(bool(r.document));
  CHECK_FALSE(r.document->root());
  CHECK(comments("# a\n\n  # b\n") == "1:1 # a | 3:3 # b");
  CHECK(comments("#\n") == "1:1 #");
}

TEST_CASE("comments: a # inside a quoted scalar is no comment") {
  CHECK(comments("a: \"x # y\" # c\nb: 'p # q' # d\n") == "1:12t # c | 2:12t # d");
  CHECK(comments("a: \"x \\\" # y\" # c\n") == "1:15t # c");
  CHECK(comments("a: 'it''s # y' # c\n") == "1:16t # c");
}

TEST_CASE("comments: a # inside a multi-line quoted scalar is no comment") {
  CHECK(comments("a: \"x\n  # not\n  y\" # c\nb: 'p\n  # not'\n") == "3:6t # c");
}

TEST_CASE("comments: a # inside a block scalar's content is no comment") {
  CHECK(comments("a: | # header\n  x # not\n  # not\n\n  y\n# after\nb: 1\n") ==
        "1:6t # header | 6:1 # after");
  CHECK(comments("a: >-\n  x # not\n\n  # not\n # after\nb: 1\n") == "5:2 # after");
  CHECK(comments("list:\n  - |2\n     # not, indented more\n    # not\n  # after\n") == "5:3 # after");
  CHECK(comments("a: |+\n\n# after\nb: 1\n") == "3:1 # after");
  CHECK(comments("- |\n  # not\n- >\n # not\n") == "");
}

TEST_CASE("comments: a # inside a plain scalar is no comment, one after a blank is") {
  CHECK(comments("a: a#b\nb: http://x#y # c\nc: x #d\n") == "2:15t # c | 3:6t #d");
  CHECK(comments("a: one\n  two#x\n  # c\n") == "3:3 # c");
  CHECK(comments("a: one\n\n  two #x\n") == "3:7t #x");
  CHECK(comments("a#b: 1 # c\n") == "1:8t # c");
}

TEST_CASE("comments: in flow collections") {
  CHECK(comments("a: [x, # c\n  y] # d\nb: {p: q, # e\n  r: s}\n") ==
        "1:8t # c | 2:6t # d | 3:11t # e");
  CHECK(comments("[\"a # no\", # c\n 'b#'] # d\n") == "1:12t # c | 2:8t # d");
  CHECK(comments("{\"a\": \"#\" # c\n}\n") == "1:11t # c");
}

TEST_CASE("comments: after --- and next to nulls") {
  CHECK(comments("--- # doc\na: ~ # n\nb: # empty\nnull: null # k\n") ==
        "1:5t # doc | 2:6t # n | 3:4t # empty | 4:12t # k");
  CHECK(comments("a:\nnull: 1 # c\n") == "2:9t # c");
}

TEST_CASE("comments: CRLF line ends and a byte-order mark") {
  CHECK(comments("\xEF\xBB\xBF# bom\r\na: 1 # x \r\n# end\r\n") == "1:1 # bom | 2:6t # x | 3:1 # end");
  CHECK(comments("a: |\r\n  # not\r\n# yes\r\n") == "3:1 # yes");
}

TEST_CASE("comments: columns count code points, tags and tab blanks") {
  CHECK(comments("名称: 值 # 注释\n") == "1:7t # 注释");
  CHECK(comments("a: !!str 1 # c\nb:\t# t\n") == "1:12t # c | 2:4t # t");
  CHECK(comments("a: !!str # c\nb: 1\n") == "1:10t # c");
}

TEST_CASE("comments: texts live in the document, not in the bytes read") {
  std::string bytes = "a: 1 # kept\n";
  const ReadResult r = read_bytes("t.yaml", bytes, Limits{});
  bytes.assign(bytes.size(), 'x');
  REQUIRE(bool(r.document));
  REQUIRE(r.document->comments().size() == 1);
  CHECK(r.document->comments()[0].text == "# kept");
}
