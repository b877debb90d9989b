// encat-audit's markdown report: ready to paste into a report or an issue.
#include <fmt/format.h>

#include "render/audit_common.h"
#include "render/audit_report.h"
#include "render/markdown.h"

namespace encat::render {
namespace {

// Every value from a catalog goes through md:: (markdown.h): a `|`, a
// backtick or a line break in it cannot break the table or the code span.
using md::code;

// A table cell of plain text.
std::string cell(std::string_view text) { return md::text(text); }

// A row of cells already in markdown (cell(), code(…, true), md::message(…, true)).
std::string table_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& c : cells) row += " " + c + " |";
  return row + "\n";
}

// The header rule; `aligns` has an `l` or `r` per column.
std::string rule_row(std::string_view aligns) {
  std::string row = "|";
  for (char a : aligns) row += a == 'r' ? "---:|" : "---|";
  return row + "\n";
}

std::string reading_notice(const AuditContext& context) {
  if (context.reading.empty()) return {};
  const bool zh = context.lang == Lang::Zh;
  std::string out = zh ? "> **注意：以下文件有错误（无法读取或不符合格式），评估未包含它们。**\n>\n"
            : "> **Note: these files have errors (unreadable, or not matching their schema) and are left out.**\n>\n";
  for (const Finding& f : context.reading)
    out += fmt::format("> - {} {}: {}\n", code(f.location.str()), f.info().id, md::message(f.message.in(context.lang)));
  return out + "\n";
}

}  // namespace

std::string render_audit_markdown(const audit::RegionAudit& audit, const AuditContext& context) {
  const bool zh = context.lang == Lang::Zh;
  std::string out = zh ? fmt::format("# {} 综合行政执法评估（{}）\n\n", cell(audit.region), year_span(audit, context.lang))
                       : fmt::format("# Audit of {} ({})\n\n", cell(audit.region), year_span(audit, context.lang));
  out += reading_notice(context);
  if (!context.targets_id.empty()) out += fmt::format(zh ? "对照目标：{}\n\n" : "Targets: {}\n\n", code(context.targets_id));
  out += fmt::format("**{}**\n\n", audit_summary(audit, context.lang));

  out += zh ? "## 覆盖率指标\n\n" : "## Coverage figures\n\n";
  std::vector<std::string> header{zh ? "指标" : "Figure"};
  for (const audit::YearFigures& year : audit.years) header.push_back(std::to_string(year.year));
  out += table_row(header) + rule_row("l" + std::string(audit.years.size(), 'r'));
  for (size_t f = 0; f < model::figure_count; ++f) {
    std::vector<std::string> row{cell(figure_title(static_cast<model::Figure>(f), context.lang))};
    for (const audit::YearFigures& year : audit.years) row.push_back(cell(figure_cell(year.figures[f])));
    out += table_row(row);
  }
  out += "\n";

  const audit::YearFigures& last = audit.years.back();
  if (!last.townships.empty()) {
    out += zh ? fmt::format("## 乡镇（街道）必须下放事项承接（{} 年）\n\n", last.year)
              : fmt::format("## Townships' mandatory matters ({})\n\n", last.year);
    out += table_row({zh ? "区划" : "Region", zh ? "目录" : "Catalog", zh ? "承接" : "Listed", zh ? "比例" : "Rate",
                      zh ? "未承接" : "Missing"});
    out += rule_row("llrrl");
    for (const audit::TownshipRate& t : last.townships) {
      std::string missing;
      for (const std::string& matter : t.missing) missing += (missing.empty() ? "" : ", ") + code(matter, true);
      out += table_row({cell(t.region), code(t.id, true), fmt::format("{}/{}", t.ratio.numerator, t.ratio.denominator),
                        cell(percent(t.ratio.value())), missing});
    }
    out += "\n";
  }

  out += zh ? fmt::format("## 边界缺口（{} 年）\n\n", audit.findings_year)
            : fmt::format("## Boundary gaps ({})\n\n", audit.findings_year);
  if (audit.findings.empty()) out += zh ? "没有发现边界缺口。\n" : "No boundary gaps found.\n";
  for (const auto& [gap, count] : count_by_code(audit.findings)) {
    const CodeInfo& info = code_info(gap);
    out += fmt::format("### {} {}{}{}{}\n\n", info.id, info.name, zh ? ":" : ": ", zh ? info.summary_zh : info.summary_en,
                       zh ? fmt::format("({})", count) : fmt::format(" ({})", count));
    for (const Finding& f : audit.findings) {
      if (f.code != gap) continue;
      out += fmt::format("- {} — {}\n", md::message(f.message.in(context.lang), false, true), code(f.location.str()));
      for (const Note& note : f.notes) out += fmt::format("  - {}\n", md::message(note.text.in(context.lang), false, true));
    }
    out += "\n";
  }
  return out;
}

std::string render_league_markdown(const std::vector<audit::RegionAudit>& counties, const AuditContext& context) {
  const bool zh = context.lang == Lang::Zh;
  const int year = counties.empty() ? 0 : counties.front().findings_year;
  std::string out = zh ? fmt::format("# 全省各县（市、区）评估（{} 年）\n\n", year) : fmt::format("# Counties of the province ({})\n\n", year);
  out += reading_notice(context);
  out += fmt::format("**{}**\n\n", league_summary(counties, context.lang));
  std::vector<std::string> header{zh ? "区划" : "Region"};
  for (size_t f = 0; f < model::figure_count; ++f)
    header.push_back(cell(figure_title(static_cast<model::Figure>(f), context.lang)));
  header.push_back(zh ? "错误" : "Errors");
  header.push_back(zh ? "警告" : "Warnings");
  out += table_row(header) + rule_row("l" + std::string(header.size() - 1, 'r'));
  for (const audit::RegionAudit& county : counties) {
    std::vector<std::string> row = league_row(county);
    for (std::string& c : row) c = cell(c);
    out += table_row(row);
  }
  return out;
}

}  // namespace encat::render
