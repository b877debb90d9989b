#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/utf8.h"
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
  CHECK(only_finding(read("\xFF\xFEk\0")) == "E002 1:1 the file is not UTF-8: it starts with a UTF-16 LE byte-order mark");
  const ReadResult nul = read(std::string("k: 1\n\0\0", 7));  // NUL bytes, but not UTF-16's pattern
  REQUIRE(nul.findings.size() == 1);
  CHECK(nul.findings[0].notes[0].text.en == "a file with NUL bytes is usually UTF-16 or binary; save it as UTF-8");
}

TEST_CASE("UTF-16 and UTF-32 are named with their byte order, with or without a byte-order mark") {
  CHECK(only_finding(read(std::string("\xFF\xFEk\0", 4))) ==
        "E002 1:1 the file is not UTF-8: it starts with a UTF-16 LE byte-order mark");
  CHECK(only_finding(read(std::string("\xFE\xFF\0k", 4))) ==
        "E002 1:1 the file is not UTF-8: it starts with a UTF-16 BE byte-order mark");
  CHECK(only_finding(read(std::string("\xFF\xFE\0\0k\0\0\0", 8))) ==
        "E002 1:1 the file is not UTF-8: it starts with a UTF-32 LE byte-order mark");
  const ReadResult be32 = read(std::string("\0\0\xFE\xFF\0\0\0k", 8));
  CHECK(only_finding(be32) == "E002 1:1 the file is not UTF-8: it starts with a UTF-32 BE byte-order mark");
  CHECK(be32.findings[0].notes[0].text.en == "the file is UTF-32 BE; save it as UTF-8");
  const auto wide = [](std::string_view ascii, size_t width, bool little) {
    std::string out;
    for (char c : ascii) {
      std::string unit(width, '\0');
      unit[little ? 0 : width - 1] = c;
      out += unit;
    }
    return out;
  };
  const std::string text = "kind: registry\nid: zj\n";
  const ReadResult le16 = read(wide(text, 2, true));
  CHECK(only_finding(le16) ==
        "E002 1:1 the file is not UTF-8: it looks like UTF-16 LE without a byte-order mark (NUL bytes between the letters)");
  CHECK(le16.findings[0].notes[0].text.en == "the file is UTF-16 LE; save it as UTF-8");
  CHECK(only_finding(read(wide(text, 2, false))).find("UTF-16 BE without a byte-order mark") != std::string::npos);
  CHECK(only_finding(read(wide(text, 4, true))).find("UTF-32 LE without a byte-order mark") != std::string::npos);
  CHECK(only_finding(read(wide(text, 4, false))).find("UTF-32 BE without a byte-order mark") != std::string::npos);
}

TEST_CASE("a lone carriage return is E001 that says to save with LF line ends") {
  const ReadResult mac = read("kind: registry\rid: zj\r");
  CHECK(only_finding(mac) ==
        "E001 1:15 the file ends its lines with a lone carriage return (CR, as old Mac files do); save it with LF line ends");
  CHECK_FALSE(bool(mac.document));
  CHECK(only_finding(read("a: 1\nb: x\ry\n")) ==
        "E001 2:5 a lone carriage return (CR) here, which YAML reads as a line end; save the file with LF line ends");
  CHECK(read("a: 1\r\nb: 2\r\n").findings.empty());  // CRLF is fine
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
  CHECK(zh.findings[0].message.zh == "YAML 语法错误：缺少 `]`");
}

TEST_CASE("a second document is E001 and the file has no tree") {
  const ReadResult r = read("a: 1\n---\nb: 2\n");
  CHECK(only_finding(r) == "E001 2:1 a catalog file holds one YAML document; a second one starts here");
  CHECK_FALSE(bool(r.document));  // invalid input is never used: not even the first document
  CHECK(only_finding(read("a: 1\n---\n")) == "E001 2:1 a catalog file holds one YAML document; a second one starts here");
  // yaml-cpp starts a second document after a complete root node, with no marker.
  const std::string more = "the YAML document has already ended, but more follows here; a catalog file holds one YAML document";
  const ReadResult json_lines = read("{\"kind\": \"registry\"}\n{\"id\": \"zj\"}\n");
  CHECK(only_finding(json_lines) == "E001 2:1 " + more);
  CHECK_FALSE(bool(json_lines.document));
  CHECK(only_finding(read("{\"kind\": \"registry\"} {\"id\": 1}\n")) == "E001 1:22 " + more);
}

