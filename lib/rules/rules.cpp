#include "rules/rules.h"

#include <algorithm>

#include "rules/context.h"
#include "util/parallel.h"

namespace encat::rules {
namespace {

constexpr Check checks[] = {
    check_repeated_codes, check_partial_scope, check_code_pattern, check_repeated_names, check_registry_names,
    check_dates,          check_references,    check_extension,    check_township,
};

std::vector<std::string_view> sorted(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

std::vector<Finding> check(const model::Workspace& ws, const Options& options) {
  const model::Catalog* registry = options.registry;
  const bool own_pattern = registry && !registry->code_pattern.empty();
  const Regex code_pattern(own_pattern ? registry->code_pattern : default_code_pattern);
  std::vector<Finding> findings;
  if (!code_pattern.ok())
    findings.push_back(make_finding(Code::E004, registry->at(registry->pos.code_pattern),
                                    text("`/code_pattern`:不是有效的正则表达式(PCRE2:{})", "`/code_pattern`: not a valid regular expression ({})",
                                         code_pattern.error()))
                           .note(text("修正之前不检查事项代码格式(E103)", "matter codes are not checked (E103) until it is fixed")));
  const Context ctx{ws, registry, code_pattern, registry ? sorted(registry->domains) : std::vector<std::string_view>{},
                    registry ? sorted(registry->departments) : std::vector<std::string_view>{}};

  const std::vector<model::Catalog>& catalogs = ws.catalogs();
  std::vector<Findings> per_catalog(catalogs.size());
  parallel_for(catalogs.size(), options.jobs ? options.jobs : hardware_jobs(), [&](size_t i) {
    for (Check check : checks) check(ctx, catalogs[i], per_catalog[i]);
  });
  for (Findings& some : per_catalog) std::move(some.begin(), some.end(), std::back_inserter(findings));
  sort_findings(findings);
  return findings;
}

}  // namespace encat::rules
