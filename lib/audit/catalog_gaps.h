// The catalog-level boundary gaps (rules.md B309, B310, B311, B313): what a
// county is expected to have and lacks, or has not re-issued. Internal to
// lib/audit: audit_region calls it for the year whose gaps it reports.
#pragma once

#include <vector>

#include "audit/audit.h"

namespace encat::audit::detail {

// Appends the B309, B310, B311 and B313 findings of `options.region` in
// `year` to `out.findings` (then sorts them), and what B309 and B310 find
// missing to `out.missing_townships` and `out.missing_departments`. B309 and
// B310 need `options.registry` (its `regions`, `specialist_departments`);
// without them they are silent.
void add_catalog_gaps(const model::Workspace& ws, const Options& options, int year, YearFigures& out);

}  // namespace encat::audit::detail
