// The line diff behind `encat-fmt --diff`: a shortest edit script, every line
// of both texts once and in order, and a bounded cost on texts that differ
// everywhere.
#include <doctest/doctest.h>

#include <string>

#include "util/line_diff.h"

using namespace encat;

namespace {

// The script as "=a -b +c" (line breaks left out), and a check that it
// rebuilds both texts.
std::string script(std::string_view before, std::string_view after, size_t max_changes = 1000) {
  const std::vector<LineEdit> edits = diff_lines(before, after, max_changes);
  std::string out, old_text, new_text;
  for (const LineEdit& e : edits) {
    if (e.kind != LineEdit::Kind::Added) old_text += e.line;
    if (e.kind != LineEdit::Kind::Removed) new_text += e.line;
    std::string_view line = e.line;
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    out += (out.empty() ? "" : " ") + std::string(e.kind == LineEdit::Kind::Same ? "=" : e.kind == LineEdit::Kind::Removed ? "-" : "+") +
           std::string(line);
  }
  CHECK(old_text == before);
  CHECK(new_text == after);
  return out;
}

}  // namespace

TEST_CASE("diff_lines gives the shortest script, each line once and in order") {
  CHECK(script("a\nb\nc\n", "a\nb\nc\n") == "=a =b =c");
  CHECK(script("a\nb\nc\n", "a\nc\n") == "=a -b =c");
  CHECK(script("a\nc\n", "a\nb\nc\n") == "=a +b =c");
  CHECK(script("id: x\nkind: unified\n", "kind: unified\nid: x\n") == "-id: x =kind: unified +id: x");
  CHECK(script("", "a\n") == "+a");
  CHECK(script("a\n", "") == "-a");
}

TEST_CASE("diff_lines tells a missing final line break from a present one") {
  CHECK(script("a\nb", "a\nb\n") == "=a -b +b");
}

TEST_CASE("diff_lines beyond max_changes gives the differing middle as removed then added") {
  std::string before, after;
  for (int i = 0; i < 50; ++i) {
    before += "old " + std::to_string(i) + "\n";
    after += "new " + std::to_string(i) + "\n";
  }
  const std::string head = "same\n";
  const std::vector<LineEdit> edits = diff_lines(head + before + head, head + after + head, 10);
  REQUIRE(edits.size() == 102);
  CHECK(edits.front().kind == LineEdit::Kind::Same);
  CHECK(edits[1].kind == LineEdit::Kind::Removed);
  CHECK(edits[50].kind == LineEdit::Kind::Removed);
  CHECK(edits[51].kind == LineEdit::Kind::Added);
  CHECK(edits.back().kind == LineEdit::Kind::Same);
  script(head + before + head, head + after + head, 10);
}
