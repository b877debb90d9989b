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

namespace {

// The league's own words (not shared with other reports).
const Text kCountyColumn{"县（市、区）", "county"};
const Text kCodeColumn{"区划代码", "code"};
const Text kErrors{"错误", "errors"};
const Text kWarnings{"警告", "warnings"};
const Text kSortedBy{"排序", "sorted by"};
const Text kNone{"—", "—"};
const Text kGapCode{"代码", "code"};
const Text kGapWhat{"缺口", "gap"};
const Text kGapCount{"项数", "count"};

// A short heading for each B code's column in the league (the code table's
// summaries are sentences); a code missing here is headed by its summary.
struct GapWords {
  Code code;
  Text words;
};
const GapWords kGapWords[] = {
    {Code::B301, {"缺少边界", "no boundary"}},
    {Code::B302, {"无监管覆盖", "not covered"}},
    {Code::B303, {"监管未认领", "unclaimed"}},
    {Code::B304, {"监管部门不符", "wrong department"}},
    {Code::B305, {"两头执法", "enforced twice"}},
    {Code::B306, {"监管无对应事项", "covers no matter"}},
    {Code::B307, {"五年无案件", "dormant"}},
    {Code::B308, {"未检查", "not inspected"}},
    {Code::B309, {"缺乡镇目录", "no township list"}},
    {Code::B310, {"缺部门目录", "no department catalog"}},
    {Code::B311, {"来源已被替代", "stale source"}},
    {Code::B312, {"案件代码无效", "cases, unknown code"}},
    {Code::B313, {"超期未调整", "review due"}},
    {Code::B314, {"下放未使用", "devolved, unused"}},
};

// The boundary-gap codes (B…) of the code table, in its order.
std::vector<const CodeInfo*> league_codes() {
  std::vector<const CodeInfo*> codes;
  for (const CodeInfo& info : all_codes())
    if (info.id.size() > 0 && info.id[0] == 'B') codes.push_back(&info);
  return codes;
}

std::optional<double> sort_value(const RegionAudit& county, Figure figure) {
  if (county.years.empty()) return std::nullopt;
  return county.years.back()[figure].ratio.value();
}

// "综合执法事项占比（从高到低）" / "comprehensive matter share (highest first)".
Text sort_words(Figure sort) {
  const Text& title = figure_title(sort);
  return {title.zh + "（从高到低）", title.en + " (highest first)"};
}

// "浙江省" for a league of one province's counties, else "全省" (several, or none).
Text league_place(const std::vector<RegionAudit>& counties) {
  const std::vector<LeagueProvince> provinces = league_provinces(counties);
  if (provinces.size() == 1 && provinces.front().name != provinces.front().region)
    return {provinces.front().name, provinces.front().name};
  return {"全省", "the province"};
}

}  // namespace

std::optional<Figure> parse_figure(std::string_view name) {
  for (size_t f = 0; f < figure_count; ++f)
    if (model::figure_name(static_cast<Figure>(f)) == name) return static_cast<Figure>(f);
  return std::nullopt;
}

std::string figure_names() {
  std::string names;
  for (size_t f = 0; f < figure_count; ++f) names += (f ? ", " : "") + std::string(model::figure_name(static_cast<Figure>(f)));
  return names;
}

Text figure_choices() {
  Text choices;
  for (size_t f = 0; f < figure_count; ++f) {
    const std::string_view name = model::figure_name(static_cast<Figure>(f));
    choices.zh += fmt::format("{}`{}`", f ? "、" : "", name);
    choices.en += fmt::format("{}`{}`", f ? ", " : "", name);
  }
  return choices;
}

void sort_league(std::vector<RegionAudit>& counties, Figure figure) {
  std::stable_sort(counties.begin(), counties.end(), [figure](const RegionAudit& a, const RegionAudit& b) {
    const std::optional<double> x = sort_value(a, figure), y = sort_value(b, figure);
    if (x.has_value() != y.has_value()) return x.has_value();  // n/a last
    if (x && *x != *y) return *x > *y;
    return a.region < b.region;
  });
}

const std::vector<Finding>& county_gaps(const RegionAudit& county) {
  static const std::vector<Finding> none;
  return county.years.empty() ? none : county.years.back().findings;
}

std::vector<LeagueProvince> league_provinces(const std::vector<RegionAudit>& counties) {
  // The first county (by code) of each province gives its row: the gaps are the same in every county of it.
  std::map<std::string, const RegionAudit*> first;
  for (const RegionAudit& c : counties) {
    if (c.years.empty() || c.province.empty()) continue;
    auto [it, inserted] = first.try_emplace(c.province, &c);
    if (!inserted && c.region < it->second->region) it->second = &c;
  }
  std::vector<LeagueProvince> provinces;
  for (const auto& [code, county] : first)
    provinces.push_back({code, county->province_name.empty() ? code : county->province_name, &county->years.back().province_findings});
  return provinces;
}

