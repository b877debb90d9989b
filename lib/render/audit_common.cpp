#include "render/audit_common.h"

#include <fmt/format.h>

#include <map>

#include "render/audit_report.h"

namespace encat::render {

std::string figure_cell(const audit::FigureResult& figure) {
  std::string cell = fmt::format("{} ({}/{})", percent(figure.ratio.value()), figure.ratio.numerator, figure.ratio.denominator);
  if (figure.target) cell += fmt::format(" ≥{}", percent(figure.target));
  if (const std::optional<bool> met = figure.met()) cell += *met ? " ✓" : " ✗";
  return cell;
}

TargetTally tally_targets(const audit::RegionAudit& audit) {
  TargetTally tally;
  for (const audit::YearFigures& year : audit.years)
    for (const audit::FigureResult& figure : year.figures)
      if (const std::optional<bool> met = figure.met()) {
        ++tally.checked;
        tally.missed += !*met;
      }
  return tally;
}

std::string audit_summary(const audit::RegionAudit& audit, Lang lang) {
  const TargetTally targets = tally_targets(audit);
  const Summary gaps = summarize(audit.findings);
  auto plural = [](size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); };
  if (lang == Lang::Zh) {
    const std::string target_part = targets.checked == 0  ? std::string("未对照目标")
                                    : targets.missed == 0 ? fmt::format("目标：{} 项全部达标", targets.checked)
                                                          : fmt::format("目标：{} 项中 {} 项未达标", targets.checked, targets.missed);
    return fmt::format("{}；边界缺口：{} 个错误，{} 个警告", target_part, gaps.errors, gaps.warnings);
  }
  const std::string target_part = targets.checked == 0  ? std::string("no targets checked")
                                  : targets.missed == 0 ? (targets.checked == 1 ? std::string("targets: 1 met") : fmt::format("targets: all {} met", targets.checked))
                                                        : fmt::format("targets: {} of {} missed", targets.missed, targets.checked);
  return fmt::format("{}; boundary gaps: {}, {}", target_part, plural(gaps.errors, "error"), plural(gaps.warnings, "warning"));
}

std::string year_span(const audit::RegionAudit& audit, Lang lang) {
  const int first = audit.years.front().year, last = audit.years.back().year;
  const std::string span = first == last ? fmt::format("{}", first) : fmt::format("{}–{}", first, last);
  return lang == Lang::Zh ? span + " 年" : span;
}

std::string league_summary(const std::vector<audit::RegionAudit>& counties, Lang lang) {
  size_t missed = 0, errors = 0;
  for (const audit::RegionAudit& county : counties) {
    missed += county.target_missed();
    errors += summarize(county.findings).errors > 0;
  }
  if (lang == Lang::Zh)
    return fmt::format("{} 个县（市、区）：{} 个有未达标目标，{} 个有边界缺口错误", counties.size(), missed, errors);
  return fmt::format("{} {}: {} {} a target, {} {} boundary-gap errors", counties.size(),
                     counties.size() == 1 ? "county" : "counties", missed, missed == 1 ? "misses" : "miss", errors,
                     errors == 1 ? "has" : "have");
}

std::vector<std::string> league_row(const audit::RegionAudit& county) {
  std::vector<std::string> row{county.region};
  for (const audit::FigureResult& figure : county.years.back().figures)
    row.push_back(percent(figure.ratio.value()) + (figure.met() == false ? " ✗" : ""));
  const Summary gaps = summarize(county.findings);
  row.push_back(std::to_string(gaps.errors));
  row.push_back(std::to_string(gaps.warnings));
  return row;
}

std::vector<std::pair<Code, size_t>> count_by_code(const std::vector<Finding>& findings) {
  std::map<Code, size_t> counts;
  for (const Finding& f : findings) ++counts[f.code];
  return {counts.begin(), counts.end()};
}

}  // namespace encat::render
