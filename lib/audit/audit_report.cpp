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
    {"一线执法人员占比", "front-line staff share"},
    {"下沉乡镇执法人员占比", "township staff share"},
};

const Text figure_short_titles[] = {
    {"事项占比", "matters"}, {"领域占比", "domains"},   {"三高事项", "key"},       {"案件占比", "cases"},
    {"乡镇承接", "townships"}, {"认领率", "claimed"}, {"检查覆盖", "inspected"}, {"一线人员", "front line"},
    {"下沉人员", "staff in townships"},
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
    {"在一线执法岗位的执法人员 ÷ 执法人员总数（执法力量统计）", "enforcement staff at the front line ÷ all enforcement staff (staffing)"},
    {"下沉乡镇（街道）的执法人员 ÷ 执法人员总数（执法力量统计）", "enforcement staff moved to the townships ÷ all enforcement staff (staffing)"},
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
      row.push_back(figure_cell(year.figures[f], audit.precision));
    }
  }
  return {"figures", {"覆盖率指标", "coverage figures"}, {}, {std::move(table)}, true};
}

report::Section townships_section(const YearFigures& last) {
  report::Table table;
  table.columns = {{report::message(report::Message::TownshipColumn), {}, Align::Left},
                   {{"区划", "region"}, {}, Align::Left},
                   {{"承接", "listed"}, {}, Align::Right},
                   {{"比例", "rate"}, {}, Align::Right},
                   {{"未承接", "missing"}, {}, Align::Left}};
  for (const TownshipRate& t : last.townships)
    table.rows.push_back({Cell::words(t.name.empty() ? t.region : t.name), Cell::code(t.region),
                          Cell::fraction(t.ratio.numerator, t.ratio.denominator), Cell::percent(t.ratio.value()),
                          Cell::code_list(t.missing)});
  return {"townships",
          text("乡镇（街道）必须下放事项承接（{} 年）", "townships' mandatory matters ({})", last.year),
          {},
          {std::move(table)}};
}

}  // namespace

Cell figure_cell(const FigureResult& figure, int digits) {
  Cell cell = Cell::ratio(figure.ratio.numerator, figure.ratio.denominator, figure.target, status(figure.met()));
  cell.digits = digits;
  return cell;
}

report::Fact detail::targets_fact(const ReportInput& input) {
  return {report::message(report::Message::Targets),
          input.targets_id.empty() ? Cell::words(report::message(report::Message::NoTargets)) : Cell::code(input.targets_id)};
}

