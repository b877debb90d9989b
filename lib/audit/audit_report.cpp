#include "audit/audit_report.h"
#include "audit/report_parts.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "report/messages.h"

namespace encat::audit {
namespace {

using report::Align;
using report::Cell;
using report::Column;
using report::Status;

const Text figure_titles[] = {
    {"综合执法事项占比", "comprehensive matter share"},
    {"综合执法领域占比", "domain share"},
    {"三高事项纳入率", "key matter share"},
    {"综合执法案件占比", "case share"},
    {"乡镇必须下放事项承接率", "township mandatory rate"},
    {"监管事项认领率", "claim rate"},
    {"检查事项覆盖率", "inspection coverage"},
};

const Text figure_short_titles[] = {
    {"事项占比", "matters"}, {"领域占比", "domains"},   {"三高事项", "key"},       {"案件占比", "cases"},
    {"乡镇承接", "townships"}, {"认领率", "claimed"}, {"检查覆盖", "inspected"},
};
const Text definitions[] = {
    {"综合执法事项 ÷ 全部执法事项（综合 ∪ 部门）", "comprehensive matters ÷ all enforcement matters (comprehensive ∪ department)"},
    {"含综合执法事项的领域 ÷ 全部执法领域", "domains with comprehensive matters ÷ all enforcement domains"},
    {"“三高”事项中的综合执法事项 ÷ 全部“三高”事项（高频、高综合、高需求）",
     "high-frequency, high-composite or high-demand matters that are comprehensive ÷ all such matters"},
    {"当年综合执法事项的案件 ÷ 当年全部事项的案件", "cases on comprehensive matters ÷ all cases, in the year"},
    {"各乡镇（街道）已承接的必须下放事项 ÷ 应承接的必须下放事项", "mandatory (must-devolve) matters the townships list ÷ those in force for them"},
    {"已认领（有监管部门）的监管事项 ÷ 全部监管事项", "supervision matters claimed by a department ÷ all supervision matters"},
    {"当年至少检查一次的检查类监管事项 ÷ 全部检查类监管事项（随机抽查、重点监管）",
     "inspection matters (random or targeted inspection) inspected at least once in the year ÷ all of them"},
};
static_assert(std::size(figure_titles) == figure_count && std::size(figure_short_titles) == figure_count &&
              std::size(definitions) == figure_count);

}  // namespace

Status detail::status(const std::optional<bool>& met) {
  if (!met) return Status::None;
  return *met ? Status::Met : Status::Missed;
}

std::optional<report::Notice> detail::reading_notice(const ReportInput& input, Text title, bool brief_in_text) {
  if (input.reading.empty()) return std::nullopt;
  return report::Notice{std::move(title), input.reading, brief_in_text, {}};
}

namespace {
using detail::reading_notice;
using detail::status;
using detail::targets_fact;

report::Section figures_section(const RegionAudit& audit) {
  report::Table table;
  table.columns.push_back({{"指标", "figure"}, {}, Align::Left});
  for (const YearFigures& year : audit.years) {
    const std::string heading = std::to_string(year.year);
    table.columns.push_back({{heading, heading}, {}, Align::Right});
  }
  for (size_t f = 0; f < figure_count; ++f) {
    std::vector<Cell>& row = table.rows.emplace_back();
    row.push_back(Cell::words(figure_title(static_cast<Figure>(f))));
    for (const YearFigures& year : audit.years) {
      row.push_back(figure_cell(year.figures[f]));
    }
  }
  return {"figures", {"覆盖率指标", "coverage figures"}, {}, {std::move(table)}, true};
}

report::Section townships_section(const YearFigures& last) {
  report::Table table;
  table.columns = {{{"区划", "region"}, {}, Align::Left},
                   {{"目录", "catalog"}, {}, Align::Left},
                   {{"承接", "listed"}, {}, Align::Right},
                   {{"比例", "rate"}, {}, Align::Right},
                   {{"未承接", "missing"}, {}, Align::Left}};
  for (const TownshipRate& t : last.townships)
    table.rows.push_back({Cell::words(t.region), Cell::code(t.id), Cell::fraction(t.ratio.numerator, t.ratio.denominator),
                          Cell::percent(t.ratio.value()), Cell::code_list(t.missing)});
  return {"townships",
          text("乡镇（街道）必须下放事项承接（{} 年）", "townships' mandatory matters ({})", last.year),
          {},
          {std::move(table)}};
}

}  // namespace

Cell figure_cell(const FigureResult& figure) {
  return Cell::ratio(figure.ratio.numerator, figure.ratio.denominator, figure.target, status(figure.met()));
}

report::Fact detail::targets_fact(const ReportInput& input) {
  return {report::message(report::Message::Targets),
          input.targets_id.empty() ? Cell::words(report::message(report::Message::NoTargets)) : Cell::code(input.targets_id)};
}

report::Report audit_page_head(const RegionAudit& audit, const ReportInput& input) {
  report::Report r;
  r.kicker = report::message(report::Message::Kicker);
  r.title = text("{} 综合行政执法审计报告", "Enforcement audit of {}", audit.region);
  r.facts.push_back({report::message(report::Message::Region), Cell::words(audit.region), {{"region", audit.region}}});
  r.facts.push_back({report::message(audit.years.size() == 1 ? report::Message::Year : report::Message::Years),
                     Cell::words(audit.years.empty() ? Text{"—", "—"} : year_span(audit))});
  r.facts.push_back(targets_fact(input));
  if (audit.findings_year)
    r.facts.push_back({report::message(report::Message::GapsAsOf), Cell::words(text("{} 年", "{}", audit.findings_year))});
  return r;
}

report::Section overview(const RegionAudit& audit) {
  using report::Card;
  using report::Message;
  const TargetTally targets = tally_targets(audit);
  const Summary gaps = summarize(audit.findings);
  report::Cards cards;
  cards.cards.push_back({report::message(Message::TargetsMetCard), static_cast<long long>(targets.checked - targets.missed),
                         static_cast<long long>(targets.checked), report::message(Message::TargetsMetDetail),
                         targets.checked > 0 && targets.missed == 0 ? Card::Tone::Good : Card::Tone::Plain});
  cards.cards.push_back({report::message(Message::TargetsMissedCard), static_cast<long long>(targets.missed), std::nullopt,
                         report::message(targets.missed > 0 ? Message::TargetsMissedBelow : Message::TargetsMissedNone),
                         targets.missed > 0 ? Card::Tone::Bad : Card::Tone::Good});
  cards.cards.push_back({report::message(Message::GapErrors), static_cast<long long>(gaps.errors), std::nullopt,
                         report::message(Message::GapErrorsDetail), gaps.errors > 0 ? Card::Tone::Bad : Card::Tone::Good});
  cards.cards.push_back({report::message(Message::GapWarnings), static_cast<long long>(gaps.warnings), std::nullopt,
                         report::message(Message::GapWarningsDetail), gaps.warnings > 0 ? Card::Tone::Warn : Card::Tone::Good});
  std::map<Code, size_t> counts;
  for (const auto& [code, count] : count_by_code(audit.findings)) counts[code] = count;
  for (Code code : {Code::B301, Code::B302, Code::B303, Code::B304, Code::B305, Code::B306, Code::B307, Code::B308})
    cards.codes.push_back({code, counts.count(code) ? counts[code] : 0});
  cards.missed_title = report::message(Message::TargetsMissedList);
  for (const YearFigures& y : audit.years)
    for (size_t f = 0; f < figure_count; ++f)
      if (y.figures[f].met() == false)
        cards.missed.push_back({{fmt::format("{} 年 · {}", y.year, figure_title(static_cast<Figure>(f)).zh),
                                 fmt::format("{} · {}", y.year, figure_title(static_cast<Figure>(f)).en)},
                                figure_cell(y.figures[f])});
  return {"summary", report::message(Message::Overview), {}, {std::move(cards)}};
}

report::Section figure_details(const RegionAudit& audit) {
  report::Table table;
  table.name = "figures";
  table.columns = {{report::message(report::Message::FigureColumn), {}, Align::Left},
                   {report::message(report::Message::Year), {}, Align::Right},
                   {report::message(report::Message::NumeratorDenominator), {}, Align::Right},
                   {report::message(report::Message::ValueColumn), {}, Align::Right, false},
                   {report::message(report::Message::TargetColumn), {}, Align::Right},
                   {report::message(report::Message::MetColumn), {}, Align::Center}};
  for (size_t f = 0; f < figure_count; ++f) {
    const Figure figure = static_cast<Figure>(f);
    for (const YearFigures& year : audit.years) {
      const FigureResult& r = year[figure];
      Cell value = Cell::percent(r.ratio.value(), r.met() == false ? Status::Missed : Status::None);
      value.na = report::message(report::Message::NotApplicableDenominatorZero);
      table.rows.push_back({Cell::words(figure_title(figure)), Cell::integer(year.year),
                            Cell::fraction(r.ratio.numerator, r.ratio.denominator), std::move(value),
                            Cell::words(r.target ? fmt::format("≥{:.1f}%", *r.target * 100.0) : "—"),
                            Cell::mark(r.target, status(r.met()))});
      table.keys.push_back({std::string(model::figure_name(figure)),
                            {{"figure", std::string(model::figure_name(figure))}, {"year", std::to_string(year.year)}}});
    }
  }
  return {"figures", report::message(report::Message::FigureDetails), {}, {std::move(table)}};
}

report::Section township_details(const RegionAudit& audit) {
  using report::Message;
  struct Row {
    std::string title, id;
    std::map<int, std::vector<const TownshipRate*>> by_year;
  };
  std::map<std::string, Row> rows;  // by region code
  for (const YearFigures& y : audit.years)
    for (const TownshipRate& t : y.townships) {
      Row& row = rows[t.region.empty() ? t.id : t.region];
      row.title = t.title.empty() ? t.id : t.title;  // the latest year's
      row.id = t.id;
      row.by_year[y.year].push_back(&t);
    }
  report::Table table;
  table.name = "townships";
  table.empty = report::message(Message::NoTownshipCatalog);
  table.columns = {{report::message(Message::TownshipCatalog), {}, Align::Left},
                   {report::message(Message::RegionCode), {}, Align::Left}};
  for (const YearFigures& y : audit.years) {
    const std::string heading = std::to_string(y.year);
    table.columns.push_back({{heading, heading}, {}, Align::Right, false, true});  // a rate is coloured, not marked
  }
  table.columns.push_back({report::message(Message::MissingMandatory), {}, Align::Left});
  auto add = [](Cell& first, Cell value, bool& any) {
    if (any) first.more.push_back(std::move(value));
    else first = std::move(value);
    any = true;
  };
  for (const auto& [region, row] : rows) {
    std::vector<Cell>& cells = table.rows.emplace_back();
    Cell title = Cell::words(row.title);
    title.detail = row.id;
    cells.push_back(std::move(title));
    cells.push_back(Cell::code(region));
    Cell missing = Cell::mark(std::nullopt, Status::None);
    bool any_missing = false;
    for (const YearFigures& y : audit.years) {
      const auto it = row.by_year.find(y.year);
      if (it == row.by_year.end()) {
        Cell none = Cell::percent(std::nullopt);
        none.na = {"—", "—"};
        none.hint = report::message(Message::NoCatalogInForce);
        cells.push_back(std::move(none));
        continue;
      }
      Cell rates;
      bool any = false;
      for (const TownshipRate* t : it->second) {
        const std::optional<double> value = t->ratio.value();
        Cell rate = Cell::ratio(t->ratio.numerator, t->ratio.denominator, std::nullopt,
                                !value ? Status::None : t->ratio.numerator == t->ratio.denominator ? Status::Met : Status::Missed);
        rate.na = {"n/a", "n/a"};
        add(rates, std::move(rate), any);
        if (!t->missing.empty()) {
          Cell codes = Cell::code_list(t->missing);
          codes.label = text("{} 年：", "{}:", y.year);
          add(missing, std::move(codes), any_missing);
        }
      }
      cells.push_back(std::move(rates));
    }
    cells.push_back(std::move(missing));
    table.keys.push_back({{}, {{"township", region}}});
  }
  if (!rows.empty()) {
    std::vector<Cell>& total = table.rows.emplace_back();
    Cell label = Cell::words(report::message(Message::Total));
    label.span = 2;
    total.push_back(std::move(label));
    for (const YearFigures& y : audit.years) {
      const FigureResult& r = y[Figure::TownshipMandatory];
      total.push_back(Cell::ratio(r.ratio.numerator, r.ratio.denominator, std::nullopt, Status::None));
    }
    total.push_back(Cell::words(""));
    table.keys.push_back({{}, {}, "total"});
  }
  return {"townships", report::message(Message::TownshipsTaken), report::message(Message::TownshipsShouldBeAll), {std::move(table)}};
}

std::vector<report::Chart> figure_charts(const RegionAudit& audit) {
  std::vector<report::Chart> charts;
  for (size_t f = 0; f < figure_count; ++f) {
    const Figure figure = static_cast<Figure>(f);
    report::Chart& chart = charts.emplace_back();
    chart.id = std::string(model::figure_name(figure));
    chart.title = figure_title(figure);
    chart.definition = figure_definition(figure);
    for (const YearFigures& year : audit.years)
      chart.points.push_back({std::to_string(year.year), text("{} 年", "{}", year.year), figure_cell(year.figures[f])});
  }
  return charts;
}

const Text& figure_title(Figure figure) { return figure_titles[static_cast<size_t>(figure)]; }
const Text& figure_definition(Figure figure) { return definitions[static_cast<size_t>(figure)]; }
const Text& figure_short_title(Figure figure) { return figure_short_titles[static_cast<size_t>(figure)]; }

Text year_span(const RegionAudit& audit) {
  if (audit.years.empty()) return {};
  const int first = audit.years.front().year, last = audit.years.back().year;
  const std::string span = first == last ? fmt::format("{}", first) : fmt::format("{}–{}", first, last);
  return text("{} 年", "{}", span);
}

TargetTally tally_targets(const RegionAudit& audit) {
  TargetTally tally;
  for (const YearFigures& year : audit.years)
    for (const FigureResult& figure : year.figures)
      if (const std::optional<bool> met = figure.met()) {
        ++tally.checked;
        tally.missed += !*met;
      }
  return tally;
}

Text audit_summary(const RegionAudit& audit) {
  const TargetTally targets = tally_targets(audit);
  const Summary gaps = summarize(audit.findings);
  const Text target_part = targets.checked == 0 ? Text{"未对照目标", "no targets checked"}
                           : targets.missed == 0
                               ? (targets.checked == 1 ? text("目标：{} 项全部达标", "targets: 1 met", targets.checked)
                                                       : text("目标：{} 项全部达标", "targets: all {} met", targets.checked))
                               : text("目标：{} 项中 {} 项未达标", "targets: {1} of {0} missed", targets.checked, targets.missed);
  auto plural = [](size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); };
  return {fmt::format("{}；边界缺口：{} 个错误，{} 个警告", target_part.zh, gaps.errors, gaps.warnings),
          fmt::format("{}; boundary gaps: {}, {}", target_part.en, plural(gaps.errors, "error"), plural(gaps.warnings, "warning"))};
}

