// A report as HTML: a fragment to put in a page (html_page.h gives the page
// and its styles). Every value is escaped; cells carry a class per kind and
// status, so styles and tests can find them.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "render/chart_svg.h"
#include "render/html_page.h"
#include "render/report.h"
#include "report/messages.h"

namespace encat::render {
namespace {

using report::Message;
using report::say;

std::string cell_class(const report::Cell& cell) {
  using Kind = report::Cell::Kind;
  std::string cls;
  switch (cell.kind) {
    case Kind::Text: cls = "text"; break;
    case Kind::Code:
    case Kind::Codes: cls = "mono"; break;
    case Kind::Integer: cls = cell.numerator == 0 ? "num zero" : "num"; break;
    case Kind::Fraction: cls = "num"; break;
    case Kind::Percent:
    case Kind::Ratio: cls = cell.value ? "num" : "num na"; break;
  }
  if (cell.status == report::Status::Met) cls += " met";
  if (cell.status == report::Status::Missed) cls += " missed";
  return cls;
}

std::string cell_html(const report::Cell& cell, Lang lang) {
  if (cell.mark_only) return html::met_mark(cell, lang);
  if (cell.kind == report::Cell::Kind::Percent && !cell.value && !cell.na.in(lang).empty()) return markup_escape(cell.na.in(lang));
  if (cell.kind != report::Cell::Kind::Codes) return markup_escape(cell_text(cell, lang));
  std::string out;
  for (const std::string& code : cell.codes) out += (out.empty() ? "" : " ") + ("<code>" + markup_escape(code) + "</code>");
  return out;
}

// One value of a cell in its column: without its ✓ ✗ when another column
// marks it; a ratio over its fraction in a stacked column; its label before
// it, its detail under it.
std::string value_html(const report::Cell& cell, const report::Column& column, Lang lang) {
  std::string out;
  if (!cell.label.in(lang).empty()) out += fmt::format("<span class=\"yr\">{}</span>", markup_escape(cell.label.in(lang)));
  if (column.stacked && cell.kind == report::Cell::Kind::Ratio && column.marks) {
    out += markup_escape(percent(cell.value, cell.digits));
    if (cell.status != report::Status::None) out += " " + html::met_mark(cell, lang);
    out += fmt::format("<div class=\"frac\">{}/{}</div>", cell.numerator, cell.denominator);
  } else if (column.stacked && cell.kind == report::Cell::Kind::Ratio) {
    const bool said_na = !cell.value && !cell.na.in(lang).empty();
    const std::string_view cls = cell.status == report::Status::Met      ? "met"
                                 : cell.status == report::Status::Missed ? "missed"
                                 : said_na                               ? "na"
                                                                         : "";
    const std::string value = markup_escape(said_na ? cell.na.in(lang) : percent(cell.value, cell.digits));
    out += cls.empty() ? value : fmt::format("<div class=\"{}\">{}</div>", cls, value);
    out += fmt::format("<div class=\"frac\">{}/{}</div>", cell.numerator, cell.denominator);
  } else if (column.marks || cell.mark_only || cell.status == report::Status::None) {
    out += cell_html(cell, lang);
  } else {
    report::Cell unmarked = cell;
    unmarked.status = report::Status::None;
    out += cell_html(unmarked, lang);
  }
  if (!cell.detail.empty()) out += fmt::format("<div class=\"frac mono\">{}</div>", markup_escape(cell.detail));
  return cell.label.in(lang).empty() ? out : "<div>" + out + "</div>";
}

// A cell: its value, then its further values.
std::string cell_html(const report::Cell& cell, const report::Column& column, Lang lang) {
  std::string out = value_html(cell, column, lang);
  for (const report::Cell& more : cell.more) out += value_html(more, column, lang);
  return out;
}

// A cell's class in a column: words in a right-aligned column read as
// numbers ("≥15.0%"); a mark goes with its column; a stacked ratio colours
// its value only.
std::string cell_class(const report::Cell& cell, const report::Column& column) {
  if (column.align == report::Align::Center) return "center";
  if (cell.mark_only) return column.align == report::Align::Right ? "num" : "text";
  if (cell.kind == report::Cell::Kind::Text && column.align == report::Align::Right) return "num";
  if (column.stacked && cell.kind == report::Cell::Kind::Ratio) {
    if (!column.marks) return "num";  // its value is coloured
    return std::string("num ratio") + (cell.status == report::Status::Missed ? " missed" : "") + (cell.value ? "" : " na");
  }
  if (!cell.label.zh.empty() || !cell.label.en.empty()) return "text";  // words before the value
  return cell_class(cell);
}

// What a sortable table sorts a cell by (data-sort): a number as written in
// full, words as they are; empty for n/a.
std::string sort_key(const report::Cell& cell, Lang lang) {
  using Kind = report::Cell::Kind;
  switch (cell.kind) {
    case Kind::Integer: return std::to_string(cell.numerator);
    case Kind::Fraction:
    case Kind::Percent:
    case Kind::Ratio:
      if (cell.kind == Kind::Fraction) return cell.denominator ? fmt::format("{}", static_cast<double>(cell.numerator) / cell.denominator) : "";
      return cell.value ? fmt::format("{}", *cell.value) : "";
    case Kind::Text:
    case Kind::Code:
    case Kind::Codes: break;
  }
  return cell_text(cell, lang);
}

std::string data_attributes(const std::vector<std::pair<std::string, std::string>>& data) {
  std::string out;
  for (const auto& [key, value] : data) out += fmt::format(" data-{}=\"{}\"", markup_escape(key, true), markup_escape(value, true));
  return out;
}

// A column's heading: its classes, data-col and data-type when sortable,
// its data-*, its tooltip.
std::string heading_html(const report::Column& column, size_t index, std::string_view rowspan, Lang lang) {
  std::string cls = column.sortable ? "sortable" : "";
  const std::string_view align = column.align == report::Align::Right ? "num" : column.align == report::Align::Center ? "center" : "";
  for (std::string_view part : {align, std::string_view(column.name)})
    if (!part.empty()) cls += (cls.empty() ? "" : " ") + std::string(part);
  std::string out = "<th";
  out += rowspan;
  if (!cls.empty()) out += fmt::format(" class=\"{}\"", markup_escape(cls, true));
  if (column.sortable)
    out += fmt::format(" data-col=\"{}\" data-type=\"{}\"", index, column.align == report::Align::Left ? "text" : "number");
  out += data_attributes(column.data);
  if (!column.hint.in(lang).empty()) out += fmt::format(" title=\"{}\"", markup_escape(column.hint.in(lang), true));
  return out + fmt::format(">{}</th>", markup_escape(column.heading.in(lang)));
}

// <thead>: a row of headings, or two under column groups.
std::string thead_html(const report::Table& table, Lang lang) {
  size_t covered = 0;
  for (const report::ColumnGroup& group : table.groups) covered += group.columns;
  if (table.groups.empty() || covered != table.columns.size()) {
    std::string out = "<thead><tr>";
    for (size_t c = 0; c < table.columns.size(); ++c) out += heading_html(table.columns[c], c, "", lang);
    return out + "</tr></thead>\n";
  }
  std::string top, bottom;
  size_t c = 0;
  for (const report::ColumnGroup& group : table.groups) {
    if (group.heading.in(lang).empty()) {
      for (size_t end = c + group.columns; c < end; ++c) top += heading_html(table.columns[c], c, " rowspan=\"2\"", lang);
      continue;
    }
    top += fmt::format("<th colspan=\"{}\" class=\"center\">{}</th>", group.columns, markup_escape(group.heading.in(lang)));
    for (size_t end = c + group.columns; c < end; ++c) bottom += heading_html(table.columns[c], c, "", lang);
  }
  return "<thead>\n<tr>" + top + "</tr>\n<tr>" + bottom + "</tr>\n</thead>\n";
}

// The attributes of a cell after its class: its tooltip, the columns it takes.
std::string cell_attributes(const report::Cell& cell, Lang lang) {
  std::string out;
  if (!cell.hint.in(lang).empty()) out += fmt::format(" title=\"{}\"", markup_escape(cell.hint.in(lang), true));
  if (cell.span > 1) out += fmt::format(" colspan=\"{}\"", cell.span);
  return out;
}

// How many rows from `row` on are of its group (1 when it has none).
size_t group_span(const report::Table& table, size_t row) {
  if (table.keys.size() != table.rows.size() || table.keys[row].group.empty()) return 1;
  size_t end = row + 1;
  while (end < table.rows.size() && table.keys[end].group == table.keys[row].group) ++end;
  return end - row;
}

std::string table_html(const report::Table& table, Lang lang) {
  if (table.rows.empty() && !table.empty.in(lang).empty())
    return fmt::format("<p class=\"empty\">{}</p>\n", markup_escape(table.empty.in(lang)));
  std::string out = table.name.empty() ? "<table>\n" : fmt::format("<table class=\"{}\">\n", markup_escape(table.name, true));
  out += thead_html(table, lang) + "<tbody>\n";
  const bool sortable = std::any_of(table.columns.begin(), table.columns.end(), [](const report::Column& c) { return c.sortable; });
  const bool keyed = table.keys.size() == table.rows.size();
  size_t group_left = 0;  // rows of the current group still to come, its first cell drawn
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<report::Cell>& row = table.rows[r];
    const size_t span = group_left ? 0 : group_span(table, r);
    const bool first_of_group = span > 0 && keyed && !table.keys[r].group.empty();
    std::string cls = first_of_group ? "first-of-group" : "";
    if (keyed && !table.keys[r].kind.empty()) cls += (cls.empty() ? "" : " ") + table.keys[r].kind;
    out += cls.empty() ? "<tr" : fmt::format("<tr class=\"{}\"", markup_escape(cls, true));
    if (keyed)
      for (const auto& [key, value] : table.keys[r].data)
        out += fmt::format(" data-{}=\"{}\"", markup_escape(key, true), markup_escape(value, true));
    out += ">";
    size_t c = 0;  // the column of the cell
    for (size_t i = 0; i < row.size(); c += static_cast<size_t>(std::max(row[i].span, 1)), ++i) {
      const report::Cell& cell = row[i];
      static const report::Column plain;
      const report::Column& column = c < table.columns.size() ? table.columns[c] : plain;
      if (c == 0 && keyed && !table.keys[r].group.empty()) {
        if (span == 0) continue;  // drawn across the group by its first row
        out += fmt::format("<td class=\"{} group\" rowspan=\"{}\">{}</td>", cell_class(cell, column), span, cell_html(cell, column, lang));
        continue;
      }
      std::string cls = cell_class(cell, column);
      if (!column.name.empty()) cls += " " + column.name;
      out += fmt::format("<td class=\"{}\"{}{}{}>{}</td>", markup_escape(cls, true), data_attributes(column.data),
                         sortable ? fmt::format(" data-sort=\"{}\"", markup_escape(sort_key(cell, lang), true)) : std::string(),
                         cell_attributes(cell, lang), cell_html(cell, column, lang));
    }
    out += "</tr>\n";
    if (span > 1) group_left = span - 1;
    else if (group_left) --group_left;
  }
  return out + "</tbody>\n</table>\n";
}

// Grouped by code in code order; inside a group, the findings' own order.
std::string findings_html(const report::FindingList& list, Lang lang) {
  if (list.findings.empty()) return fmt::format("<p class=\"empty\">{}</p>\n", markup_escape(list.none.in(lang)));
  std::map<Code, std::vector<const Finding*>> groups;
  for (const Finding& f : list.findings) groups[f.code].push_back(&f);
  std::string out;
  for (const auto& [code, findings] : groups) {
    const CodeInfo& info = code_info(code);
    out += fmt::format("<section class=\"gap-group\" data-code=\"{}\" data-count=\"{}\">\n", info.id, findings.size());
    out += fmt::format("<h3><span class=\"mono\">{}</span> {} <span class=\"name mono\">{}</span> {}<span class=\"count\">{}</span></h3>\n",
                       info.id, markup_escape(report::code_summary(info, lang)), info.name,
                       html::severity_badge(findings.front()->severity, lang),
                       text("共 {} 项", "{} finding{}", findings.size(), findings.size() == 1 ? "" : "s").in(lang));
    const std::string_view fix = lang == Lang::En ? info.fix_en : info.fix_zh;
    if (list.fixes && !fix.empty())
      out += fmt::format("<p class=\"fix\"><b>{}</b>{}{}</p>\n", say(Message::FixLabel, lang), say(Message::LabelColon, lang),
                         html::message(fix));
    out += fmt::format("<table class=\"gaps\">\n<colgroup><col class=\"n\"><col class=\"matter\"><col><col class=\"where\"></colgroup>\n<thead><tr><th class=\"num\">#</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                       say(Message::MatterColumn, lang), say(Message::FindingColumn, lang), say(Message::LocationColumn, lang));
    size_t number = 0;
    for (const Finding* f : findings) {
      const size_t i = static_cast<size_t>(f - list.findings.data());
      const std::string about = list.about.size() == list.findings.size() ? list.about[i].in(lang) : std::string();
      if (about.empty())
        out += fmt::format("<tr class=\"gap\" data-code=\"{}\"><td class=\"num\">{}</td><td class=\"mono\">{}</td><td>", info.id, ++number,
                           f->matter.empty() ? "—" : markup_escape(f->matter));
      else
        out += fmt::format("<tr class=\"gap\" data-code=\"{}\"><td class=\"num\">{}</td><td class=\"about\">{}{}</td><td>", info.id,
                           ++number, html::message(about),
                           f->matter.empty() ? std::string() : fmt::format("<div class=\"frac mono\">{}</div>", markup_escape(f->matter)));
      if (f->severity != findings.front()->severity) out += html::severity_badge(f->severity, lang) + " ";
      out += html::message(f->message.in(lang));
      if (!f->notes.empty()) {
        out += "<ul class=\"notes\">";
        for (const Note& note : f->notes) out += fmt::format("<li>{}</li>", html::message(note.text.in(lang)));
        out += "</ul>";
      }
      out += fmt::format("</td><td class=\"where mono\">{}</td></tr>\n", markup_escape(f->location.str()));
    }
    out += "</tbody>\n</table>\n</section>\n";
  }
  return out;
}

std::string_view tone_class(report::Card::Tone tone) {
  switch (tone) {
    case report::Card::Tone::Good: return " good";
    case report::Card::Tone::Warn: return " warn";
    case report::Card::Tone::Bad: return " bad";
    case report::Card::Tone::Plain: break;
  }
  return "";
}

std::string cards_html(const report::Cards& cards, Lang lang) {
  std::string out = "<div class=\"cards\">\n";
  for (const report::Card& card : cards.cards) {
    out += fmt::format("<div class=\"card{}\"><div class=\"label\">{}</div><div class=\"num\">{}{}</div>", tone_class(card.tone),
                       markup_escape(card.label.in(lang)), card.count,
                       card.of ? fmt::format("<small> / {}</small>", *card.of) : std::string());
    if (!card.detail.in(lang).empty()) out += fmt::format("<div class=\"detail\">{}</div>", markup_escape(card.detail.in(lang)));
    out += "</div>\n";
  }
  out += "</div>\n";
  if (!cards.codes.empty()) {
    out += "<ul class=\"chips\">";
    for (const auto& [code, count] : cards.codes) {
      const CodeInfo& info = code_info(code);
      out += fmt::format("<li class=\"{}\" data-code=\"{}\" title=\"{}\"><span class=\"mono\">{}</span> {}<b>{}</b></li>",
                         count ? "some" : "zero", info.id, markup_escape(report::code_summary(info, lang)), info.id,
                         markup_escape(Text{std::string(info.summary_zh), std::string(info.name)}.in(lang)), count);
    }
    out += "</ul>\n";
  }
  if (!cards.missed.empty()) {
    out += fmt::format("<div class=\"missed-box\"><h3>{}</h3>\n<ul class=\"missed-list\">\n", markup_escape(cards.missed_title.in(lang)));
    for (const report::MissedTarget& m : cards.missed) {
      const report::Cell& v = m.value;
      out += text("<li><b>{}</b>：{}（{}/{}），目标 ≥{} <span class=\"missed\">✗</span></li>\n",
                  "<li><b>{}</b>: {} ({}/{}), target ≥{} <span class=\"missed\">✗</span></li>\n", markup_escape(m.what.in(lang)),
                  percent(v.value, v.digits), v.numerator, v.denominator, percent(v.target, v.digits))
                 .in(lang);
    }
    out += "</ul></div>\n";
  }
  return out;
}

}  // namespace

std::string notice_html(const report::Notice& notice, Lang lang) {
  // Files in the order they first appear (the findings are sorted by file).
  std::vector<std::string> files;
  std::map<std::string, std::vector<const Finding*>> by_file;
  for (const Finding& f : notice.findings) {
    auto [it, inserted] = by_file.try_emplace(f.location.file);
    if (inserted) files.push_back(f.location.file);
    it->second.push_back(&f);
  }
  std::string out = "<section class=\"notice\" id=\"reading\" role=\"alert\">\n";
  out += fmt::format("<h2>{}</h2>\n", markup_escape(notice.title.in(lang)));
  if (!notice.detail.in(lang).empty()) out += fmt::format("<p>{}</p>\n", markup_escape(notice.detail.in(lang)));
  out += "<ul>\n";
  for (const std::string& file : files) {
    out += fmt::format("<li><span class=\"file mono\">{}</span>\n<ul>\n", markup_escape(file.empty() ? "?" : file));
    for (const Finding* f : by_file[file]) {
      const std::string where = f->location.line ? fmt::format(" <span class=\"mono frac\">{}</span>", markup_escape(f->location.str())) : "";
      out += fmt::format("<li>{} <b class=\"mono\">{}</b>{} {}</li>\n", html::severity_badge(f->severity, lang),
                         f->info().id, where, html::message(f->message.in(lang)));
    }
    out += "</ul></li>\n";
  }
  out += "</ul>\n</section>\n";
  return out;
}

std::string section_html(const report::Section& section, Lang lang) {
  std::string out = fmt::format("<section id=\"{}\">\n", markup_escape(section.id, true));
  if (!section.title.in(lang).empty()) {
    const std::string& sub = section.subtitle.in(lang);
    out += fmt::format("<h2>{}{}</h2>\n", markup_escape(section.title.in(lang)),
                       sub.empty() ? std::string() : fmt::format("<span class=\"sub\">{}</span>", markup_escape(sub)));
  }
  for (const report::Block& block : section.blocks) {
    if (const auto* table = std::get_if<report::Table>(&block))
      out += table_html(*table, lang);
    else if (const auto* chart = std::get_if<report::Chart>(&block))
      out += html::chart_card(*chart, lang);
    else if (const auto* list = std::get_if<report::FindingList>(&block))
      out += findings_html(*list, lang);
    else if (const auto* paragraph = std::get_if<report::Paragraph>(&block))
      out += fmt::format("<p class=\"paragraph\">{}</p>\n", markup_escape(paragraph->text.in(lang)));
    else if (const auto* cards = std::get_if<report::Cards>(&block))
      out += cards_html(*cards, lang);
  }
  return out + "</section>\n";
}

std::string header_html(const report::Report& report, Lang lang) {
  std::string out = "<header class=\"report\">\n";
  if (!report.kicker.in(lang).empty()) out += fmt::format("<p class=\"kicker\">{}</p>\n", markup_escape(report.kicker.in(lang)));
  out += fmt::format("<h1>{}</h1>\n", markup_escape(report.title.in(lang)));
  if (!report.facts.empty()) {
    out += "<dl class=\"meta\">";
    for (const report::Fact& fact : report.facts) {
      std::string data;
      for (const auto& [key, value] : fact.data) data += fmt::format(" data-{}=\"{}\"", markup_escape(key, true), markup_escape(value, true));
      out += fmt::format("<div><dt>{}</dt><dd class=\"{}\"{}>{}</dd></div>", markup_escape(fact.label.in(lang)),
                         cell_class(fact.value), data, cell_html(fact.value, lang));
    }
    out += "</dl>\n";
  }
  return out + "</header>\n";
}

std::string render_report_html(const report::Report& report, Lang lang) {
  std::string out = "<article class=\"report\">\n" + header_html(report, lang);
  if (report.notice) out += notice_html(*report.notice, lang);
  out += fmt::format("<p class=\"summary\">{}", markup_escape(report.summary.in(lang)));
  if (!report.legend.in(lang).empty()) out += fmt::format(" <span class=\"legend\">{}</span>", markup_escape(report.legend.in(lang)));
  out += "</p>\n";
  for (const report::Section& section : report.sections) out += section_html(section, lang);
  return out + "</article>\n";
}

}  // namespace encat::render
