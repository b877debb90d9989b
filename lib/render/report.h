// Any report model (report/report.h) as text, markdown, HTML or JSON. These
// renderers know reports, not what a report is about: an audit, a diff or a
// publication is built as a report::Report once and shown by them.
#pragma once

#include <optional>
#include <string>

#include "render/findings.h"
#include "render/source_lines.h"
#include "report/report.h"

namespace encat::render {

// 25.6% (rounded to 0.1%), or n/a.
std::string percent(const std::optional<double>& value, int digits = 1);

// A cell as plain text (the same in every format but for escaping):
// 25.6% (100/391) ≥22.0% ✓, 3/4, 25.6% ✗; codes separated by spaces.
std::string cell_text(const report::Cell& cell, Lang lang);

// For a terminal: the head line in bold, tables lined up, findings
// rustc-style with their source lines (from `sources`), the summary last.
// `context` gives the language, colour and the tool that reports.
std::string render_report_text(const report::Report& report, const RenderContext& context, SourceLines& sources);

// GitHub Flavored Markdown: every value escaped (markdown.h); headings,
// column headings and sentences start with a capital; findings grouped by code.
std::string render_report_markdown(const report::Report& report, Lang lang);

// An HTML fragment (<article>) for a page of html_page.h: the title and the
// facts, the notice, the summary, the sections; tables with a class per cell
// kind and status (and what report::Table and Cell say for HTML: row groups,
// data-* keys, stacked ratios, details), cards, findings grouped by code in
// tables; every value escaped.
std::string render_report_html(const report::Report& report, Lang lang);
// Its pieces, for pages that draw more than the model holds (the audit's charts):
// <section id> with its <h2> and blocks; the notice (role="alert").
std::string section_html(const report::Section& section, Lang lang);
// <header class="report">: the kicker, the title (<h1>), the facts (<dl class="meta">).
std::string header_html(const report::Report& report, Lang lang);
std::string notice_html(const report::Notice& notice, Lang lang);

// {"title", "facts", "notice", "summary", "sections": [{"id", "title", "blocks": […]}]},
// cells typed as in the model (numbers stay numbers).
std::string render_report_json(const report::Report& report, Lang lang);

}  // namespace encat::render
