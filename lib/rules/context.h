// What every rule sees: the workspace, the registry's names and code pattern,
// and the `laws` registers loaded.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/finding.h"
#include "model/workspace.h"
#include "util/regex.h"

namespace encat::rules {

constexpr std::string_view default_code_pattern = "^[0-9A-Za-z]{6,32}$";

struct Context {
  const model::Workspace& ws;
  const model::Catalog* registry;  // may be null
  const Regex& code_pattern;
  std::vector<std::string_view> domains;      // sorted registry domains
  std::vector<std::string_view> departments;  // sorted registry departments
  // Every `laws` register loaded, in load order (W108, W109: none, no check).
  std::vector<const model::Catalog*> laws;
  std::vector<std::string_view> law_names;  // of all of them, in load order (suggestions)
  // `supersedes` cycles within a series: the member with the smallest id →
  // the cycle from it ("a → b → a"). Found once, in linear time.
  std::unordered_map<const model::Catalog*, std::string> cycles;
};

using Findings = std::vector<Finding>;

// One check over one catalog.
using Check = void (*)(const Context&, const model::Catalog&, Findings&);

void check_repeated_codes(const Context&, const model::Catalog&, Findings&);    // E101, E208
void check_partial_scope(const Context&, const model::Catalog&, Findings&);     // E102
void check_code_pattern(const Context&, const model::Catalog&, Findings&);      // E103
void check_repeated_names(const Context&, const model::Catalog&, Findings&);    // W104
void check_registry_names(const Context&, const model::Catalog&, Findings&);    // W105, W106
void check_dates(const Context&, const model::Catalog&, Findings&);             // E107
void check_basis(const Context&, const model::Catalog&, Findings&);             // W108, W109
void check_references(const Context&, const model::Catalog&, Findings&);        // E201
void check_extension(const Context&, const model::Catalog&, Findings&);         // E202
void check_township(const Context&, const model::Catalog&, Findings&);          // E203–E206, W207
void check_lenient(const Context&, const model::Catalog&, Findings&);           // E209–E211

}  // namespace encat::rules
