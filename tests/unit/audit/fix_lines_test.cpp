// Each boundary-gap code's fix line (CodeInfo::fix_zh, fix_en), which the
// audit reports print under a gap, is the first sentence of its page's
// `## 修正` section and of the page's English `**Fix.**`: they cannot drift.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "diag/code.h"

using namespace encat;

namespace {

std::string page(std::string_view id) {
  std::ifstream in(std::string(ENCAT_SOURCE_DIR) + "/docs/findings/" + std::string(id) + ".md");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The first paragraph after `## 修正`.
std::string fix_section_start(const std::string& text) {
  const std::string heading = "\n## 修正\n\n";
  const size_t at = text.find(heading);
  if (at == std::string::npos) return {};
  const size_t from = at + heading.size();
  return text.substr(from, text.find('\n', from) - from);
}

std::string english_fix(const std::string& text) {
  const std::string lead = "\n**Fix.** ";
  const size_t at = text.find(lead);
  if (at == std::string::npos) return {};
  const size_t from = at + lead.size();
  return text.substr(from, text.find('\n', from) - from);
}

bool starts_with(const std::string& text, std::string_view prefix) { return text.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

TEST_CASE("every B code has a fix line, the first sentence of its page's 修正 and Fix") {
  size_t checked = 0;
  for (const CodeInfo& info : all_codes()) {
    if (info.id.front() != 'B') continue;
    CAPTURE(info.id);
    REQUIRE(!info.fix_zh.empty());
    REQUIRE(!info.fix_en.empty());
    // One sentence each.
    CHECK(info.fix_zh.substr(info.fix_zh.size() - 3) == "。");
    CHECK(info.fix_zh.find("。") == info.fix_zh.size() - 3);
    CHECK(info.fix_en.back() == '.');
    const std::string text = page(info.id);
    REQUIRE(!text.empty());
    CHECK(starts_with(fix_section_start(text), info.fix_zh));
    CHECK(starts_with(english_fix(text), info.fix_en));
    ++checked;
  }
  CHECK(checked == 14);  // B301–B314
}

TEST_CASE("the page check reads the section it means") {
  const std::string text = "# X\n\n## 修正\n\n改正它。例如：\n\n```\n```\n\n## English\n\n**Fix.** Fix it. Then more.\n";
  CHECK(fix_section_start(text) == "改正它。例如：");
  CHECK(english_fix(text) == "Fix it. Then more.");
  CHECK(fix_section_start("## 含义\n\n别的。\n").empty());
}
