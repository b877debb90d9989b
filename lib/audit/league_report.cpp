// The province's league table (encat-audit --province): every county in one
// table, as a report model (report/report.h) for text and markdown, and the
// parts of HTML's page.
#include "audit/league_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "audit/report_parts.h"
#include "report/messages.h"

namespace encat::audit {

using report::Align;
using report::Cell;
using report::Status;
using detail::reading_notice;
using detail::targets_fact;

Text league_year_span(const std::vector<RegionAudit>& counties) {
  int first = 0, last = 0;
  for (const RegionAudit& c : counties)
    if (!c.years.empty()) {
      const int y = c.years.back().year;
      first = first ? std::min(first, y) : y;
      last = std::max(last, y);
    }
  if (!first) return {"—", "—"};
  const std::string span = first == last ? fmt::format("{}", first) : fmt::format("{}–{}", first, last);
  return text("{} 年", "{}", span);
}

report::Report league_page_head(const std::vector<RegionAudit>& counties, const ReportInput& input) {
  report::Report r;
  r.kicker = report::message(report::Message::Kicker);
  r.title = report::message(report::Message::LeagueHeading);
  r.facts.push_back({report::message(report::Message::Year), Cell::words(league_year_span(counties))});
  r.facts.push_back(targets_fact(input));
  r.facts.push_back({report::message(report::Message::Counties), Cell::words(std::to_string(counties.size()))});
  return r;
}

report::Section league_overview(const std::vector<RegionAudit>& counties) {
  using report::Card;
  using report::Message;
  size_t some_missed = 0;
  Summary total;
  for (const RegionAudit& c : counties) {
    some_missed += c.target_missed();
    const Summary s = summarize(c.findings);
    total.errors += s.errors;
    total.warnings += s.warnings;
  }
  report::Cards cards;
  cards.cards.push_back({report::message(Message::Counties), static_cast<long long>(counties.size())});
  cards.cards.push_back({report::message(Message::MissingATarget), static_cast<long long>(some_missed), std::nullopt, {},
                         some_missed ? Card::Tone::Bad : Card::Tone::Good});
  cards.cards.push_back({report::message(Message::GapErrors), static_cast<long long>(total.errors), std::nullopt, {},
                         total.errors ? Card::Tone::Bad : Card::Tone::Good});
  cards.cards.push_back({report::message(Message::GapWarnings), static_cast<long long>(total.warnings), std::nullopt, {},
                         total.warnings ? Card::Tone::Warn : Card::Tone::Good});
  return {"summary", report::message(Message::Overview), {}, {std::move(cards)}};
}

report::Section league_details(const std::vector<RegionAudit>& counties) {
  using report::Message;
  constexpr Code gap_codes[] = {Code::B301, Code::B302, Code::B303, Code::B304, Code::B305, Code::B306, Code::B307, Code::B308};
  report::Table table;
  table.name = "league";
  table.empty = report::message(Message::NoCounty);
  table.columns.push_back({report::message(Message::Region), {}, Align::Left, true, false, true});
  for (size_t f = 0; f < figure_count; ++f) {
    const Figure figure = static_cast<Figure>(f);
    table.columns.push_back({figure_title(figure), figure_short_title(figure), Align::Right, true, true, true, {},
                             {{"figure", std::string(model::figure_name(figure))}}});
  }
  table.columns.push_back({report::message(Message::MissedColumn), {}, Align::Right, true, false, true, "short"});
  table.columns.push_back({report::message(Message::Total), {}, Align::Right, true, false, true, "short total"});
  for (Code code : gap_codes) {
    const CodeInfo& info = code_info(code);
    table.columns.push_back({{std::string(info.id), std::string(info.id)}, {}, Align::Right, true, false, true, "code",
                             {{"code", std::string(info.id)}},
                             {std::string(report::code_summary(info, Lang::Zh)), std::string(report::code_summary(info, Lang::En))}});
  }
  table.groups = {{{}, 1}, {report::message(Message::FiguresGroup), figure_count + 1},
                  {report::message(Message::BoundaryGaps), std::size(gap_codes) + 1}};
  const Text& hover_target = report::message(Message::HoverTarget);
  auto pct = [](double v) { return fmt::format("{:.1f}%", v * 100.0); };
  size_t order = 0;
  for (const RegionAudit& c : counties) {
    std::vector<Cell>& row = table.rows.emplace_back();
    row.push_back(Cell::code(c.region));
    size_t missed = 0;
    for (size_t f = 0; f < figure_count; ++f) {
      if (c.years.empty()) {
        Cell none = Cell::percent(std::nullopt);
        none.na = {"—", "—"};
        row.push_back(std::move(none));
        continue;
      }
      const FigureResult& r = c.years.back().figures[f];
      const std::optional<bool> met = r.met();
      missed += met == false;
      // In the league only a miss is marked.
      Cell cell = Cell::ratio(r.ratio.numerator, r.ratio.denominator, r.target, met == false ? Status::Missed : Status::None);
      const Text& title = figure_title(static_cast<Figure>(f));
      Text hover{fmt::format("{} · {}/{}", title.zh, r.ratio.numerator, r.ratio.denominator),
                 fmt::format("{} · {}/{}", title.en, r.ratio.numerator, r.ratio.denominator)};
      if (r.target) {
        hover.zh += hover_target.zh + pct(*r.target);
        hover.en += hover_target.en + pct(*r.target);
      }
      if (met) {
        const Text& said = report::message(*met ? Message::HoverMet : Message::HoverMissed);
        hover.zh += said.zh;
        hover.en += said.en;
      }
      cell.hint = std::move(hover);
      row.push_back(std::move(cell));
    }
    row.push_back(Cell::integer(static_cast<long long>(missed)));
    if (missed) row.back().status = Status::Missed;
    row.push_back(Cell::integer(static_cast<long long>(c.findings.size())));
    std::map<Code, size_t> counts;
    for (const auto& [code, count] : count_by_code(c.findings)) counts[code] = count;
    for (Code code : gap_codes) row.push_back(Cell::integer(static_cast<long long>(counts.count(code) ? counts[code] : 0)));
    table.keys.push_back({{}, {{"region", c.region}, {"order", std::to_string(order++)}}});
  }
  return {"league", report::message(Message::League), report::message(Message::LeagueHint), {std::move(table)}};
}

Text league_summary(const std::vector<RegionAudit>& counties) {
  size_t missed = 0, errors = 0;
  for (const RegionAudit& county : counties) {
    missed += county.target_missed();
    errors += summarize(county.findings).errors > 0;
  }
  return {fmt::format("{} 个县（市、区）：{} 个有未达标目标，{} 个有边界缺口错误", counties.size(), missed, errors),
          fmt::format("{} {}: {} {} a target, {} {} boundary-gap errors", counties.size(),
                      counties.size() == 1 ? "county" : "counties", missed, missed == 1 ? "misses" : "miss", errors,
                      errors == 1 ? "has" : "have")};
}

report::Report league_report(const std::vector<RegionAudit>& counties, const ReportInput& input) {
  report::Report r;
  const int year = counties.empty() ? 0 : counties.front().findings_year;
  r.title = text("全省各县（市、区）评估（{} 年）", "counties of the province ({})", year);
  std::set<std::string_view> files;  // findings are many to a file
  for (const Finding& f : input.reading) files.insert(f.location.file);
  const size_t n = files.size();
  r.notice = reading_notice(input,
                            {fmt::format("{} 个文件有错误，评估未包含它们", n),
                             fmt::format("{} {} errors and {} left out", n, n == 1 ? "file has" : "files have", n == 1 ? "is" : "are")},
                            true);
  r.summary = league_summary(counties);
  r.legend = {"✗ 未达标", "✗ missed"};

  report::Table table;
  table.columns.push_back({{"区划", "region"}, {}, Align::Left});
  for (size_t f = 0; f < figure_count; ++f)
    table.columns.push_back({figure_title(static_cast<Figure>(f)), figure_short_title(static_cast<Figure>(f)), Align::Right});
  table.columns.push_back({{"错误", "errors"}, {}, Align::Right});
  table.columns.push_back({{"警告", "warnings"}, {}, Align::Right});
  for (const RegionAudit& county : counties) {
    std::vector<Cell>& row = table.rows.emplace_back();
    row.push_back(Cell::words(county.region));
    for (const FigureResult& figure : county.years.back().figures)
      row.push_back(Cell::percent(figure.ratio.value(), figure.met() == false ? Status::Missed : Status::None));
    const Summary gaps = summarize(county.findings);
    row.push_back(Cell::integer(static_cast<long long>(gaps.errors)));
    row.push_back(Cell::integer(static_cast<long long>(gaps.warnings)));
  }
  r.sections.push_back({"league", {}, {}, {std::move(table)}});
  return r;
}

}  // namespace encat::audit
