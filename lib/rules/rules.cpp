#include "rules/rules.h"

#include <algorithm>

#include "rules/context.h"
#include "util/parallel.h"

namespace encat::rules {
namespace {

constexpr Check checks[] = {
    check_repeated_codes, check_partial_scope, check_code_pattern, check_repeated_names, check_registry_names,
    check_dates,          check_basis,         check_references,   check_extension,      check_township,
    check_lenient,
};

// Every `supersedes` cycle within a series (each catalog supersedes at most
// one, so following `supersedes` from every catalog once finds them all).
std::unordered_map<const model::Catalog*, std::string> supersedes_cycles(const model::Workspace& ws) {
  using model::Catalog;
  auto next = [&](const Catalog* c) -> const Catalog* {
    const Catalog* earlier = c->supersedes.empty() ? nullptr : ws.find(c->supersedes);
    return earlier && model::same_series(*earlier, *c) ? earlier : nullptr;
  };
  std::unordered_map<const Catalog*, size_t> walk_of;  // the walk that reached it first
  std::unordered_map<const Catalog*, std::string> cycles;
  size_t walk = 0;
  for (const Catalog& start : ws.catalogs()) {
    if (walk_of.count(&start)) continue;
    ++walk;
    const Catalog* at = &start;
    while (at && !walk_of.count(at)) {
      walk_of.emplace(at, walk);
      at = next(at);
    }
    if (!at || walk_of[at] != walk) continue;  // the chain ended, or joined one walked before
    const Catalog* smallest = at;
    for (const Catalog* c = next(at); c != at; c = next(c))
      if (c->id < smallest->id) smallest = c;
    std::string chain(smallest->id);
    for (const Catalog* c = next(smallest);; c = next(c)) {
      chain += fmt::format(" → {}", c->id);
      if (c == smallest) break;
    }
    cycles.emplace(smallest, std::move(chain));
  }
  return cycles;
}

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
  std::vector<const model::Catalog*> laws;
  std::vector<std::string_view> law_names;
  for (const model::Catalog& c : ws.catalogs())
    if (c.kind == model::Kind::Laws) {
      laws.push_back(&c);
      for (const model::Law& law : c.laws)
        if (!law.name.empty()) law_names.push_back(law.name);
    }
  const Context ctx{ws,
                    registry,
                    code_pattern,
                    registry ? sorted(registry->domains) : std::vector<std::string_view>{},
                    registry ? sorted(registry->departments) : std::vector<std::string_view>{},
                    std::move(laws),
                    std::move(law_names),
                    supersedes_cycles(ws)};

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
