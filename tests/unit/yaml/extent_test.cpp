// Every scalar knows its extent in the bytes, its style and its caret span.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "yaml/reader.h"

using namespace encat;
using namespace encat::yaml;

namespace {

struct Read {
  std::string bytes;
  std::shared_ptr<const Document> doc;
  explicit Read(std::string text) : bytes(std::move(text)) {
    ReadResult r = read_source(Source{"t.yaml", bytes}, Limits{});
    REQUIRE_MESSAGE(bool(r.document), (r.findings.empty() ? std::string("no document") : r.findings[0].message.en));
    doc = r.document;
  }
  Node root() const { return doc->root(); }
  // The bytes of the node's extent.
  std::string_view of(Node n) const {
    const Extent e = n.extent();
    REQUIRE(e.begin <= e.end);
    REQUIRE(e.end <= bytes.size());
    return std::string_view(bytes).substr(e.begin, e.end - e.begin);
  }
};

}  // namespace

TEST_CASE("extent: plain scalars end before ` #`, `: ` and trailing blanks") {
  const Read r("a: a#b   # c\nhttp://x#y: 1\nc: x y  \nd: [p, q r , 's']\n");
  const Node root = r.root();
  CHECK(r.of(root.get("a")) == "a#b");
  CHECK(root.get("a").span() == 3);
  CHECK(root.get("a").style() == ScalarStyle::Plain);
  CHECK(r.of(root.get_key("http://x#y")) == "http://x#y");
  CHECK(r.of(root.get("c")) == "x y");
  CHECK(r.of(root.get("d")[1]) == "q r");
  CHECK(r.of(root.get("d")[2]) == "'s'");
  CHECK(root.get("d")[2].style() == ScalarStyle::SingleQuoted);
}

TEST_CASE("extent: a multi-line plain scalar, its span the first line") {
  const Read r("a: one  \n  two\n\n  three # c\nb: 1\n");
  const Node a = r.root().get("a");
  CHECK(a.text() == "one two\nthree");
  CHECK(r.of(a) == "one  \n  two\n\n  three");
  CHECK(a.span() == 3);
  CHECK(a.location().span == 3);
}

TEST_CASE("extent: quoted scalars include their quotes, escapes and lines") {
  const Read r("a: \"x \\\" y\" # c\nb: 'it''s'\nc: \"中文\"\nd: \"one\n  two\"\n");
  const Node root = r.root();
  CHECK(r.of(root.get("a")) == "\"x \\\" y\"");
  CHECK(root.get("a").style() == ScalarStyle::DoubleQuoted);
  CHECK(root.get("a").span() == 8);
  CHECK(r.of(root.get("b")) == "'it''s'");
  CHECK(root.get("c").span() == 4);  // code points, quotes included
  CHECK(r.of(root.get("d")) == "\"one\n  two\"");
  CHECK(root.get("d").span() == 4);
  CHECK_FALSE(root.get("a").is_plain());
}

TEST_CASE("extent: block scalars from the indicator to the end of their content") {
  const Read r("a: |- # h\n  x\n\n  y\n\n# c\nb: >2\n   z\nc: |\nd: 1\n");
  const Node root = r.root();
  CHECK(r.of(root.get("a")) == "|- # h\n  x\n\n  y");
  CHECK(root.get("a").style() == ScalarStyle::Literal);
  CHECK(root.get("a").span() == 2);
  CHECK(r.of(root.get("b")) == ">2\n   z");
  CHECK(root.get("b").style() == ScalarStyle::Folded);
  CHECK(r.of(root.get("c")) == "|");
  CHECK(root.get("c").text().empty());
}

TEST_CASE("extent: tags, nulls, empty nodes and containers") {
  const Read r("a: !!str 12\nb: ~\nc:\nd: [x]\ne: {p: q}\nf:\n  - 1\nnull: null\n");
  const Node root = r.root();
  CHECK(r.of(root.get("a")) == "!!str 12");
  CHECK(root.get("a").is_tagged());
  CHECK(root.get("a").span() == 1);  // the caret under the tag
  CHECK_FALSE(root.get("a").is_plain());
  CHECK(root.get("a").style() == ScalarStyle::Plain);
  CHECK(r.of(root.get("b")) == "~");
  CHECK(root.get("b").span() == 1);
  CHECK(r.of(root.get("c")).empty());
  CHECK(root.get("c").span() == 0);
  CHECK(root.get("d").is_flow());
  CHECK(root.get("e").is_flow());
  CHECK_FALSE(root.get("f").is_flow());
  CHECK_FALSE(root.is_flow());
  CHECK(root.get("d").span() == 0);
  CHECK(root.get("e").span() == 0);          // `{`
  CHECK(root.get("f").span() == 0);          // `-`
  CHECK(root.span() == 1);                   // a block mapping: its first key, `a`
  REQUIRE(root.size() == 7);
  CHECK(r.of(root.key(6)) == "null");  // a null key has no text to look it up by
  CHECK(r.of(root.value(6)) == "null");
  CHECK(root.value(6).extent().begin == root.key(6).extent().begin + 6);
}

TEST_CASE("extent: the non-specific tag `!` makes a string that is neither plain nor tagged") {
  const Read r("a: ! 12\nb: ! \"x\"\n");
  const Node a = r.root().get("a");
  CHECK(a.type() == Type::String);
  CHECK_FALSE(a.is_plain());
  CHECK_FALSE(a.is_tagged());
  CHECK(r.of(a) == "! 12");
  CHECK(a.span() == 1);
  CHECK(r.root().get("b").style() == ScalarStyle::DoubleQuoted);
  CHECK(r.of(r.root().get("b")) == "! \"x\"");
}

TEST_CASE("extent: an empty value followed by a `null` key leaves the key its text") {
  const Read r("a:\nnull: 1\n");
  CHECK(r.of(r.root().get("a")).empty());
  CHECK(r.of(r.root().key(1)) == "null");
}

TEST_CASE("extent: offsets count a byte-order mark; JSON read after `--- `") {
  const Read bom("\xEF\xBB\xBF" "a: \"x\"\r\n");
  CHECK(bom.of(bom.root().get("a")) == "\"x\"");
  CHECK(bom.root().get("a").extent().begin == 6);
  const Read json("{\"k\": [\"v\", 2]}");
  CHECK(json.of(json.root().get_key("k")) == "\"k\"");
  CHECK(json.of(json.root().get("k")[1]) == "2");
  CHECK(json.root().get("k").is_flow());
  CHECK(json.root().get("k")[0].location().span == 3);
}

TEST_CASE("extent: read_source names the document after the source") {
  ReadResult r = read_source(Source{"名字.yaml", "a: 1\n"}, Limits{});
  REQUIRE(bool(r.document));
  CHECK(r.document->file() == "名字.yaml");
  CHECK(r.document->root().get("a").location().file == "名字.yaml");
}

TEST_CASE("a quote after a tag on the line before must be closed too") {
  // yaml-cpp reads the rest of the file into the string; it was accepted.
  const ReadResult r = read_bytes("t.yaml", "a: !!str\n  \"open\nb: 1\n", Limits{});
  CHECK_FALSE(bool(r.document));
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == Code::E001);
  const Read closed("a: !!str # c\n  \"x\"\nb: !!str\n");
  CHECK(closed.of(closed.root().get("a")) == "!!str # c\n  \"x\"");
  CHECK(closed.root().get("a").style() == ScalarStyle::DoubleQuoted);
  CHECK(closed.of(closed.root().get("b")) == "!!str");
  CHECK(closed.doc->comments().size() == 1);
}
