// A report for a terminal: the title in bold with the report's facts, each
// section's title in bold (but the lead section's), tables lined up
// (table.h; columns of ratios on the left), findings rustc-style,
// and the summary as the last line. Every value goes through printable(): no
// escape sequence from a catalog reaches the terminal.
#include <fmt/format.h>

#include <algorithm>

#include "render/report.h"
#include "render/snippet.h"
#include "render/table.h"
#include "report/messages.h"

namespace encat::render {
namespace {

using report::Message;
using report::say;

std::string heading(std::string_view text, bool color) {
  return color ? fmt::format("\x1b[1m{}\x1b[0m\n", text) : fmt::format("{}\n", text);
}

std::string table_text(const report::Table& table, Lang lang) {
  std::vector<std::vector<std::string>> rows(1);
  std::vector<size_t> right;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const report::Column& column = table.columns[i];
    rows[0].push_back(printable((column.short_heading.in(lang).empty() ? column.heading : column.short_heading).in(lang)));
    // A ratio cell reads value first (25.6% (100/391) ≥22.0% ✓): its column starts on the left.
    const bool ratios = std::any_of(table.rows.begin(), table.rows.end(), [&](const std::vector<report::Cell>& row) {
      return i < row.size() && row[i].kind == report::Cell::Kind::Ratio;
    });
    if (column.align == report::Align::Right && !ratios) right.push_back(i);
  }
  for (const std::vector<report::Cell>& row : table.rows) {
    std::vector<std::string>& line = rows.emplace_back();
    for (const report::Cell& cell : row) line.push_back(printable(cell_text(cell, lang)));
  }
  return format_table(rows, right);
}

}  // namespace

std::string render_report_text(const report::Report& report, const RenderContext& context, SourceLines& sources) {
  const Lang lang = context.lang;
  std::string out;
  if (report.notice) {
    const report::Notice& notice = *report.notice;
    if (notice.brief_in_text) {
      out += fmt::format("{}{}{}\n\n", say(Message::Note, lang), say(Message::LabelColon, lang), printable(notice.title.in(lang)));
    } else {
      out += heading(printable(notice.title.in(lang)) + std::string(say(Message::Colon, lang)), context.color);
      out += "\n" + render_text_findings(notice.findings, context, sources);
    }
  }

  std::string title = report.title.in(lang);
  for (const report::Fact& fact : report.facts)
    title += fmt::format("{}{} {}", say(Message::Comma, lang), fact.label.in(lang), cell_text(fact.value, lang));
  out += heading(printable(title), context.color) + "\n";

  for (const report::Section& section : report.sections) {
    if (!section.lead && !section.title.in(lang).empty()) out += heading(printable(section.title.in(lang)), context.color);
    for (const report::Block& block : section.blocks) {
      if (const auto* table = std::get_if<report::Table>(&block)) {
        out += table_text(*table, lang) + "\n";
      } else if (const auto* chart = std::get_if<report::Chart>(&block)) {
        out += table_text(as_table(*chart), lang) + "\n";
      } else if (const auto* list = std::get_if<report::FindingList>(&block)) {
        if (list->findings.empty())
          out += "  " + printable(list->none.in(lang)) + "\n\n";
        else
          out += "\n" + render_text_findings(list->findings, context, sources, FindingExtras{&list->about, list->fixes});
      } else if (const auto* paragraph = std::get_if<report::Paragraph>(&block)) {
        out += "  " + printable(paragraph->text.in(lang)) + "\n\n";
      }
    }
  }

  out += printable(report.summary.in(lang));
  if (!report.legend.in(lang).empty())
    out += fmt::format("{}{}{}", say(Message::OpenParen, lang), printable(report.legend.in(lang)), say(Message::CloseParen, lang));
  return out + "\n";
}

}  // namespace encat::render
