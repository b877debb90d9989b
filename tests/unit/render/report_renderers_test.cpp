// The generic report renderers (render/report.h) over a report built in
// memory (report_sample.h): the exact text and markdown, in both languages.
#include <doctest/doctest.h>

#include <string>

#include "render/report.h"
#include "report_sample.h"

using namespace encat;
using namespace encat::render;

namespace {

std::string text_of(const report::Report& r, Lang lang, bool color = false) {
  RenderContext context;
  context.lang = lang;
  context.color = color;
  SourceLines sources;
  return render_report_text(r, context, sources);
}

}  // namespace

TEST_CASE("cell text: ratio with target and mark, percent, n/a, fraction, codes") {
  using report::Cell;
  using report::Status;
  CHECK(cell_text(Cell::ratio(1, 4, 0.5, Status::Missed), Lang::Zh) == "25.0% (1/4) ≥50.0% ✗");
  CHECK(cell_text(Cell::ratio(1, 2, std::nullopt, Status::None), Lang::Zh) == "50.0% (1/2)");
  CHECK(cell_text(Cell::ratio(0, 0, 1.0, Status::None), Lang::Zh) == "n/a (0/0) ≥100.0%");
  CHECK(cell_text(Cell::percent(1.0, Status::Met), Lang::En) == "100.0% ✓");
  CHECK(cell_text(Cell::percent(std::nullopt), Lang::En) == "n/a");
  CHECK(cell_text(Cell::fraction(3, 4), Lang::En) == "3/4");
  CHECK(cell_text(Cell::code_list({"a", "b"}), Lang::En, ", ") == "a, b");
  CHECK(cell_text(Cell::words(Text{"甲", "a"}), Lang::En) == "a");
}

TEST_CASE("text: the title with its facts, the lead section untitled, tables lined up (ratios on the left), findings, the summary with the legend last") {
  CHECK(text_of(report_sample::sample(), Lang::Zh) == R"(样例报告（2023 年），目标 t-1

  名称  比                     数  代码
  甲    25.0% (1/4) ≥50.0% ✗   12  c1 c2
  b|c   n/a                   3/4  x`y

缺口（2023 年）

error[B301]: 事项 `m1` 缺少边界
 --> u.yaml:2:5

其他
  没有缺口

共 2 项，1 项未达标（✗ 未达标）
)");
}

TEST_CASE("text in English: a brief notice first, short column headings") {
  CHECK(text_of(report_sample::sample(true), Lang::En) == R"(note: these files are left out

sample report (2023), targets t-1

  name  sh                    count  codes
  a     25.0% (1/4) ≥50.0% ✗     12  c1 c2
  b|c   n/a                     3/4  x`y

gaps (2023)

error[B301]: matter `m1` has no boundary
 --> u.yaml:2:5

more
  no gaps

2 in all, 1 missed (✗ missed)
)");
}

TEST_CASE("text: a full notice lists its findings; colour makes headings bold; values stay printable") {
  report::Report r = report_sample::sample(true);
  r.notice->brief_in_text = false;
  r.title.zh = "样例\x1b[2J";
  const std::string out = text_of(r, Lang::Zh, true);
  CHECK(out.find("\x1b[1m以下文件未纳入：\x1b[0m\n\n") == 0);
  CHECK(out.find("[E001]") != std::string::npos);
  CHECK(out.find("\x1b[2J") == std::string::npos);
  CHECK(out.find("\x1b[1m缺口（2023 年）\x1b[0m\n") != std::string::npos);
}

TEST_CASE("markdown: escaped values, code spans, findings grouped by code, Chinese punctuation") {
  CHECK(render_report_markdown(report_sample::sample(true), Lang::Zh) == R"(# 样例报告（2023 年）

> **注意：以下文件未纳入。**
>
> - `a.yaml:3:7` E001：缺少 `:`

目标：`t-1`

**共 2 项，1 项未达标**（✗ 未达标）

## 指标

| 名称 | 比例 | 数 | 代码 |
|---|---:|---:|---|
| 甲 | 25.0% (1/4) ≥50.0% ✗ | 12 | `c1`, `c2` |
| b\|c | n/a | 3/4 | ``x`y`` |

## 缺口（2023 年）

### B301 missing_boundary：综合执法事项缺少职责边界（1）

- 事项 `m1` 缺少边界 — `u.yaml:2:5`

## 其他

没有缺口。
)");
}

TEST_CASE("markdown in English: headings, column headings and sentences start with a capital") {
  CHECK(render_report_markdown(report_sample::sample(), Lang::En) == R"(# Sample report (2023)

Targets: `t-1`

**2 in all, 1 missed** (✗ missed)

## Figures

| Name | Share | Count | Codes |
|---|---:|---:|---|
| a | 25.0% (1/4) ≥50.0% ✗ | 12 | `c1`, `c2` |
| b\|c | n/a | 3/4 | ``x`y`` |

## Gaps (2023)

### B301 missing_boundary: a comprehensive matter has no `boundary` (1)

- matter `m1` has no boundary — `u.yaml:2:5`

## More

No gaps.
)");
}
