#include <doctest/doctest.h>

#include <string>

#include "yaml/reader.h"

using namespace encat;
using namespace encat::yaml;

namespace {

ReadResult read(std::string_view text, Limits limits = {}) { return read_bytes("t.yaml", text, limits); }

std::string only_finding(const ReadResult& result) {
  REQUIRE(result.findings.size() == 1);
  const Finding& f = result.findings[0];
  return fmt::format("{} {}:{} {}", code_info(f.code).id, f.location.line, f.location.column, f.message.en);
}

}  // namespace

TEST_CASE("reader builds a tree with 1-based positions counted in code points") {
  const ReadResult r = read("name: 档案 x\ncode: \"330275012000\"\nlist:\n  - a\n  - 中文: 值\n");
  REQUIRE(r.findings.empty());
  REQUIRE(bool(r.document));
  const Node root = r.document->root();
  CHECK(root.is_mapping());
  CHECK(root.size() == 3);
  CHECK(root.get("name").text() == "档案 x");
  CHECK(root.get("code").line() == 2);
  CHECK(root.get("code").column() == 7);
  const Node item = root.get("list")[1];
  CHECK(item.is_mapping());
  CHECK(item.get("中文").column() == 9);  // "  - 中文: " is 8 code points
  CHECK(item.get_key("中文").column() == 5);
}

TEST_CASE("reader tells plain, quoted and null scalars apart") {
  const ReadResult r = read("a: 330275012000\nb: \"330275012000\"\nc: ~\nd:\ne: null\nf: 2022-03-01\ng: 1.5\nh: true\ni: |\n  x\n");
  REQUIRE(bool(r.document));
  const Node root = r.document->root();
  CHECK(root.get("a").type() == Type::Integer);
  CHECK(root.get("a").is_plain());
  CHECK(root.get("b").type() == Type::String);
  CHECK_FALSE(root.get("b").is_plain());
  CHECK(root.get("c").is_null());
  CHECK(root.get("d").is_null());
  CHECK(root.get("e").is_null());
  CHECK(root.get("f").type() == Type::String);
  CHECK(root.get("g").type() == Type::Number);
  CHECK(root.get("h").type() == Type::Bool);
  CHECK(root.get("i").string() == std::optional<std::string_view>("x\n"));
}

TEST_CASE("an empty value points at its key, not at the next line") {
  const ReadResult r = read("a:\nb: 1\n");
  REQUIRE(bool(r.document));
  CHECK(r.document->root().get("a").line() == 1);
  CHECK(r.document->root().get("a").column() == 1);
}

TEST_CASE("yaml 1.2 core schema resolves plain scalars") {
  CHECK(resolve_plain("0123") == Type::Integer);
  CHECK(resolve_plain("-7") == Type::Integer);
  CHECK(resolve_plain("0x1F") == Type::Integer);
  CHECK(resolve_plain("1e3") == Type::Number);
  CHECK(resolve_plain(".5") == Type::Number);
  CHECK(resolve_plain("-.inf") == Type::Number);
  CHECK(resolve_plain("no") == Type::String);
  CHECK(resolve_plain("yes") == Type::String);
  CHECK(resolve_plain("2022-01-31") == Type::String);
  CHECK(resolve_plain("1.2.3") == Type::String);
  CHECK(resolve_plain("") == Type::Null);
}

TEST_CASE("a repeated key is E003 at the repeat with a note at the first") {
  const ReadResult r = read("kind: unified\nid: a\nkind: township\n");
  CHECK(only_finding(r) == "E003 3:1 duplicate key `kind`");
  REQUIRE(r.findings[0].notes.size() == 1);
  CHECK(r.findings[0].notes[0].text.en == "first defined at t.yaml:1:1");
  REQUIRE(bool(r.document));  // still usable: the first value wins
  CHECK(r.document->root().get("kind").text() == "unified");
}

TEST_CASE("repeated keys are found in large mappings too") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += fmt::format("k{}: {}\n", i, i);
  text += "k42: again\nk7: again\n";
  const ReadResult r = read(text);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].message.en == "duplicate key `k42`");
  CHECK(r.findings[0].location.line == 101);
  CHECK(r.findings[1].message.en == "duplicate key `k7`");
}

TEST_CASE("invalid UTF-8 is E002 with its line and byte offset") {
  const ReadResult r = read("a: 1\nb: \xC3\x28\n");
  CHECK(only_finding(r) == "E002 2:4 the file is not valid UTF-8: the byte 0xC3 at offset 8 is invalid");
  CHECK_FALSE(bool(r.document));
}