Text province_row_name(const LeagueProvince& province) {
  return {province.name + "统一目录", province.name + " unified catalog"};
}

Text gap_short_title(const CodeInfo& info) {
  for (const GapWords& g : kGapWords)
    if (g.code == info.code) return g.words;
  return {std::string(info.summary_zh), std::string(info.summary_en)};
}

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

report::Report league_page_head(const std::vector<RegionAudit>& counties, const ReportInput& input, Figure sort) {
  report::Report r;
  r.kicker = report::message(report::Message::Kicker);
  r.title = report::message(report::Message::LeagueHeading);
  r.facts.push_back({report::message(report::Message::Year), Cell::words(league_year_span(counties))});
  r.facts.push_back(targets_fact(input));
  r.facts.push_back({report::message(report::Message::Counties), Cell::words(std::to_string(counties.size()))});
  r.facts.push_back({kSortedBy, Cell::words(sort_words(sort)), {{"sort", std::string(model::figure_name(sort))}}});
  return r;
}

report::Section league_overview(const std::vector<RegionAudit>& counties) {
  using report::Card;
  using report::Message;
  size_t some_missed = 0;
  Summary total;
  auto add = [&total](const std::vector<Finding>& findings) {
    const Summary s = summarize(findings);
    total.errors += s.errors;
    total.warnings += s.warnings;
  };
  for (const RegionAudit& c : counties) {
    some_missed += c.target_missed();
    add(county_gaps(c));
  }
  for (const LeagueProvince& p : league_provinces(counties)) add(*p.findings);
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
  const std::vector<const CodeInfo*> codes = league_codes();
  report::Table table;
  table.name = "league";
  table.empty = report::message(Message::NoCounty);
  table.columns.push_back({kCountyColumn, {}, Align::Left, true, false, true, "place"});
  for (size_t f = 0; f < figure_count; ++f) {
    const Figure figure = static_cast<Figure>(f);
    table.columns.push_back({figure_short_title(figure), figure_short_title(figure), Align::Right, true, true, true, {},
                             {{"figure", std::string(model::figure_name(figure))}}, figure_title(figure)});
  }
  table.columns.push_back({report::message(Message::MissedColumn), {}, Align::Right, true, false, true, "short"});
  table.columns.push_back({report::message(Message::Total), {}, Align::Right, true, false, true, "short total"});
  for (const CodeInfo* info : codes) {
    table.columns.push_back({gap_short_title(*info), {}, Align::Right, true, false, true, "code",
                             {{"code", std::string(info->id)}},
                             {fmt::format("{}：{}", info->id, report::code_summary(*info, Lang::Zh)),
                              fmt::format("{}: {}", info->id, report::code_summary(*info, Lang::En))}});
  }
  table.groups = {{{}, 1}, {report::message(Message::FiguresGroup), figure_count + 1},
                  {report::message(Message::BoundaryGaps), codes.size() + 1}};
  const Text& hover_target = report::message(Message::HoverTarget);
  auto pct = [](double v) { return fmt::format("{:.1f}%", v * 100.0); };
  auto gap_cells = [&codes](std::vector<Cell>& row, const std::vector<Finding>& findings) {
    row.push_back(Cell::integer(static_cast<long long>(findings.size())));
    std::map<Code, size_t> counts;
    for (const Finding& f : findings) ++counts[f.code];
    for (const CodeInfo* info : codes) {
      const auto it = counts.find(info->code);
      row.push_back(Cell::integer(static_cast<long long>(it == counts.end() ? 0 : it->second)));
    }
  };
  size_t order = 0;
  for (const RegionAudit& c : counties) {
    std::vector<Cell>& row = table.rows.emplace_back();
    Cell place = Cell::words(c.name.empty() ? c.region : c.name);
    place.detail = c.region;
    row.push_back(std::move(place));
    size_t missed = 0;
    for (size_t f = 0; f < figure_count; ++f) {
      if (c.years.empty()) {
        Cell none = Cell::percent(std::nullopt);
        none.na = kNone;
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
    gap_cells(row, county_gaps(c));
    table.keys.push_back({{}, {{"region", c.region}, {"order", std::to_string(order++)}}});
  }
  // The province's own gaps: a row of their own, last, kept last by the page's sorting.
  for (const LeagueProvince& p : league_provinces(counties)) {
    std::vector<Cell>& row = table.rows.emplace_back();
    Cell place = Cell::words(province_row_name(p));
    place.detail = p.region;
    place.hint = {"省统一目录的边界缺口，只计一次，不计入各县", "the gaps of the province's unified catalogs, counted once, not charged to each county"};
    row.push_back(std::move(place));
    for (size_t f = 0; f <= figure_count; ++f) row.push_back(Cell::words(kNone));  // no figures, no targets
    gap_cells(row, *p.findings);
    // data-province, not data-region: a row a county stays `tr[data-region]`.
    table.keys.push_back({{}, {{"province", p.region}, {"order", std::to_string(order++)}}, "province"});
  }
  return {"league", report::message(Message::League), report::message(Message::LeagueHint), {std::move(table)}};
}

Text league_summary(const std::vector<RegionAudit>& counties) {
  size_t missed = 0, errors = 0;
  for (const RegionAudit& county : counties) {
    missed += county.target_missed();
    errors += summarize(county_gaps(county)).errors > 0;
  }
  Text said{fmt::format("{} 个县（市、区）：{} 个有未达标目标，{} 个有边界缺口错误", counties.size(), missed, errors),
            fmt::format("{} {}: {} {} a target, {} {} boundary-gap errors", counties.size(),
                        counties.size() == 1 ? "county" : "counties", missed, missed == 1 ? "misses" : "miss", errors,
                        errors == 1 ? "has" : "have")};
  for (const LeagueProvince& p : league_provinces(counties)) {
    const Summary s = summarize(*p.findings);
    if (!s.errors && !s.warnings) continue;
    const Text name = province_row_name(p);
    said.zh += fmt::format("；{}：{} 个错误，{} 个警告", name.zh, s.errors, s.warnings);
    said.en += fmt::format("; {}: {} {}, {} {}", name.en, s.errors, s.errors == 1 ? "error" : "errors", s.warnings,
                           s.warnings == 1 ? "warning" : "warnings");
  }
  return said;
}

report::Report league_report(const std::vector<RegionAudit>& counties, const ReportInput& input, Figure sort) {
  report::Report r;
  const int year = counties.empty() ? 0 : counties.front().findings_year;
  const Text place = league_place(counties);
  r.title = {fmt::format("{}各县（市、区）评估（{} 年）", place.zh, year), fmt::format("counties of {} ({})", place.en, year)};
  r.facts.push_back({kSortedBy, Cell::words(sort_words(sort))});
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
  table.columns.push_back({kCountyColumn, {}, Align::Left});
  table.columns.push_back({kCodeColumn, {}, Align::Left});
  for (size_t f = 0; f < figure_count; ++f)
    table.columns.push_back({figure_title(static_cast<Figure>(f)), figure_short_title(static_cast<Figure>(f)), Align::Right});
  table.columns.push_back({kErrors, {}, Align::Right});
  table.columns.push_back({kWarnings, {}, Align::Right});
  for (const RegionAudit& county : counties) {
    std::vector<Cell>& row = table.rows.emplace_back();
    row.push_back(Cell::words(county.name.empty() ? county.region : county.name));
    row.push_back(Cell::code(county.region));
    for (size_t f = 0; f < figure_count; ++f) {
      if (county.years.empty()) {
        row.push_back(Cell::words(kNone));
        continue;
      }
      const FigureResult& figure = county.years.back().figures[f];
      row.push_back(Cell::percent(figure.ratio.value(), figure.met() == false ? Status::Missed : Status::None));
    }
    const Summary gaps = summarize(county_gaps(county));
    row.push_back(Cell::integer(static_cast<long long>(gaps.errors)));
    row.push_back(Cell::integer(static_cast<long long>(gaps.warnings)));
  }
  const std::vector<LeagueProvince> provinces = league_provinces(counties);
  for (const LeagueProvince& p : provinces) {
    std::vector<Cell>& row = table.rows.emplace_back();
    row.push_back(Cell::words(province_row_name(p)));
    row.push_back(Cell::code(p.region));
    for (size_t f = 0; f < figure_count; ++f) row.push_back(Cell::words(kNone));
    const Summary gaps = summarize(*p.findings);
    row.push_back(Cell::integer(static_cast<long long>(gaps.errors)));
    row.push_back(Cell::integer(static_cast<long long>(gaps.warnings)));
  }
  r.sections.push_back({"league", {}, {}, {std::move(table)}, true});

  // The province's gaps by code: charged to the province once, not to each county.
  for (const LeagueProvince& p : provinces) {
    if (p.findings->empty()) continue;
    report::Table by_code;
    by_code.columns = {{kGapCode, {}, Align::Left}, {kGapWhat, {}, Align::Left}, {kGapCount, {}, Align::Right}};
    for (const auto& [code, count] : count_by_code(*p.findings)) {
      const CodeInfo& info = code_info(code);
      by_code.rows.push_back({Cell::code(std::string(info.id)), Cell::words(gap_short_title(info)),
                              Cell::integer(static_cast<long long>(count))});
    }
    const Text name = province_row_name(p);
    r.sections.push_back({"province-" + p.region,
                          {fmt::format("{}的边界缺口（只计一次，不计入各县）", name.zh),
                           fmt::format("gaps of the {} (counted once, not charged to the counties)", name.en)},
                          {},
                          {std::move(by_code)}});
  }
  return r;
}

}  // namespace encat::audit
