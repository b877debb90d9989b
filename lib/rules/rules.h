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

// Prepares a workspace for a tool that computes from catalogs (audit, and
// later diff, merge, publish): tools.md "Invalid input is never used". Leaves
// out every file with an error-level reading finding (E0xx, after
// `severities`) or no catalog, then the later of two overlapping editions
// (E212 at error level: which of them is in force cannot be told). Returns
// the findings about the files left out, sorted: the tool shows them first
// and exits 2. Other E1xx/E2xx findings leave the catalogs in (encat-validate
// reports them); a `supersedes` naming another series (E201) is simply not
// followed (Workspace::in_force).
std::vector<Finding> leave_out_invalid(model::Workspace& ws, const SeverityOverrides& severities);

}  // namespace encat::rules