TEST_CASE("a line starting with % inside the document is E001 on that line, and nothing is used") {
  const std::string directive =
      "a `%` at the start of a line begins a YAML directive, which ends the document here; "
      "if it is part of a value, quote the value or indent the line";
  const ReadResult r = read("kind: registry\nid: zj\nnote:\n%abc\nmore: 1\n");
  CHECK(only_finding(r) == "E001 4:1 " + directive);
  CHECK_FALSE(bool(r.document));
  // At the end of the file yaml-cpp reads it as a directive of no document and says nothing.
  CHECK(only_finding(read("a: 1\n%x\n")) == "E001 2:1 " + directive);
  CHECK(only_finding(read("a: |\n  x\n%y\n")) == "E001 3:1 " + directive);
  CHECK(only_finding(read("a: [1,\n%x\n, 2]\n")) == "E001 2:1 " + directive);  // yaml-cpp's own error is later
  // Inside quotes, or indented, it is text.
  const ReadResult quoted = read("a: \"x\n%y\"\nb: '1\n%2'\nc: 3\n");
  REQUIRE(quoted.findings.empty());
  CHECK(quoted.document->root().get("a").text() == "x %y");
  CHECK(quoted.document->root().get("c").text() == "3");
  CHECK(read("a: !!str \"x\n%y\"\nb: 1\n").findings.empty());
  CHECK(read("a:\n  %x\n").findings.size() == 1);  // yaml-cpp: `%` cannot start a plain scalar
}

TEST_CASE("directives before the document need a `---`") {
  const ReadResult r = read("%YAML 1.2\n---\na: 1\n");
  REQUIRE(r.findings.empty());
  CHECK(r.document->root().get("a").text() == "1");
  CHECK(only_finding(read("%abc\na: 1\n")) ==
        "E001 1:1 a YAML directive (a line starting with `%`) must be followed by a `---` line");
  CHECK(only_finding(read("%abc\n")) ==
        "E001 1:1 a YAML directive (a line starting with `%`) must be followed by a `---` line");
}

TEST_CASE("`...` ends the document: fine at the end, E001 with more after it") {
  const std::string early = "`...` ends the YAML document here, but the file goes on; a catalog file holds one YAML document";
  for (const char* text : {"a: 1\n...\n", "a: 1\n... # end\n\n# c\n...\n"}) {
    const ReadResult r = read(text);
    CHECK(r.findings.empty());
    REQUIRE(bool(r.document));
    CHECK(r.document->root().get("a").text() == "1");
  }
  const ReadResult r = read("a: 1\n...\nb: 2\n");
  CHECK(only_finding(r) == "E001 2:1 " + early);
  CHECK_FALSE(bool(r.document));
  CHECK(only_finding(read("a: 1\n...\n%YAML 1.2\n---\nb: 1\n")) == "E001 2:1 " + early);
  CHECK(only_finding(read("a: 1\n...\n---\nb: 1\n")) ==
        "E001 3:1 a catalog file holds one YAML document; a second one starts here");
  CHECK(only_finding(read("a: 1\n... x\n")) == "E001 2:1 " + early);
}

TEST_CASE("columns stay right along one long line, whichever way the marks go") {
  std::string text = "{";
  std::vector<size_t> keys, values, numbers;  // byte offsets
  for (int i = 0; i < 2000; ++i) {
    if (i) text += ", ";
    keys.push_back(text.size());
    text += fmt::format("\"键{}\": ", i);
    values.push_back(text.size());
    text += "[\"值\", ";
    numbers.push_back(text.size());
    text += fmt::format("{}, {{}}]", i);
  }
  text += "}\n";
  const ReadResult r = read(text);
  REQUIRE(r.findings.empty());
  const Node root = r.document->root();
  REQUIRE(root.size() == 2000);
  const auto column = [&](size_t offset) { return count_code_points(std::string_view(text).substr(0, offset)) + 1; };
  for (size_t i = 0; i < root.size(); ++i) {
    CHECK(root.key(i).column() == column(keys[i]));
    CHECK(root.value(i).column() == column(values[i]));
    CHECK(root.value(i)[1].column() == column(numbers[i]));
  }
}

