// The province's league table (encat-audit --province) as a report model:
// every county in one table, each its last year, in the order of a chosen
// figure, and the province's own gaps (its unified catalogs') in a row of
// their own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_report.h"

namespace encat::audit {

// A figure by its JSON name (--sort matter_share); nullopt when there is none of that name.
std::optional<Figure> parse_figure(std::string_view name);
// The figures' JSON names: "matter_share, domain_share, …" (for --help), or
// for a message "`matter_share`、`domain_share`…" / "`matter_share`, `domain_share`, …".
std::string figure_names();
Text figure_choices();

// The league's order (--sort): by `figure` of each county's last year,
// highest first (full precision), n/a last, ties by region code.
void sort_league(std::vector<RegionAudit>& counties, Figure figure);

// A county's own gaps in the league: its last year's, without the
// province's unified-catalog gaps (those are the province's row).
const std::vector<Finding>& county_gaps(const RegionAudit& county);

// The province's row: its unified catalogs' gaps (the counties' last year's
// province_findings: the same for every county of the province, taken once).
struct LeagueProvince {
  std::string region;  // 330000
  std::string name;    // 浙江省 (or the code)
  const std::vector<Finding>* findings = nullptr;
};
// The provinces of the league's counties, by code (one for a province's
// tree); none without counties.
std::vector<LeagueProvince> league_provinces(const std::vector<RegionAudit>& counties);
// "浙江省统一目录" / "浙江省 unified catalog": the province's row.
Text province_row_name(const LeagueProvince& province);

// Every county in one table (text and markdown), then the province's gaps by code.
report::Report league_report(const std::vector<RegionAudit>& counties, const ReportInput& input,
                             Figure sort = Figure::MatterShare);
// HTML's page head: the league's year(s), targets, number of counties, the order.
report::Report league_page_head(const std::vector<RegionAudit>& counties, const ReportInput& input,
                                Figure sort = Figure::MatterShare);
// The years of the league's counties (each its last): "2023 年", or "—".
Text league_year_span(const std::vector<RegionAudit>& counties);
// HTML's overview: counties, counties missing a target, gap errors and
// warnings in all (the counties' and the province's, each once).
report::Section league_overview(const std::vector<RegionAudit>& counties);
// HTML's sortable table: a row a county (its last year; its name, the code
// under it), a column a figure (a miss marked), the targets missed, the gaps
// in all and by code (every B code, headed in words, the code in data-code
// and the tooltip); the province's row last (RowKeys::kind "province",
// data-province, no figures).
report::Section league_details(const std::vector<RegionAudit>& counties);
// "2 个县（市、区）：1 个有未达标目标，1 个有边界缺口错误；浙江省统一目录：1 个错误" and its English.
Text league_summary(const std::vector<RegionAudit>& counties);
// A B code's column heading in words: 缺少边界 / no boundary (its summary for a code without one).
Text gap_short_title(const CodeInfo& info);

}  // namespace encat::audit