TEST_CASE("the encoding finding says how to fix GBK and UTF-16 files") {
  const ReadResult gbk = read("name: \xB5\xB5\xB0\xB8\n");  // 档案 in GBK
  REQUIRE(gbk.findings.size() == 1);
  REQUIRE(gbk.findings[0].notes.size() == 1);
  CHECK(gbk.findings[0].notes[0].text.en ==
        "this looks like GBK/GB18030 (the default of Excel and Notepad on Chinese Windows); save it as UTF-8");
  CHECK(only_finding(read("\xFF\xFEk\0")) == "E002 1:1 the file is not UTF-8: it starts with a UTF-16 byte-order mark");
  const ReadResult utf16 = read(std::string("k\0i\0", 4));
  REQUIRE(utf16.findings.size() == 1);
  CHECK(utf16.findings[0].notes[0].text.en == "a file with NUL bytes is usually UTF-16 or binary; save it as UTF-8");
}

TEST_CASE("syntax errors name the tab, the unclosed quote or the open bracket behind them") {
  CHECK(only_finding(read("kind: unified\nmatters:\n\t- code: \"1\"\n")) ==
        "E001 3:1 invalid YAML: a tab in the indentation; YAML indents with spaces");
  const ReadResult bracket = read("from: [a, b\nid: x\n");
  CHECK(only_finding(bracket) == "E001 2:3 invalid YAML: end of sequence flow not found");
  CHECK(bracket.findings[0].notes[0].text.en == "the `[` that is not closed opened at t.yaml:1:7");
  const ReadResult quote = read("a: \"x\nb: [\n");
  CHECK(only_finding(quote) == "E001 1:4 invalid YAML: the quote `\"` is not closed");
}

TEST_CASE("a byte-order mark is skipped and positions stay right") {
  const ReadResult r = read("\xEF\xBB\xBF" "a: 1\n");
  REQUIRE(bool(r.document));
  CHECK(r.findings.empty());
  CHECK(r.document->root().get("a").column() == 4);
}

TEST_CASE("control characters are E002") {
  CHECK(only_finding(read(std::string("a: 1\n\0b", 7))) ==
        "E002 2:1 the file contains the control character U+0000, which YAML does not allow");
}

TEST_CASE("anchors and aliases are E006") {
  const ReadResult r = read("a: &x [1, 2]\nb: *x\n");
  CHECK(only_finding(r) == "E006 1:4 YAML anchors and aliases (`&`, `*`) are not allowed");
  CHECK_FALSE(bool(r.document));
}

TEST_CASE("a billion laughs stops at the first anchor") {
  std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c)
    text += fmt::format("{0}: &{0} [*{1},*{1},*{1},*{1},*{1},*{1},*{1},*{1},*{1}]\n", c, static_cast<char>(c - 1));
  const ReadResult r = read(text);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == Code::E006);
}

TEST_CASE("nesting deeper than the limit is E006") {
  // yaml-cpp reads each unclosed `[` as a mapping (a possible key) around a
  // sequence at the same place: one level of the source, so the 65th `[`.
  CHECK(only_finding(read(std::string(100000, '['))) == "E006 1:65 nesting is deeper than the limit of 64");
  CHECK(only_finding(read(std::string(40, '['))).rfind("E001 ", 0) == 0);  // unclosed, not too deep
  CHECK(only_finding(read(std::string(65, '[') + std::string(65, ']'))) ==
        "E006 1:65 nesting is deeper than the limit of 64");
  Limits shallow;
  shallow.max_depth = 2;
  CHECK(only_finding(read("a:\n  b:\n    c: 1\n", shallow)) == "E006 3:5 nesting is deeper than the limit of 2");
  CHECK(read(std::string(64, '[') + std::string(64, ']')).findings.empty());
}

TEST_CASE("a file larger than the limit is E006 without parsing") {
  Limits small;
  small.max_file_size = 10;
  CHECK(only_finding(read("a: 12345678901\n", small)) == "E006 1:1 the file is 15 bytes, more than the limit of 10 bytes");
}

TEST_CASE("syntax errors are E001 at the parser's position") {
  CHECK(only_finding(read("a: [1, 2\n")) == "E001 2:1 invalid YAML: end of sequence flow not found");
  CHECK(only_finding(read("x: 中文中文: 1\n")) == "E001 1:8 invalid YAML: illegal map value");
  const ReadResult zh = read("a: [1, 2\n");
  CHECK(zh.findings[0].message.zh == "YAML 语法错误:缺少 `]`");
}

TEST_CASE("a second document is E001 and the first is kept") {
  const ReadResult r = read("a: 1\n---\nb: 2\n");
  CHECK(only_finding(r) == "E001 2:1 a catalog file holds one YAML document; a second one starts here");
  REQUIRE(bool(r.document));
  CHECK(r.document->root().get("a").text() == "1");
}

TEST_CASE("empty and comment-only files have a document without a root") {
  for (const char* text : {"", "# only a comment\n", "\n\n"}) {
    const ReadResult r = read(text);
    CHECK(r.findings.empty());
    REQUIRE(bool(r.document));
    CHECK_FALSE(r.document->root());
  }
}

TEST_CASE("a document that is a list or a scalar reads as such") {
  CHECK(read("- a\n- b\n").document->root().is_sequence());
  CHECK(read("just text\n").document->root().is_string());
}
