// The case-based boundary gaps (rules.md B312, B314): cases counted on a code
// no catalog in force has, and devolved matters a township never used.
// Internal to lib/audit: audit_region calls it for the year whose gaps it reports.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "audit/audit.h"

namespace encat::audit::detail {

// The `cases` catalogs of one region: a county's (6-digit `region`) or a
// township's own (9-digit `region`, the cases it handled itself). A
// township's cases are not the county's: the county's figures and B307,
// B312 read the county's catalogs only.
class RegionCases {
 public:
  RegionCases() = default;
  RegionCases(const model::Workspace& ws, std::string_view region);
  void add(const model::Catalog& cases);  // a `cases` catalog of the region

  bool empty() const { return m_catalogs.empty(); }  // the region has no `cases` catalog
  const std::vector<const model::Catalog*>& catalogs() const { return m_catalogs; }
  // Cases on `code` in first…last (a code or year absent counts as 0).
  long long in(std::string_view code, int first_year, int last_year) const;

 private:
  std::vector<const model::Catalog*> m_catalogs;
  std::unordered_map<std::string_view, std::vector<const model::CaseCounts*>> m_by_code;
};

// Appends the B312 and B314 findings of `options.region` in `year` to `out`
// (then sorts it).
void add_case_gaps(const model::Workspace& ws, const Options& options, int year, std::vector<Finding>& out);

}  // namespace encat::audit::detail