report::Report audit_page_head(const RegionAudit& audit, const ReportInput& input) {
  report::Report r;
  r.kicker = report::message(report::Message::Kicker);
  r.title = report_title(audit);
  r.facts.push_back({report::message(report::Message::Region),
                     Cell::words(audit.name.empty() || audit.name == audit.region
                                     ? Text{audit.region, audit.region}
                                     : Text{fmt::format("{}（{}）", audit.name, audit.region), fmt::format("{} ({})", audit.name, audit.region)}),
                     {{"region", audit.region}}});
  r.facts.push_back({report::message(audit.years.size() == 1 ? report::Message::Year : report::Message::Years),
                     Cell::words(audit.years.empty() ? Text{"—", "—"} : year_span(audit))});
  r.facts.push_back({report::message(report::Message::Targets), Cell::words(targets_text(audit, input))});
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
  for (Code code : gap_codes())
    cards.codes.push_back({code, counts.count(code) ? counts[code] : 0});
  cards.missed_title = report::message(Message::TargetsMissedList);
  for (const YearFigures& y : audit.years)
    for (size_t f = 0; f < figure_count; ++f)
      if (y.figures[f].met() == false)
        cards.missed.push_back({{fmt::format("{} 年 · {}", y.year, figure_title(static_cast<Figure>(f)).zh),
                                 fmt::format("{} · {}", y.year, figure_title(static_cast<Figure>(f)).en)},
                                figure_cell(y.figures[f], audit.precision)});
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
    std::string name, id;
    std::map<int, std::vector<const TownshipRate*>> by_year;
  };
  std::map<std::string, Row> rows;  // by region code
  for (const YearFigures& y : audit.years)
    for (const TownshipRate& t : y.townships) {
      Row& row = rows[t.region.empty() ? t.id : t.region];
      row.name = !t.name.empty() ? t.name : t.title.empty() ? t.id : t.title;  // the latest year's
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
    Cell title = Cell::words(row.name);
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
      chart.points.push_back({std::to_string(year.year), text("{} 年", "{}", year.year), figure_cell(year.figures[f], audit.precision)});
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

namespace {

// 22%, 22.5%: a target as people write it.
std::string target_percent(double target) {
  std::string s = fmt::format("{:.1f}", target * 100.0);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s + "%";
}
std::string value_percent(double value, int digits) { return fmt::format("{:.{}f}%", value * 100.0, digits); }

std::string plural(long long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// A figure in words: what it counts and its share (zh, en), or what is missing when n/a.
struct FigureWords {
  std::string_view zh, en;        // {0}: numerator, {1}: the share
  std::string_view na_zh, na_en;  // the denominator is 0
  std::string_view one_en = {};   // English for a numerator of 1 (empty: as `en`)
};
const FigureWords figure_words[] = {
    {"综合行政执法事项{0}项，占全部执法事项的{1}", "{0} comprehensive enforcement matters, {1} of all enforcement matters",
     "没有施行中的执法事项，事项占比无法计算", "no enforcement matter in force (matter share n/a)",
     "1 comprehensive enforcement matter, {1} of all enforcement matters"},
    {"综合执法涉及执法领域{0}个，占全部执法领域的{1}", "comprehensive matters in {0} domains, {1} of all domains",
     "没有执法领域，领域占比无法计算", "no domain (domain share n/a)", "comprehensive matters in 1 domain, {1} of all domains"},
    {"“三高”事项纳入综合执法{0}项，占全部“三高”事项的{1}", "{0} key matters (三高) made comprehensive, {1} of all key matters",
     "没有“三高”事项，纳入率无法计算", "no key matter (三高) (key matter share n/a)",
     "1 key matter (三高) made comprehensive, {1} of all key matters"},
    {"综合执法案件{0}件，占全部案件的{1}", "{0} cases on comprehensive matters, {1} of all cases",
     "没有案件统计，案件占比无法计算", "no case counted (case share n/a)", "1 case on comprehensive matters, {1} of all cases"},
    {"乡镇（街道）承接必须下放事项{0}项，占应承接的{1}", "{0} mandatory matters taken by the townships, {1} of those due",
     "没有应承接的必须下放事项，承接率无法计算", "no mandatory matter due to a township (township rate n/a)",
     "1 mandatory matter taken by the townships, {1} of those due"},
    {"监管事项已认领{0}项，占全部监管事项的{1}", "{0} supervision matters claimed, {1} of all supervision matters",
     "没有监管事项，认领率无法计算", "no supervision matter (claim rate n/a)",
     "1 supervision matter claimed, {1} of all supervision matters"},
    {"检查类监管事项当年检查{0}项，占全部检查类事项的{1}", "{0} inspection matters inspected, {1} of all inspection matters",
     "没有检查类监管事项，检查覆盖率无法计算", "no inspection matter (inspection coverage n/a)",
     "1 inspection matter inspected, {1} of all inspection matters"},
    {"一线执法人员{0}人，占执法人员总数的{1}", "{0} enforcement staff at the front line, {1} of all",
     "没有执法力量统计，一线人员占比无法计算", "no staffing counted (front-line share n/a)",
     "1 member of the enforcement staff at the front line, {1} of all"},
    {"下沉乡镇（街道）执法人员{0}人，占执法人员总数的{1}", "{0} enforcement staff moved to the townships, {1} of all",
     "没有执法力量统计，下沉人员占比无法计算", "no staffing counted (township staff share n/a)",
     "1 member of the enforcement staff moved to the townships, {1} of all"},
};
static_assert(std::size(figure_words) == figure_count);

// A gap code's findings in words, with their count.
Text gap_words(Code code, size_t n) {
  const long long c = static_cast<long long>(n);
  switch (code) {
    case Code::B301: return {fmt::format("{}项综合执法事项缺少职责边界", n), plural(c, "comprehensive matter without a boundary", "comprehensive matters without a boundary")};
    case Code::B302: return {fmt::format("{}项综合执法事项没有监管事项覆盖", n), plural(c, "comprehensive matter no supervision matter covers", "comprehensive matters no supervision matter covers")};
    case Code::B303: return {fmt::format("{}项监管事项未认领", n), plural(c, "supervision matter unclaimed", "supervision matters unclaimed")};
    case Code::B304: return {fmt::format("{}项监管事项的监管部门不是划出部门", n), plural(c, "supervision matter claimed by a department the power did not move from", "supervision matters claimed by a department the power did not move from")};
    case Code::B305: return {fmt::format("{}项事项两头执法", n), plural(c, "matter enforced twice (comprehensive and department)", "matters enforced twice (comprehensive and department)")};
    case Code::B306: return {fmt::format("{}个监管事项覆盖的代码不是本地区的执法事项", n), plural(c, "covered code that is no enforcement matter of the county", "covered codes that are no enforcement matter of the county")};
    case Code::B307: return {fmt::format("{}项事项近五年没有案件", n), plural(c, "matter without a case in five years", "matters without a case in five years")};
    case Code::B308: return {fmt::format("{}项检查类监管事项当年未检查", n), plural(c, "inspection matter not inspected in the year", "inspection matters not inspected in the year")};
    case Code::B309: return {fmt::format("{}个乡镇（街道）没有施行中的目录清单", n), plural(c, "township without a list in force", "townships without a list in force")};
    case Code::B310: return {fmt::format("{}个专业部门没有施行中的部门目录", n), plural(c, "specialist department without a catalog in force", "specialist departments without a catalog in force")};
    case Code::B311: return {fmt::format("{}个乡镇目录的来源目录已被替代", n), plural(c, "township list drawing from a superseded catalog", "township lists drawing from a superseded catalog")};
    case Code::B312: return {fmt::format("{}个案件统计代码不是施行中目录的事项", n), plural(c, "case code that is no matter in force", "case codes that are no matter in force")};
    case Code::B313: return {fmt::format("{}个乡镇目录超过调整周期未更新", n), plural(c, "township list past its review", "township lists past their review")};
    case Code::B314: return {fmt::format("{}项下放乡镇的事项两年没有案件", n), plural(c, "devolved matter unused by its township for two years", "devolved matters unused by their township for two years")};
    default: break;
  }
  const CodeInfo& info = code_info(code);
  return {fmt::format("{}个{}（{}）", n, info.summary_zh, info.id), fmt::format("{} × {} ({})", n, info.summary_en, info.id)};
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

// The kind of a catalog counted, in words.
Text kind_words(model::Kind kind) {
  using model::Kind;
  switch (kind) {
    case Kind::Unified: return {"省统一目录", "unified catalog"};
    case Kind::Extension: return {"地方扩展目录", "extension"};
    case Kind::Department: return {"部门目录", "department catalog"};
    case Kind::Supervision: return {"监管事项清单", "supervision list"};
    case Kind::Township: return {"乡镇（街道）目录", "township list"};
    case Kind::Cases: return {"案件统计", "case counts"};
    case Kind::Staffing: return {"执法力量统计", "staffing"};
    default: break;
  }
  return {std::string(model::kind_title_zh(kind)), std::string(model::kind_name(kind))};
}

}  // namespace

Text report_title(const RegionAudit& audit) {
  const Text span = year_span(audit);
  const std::string name = audit.name.empty() ? audit.region : audit.name;
  const std::string en_years = span.en.empty() ? std::string() : ", " + span.en;
  if (name == audit.region)
    return {fmt::format("{} {}综合行政执法评估", name, span.zh),
            fmt::format("{}: evaluation of comprehensive administrative enforcement{}", name, en_years)};
  return {fmt::format("{} {}综合行政执法评估", name, span.zh),
          fmt::format("{} ({}): evaluation of comprehensive administrative enforcement{}", name, audit.region, en_years)};
}

Text summary_paragraph(const RegionAudit& audit, const YearFigures& year) {
  const std::string name = audit.name.empty() ? audit.region : audit.name;
  std::vector<std::string> zh, en;
  for (size_t f = 0; f < figure_count; ++f) {
    const FigureResult& r = year.figures[f];
    const FigureWords& w = figure_words[f];
    const std::optional<double> value = r.ratio.value();
    // The staffing figures only where there is staffing (or a target for it).
    if (!value && !r.target && f >= static_cast<size_t>(Figure::StaffFrontlineShare)) continue;
    std::string z, e;
    if (!value) {
      z = std::string(w.na_zh);
      e = std::string(w.na_en);
      if (r.target) {
        z += fmt::format("，{}的目标无法对照", target_percent(*r.target));
        e += fmt::format(", against a {} target", target_percent(*r.target));
      }
    } else {
      std::string share = value_percent(*value, audit.precision);
      std::string t = r.target ? target_percent(*r.target) : std::string();
      // A value that rounds to its target but is not it: as many decimals as tell them apart.
      if (r.target && *value != *r.target && share == value_percent(*r.target, audit.precision))
        for (int digits = audit.precision + 1; digits <= 6 + audit.precision; ++digits) {
          share = value_percent(*value, digits);
          t = value_percent(*r.target, digits);
          if (share != t) break;
        }
      z = fmt::format(fmt::runtime(w.zh), r.ratio.numerator, share);
      e = fmt::format(fmt::runtime(r.ratio.numerator == 1 && !w.one_en.empty() ? w.one_en : w.en), r.ratio.numerator, share);
      if (r.target) {
        if (*value > *r.target) {
          z += fmt::format("，高于{}的目标", t);
          e += fmt::format(", above the {} target", t);
        } else if (*value < *r.target) {
          z += fmt::format("，低于{}的目标", t);
          e += fmt::format(", below the {} target", t);
        } else {
          z += fmt::format("，达到{}的目标", t);
          e += fmt::format(", meeting the {} target", t);
        }
      }
    }
    zh.push_back(std::move(z));
    en.push_back(std::move(e));
  }
  std::vector<std::string> gaps_zh, gaps_en;
  for (const auto& [code, count] : count_by_code(year.findings)) {
    const Text words = gap_words(code, count);
    gaps_zh.push_back(words.zh);
    gaps_en.push_back(words.en);
  }
  std::string out_zh = fmt::format("{}年，{}{}；", year.year, name, join(zh, "；"));
  std::string out_en = fmt::format("In {}, {}: {}; ", year.year, name, join(en, "; "));
  if (gaps_zh.empty()) {
    out_zh += "未发现边界缺口。";
    out_en += "no boundary gap found.";
  } else {
    out_zh += "尚有" + join(gaps_zh, "，") + "。";
    out_en += "still open: " + join(gaps_en, ", ") + ".";
  }
  if (!year.province_findings.empty()) {
    const size_t n = year.province_findings.size();
    out_zh += fmt::format("省统一目录另有{}个缺口，由省级修正。", n);
    out_en += fmt::format(" The province's unified catalog has {} more gap{}, for the province to fix.", n, n == 1 ? "" : "s");
  }
  return {std::move(out_zh), std::move(out_en)};
}

report::Table counted_table(const YearFigures& year) {
  using report::Message;
  report::Table table;
  table.name = "counted";
  table.columns = {{report::message(Message::KindColumn), {}, Align::Left},
                   {report::message(Message::CatalogColumn), {}, Align::Left},
                   {report::message(Message::DocumentColumn), {}, Align::Left},
                   {report::message(Message::EffectiveColumn), {}, Align::Left},
                   {report::message(Message::EntriesColumn), {}, Align::Right}};
  for (const CountedCatalog& counted : year.counted) {
    const model::Catalog& c = *counted.catalog;
    Cell title = Cell::words(std::string(c.title.empty() ? c.id : c.title));
    title.detail = std::string(c.id);
    table.rows.push_back({Cell::words(kind_words(c.kind)), std::move(title),
                          Cell::words(std::string(c.document_number.empty() ? "—" : c.document_number)),
                          Cell::words(std::string(c.effective_text.empty() ? "—" : c.effective_text)),
                          Cell::integer(static_cast<long long>(counted.entries))});
    table.keys.push_back({{}, {{"catalog", std::string(c.id)}, {"kind", std::string(model::kind_name(c.kind))}}});
  }
  table.empty = {"当年没有施行中的目录。", "No catalog is in force in the year."};
  return table;
}

Text missing_text(const RegionAudit& audit, const YearFigures& year) {
  std::vector<std::string> townships_zh, townships_en;
  for (const std::string& code : year.missing_townships) {
    const auto it = audit.township_names.find(code);
    const std::string name = it == audit.township_names.end() ? code : it->second;
    townships_zh.push_back(name == code ? code : fmt::format("{}（{}）", name, code));
    townships_en.push_back(name == code ? code : fmt::format("{} ({})", name, code));
  }
  std::vector<std::string> parts_zh, parts_en;
  if (!townships_zh.empty()) {
    parts_zh.push_back(fmt::format("乡镇（街道）目录清单 {} 个：{}", townships_zh.size(), join(townships_zh, "、")));
    parts_en.push_back(fmt::format("{}: {}", plural(static_cast<long long>(townships_en.size()), "township list", "township lists"),
                                   join(townships_en, ", ")));
  }
  if (!year.missing_departments.empty()) {
    parts_zh.push_back(fmt::format("专业部门目录 {} 个：{}", year.missing_departments.size(), join(year.missing_departments, "、")));
    parts_en.push_back(fmt::format("{}: {}",
                                   plural(static_cast<long long>(year.missing_departments.size()), "department catalog", "department catalogs"),
                                   join(year.missing_departments, ", ")));
  }
  if (parts_zh.empty()) return {"登记表应有而缺少的目录：无。", "Expected by the registry but missing: none."};
  return {"登记表应有而缺少的目录：" + join(parts_zh, "；") + "。", "Expected by the registry but missing: " + join(parts_en, "; ") + "."};
}

Text targets_text(const RegionAudit& audit, const ReportInput& input) {
  if (audit.targets) {
    const model::Catalog& t = *audit.targets;
    const std::string title(t.title.empty() ? t.id : t.title);
    if (t.document_number.empty()) return Text{title, title};
    return {fmt::format("{}（{}）", title, t.document_number), fmt::format("{} ({})", title, t.document_number)};
  }
  if (!input.targets_id.empty()) return Text{input.targets_id, input.targets_id};
  return report::message(report::Message::NoTargets);
}

Text about_matter(const RegionAudit& audit, const Finding& finding) {
  if (finding.matter.empty()) return {};
  const auto it = audit.matters.find(finding.matter);
  if (it == audit.matters.end()) return {};
  const MatterInfo& m = it->second;
  std::string zh, en;
  if (!m.name.empty()) {
    zh = "事项：" + m.name;
    en = "matter: " + m.name;
    if (!m.domain.empty()) {
      zh += "（" + m.domain + "）";
      en += " (" + m.domain + ")";
    }
    zh += "；";
    en += "; ";
  }
  if (!m.from.empty()) {  // a department's own matter moved from none
    zh += "划出部门：" + join(m.from, "、") + "；";
    en += "from: " + join(m.from, ", ") + "; ";
  }
  zh += "认领部门：" + (m.claimed.empty() ? std::string("未认领") : join(m.claimed, "、"));
  en += "claimed by: " + (m.claimed.empty() ? std::string("none") : join(m.claimed, ", "));
  return {std::move(zh), std::move(en)};
}

report::FindingList gap_list(const RegionAudit& audit, std::vector<Finding> findings, Text none) {
  report::FindingList list{std::move(findings), std::move(none)};
  for (const Finding& f : list.findings) list.about.push_back(about_matter(audit, f));
  list.fixes = true;
  return list;
}

std::vector<Finding> province_gaps(const RegionAudit& audit) {
  std::vector<Finding> out;
  for (const YearFigures& y : audit.years)
    for (const Finding& f : y.province_findings) {
      const bool seen = std::any_of(out.begin(), out.end(), [&](const Finding& g) {
        return g.code == f.code && g.location == f.location && g.matter == f.matter;
      });
      if (!seen) out.push_back(f);
    }
  sort_findings(out);
  return out;
}

std::vector<Code> gap_codes() {
  std::vector<Code> codes;
  for (const CodeInfo& info : all_codes())
    if (!info.id.empty() && info.id.front() == 'B') codes.push_back(info.code);
  return codes;
}

report::Section summary_section(const RegionAudit& audit) {
  report::Section section{"paragraphs", report::message(report::Message::SummaryParagraphs), {}, {}};
  for (const YearFigures& y : audit.years) section.blocks.push_back(report::Paragraph{summary_paragraph(audit, y)});
  return section;
}

report::Section counted_section(const RegionAudit& audit, const YearFigures& year) {
  report::Section section{"counted-" + std::to_string(year.year),
                          text("口径（{} 年）", "what was counted ({})", year.year),
                          {},
                          {counted_table(year)}};
  section.blocks.push_back(report::Paragraph{missing_text(audit, year)});
  return section;
}

report::Section gaps_section(const RegionAudit& audit, const YearFigures& year) {
  return {"gaps-" + std::to_string(year.year),
          text("边界缺口（{} 年）", "boundary gaps ({})", year.year),
          {},
          {gap_list(audit, year.findings, {"没有发现边界缺口", "no boundary gaps found"})}};
}

report::Section province_gaps_section(const RegionAudit& audit) {
  const std::string province = audit.province_name.empty() ? audit.province : audit.province_name;
  return {"province-gaps",
          text("省统一目录的缺口（{}，由省级修正）", "gaps in the province's unified catalog ({}, for the province to fix)", province),
          report::message(report::Message::ProvinceGapsHint),
          {gap_list(audit, province_gaps(audit), {"省统一目录中没有发现缺口", "no gap in the province's unified catalog"})}};
}

report::Report audit_report(const RegionAudit& audit, const ReportInput& input) {
  report::Report r;
  r.title = report_title(audit);
  if (audit.targets || !input.targets_id.empty()) r.facts.push_back({{"目标", "targets"}, Cell::words(targets_text(audit, input))});
  r.notice = reading_notice(input,
                            {"以下文件有错误（无法读取或不符合格式），评估未包含它们",
                             "these files have errors (unreadable, or not matching their schema) and are left out of the evaluation"},
                            false);
  r.summary = audit_summary(audit);
  r.sections.push_back(figures_section(audit));
  if (!audit.years.empty()) r.sections.push_back(summary_section(audit));
  for (const YearFigures& y : audit.years) r.sections.push_back(counted_section(audit, y));
  if (!audit.years.empty() && !audit.years.back().townships.empty()) r.sections.push_back(townships_section(audit.years.back()));
  for (const YearFigures& y : audit.years) r.sections.push_back(gaps_section(audit, y));
  if (!province_gaps(audit).empty()) r.sections.push_back(province_gaps_section(audit));
  return r;
}

}  // namespace encat::audit
