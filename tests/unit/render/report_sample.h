// A small report built from values, for the generic renderers' tests: a fact,
// a table with every kind of cell (a value needing escaping among them), a
// section of findings, one with none, a notice and a legend.
#pragma once

#include "report/report.h"

namespace encat::render::report_sample {

inline report::Report sample(bool with_notice = false) {
  using namespace report;
  Report r;
  r.title = {"样例报告（2023 年）", "sample report (2023)"};
  r.facts.push_back({{"目标", "targets"}, Cell::code("t-1")});
  r.summary = {"共 2 项，1 项未达标", "2 in all, 1 missed"};
  r.legend = {"✗ 未达标", "✗ missed"};
  if (with_notice)
    r.notice = Notice{{"以下文件未纳入", "these files are left out"},
                      {make_finding(Code::E001, {"a.yaml", 3, 7}, {"缺少 `:`", "missing `:`"})},
                      true,
                      {}};
  Table table;
  table.columns = {{{"名称", "name"}, {}, Align::Left},
                   {{"比例", "share"}, {"比", "sh"}, Align::Right},
                   {{"数", "count"}, {}, Align::Right},
                   {{"代码", "codes"}, {}, Align::Left}};
  table.rows.push_back({Cell::words(Text{"甲", "a"}), Cell::ratio(1, 4, 0.5, Status::Missed), Cell::integer(12),
                        Cell::code_list({"c1", "c2"})});
  table.rows.push_back({Cell::words("b|c"), Cell::percent(std::nullopt), Cell::fraction(3, 4), Cell::code("x`y")});
  r.sections.push_back({"figures", {"指标", "figures"}, {}, {table}, true});
  r.sections.push_back({"gaps", {"缺口（2023 年）", "gaps (2023)"}, {"2023 年", "as of 2023"},
                        {FindingList{{make_finding(Code::B301, {"u.yaml", 2, 5}, {"事项 `m1` 缺少边界", "matter `m1` has no boundary"}, "m1")},
                                     {"没有缺口", "no gaps"}}}});
  r.sections.push_back({"more", {"其他", "more"}, {}, {FindingList{{}, {"没有缺口", "no gaps"}}}});
  return r;
}

}  // namespace encat::render::report_sample
