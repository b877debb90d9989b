// encat-audit --province --format html: the league table of every county, on
// one self-contained page, in the order of --sort and sortable by any column;
// the province's own gaps in a row of their own, kept last.
#include <fmt/format.h>

#include "audit/league_report.h"
#include "present/audit_parts.h"
#include "render/code_points.h"
#include "present/audit_report.h"
#include "render/html_page.h"
#include "render/report.h"

namespace encat::render {
namespace {

using audit::RegionAudit;

// The table fits its frame: a wider page than the reports' (24 columns), heads
// that wrap, the B codes as a small line over their words; on screen a
// horizontal scroll inside the frame when the window is narrower still; in
// print (A4 landscape) smaller type and padding, no scroll.
constexpr std::string_view kLeagueCss = R"css(
main { max-width: 1280px; }
.league-frame { overflow-x: auto; max-width: 100%; margin: 4px 0 8px; }
.league-frame:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
table.league { font-size: 12.5px; margin: 0; }
table.league th, table.league td { padding: 4px 5px; }
table.league thead th { white-space: normal; vertical-align: bottom; line-height: 1.3; }
table.league thead th.center { vertical-align: middle; }
table.league th.sortable { cursor: pointer; user-select: none; }
table.league th.short { white-space: nowrap; }
table.league th.sortable::after { content: " ↕"; color: var(--faint); font-weight: 400; }
table.league th[aria-sort="ascending"]::after { content: " ↑"; color: var(--accent); }
table.league th[aria-sort="descending"]::after { content: " ↓"; color: var(--accent); }
table.league th[data-code] { font-weight: 500; font-size: 0.92em; min-width: 3.6em; }
table.league th[data-code]::before {
  content: attr(data-code); display: block; color: var(--muted); font-weight: 400; font-size: 10.5px;
  font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", "Consolas", monospace;
}
/* English words do not wrap inside: the gap columns' heads stand upright, each as narrow as its counts. */
html[lang="en"] table.league thead th[data-code] {
  writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; vertical-align: top; white-space: nowrap;
  min-width: 0; padding: 6px 3px;
}
html[lang="en"] table.league thead th[data-code]::before { display: inline; content: attr(data-code) "\00a0\00a0"; }
table.league th.place { min-width: 6em; }
table.league td.place { white-space: nowrap; }
table.league td.ratio { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.league td.ratio .frac { font-size: 11px; }
table.league td.ratio.missed { background: #fff3f1; color: inherit; font-weight: inherit; }
table.league td.total { font-weight: 700; }
table.league td.zero { color: var(--faint); }
table.league tbody tr:nth-child(even) td { background-color: #fafbfc; }
table.league tbody tr:nth-child(even) td.ratio.missed { background: #fdeeeb; }
table.league tbody tr.province td { background: #eef2f8; border-top: 2px solid var(--accent); }
table.league tbody tr.province td[data-figure], table.league tbody tr.province td.short:not(.total) { color: var(--faint); }
table.league tbody tr.province td.place { font-weight: 700; color: var(--accent); white-space: normal; }
@media print {
  .league-frame { overflow: visible; }
  table.league th.sortable::after { content: ""; }
  table.league { font-size: 7.5pt; }
  table.league th, table.league td { padding: 2px 3px; }
  table.league th[data-code]::before { font-size: 6.5pt; }
  table.league td.ratio .frac { font-size: 6.5pt; }
  table.league th[data-code] { min-width: 0; }
  table.league th.place { min-width: 0; }
}
)css";

// Sorting the league table by a column, on click (or Enter); each cell
// carries its sort key in data-sort, empty (n/a) last either way; the
// province's row (tr.province) stays last.
constexpr std::string_view kLeagueScript = R"js(
(function () {
  var table = document.querySelector("table.league");
  if (!table) return;
  var body = table.tBodies[0];
  var heads = table.querySelectorAll("th[data-col]");
  function sortBy(th) {
    var col = +th.getAttribute("data-col");
    var numeric = th.getAttribute("data-type") === "number";
    var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1;
    if (!numeric) dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    var all = Array.prototype.slice.call(body.rows);
    var rows = all.filter(function (r) { return !r.classList.contains("province"); });
    var pinned = all.filter(function (r) { return r.classList.contains("province"); });
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
      if (x === "" || y === "") return x === y ? 0 : (x === "" ? 1 : -1);
      var c = numeric ? (+x) - (+y) : (x < y ? -1 : x > y ? 1 : 0);
      return c * dir || (+a.getAttribute("data-order")) - (+b.getAttribute("data-order"));
    });
    for (var j = 0; j < rows.length; j++) body.appendChild(rows[j]);
    for (var p = 0; p < pinned.length; p++) body.appendChild(pinned[p]);
  }
  for (var k = 0; k < heads.length; k++) {
    heads[k].tabIndex = 0;
    heads[k].addEventListener("click", function () { sortBy(this); });
    heads[k].addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(this); } });
  }
})();
)js";

// The league section as section_html draws it, with the table in a frame
// that scrolls sideways on a narrow screen (focusable, so a keyboard can
// scroll it) and the initial order (--sort) on its column's heading
// (aria-sort="descending": the rows come sorted highest first).
std::string league_section_html(const std::vector<RegionAudit>& counties, model::Figure sort, Lang lang) {
  std::string out = section_html(audit::league_details(counties), lang);
  const std::string open = "<table class=\"league\">";
  const size_t table_at = out.find(open);
  if (table_at == std::string::npos) return out;  // no county: the section says so
  const std::string close = "</table>\n";
  const size_t end = out.find(close, table_at);
  if (end != std::string::npos) out.insert(end + close.size(), "</div>\n");
  // The sorted column's heading: the first data-figure="…" is in <thead>.
  const size_t figure_at = out.find(fmt::format(" data-figure=\"{}\"", model::figure_name(sort)), table_at);
  const size_t th_at = figure_at == std::string::npos ? std::string::npos : out.rfind("<th", figure_at);
  if (th_at != std::string::npos) out.insert(th_at + 3, " aria-sort=\"descending\"");
  const Text label{"各县（市、区）指标排行表", "county league table"};
  out.insert(table_at, fmt::format("<div class=\"league-frame\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">\n",
                                   markup_escape(label.in(lang), true)));
  return out;
}

}  // namespace

std::string render_league_html(const std::vector<RegionAudit>& counties, const AuditContext& context) {
  const Lang lang = context.lang;
  const std::string years = audit::league_year_span(counties).in(lang);
  const std::string title = text("各县（市、区）综合行政执法指标排行（{}）", "County league of enforcement figures ({})", years).in(lang);
  std::string out = html::page_begin(lang, title, kLeagueCss, true);

  out += header_html(audit::league_page_head(counties, report_input(context), context.sort), lang);
  out += left_out_notice_html(context);

  out += section_html(audit::league_overview(counties), lang);

  out += league_section_html(counties, context.sort, lang);
  out += footer_html(lang);
  out += html::page_end(kLeagueScript);
  return out;
}

}  // namespace encat::render
