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

}  // namespace encat::rules
