// encat-audit's text report: the figures by year, each township's 必须下放
// rate, the boundary gaps as rustc-style diagnostics, and a summary line.
#include <fmt/format.h>

#include <set>

#include "render/audit_common.h"
#include "render/audit_report.h"
#include "render/findings.h"
#include "render/snippet.h"
#include "render/table.h"

namespace encat::render {
namespace {

std::string heading(std::string_view text, bool color) {
  return color ? fmt::format("\x1b[1m{}\x1b[0m\n", text) : fmt::format("{}\n", text);
}

RenderContext findings_context(const AuditContext& context) {
  RenderContext rc;
  rc.tool = "encat-audit";
  rc.lang = context.lang;
  rc.color = context.color;
  return rc;
}

}  // namespace

std::string render_audit_text(const audit::RegionAudit& audit, const AuditContext& context, SourceLines& sources) {
  const bool zh = context.lang == Lang::Zh;
  std::string out;
  if (!context.reading.empty()) {
    out += heading(zh ? "以下文件有错误（无法读取或不符合格式），评估未包含它们："
                      : "these files have errors (unreadable, or not matching their schema) and are left out of the audit:",
                   context.color);
    out += "\n" + render_text_findings(context.reading, findings_context(context), sources);
  }

  // Values from catalogs through printable(): no escape sequence reaches the terminal.
  const std::string region = printable(audit.region);
  std::string title = zh ? fmt::format("{} 综合行政执法评估（{}）", region, year_span(audit, context.lang))
                         : fmt::format("audit of {} ({})", region, year_span(audit, context.lang));
  if (!context.targets_id.empty())
    title += zh ? fmt::format("，目标 {}", printable(context.targets_id)) : fmt::format(", targets {}", printable(context.targets_id));
  out += heading(title, context.color) + "\n";

  std::vector<std::vector<std::string>> rows{{zh ? "指标" : "figure"}};
  for (const audit::YearFigures& year : audit.years) rows[0].push_back(std::to_string(year.year));
  for (size_t f = 0; f < model::figure_count; ++f) {
    std::vector<std::string> row{std::string(figure_title(static_cast<model::Figure>(f), context.lang))};
    for (const audit::YearFigures& year : audit.years) row.push_back(figure_cell(year.figures[f]));
    rows.push_back(std::move(row));
  }
  out += format_table(rows, {}) + "\n";

  const audit::YearFigures& last = audit.years.back();
  if (!last.townships.empty()) {
    out += heading(zh ? fmt::format("乡镇（街道）必须下放事项承接（{} 年）", last.year)
                      : fmt::format("townships' mandatory matters ({})", last.year),
                   context.color);
    std::vector<std::vector<std::string>> towns{
        {zh ? "区划" : "region", zh ? "目录" : "catalog", zh ? "承接" : "listed", zh ? "比例" : "rate", zh ? "未承接" : "missing"}};
    for (const audit::TownshipRate& t : last.townships) {
      std::string missing;
      for (const std::string& code : t.missing) missing += (missing.empty() ? "" : " ") + printable(code);
      towns.push_back({printable(t.region), printable(t.id), fmt::format("{}/{}", t.ratio.numerator, t.ratio.denominator),
                       percent(t.ratio.value()), missing});
    }
    out += format_table(towns, {2, 3}) + "\n";
  }

  out += heading(zh ? fmt::format("边界缺口（{} 年）", audit.findings_year)
                    : fmt::format("boundary gaps ({})", audit.findings_year),
                 context.color);
  if (audit.findings.empty())
    out += zh ? "  没有发现边界缺口\n\n" : "  no boundary gaps found\n\n";
  else
    out += "\n" + render_text_findings(audit.findings, findings_context(context), sources);
  out += audit_summary(audit, context.lang) + "\n";
  return out;
}

std::string render_league_text(const std::vector<audit::RegionAudit>& counties, const AuditContext& context) {
  const bool zh = context.lang == Lang::Zh;
  std::string out;
  if (!context.reading.empty()) {
    std::set<std::string_view> files;  // findings are many to a file
    for (const Finding& f : context.reading) files.insert(f.location.file);
    const size_t n = files.size();
    out += zh ? fmt::format("注意：{} 个文件有错误，评估未包含它们\n\n", n)
              : fmt::format("note: {} {} errors and {} left out\n\n", n, n == 1 ? "file has" : "files have",
                            n == 1 ? "is" : "are");
  }
  const int year = counties.empty() ? 0 : counties.front().findings_year;
  out += heading(zh ? fmt::format("全省各县（市、区）评估（{} 年）", year) : fmt::format("counties of the province ({})", year),
                 context.color) + "\n";
  std::vector<std::vector<std::string>> rows{{zh ? "区划" : "region"}};
  for (size_t f = 0; f < model::figure_count; ++f)
    rows[0].emplace_back(figure_short_title(static_cast<model::Figure>(f), context.lang));
  rows[0].push_back(zh ? "错误" : "errors");
  rows[0].push_back(zh ? "警告" : "warnings");
  std::vector<size_t> right;
  for (size_t i = 1; i < rows[0].size(); ++i) right.push_back(i);
  for (const audit::RegionAudit& county : counties) {
    rows.push_back(league_row(county));
    rows.back().front() = printable(rows.back().front());  // the region
  }
  out += format_table(rows, right) + "\n";
  out += league_summary(counties, context.lang) + (zh ? "（✗ 未达标）\n" : " (✗ missed)\n");
  return out;
}

}  // namespace encat::render
