#include <doctest/doctest.h>

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "diag/code.h"
#include "diag/explain.h"

using namespace encat;

TEST_CASE("every finding code has a unique id and name, and an explanation page") {
  std::set<std::string_view> ids, names;
  for (const CodeInfo& info : all_codes()) {
    CAPTURE(info.id);
    CHECK(ids.insert(info.id).second);
    CHECK(names.insert(info.name).second);
    CHECK(code_info(info.code).id == info.id);  // the table is in enum order
    CHECK(parse_code(info.id) == info.code);
    CHECK(parse_code(info.name) == info.code);
    const std::optional<std::string> page = explanation(info.code);
    REQUIRE(page);
    CHECK(page->rfind("# " + std::string(info.id) + " " + std::string(info.name), 0) == 0);
  }
  CHECK(all_codes().size() == 48);
}

TEST_CASE("the code table says which severities cannot be lowered: those of a file (or a table's row) that cannot be read") {
  std::set<std::string_view> fixed;
  for (const CodeInfo& info : all_codes())
    if (!info.can_be_lowered) fixed.insert(info.id);
  CHECK(fixed == std::set<std::string_view>{"E001", "E002", "E005", "E006", "E008", "T001", "T002", "T003"});
  for (const std::string_view id : fixed) CHECK(code_info(*parse_code(id)).severity == Severity::Error);
}

TEST_CASE("severities parse from the config's words") {
  CHECK(parse_severity("off") == Severity::Off);
  CHECK(parse_severity("warning") == Severity::Warning);
  CHECK(parse_severity("error") == Severity::Error);
  CHECK_FALSE(parse_severity("Error"));
}

namespace {

std::string read_text(const std::string& relative) {
  std::ifstream in(std::string(ENCAT_SOURCE_DIR) + "/" + relative);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

// The tables people read are checked against the code table, row by row: a
// new code or a changed summary cannot leave them stale.
TEST_CASE("the README and the findings index list every code as the code table has it") {
  const std::string readme = read_text("README.md");
  const std::string index = read_text("docs/findings/README.md");
  REQUIRE_FALSE(readme.empty());
  REQUIRE_FALSE(index.empty());
  for (const CodeInfo& info : all_codes()) {
    const std::string severity(severity_name(info.severity));
    const std::string readme_row = fmt::format("| [{0}](docs/findings/{0}.md) | `{1}` | {2} | {3} | {4} |\n", info.id,
                                               info.name, severity, info.summary_zh, info.summary_en);
    const std::string index_row =
        fmt::format("| {0} | {1} | {2} | {3} / {4} | [{0}]({0}.md) |\n", info.id, info.name, severity, info.summary_zh,
                    info.summary_en);
    CHECK_MESSAGE(readme.find(readme_row) != std::string::npos, "README.md lacks the row\n", readme_row);
    CHECK_MESSAGE(index.find(index_row) != std::string::npos, "docs/findings/README.md lacks the row\n", index_row);
  }
}

TEST_CASE("an explanation page is shown without the markers of its examples") {
  size_t marked = 0;
  for (const EmbeddedFile& page : embedded_finding_docs()) marked += page.content.find("<!--") != std::string_view::npos;
  CHECK(marked > 0);  // the pages do carry markers
  for (const CodeInfo& info : all_codes()) {
    CAPTURE(info.id);
    const std::string page = *explanation(info.code);
    CHECK(page.find("<!--") == std::string::npos);
    CHECK(page.find("\n\n\n") == std::string::npos);
  }
}
