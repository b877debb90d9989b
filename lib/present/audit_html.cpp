// encat-audit --format html: one self-contained, printable page per county
// (or one league table for the province). No script, font or image from the
// network; the charts are inline SVG drawn by chart_svg.cpp.
#include <fmt/format.h>

#include <map>
#include <set>

#include "audit/audit_report.h"
#include "render/chart_svg.h"
#include "render/code_points.h"
#include "render/html_page.h"
#include "present/audit_parts.h"
#include "present/audit_report.h"
#include "render/report.h"
#include "report/messages.h"

namespace encat::render {
namespace {

using audit::FigureResult;
using audit::RegionAudit;
using audit::TownshipRate;
using audit::YearFigures;
using report::Message;
using report::say;
using model::Figure;
using model::figure_count;

constexpr std::string_view kAuditCss = R"css(
.charts { display: flex; flex-wrap: wrap; gap: 14px; }
figure.chart-card { display: flex; flex-direction: column; flex: 1 1 calc(50% - 7px); max-width: calc(50% - 7px); margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px 6px; break-inside: avoid; }
figure.chart-card svg.chart { margin-top: auto; }  /* charts of a row line up whatever their captions' length */
figure.chart-card figcaption { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
figure.chart-card .title { font-weight: 700; font-size: 15px; }
figure.chart-card .latest { font-size: 12.5px; white-space: nowrap; color: var(--muted); }
figure.chart-card .definition { color: var(--muted); font-size: 12px; margin: 0 0 2px; line-height: 1.4; }
.missed-box { margin: 12px 0 0; padding: 8px 14px; background: #fff8f7; border: 1px solid #f0c9c3; border-radius: 6px; break-inside: avoid; }
.missed-box h3 { margin: 0 0 2px; font-size: 14px; color: var(--bad); }
ul.missed-list { margin: 0; padding-left: 20px; }
ul.missed-list li { margin: 1px 0; }
table.gaps { table-layout: fixed; }
table.gaps col.n { width: 36px; } table.gaps col.matter { width: 30%; } table.gaps col.where { width: 24%; }
table.gaps td.about { font-size: 12.5px; overflow-wrap: anywhere; }
table.gaps td { overflow-wrap: anywhere; }
p.fix { margin: 2px 0 6px; padding: 4px 10px; background: #f4f8f4; border-left: 3px solid #6a9f6a; font-size: 13px; }
p.paragraph { margin: 0 0 8px; line-height: 1.65; }
section#paragraphs { break-inside: avoid; }
table.counted { table-layout: fixed; width: 100%; }
table.counted td, table.counted th { overflow-wrap: anywhere; }
table.counted th:nth-child(1) { width: 17%; } table.counted th:nth-child(3) { width: 22%; }
table.counted th:nth-child(4) { width: 13%; } table.counted th:nth-child(5) { width: 7%; }
.counted-year h3 { margin: 10px 0 4px; font-size: 14px; }
.counted-year section > h2:empty { display: none; }
table.figures td.group { font-weight: 600; background: #fbfcfd; }
table.figures tr.first-of-group td { border-top: 2px solid #c5ccd6; }
table.gaps td.where { font-size: 12px; overflow-wrap: anywhere; }
table.gaps ul.notes { margin: 3px 0 0; padding-left: 18px; color: var(--muted); font-size: 12px; }
section.gap-group h3 { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
section.gap-group h3 .name { color: var(--muted); font-weight: 400; font-size: 13px; }
section.gap-group h3 .count { margin-left: auto; font-size: 13px; color: var(--muted); font-weight: 400; }
table.townships code { margin-right: 4px; }
table.townships .yr { color: var(--muted); margin-right: 4px; }
tr.total td { font-weight: 700; background: var(--soft); }
@media print {
  .charts { gap: 8px; }
  figure.chart-card { flex-basis: calc(50% - 4px); max-width: calc(50% - 4px); }
  figure.chart-card { padding: 6px 8px 2px; }
  section.gap-group { break-inside: auto; }
}
)css";

std::string charts(const RegionAudit& audit, const AuditContext& context) {
  const Lang lang = context.lang;
  std::string out = fmt::format("<section id=\"charts\">\n<h2>{}<span class=\"sub\">{}</span></h2>\n<div class=\"charts\">\n",
                                say(Message::FiguresByYear, lang),
                                say(Message::FiguresByYearHint, lang));
  for (const report::Chart& chart : audit::figure_charts(audit)) out += html::chart_card(chart, lang);
  out += "</div>\n</section>\n";
  return out;
}

// The gaps of every year (the county's), then the province's unified catalog's, once.
std::string gaps(const RegionAudit& audit, const AuditContext& context) {
  std::string out;
  for (const YearFigures& y : audit.years) {
    report::Section section = audit::gaps_section(audit, y);
    section.title = report::message(Message::BoundaryGaps);
    section.subtitle = text("{} 年", "{}", y.year);
    std::get<report::FindingList>(section.blocks.front()).none = report::message(Message::NoBoundaryGap);
    out += section_html(section, context.lang);
  }
  if (!audit::province_gaps(audit).empty()) {
    report::Section section = audit::province_gaps_section(audit);
    section.title = report::message(Message::ProvinceGaps);
    out += section_html(section, context.lang);
  }
  return out;
}

// 口径: each year's catalogs counted, and what the registry expects but misses.
std::string counted(const RegionAudit& audit, const AuditContext& context) {
  report::Section section{"counted", report::message(Message::Counted), {}, {}};
  const Text targets = audit::targets_text(audit, report_input(context));
  section.subtitle = {"目标：" + targets.zh, "targets: " + targets.en};
  std::string out = fmt::format("<section id=\"counted\">\n<h2>{}<span class=\"sub\">{}</span></h2>\n", say(Message::Counted, context.lang),
                                markup_escape(section.subtitle.in(context.lang)));
  for (const YearFigures& y : audit.years) {
    out += fmt::format("<div class=\"counted-year\" data-year=\"{}\">\n<h3>{}</h3>\n", y.year, text("{} 年", "{}", y.year).in(context.lang));
    report::Section year = audit::counted_section(audit, y);
    year.title = {};
    year.id = "counted-" + std::to_string(y.year);
    out += section_html(year, context.lang);
    out += "</div>\n";
  }
  return out + "</section>\n";
}

}  // namespace

// The prominent notice of files left out of the evaluation, with their findings
// (grouped by file, in order); empty when there are none.
std::string left_out_notice_html(const AuditContext& context) {
  if (context.reading.empty()) return {};
  std::set<std::string_view> files;
  for (const Finding& f : context.reading) files.insert(f.location.file);
  const report::Notice notice{
      text("注意：{} 个文件未纳入本次评估", "Attention: {} file{} left out of this evaluation", files.size(), files.size() == 1 ? " was" : "s were"),
      context.reading, false, report::message(Message::ReadingExplained)};
  return notice_html(notice, context.lang);
}

std::string footer_html(Lang lang) {
  return fmt::format("<footer class=\"report\">{}</footer>\n", say(Message::Footer, lang));
}

std::string render_audit_html(const RegionAudit& audit, const AuditContext& context) {
  const Lang lang = context.lang;
  const std::string title = audit::report_title(audit).in(lang);
  std::string css(html::chart_css());
  css += kAuditCss;
  std::string out = html::page_begin(lang, title, css, false);
  out += header_html(audit::audit_page_head(audit, report_input(context)), lang);
  out += left_out_notice_html(context);
  if (!audit.years.empty()) out += section_html(audit::summary_section(audit), lang);
  out += section_html(audit::overview(audit), lang);
  out += charts(audit, context);
  out += section_html(audit::figure_details(audit), lang);
  out += counted(audit, context);
  out += section_html(audit::township_details(audit), lang);
  out += gaps(audit, context);
  out += footer_html(lang);
  out += html::page_end();
  return out;
}

}  // namespace encat::render
