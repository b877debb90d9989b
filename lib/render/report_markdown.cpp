// A report as GitHub Flavored Markdown, ready to paste into a document or an
// issue: `#` title, the facts and the summary in bold, a `##` heading per
// section, tables, findings grouped by code under `###` headings. Every
// value from a catalog goes through md:: (markdown.h): a `|`, a backtick or
// a line break in it cannot break a table or a code span.
#include <fmt/format.h>

#include <map>

#include "render/markdown.h"
#include "render/report.h"
#include "report/messages.h"

namespace encat::render {
namespace {

using report::Message;
using report::say;

// Headings and sentences start with a capital (the messages are lower-case).
std::string capital(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string cell_markdown(const report::Cell& cell, Lang lang, bool in_cell) {
  using Kind = report::Cell::Kind;
  switch (cell.kind) {
    case Kind::Code: return md::code(cell.text.in(lang), in_cell);
    case Kind::Codes: {
      std::string out;
      for (const std::string& code : cell.codes) out += (out.empty() ? "" : ", ") + md::code(code, in_cell);
      return out;
    }
    default: return md::text(cell_text(cell, lang));
  }
}

std::string table_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& c : cells) row += " " + c + " |";
  return row + "\n";
}

std::string table_markdown(const report::Table& table, Lang lang) {
  std::vector<std::string> header;
  std::string rule = "|";
  for (const report::Column& column : table.columns) {
    header.push_back(md::text(capital(column.heading.in(lang))));
    rule += column.align == report::Align::Right ? "---:|" : "---|";
  }
  std::string out = table_row(header) + rule + "\n";
  for (const std::vector<report::Cell>& row : table.rows) {
    std::vector<std::string> cells;
    for (const report::Cell& cell : row) cells.push_back(cell_markdown(cell, lang, true));
    out += table_row(cells);
  }
  return out;
}

// A finding's code and location first, for a list of input left out.
std::string notice_markdown(const report::Notice& notice, Lang lang) {
  std::string out = fmt::format("> **{}{}{}{}**\n>\n", capital(std::string(say(Message::Note, lang))), say(Message::LabelColon, lang),
                                md::text(notice.title.in(lang)), say(Message::FullStop, lang));
  for (const Finding& f : notice.findings)
    out += fmt::format("> - {} {}{}{}\n", md::code(f.location.str()), f.info().id, say(Message::LabelColon, lang),
                       md::message(f.message.in(lang)));
  return out;
}

// Grouped by code in code order; inside a group, the findings' own order.
void append_findings(std::vector<std::string>& parts, const report::FindingList& list, Lang lang) {
  if (list.findings.empty()) {
    parts.push_back(md::text(capital(list.none.in(lang)), true) + std::string(say(Message::FullStop, lang)) + "\n");
    return;
  }
  std::map<Code, std::vector<const Finding*>> groups;
  for (const Finding& f : list.findings) groups[f.code].push_back(&f);
  for (const auto& [code, findings] : groups) {
    const CodeInfo& info = code_info(code);
    parts.push_back(fmt::format("### {} {}{}{}{}{}{}\n", info.id, info.name, say(Message::LabelColon, lang),
                                md::message(report::code_summary(info, lang)), say(Message::OpenParen, lang),
                                findings.size(), say(Message::CloseParen, lang)));
    const std::string_view fix = lang == Lang::En ? info.fix_en : info.fix_zh;
    if (list.fixes && !fix.empty())
      parts.push_back(fmt::format("**{}**{}{}\n", capital(std::string(say(Message::FixLabel, lang))), say(Message::LabelColon, lang),
                                  md::message(fix)));
    std::string items;
    for (const Finding* f : findings) {
      items += fmt::format("- {} — {}\n", md::message(f->message.in(lang), false, true), md::code(f->location.str()));
      const size_t i = static_cast<size_t>(f - list.findings.data());
      if (list.about.size() == list.findings.size() && !list.about[i].in(lang).empty())
        items += fmt::format("  - {}\n", md::message(list.about[i].in(lang), false, true));
      for (const Note& note : f->notes) items += fmt::format("  - {}\n", md::message(note.text.in(lang), false, true));
    }
    parts.push_back(items);
  }
}

}  // namespace

std::string render_report_markdown(const report::Report& report, Lang lang) {
  // Each part ends with a newline; a blank line between parts.
  std::vector<std::string> parts;
  parts.push_back("# " + md::text(capital(report.title.in(lang))) + "\n");
  if (report.notice) parts.push_back(notice_markdown(*report.notice, lang));
  for (const report::Fact& fact : report.facts)
    parts.push_back(md::text(capital(fact.label.in(lang)), true) + std::string(say(Message::LabelColon, lang)) +
                    cell_markdown(fact.value, lang, false) + "\n");
  std::string summary = "**" + md::text(capital(report.summary.in(lang))) + "**";
  if (!report.legend.in(lang).empty())
    summary += std::string(say(Message::OpenParen, lang)) + md::text(report.legend.in(lang)) + std::string(say(Message::CloseParen, lang));
  parts.push_back(summary + "\n");

  for (const report::Section& section : report.sections) {
    if (!section.title.in(lang).empty()) parts.push_back("## " + md::text(capital(section.title.in(lang))) + "\n");
    for (const report::Block& block : section.blocks) {
      if (const auto* table = std::get_if<report::Table>(&block))
        parts.push_back(table_markdown(*table, lang));
      else if (const auto* chart = std::get_if<report::Chart>(&block))
        parts.push_back(table_markdown(as_table(*chart), lang));
      else if (const auto* list = std::get_if<report::FindingList>(&block))
        append_findings(parts, *list, lang);
      else if (const auto* paragraph = std::get_if<report::Paragraph>(&block))
        parts.push_back(md::text(paragraph->text.in(lang)) + "\n");
    }
  }

  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "\n") + part;
  return out;
}

}  // namespace encat::render
