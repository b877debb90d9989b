// Pieces the audit reports share (text, markdown, HTML).
#pragma once

#include <string>
#include <vector>

#include "audit/audit.h"

namespace encat::render {

// "25.6% (100/391) ≥22.0% ✓": value, fraction, target and whether it is met.
std::string figure_cell(const audit::FigureResult& figure);

// How many targets were checked and missed, over every year.
struct TargetTally {
  size_t checked = 0;
  size_t missed = 0;
};
TargetTally tally_targets(const audit::RegionAudit& audit);

// "目标：21 项中 1 项未达标；边界缺口：2 个错误，3 个警告" and its English.
std::string audit_summary(const audit::RegionAudit& audit, Lang lang);

// "2021–2023 年" / "2021–2023", or a single year.
std::string year_span(const audit::RegionAudit& audit, Lang lang);

// "90 个县（市、区）：3 个有未达标目标，2 个有边界缺口错误" and its English.
std::string league_summary(const std::vector<audit::RegionAudit>& counties, Lang lang);

// A county's row of the league table: region, each figure (✗ when its target
// is missed), error and warning counts.
std::vector<std::string> league_row(const audit::RegionAudit& county);

// The number of findings with each B code, in code order (codes with none left out).
std::vector<std::pair<Code, size_t>> count_by_code(const std::vector<Finding>& findings);

}  // namespace encat::render
