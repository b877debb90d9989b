// A constructed county audit for the HTML report tests: three years, targets
// that change, a missed target, n/a years (with and without a target), a
// township whose title needs escaping, boundary gaps of several codes with
// notes, and a file left out of the audit.
#pragma once

#include <string>
#include <vector>

#include "audit/audit.h"

namespace encat::render::audit_sample {

inline audit::FigureResult figure(long long numerator, long long denominator, std::optional<double> target = {}) {
  audit::FigureResult f;
  f.ratio = {numerator, denominator};
  f.target = target;
  return f;
}

inline void set(audit::YearFigures& y, model::Figure which, audit::FigureResult f) {
  y.figures[static_cast<size_t>(which)] = f;
}

inline audit::YearFigures year(int year, double matter_target, bool townships) {
  using model::Figure;
  audit::YearFigures y;
  y.year = year;
  set(y, Figure::MatterShare, figure(40 + (year - 2021) * 30, 300, matter_target));
  set(y, Figure::DomainShare, figure(12, 20, 0.6));
  // n/a with a target in the first year: no point, a gap.
  set(y, Figure::KeyMatterShare, year == 2021 ? figure(0, 0, 0.6) : figure(30, 50, 0.6));
  // Missed in 2022 (55% < 60%).
  set(y, Figure::CaseShare, year == 2022 ? figure(550, 1000, 0.6) : figure(700, 1000, 0.6));
  // n/a without a target before the townships have lists.
  set(y, Figure::TownshipMandatory, townships ? figure(35, 36, 1.0) : figure(0, 0));
  set(y, Figure::ClaimRate, figure(44, 44, 1.0));
  set(y, Figure::InspectionCoverage, figure(36, 37, 1.0));
  if (townships) {
    y.townships.push_back({"t-hecun", "330881102", "贺村镇目录清单", {18, 18}, {}, "贺村镇 <img src=x onerror=alert(1)> & \"目录\""});
    y.townships.push_back({"t-qinghu", "330881103", "清湖街道目录清单", {17, 18}, {"330216004000"}, "清湖街道"});
  }
  return y;
}

inline audit::RegionAudit county(int first = 2021, int last = 2023) {
  audit::RegionAudit a;
  a.region = "330881";
  for (int y = first; y <= last; ++y) a.years.push_back(year(y, y == 2021 ? 0.15 : 0.22, y >= 2022));
  a.findings_year = last;
  const std::string unified = "catalogs/zhejiang/unified-2022.yaml";
  a.findings.push_back(make_finding(Code::B301, {unified, 12, 11},
                                    {"综合执法事项 `330217001000` 缺少具体职责边界 `boundary`", "no boundary"}, "330217001000"));
  a.findings.push_back(make_finding(Code::B302, {unified, 30, 11},
                                    {"2023 年没有监管事项覆盖综合执法事项 `330219001000`", "unsupervised"}, "330219001000"));
  a.findings.push_back(
      make_finding(Code::B305, {unified, 41, 11},
                   {"事项 `330215003000` 既是综合执法事项,又是部门目录 `jiangshan-dept <x>` 的事项(两头执法)", "both"},
                   "330215003000")
          .note(note_at({"catalogs/zhejiang/jiangshan/departments/a&b.yaml", 7, 5}, "部门目录也列出该事项:", "also at")));
  a.findings.push_back(make_finding(Code::B307, {unified, 50, 11}, {"事项 `330220006000` 在 2019–2023 年没有案件(清理候选)", "dormant"},
                                    "330220006000"));
  sort_findings(a.findings);
  // The county's gaps are the last year's (the B301 on the unified catalog stays in the
  // county's list here: the report shows what the model holds).
  if (!a.years.empty()) a.years.back().findings = a.findings;
  return a;
}

inline std::vector<Finding> reading() {
  return {make_finding(Code::E001, {"catalogs/zhejiang/broken <1>.yaml", 3, 7}, {"YAML 语法错误:缺少 `:`", "YAML syntax error"})};
}

}  // namespace encat::render::audit_sample