std::vector<std::pair<Code, size_t>> count_by_code(const std::vector<Finding>& findings) {
  std::map<Code, size_t> counts;
  for (const Finding& f : findings) ++counts[f.code];
  return {counts.begin(), counts.end()};
}

report::Report audit_report(const RegionAudit& audit, const ReportInput& input) {
  report::Report r;
  const Text span = year_span(audit);
  r.title = {fmt::format("{} 综合行政执法评估（{}）", audit.region, span.zh), fmt::format("audit of {} ({})", audit.region, span.en)};
  if (!input.targets_id.empty()) r.facts.push_back({{"目标", "targets"}, Cell::code(input.targets_id)});
  r.notice = reading_notice(input,
                            {"以下文件有错误（无法读取或不符合格式），评估未包含它们",
                             "these files have errors (unreadable, or not matching their schema) and are left out of the audit"},
                            false);
  r.summary = audit_summary(audit);
  r.sections.push_back(figures_section(audit));
  if (!audit.years.empty() && !audit.years.back().townships.empty()) r.sections.push_back(townships_section(audit.years.back()));
  r.sections.push_back({"gaps",
                        text("边界缺口（{} 年）", "boundary gaps ({})", audit.findings_year),
                        {},
                        {report::FindingList{audit.findings, {"没有发现边界缺口", "no boundary gaps found"}}}});
  return r;
}

}  // namespace encat::audit
