// The audit as a report model (report/report.h), built once from its result
// and shown in any format by render/report.h; and the words about figures
// and totals that every audit format shares.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "audit/audit.h"
#include "report/report.h"

namespace encat::audit {

// What the report says besides the audit itself.
struct ReportInput {
  std::string targets_id;        // the targets catalog compared against, or empty
  std::vector<Finding> reading;  // E0xx: files left out of the audit
};

// One county over its years: the figures, each township's 必须下放 rate
// (the last year), the boundary gaps, and a summary line.
report::Report audit_report(const RegionAudit& audit, const ReportInput& input);

// The head of HTML's page (report::Report's kicker, title and facts only):
// the county, its years, the targets, the year of the gaps.
report::Report audit_page_head(const RegionAudit& audit, const ReportInput& input);

// HTML's overview: cards (targets met and missed, gap errors and warnings),
// a chip per boundary-gap code (gap_codes(): B301–B314) with its count, the targets missed.
report::Section overview(const RegionAudit& audit);

// The figures of every year, a row a figure and year (HTML's table under
// the charts): figure (one cell for a figure's rows: RowKeys::group), year,
// fraction, value, target, met; rows keyed by data-figure and data-year.
report::Section figure_details(const RegionAudit& audit);

// Each township's 必须下放 rate in every year (HTML's table): a row a
// township (by region code; the latest title, its catalog's id under it), a
// column a year, the matters it misses by year, the region's total last.
report::Section township_details(const RegionAudit& audit);

// A chart per figure (report::Chart, id: the figure's JSON name) over the audit's years.
std::vector<report::Chart> figure_charts(const RegionAudit& audit);
// The figure of one year as a ratio cell: its fraction, its target, met or missed,
// its percentages shown to `digits` decimals.
report::Cell figure_cell(const FigureResult& figure, int digits);

// The figure's name for people: 综合执法事项占比 / comprehensive matter share.
const Text& figure_title(Figure figure);
// A short column heading for the league table: 事项占比 / matters.
const Text& figure_short_title(Figure figure);
// What the figure counts, for people: "综合执法事项 ÷ 全部执法事项（综合 ∪ 部门）".
const Text& figure_definition(Figure figure);

// "2021–2023 年" / "2021–2023", or a single year.
Text year_span(const RegionAudit& audit);

// How many targets were checked and missed, over every year.
struct TargetTally {
  size_t checked = 0;
  size_t missed = 0;
};
TargetTally tally_targets(const RegionAudit& audit);

// "目标：21 项中 1 项未达标；边界缺口：2 个错误，3 个警告" and its English.
Text audit_summary(const RegionAudit& audit);

// The report's title: "江山市 2021–2023 年综合行政执法评估" / "江山市 (330881):
// evaluation of comprehensive administrative enforcement, 2021–2023".
Text report_title(const RegionAudit& audit);

// A year's paragraph ready to paste into a report: each figure in words with
// its target (高于/低于/达到 N% 的目标; n/a said plainly), then the county's gaps
// in words, then the province's gaps, if any, as the province's.
Text summary_paragraph(const RegionAudit& audit, const YearFigures& year);

// 口径 of a year: a row per catalog counted (kind in words, title, 文号,
// 施行日期, entries), in the model's order; rows keyed by data-catalog.
report::Table counted_table(const YearFigures& year);
// What the registry expects that year but is missing (B309's townships by
// name and code, B310's departments), in words; "无" / "none" when nothing.
Text missing_text(const RegionAudit& audit, const YearFigures& year);
// The targets compared against: "title（文号）" (or the id), "未对照目标" without.
Text targets_text(const RegionAudit& audit, const ReportInput& input);

// What a gap's matter is, for people: "事项：名称（领域）；划出部门：…；认领部门：…";
// empty when the gap names no matter the model describes.
Text about_matter(const RegionAudit& audit, const Finding& finding);
// The findings as a report list with what each is about and each code's fix line.
report::FindingList gap_list(const RegionAudit& audit, std::vector<Finding> findings, Text none);

// The province's unified-catalog gaps of every year, each once, sorted.
std::vector<Finding> province_gaps(const RegionAudit& audit);

// Every boundary-gap code of the code table (B301 onwards), in code order:
// HTML's overview chips.
std::vector<Code> gap_codes();

// The sections the text, markdown and HTML reports share: the summary
// paragraphs (one per year), a year's 口径, a year's county gaps, the
// province's gaps (once).
report::Section summary_section(const RegionAudit& audit);
report::Section counted_section(const RegionAudit& audit, const YearFigures& year);
report::Section gaps_section(const RegionAudit& audit, const YearFigures& year);
report::Section province_gaps_section(const RegionAudit& audit);

// The number of findings with each code, in code order (codes with none left out).
std::vector<std::pair<Code, size_t>> count_by_code(const std::vector<Finding>& findings);

}  // namespace encat::audit
