// The province's league table (encat-audit --province) as a report model:
// every county in one table, each its last year.
#pragma once

#include <vector>

#include "audit/audit_report.h"

namespace encat::audit {

// Every county in one table (text and markdown).
report::Report league_report(const std::vector<RegionAudit>& counties, const ReportInput& input);
// HTML's page head: the league's year(s), targets and number of counties.
report::Report league_page_head(const std::vector<RegionAudit>& counties, const ReportInput& input);
// The years of the league's counties (each its last): "2023 年", or "—".
Text league_year_span(const std::vector<RegionAudit>& counties);
// HTML's overview: counties, counties missing a target, gap errors and warnings in all.
report::Section league_overview(const std::vector<RegionAudit>& counties);
// HTML's sortable table: a row a county (its last year), a column a figure
// (a miss marked), the targets missed, the gaps in all and by code.
report::Section league_details(const std::vector<RegionAudit>& counties);
// "90 个县（市、区）：3 个有未达标目标，2 个有边界缺口错误" and its English.
Text league_summary(const std::vector<RegionAudit>& counties);

}  // namespace encat::audit
