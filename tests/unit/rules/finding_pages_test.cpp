// The examples of docs/findings/E201.md and E212.md are real output: each
// console block quoted there is the expected output of a CLI golden case, so
// a change of the messages that re-blesses the case fails here until the
// page is regenerated too.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(ENCAT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The case's standard output, or its first `lines` lines.
std::string golden(const std::string& validate_case, size_t lines = 0) {
  std::string out = read("tests/cli/validate/" + validate_case + "/expected.stdout");
  if (lines) {
    size_t at = 0;
    for (size_t i = 0; i < lines && at != std::string::npos; ++i) at = out.find('\n', at + 1);
    if (at != std::string::npos) out.resize(at + 1);
  }
  return out;
}

}  // namespace

TEST_CASE("the E212 page quotes the real output of its examples") {
  const std::string page = read("docs/findings/E212.md");
  REQUIRE_FALSE(page.empty());
  for (const char* name : {"E212_two_unified_catalogs_of_one_province_neither_superseding",
                                  "E212_two_unified_catalogs_of_one_province_lang_en"}) {
    CAPTURE(name);
    const std::string out = golden(name);
    REQUIRE_FALSE(out.empty());
    CHECK(page.find(out) != std::string::npos);
  }
  CHECK(page.find(golden("E212_fork_chain_and_departments_only_real_overlaps_are_reported", 7)) != std::string::npos);
}

TEST_CASE("the E201 page quotes the real output of its supersedes-across-series examples") {
  const std::string page = read("docs/findings/E201.md");
  for (const char* name : {"E201_supersedes_naming_another_departments_catalog",
                                  "E201_supersedes_naming_another_townships_catalog"}) {
    CAPTURE(name);
    const std::string out = golden(name);
    REQUIRE_FALSE(out.empty());
    CHECK(page.find(out) != std::string::npos);
  }
}