TEST_CASE("a tagged scalar is a string that knows it was tagged") {
  const ReadResult r = read("a: !!float 1.5\nb: \"1.5\"\nc: 1.5\nd: !!str x\n");
  REQUIRE(bool(r.document));
  const Node root = r.document->root();
  CHECK(root.get("a").type() == Type::String);
  CHECK(root.get("a").is_tagged());
  CHECK_FALSE(root.get("a").is_plain());
  CHECK_FALSE(root.get("b").is_tagged());
  CHECK_FALSE(root.get("c").is_tagged());
  CHECK(root.get("d").is_tagged());
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

TEST_CASE("reader: merge conflict markers are E008 at each marker, instead of a syntax error, and no tree") {
  const std::string conflicted =
      "kind: unified\n"
      "matters:\n"
      "<<<<<<< ours\n"
      "  - code: \"1\"\n"
      "||||||| base\n"
      "  - code: \"0\"\n"
      "=======\n"
      "  - code: \"2\"\n"
      ">>>>>>> theirs\n";
  const ReadResult r = read(conflicted);
  CHECK(!r.document);
  REQUIRE(r.findings.size() == 4);
  const unsigned lines[] = {3, 5, 7, 9};
  for (size_t i = 0; i < 4; ++i) {
    CHECK(r.findings[i].code == Code::E008);
    CHECK(r.findings[i].location.line == lines[i]);
    CHECK(r.findings[i].location.column == 1);
    CHECK(r.findings[i].location.span == 7);
    CHECK(r.findings[i].notes.size() == (i == 0 ? 1 : 0));  // the note once per conflict
  }
  CHECK(r.findings[0].message.en.find("`<<<<<<<`") != std::string::npos);
  CHECK(r.findings[3].message.en.find("`>>>>>>>`") != std::string::npos);
}

TEST_CASE("reader: only seven marker characters at a line start, then a blank or the end, are a marker") {
  // Bare markers, CRLF, and a marker as the last bytes.
  CHECK(read("a: 1\r\n<<<<<<<\r\nb: 2\r\n").findings.size() == 1);
  CHECK(read("a: 1\n=======").findings.size() == 1);
  CHECK(read(">>>>>>>\tx\n").findings.size() == 1);
  // Not markers: indented, longer, shorter, or followed by other text.
  for (const char* text : {"a: |\n  <<<<<<< x\n", "a: 1\n# ======= \n", "a: \"x\n=======x\"\n", "a: 1\n======\n",
                           "a: 1\n========\n", "a: <<<<<<< x\n", "a: '>>>>>>>'\n"}) {
    CAPTURE(text);
    for (const Finding& f : read(text).findings) CHECK(f.code != Code::E008);
  }
  // A file that is fine otherwise is still rejected: the markers mean an unfinished merge.
  CHECK(only_finding(read("a: 1\n<<<<<<< HEAD\n")) ==
        "E008 2:1 merge conflict marker `<<<<<<<`: a conflict starts here");
  // E002 comes first: the bytes are not text.
  CHECK(read("<<<<<<< x\n\xff\n").findings.at(0).code == Code::E002);
}

TEST_CASE("has_conflict_markers (the merge driver's test) follows E008's rule exactly") {
  for (const char* text : {"a: 1\r\n<<<<<<<\r\nb: 2\r\n", "a: 1\n=======", ">>>>>>>\tx\n", "a: 1\n||||||| base\n"}) {
    CAPTURE(text);
    CHECK(yaml::has_conflict_markers(text));
  }
  for (const char* text : {"a: |\n  <<<<<<< x\n", "a: 1\n# ======= \n", "a: \"x\n=======x\"\n", "a: 1\n======\n",
                           "a: 1\n========\n", "a: <<<<<<< x\n", "a: '>>>>>>>'\n", ""}) {
    CAPTURE(text);
    CHECK_FALSE(yaml::has_conflict_markers(text));
  }
}
