#include <doctest/doctest.h>

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
    const std::optional<std::string_view> page = explanation(info.code);
    REQUIRE(page);
    CHECK(page->rfind("# " + std::string(info.id) + " " + std::string(info.name), 0) == 0);
  }
  CHECK(all_codes().size() == 31);
}

TEST_CASE("severities parse from the config's words") {
  CHECK(parse_severity("off") == Severity::Off);
  CHECK(parse_severity("warning") == Severity::Warning);
  CHECK(parse_severity("error") == Severity::Error);
  CHECK_FALSE(parse_severity("Error"));
}
