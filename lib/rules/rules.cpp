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
  // An invalid pattern is E004, reported while loading (Workspace::load); E103 is then not checked.
  std::vector<Finding> findings;
  const Context ctx{ws, registry, code_pattern, registry ? sorted(registry->domains) : std::vector<std::string_view>{},
                    registry ? sorted(registry->departments) : std::vector<std::string_view>{}};

  const std::vector<model::Catalog>& catalogs = ws.catalogs();
  std::vector<Findings> per_catalog(catalogs.size());
  parallel_for(catalogs.size(), options.jobs ? options.jobs : hardware_jobs(), [&](size_t i) {
    for (Check check : checks) check(ctx, catalogs[i], per_catalog[i]);
  });
  for (Findings& some : per_catalog) std::move(some.begin(), some.end(), std::back_inserter(findings));
  Findings editions = overlapping_editions(ws);
  std::move(editions.begin(), editions.end(), std::back_inserter(findings));
  sort_findings(findings);
  return findings;
}

std::vector<Finding> leave_out_invalid(model::Workspace& ws, const SeverityOverrides& severities) {
  std::vector<Finding> left_out = ws.leave_out(ws.reading_findings(severities));
  std::vector<Finding> overlaps = overlapping_editions(ws);
  apply_severities(overlaps, severities);
  std::vector<Finding> more = ws.leave_out(overlaps);
  std::move(more.begin(), more.end(), std::back_inserter(left_out));
  sort_findings(left_out);
  return left_out;
}

}  // namespace encat::rules
