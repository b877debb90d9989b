// encat-audit --province --format html: the league table of every county, on
// one self-contained page, sortable by any column.
#include <fmt/format.h>

#include "audit/league_report.h"
#include "present/audit_parts.h"
#include "present/audit_report.h"
#include "render/html_page.h"
#include "render/report.h"

namespace encat::render {
namespace {

using audit::RegionAudit;

constexpr std::string_view kLeagueCss = R"css(
table.league { font-size: 12.5px; }
table.league th { white-space: normal; vertical-align: bottom; line-height: 1.35; }
table.league th.sortable { cursor: pointer; user-select: none; }
table.league th.short { white-space: nowrap; }
table.league th[data-figure] { min-width: 5.6em; }
table.league th.sortable::after { content: " ↕"; color: var(--faint); font-weight: 400; }
table.league th[aria-sort="ascending"]::after { content: " ↑"; color: var(--accent); }
table.league th[aria-sort="descending"]::after { content: " ↓"; color: var(--accent); }
table.league th.code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", "Consolas", monospace; font-size: 0.9em; }
table.league td.ratio { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.league td.ratio .frac { font-size: 11px; }
table.league td.ratio.missed { background: #fff3f1; color: inherit; font-weight: inherit; }
table.league td.total { font-weight: 700; }
table.league td.zero { color: var(--faint); }
table.league tbody tr:nth-child(even) td { background-color: #fafbfc; }
table.league tbody tr:nth-child(even) td.ratio.missed { background: #fdeeeb; }
@media print { table.league th.sortable::after { content: ""; } table.league { font-size: 9pt; } }
)css";

// Sorting the league table by a column, on click (or Enter); each cell
// carries its sort key in data-sort, empty (n/a) last either way.
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
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
      if (x === "" || y === "") return x === y ? 0 : (x === "" ? 1 : -1);
      var c = numeric ? (+x) - (+y) : (x < y ? -1 : x > y ? 1 : 0);
      return c * dir || (+a.getAttribute("data-order")) - (+b.getAttribute("data-order"));
    });
    for (var j = 0; j < rows.length; j++) body.appendChild(rows[j]);
  }
  for (var k = 0; k < heads.length; k++) {
    heads[k].tabIndex = 0;
    heads[k].addEventListener("click", function () { sortBy(this); });
    heads[k].addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(this); } });
  }
})();
)js";

}  // namespace

std::string render_league_html(const std::vector<RegionAudit>& counties, const AuditContext& context) {
  const Lang lang = context.lang;
  const std::string years = audit::league_year_span(counties).in(lang);
  const std::string title = text("各县（市、区）综合行政执法指标排行（{}）", "County league of enforcement figures ({})", years).in(lang);
  std::string out = html::page_begin(lang, title, kLeagueCss, true);

  out += header_html(audit::league_page_head(counties, report_input(context)), lang);
  out += left_out_notice_html(context);

  out += section_html(audit::league_overview(counties), lang);

  out += section_html(audit::league_details(counties), lang);
  out += footer_html(lang);
  out += html::page_end(kLeagueScript);
  return out;
}

}  // namespace encat::render
