// E1xx (one catalog) and E2xx (between catalogs) as rules.md defines them.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/finding.h"
#include "model/workspace.h"

namespace encat::rules {

struct Options {
  const model::Catalog* registry = nullptr;  // Workspace::choose(Kind::Registry, …)
  unsigned jobs = 0;  // 0 = all cores
};

// Every E1xx and E2xx finding of the workspace's catalogs, sorted.
std::vector<Finding> check(const model::Workspace& ws, const Options& options);

// E212: two editions of one series (same kind and region, and for
// department catalogs the same department) where neither supersedes the
// other: from the later one's effective date both would be in force. One
// finding per later edition, at its `effective`, naming the nearest earlier
// edition still in force then. Part of check(); the audit uses it alone.
std::vector<Finding> overlapping_editions(const model::Workspace& ws);

}  // namespace encat::rules
