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
  CHECK(cell_text(Cell::code_list({"a", "b"}), Lang::En) == "a b");
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

TEST_CASE("html: a fragment with the facts, the notice, the summary and each section; values escaped, cells classed") {
  report::Report r = report_sample::sample(true);
  r.title.zh = "样例 <b>&";
  const std::string html = render_report_html(r, Lang::Zh);
  CHECK(html.find("<article class=\"report\">\n<header class=\"report\">\n<h1>样例 &lt;b&gt;&amp;</h1>\n"
                  "<dl class=\"meta\"><div><dt>目标</dt><dd class=\"mono\">t-1</dd></div></dl>\n</header>\n") == 0);
  CHECK(html.find("<section class=\"notice\" id=\"reading\" role=\"alert\">\n<h2>以下文件未纳入</h2>\n<ul>\n"
                  "<li><span class=\"file mono\">a.yaml</span>\n<ul>\n<li><span class=\"badge error\">错误</span> "
                  "<b class=\"mono\">E001</b> <span class=\"mono frac\">a.yaml:3:7</span> 缺少 <code>:</code></li>\n</ul></li>\n</ul>\n</section>\n"
                  "<p class=\"summary\">共 2 项，1 项未达标 <span class=\"legend\">✗ 未达标</span></p>\n") != std::string::npos);
  CHECK(html.find(R"(<section id="figures">
<h2>指标</h2>
<table>
<thead><tr><th>名称</th><th class="num">比例</th><th class="num">数</th><th>代码</th></tr></thead>
<tbody>
<tr><td class="text">甲</td><td class="num missed">25.0% (1/4) ≥50.0% ✗</td><td class="num">12</td><td class="mono"><code>c1</code> <code>c2</code></td></tr>
<tr><td class="text">b|c</td><td class="num na">n/a</td><td class="num">3/4</td><td class="mono">x`y</td></tr>
</tbody>
</table>
</section>
<section id="gaps">
<h2>缺口（2023 年）<span class="sub">2023 年</span></h2>
<section class="gap-group" data-code="B301" data-count="1">
<h3><span class="mono">B301</span> 综合执法事项缺少职责边界 <span class="name mono">missing_boundary</span> <span class="badge error">错误</span><span class="count">共 1 项</span></h3>
<table class="gaps">
<colgroup><col class="n"><col class="matter"><col><col class="where"></colgroup>
<thead><tr><th class="num">#</th><th>事项代码</th><th>说明</th><th>位置</th></tr></thead>
<tbody>
<tr class="gap" data-code="B301"><td class="num">1</td><td class="mono">m1</td><td>事项 <code>m1</code> 缺少边界</td><td class="where mono">u.yaml:2:5</td></tr>
</tbody>
</table>
</section>
</section>
<section id="more">
<h2>其他</h2>
<p class="empty">没有缺口</p>
</section>
</article>
)") != std::string::npos);
}

TEST_CASE("json: cells keep their kinds and numbers; n/a is null; a status is `met`") {
  report::Report r;
  r.title = {"样例", "sample"};
  r.summary = {"一项", "one"};
  report::Table table;
  table.columns = {{{"名称", "name"}, {}, report::Align::Left}, {{"比例", "share"}, {}, report::Align::Right}};
  table.rows.push_back({report::Cell::code("c1"), report::Cell::ratio(1, 4, 0.5, report::Status::Missed)});
  table.rows.push_back({report::Cell::fraction(3, 4), report::Cell::percent(std::nullopt)});
  r.sections.push_back({"figures", {"指标", "figures"}, {}, {table}});
  CHECK(render_report_json(r, Lang::En) == R"({
  "title": "sample",
  "facts": [],
  "summary": "one",
  "sections": [
    {
      "id": "figures",
      "title": "figures",
      "blocks": [
        {
          "columns": [
            {
              "heading": "name",
              "align": "left"
            },
            {
              "heading": "share",
              "align": "right"
            }
          ],
          "rows": [
            [
              {
                "kind": "code",
                "text": "c1"
              },
              {
                "kind": "ratio",
                "numerator": 1,
                "denominator": 4,
                "value": 0.25,
                "target": 0.5,
                "met": false
              }
            ],
            [
              {
                "kind": "fraction",
                "numerator": 3,
                "denominator": 4
              },
              {
                "kind": "percent",
                "value": null
              }
            ]
          ]
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("json: the notice, the legend and findings go with the sample's sections") {
  const std::string json = render_report_json(report_sample::sample(true), Lang::Zh);
  CHECK(json.find("\"notice\": {\n    \"title\": \"以下文件未纳入\",\n    \"findings\": [\n      {\n        \"code\": \"E001\"") !=
        std::string::npos);
  CHECK(json.find("\"legend\": \"✗ 未达标\"") != std::string::npos);
  CHECK(json.find("\"matter\": \"m1\"") != std::string::npos);
  CHECK(json.find("\"findings\": []") != std::string::npos);  // the section with none
}

namespace {

report::Report with_chart() {
  report::Report r;
  r.title = {"图", "chart"};
  r.summary = {"一项", "one"};
  report::Chart chart{"share<1>", {"占比", "share"}, {"甲 ÷ 乙", "a ÷ b"}, {}};
  chart.points.push_back({"2022", {"2022 年", "2022"}, report::Cell::ratio(1, 2, 0.6, report::Status::Missed)});
  chart.points.push_back({"2023", {"2023 年", "2023"}, report::Cell::ratio(0, 0, std::nullopt, report::Status::None)});
  r.sections.push_back({"charts", {"走势", "by year"}, {}, {chart}});
  return r;
}

}  // namespace

TEST_CASE("a chart: a table in text and markdown, a card with an SVG in HTML, its points in JSON") {
  CHECK(text_of(with_chart(), Lang::Zh) == R"(图

走势
  占比     2022                  2023
  甲 ÷ 乙  50.0% (1/2) ≥60.0% ✗  n/a (0/0)

一项
)");
  CHECK(render_report_markdown(with_chart(), Lang::En) == R"(# Chart

**One**

## By year

| Share | 2022 | 2023 |
|---|---:|---:|
| a ÷ b | 50.0% (1/2) ≥60.0% ✗ | n/a (0/0) |
)");
  const std::string html = render_report_html(with_chart(), Lang::Zh);
  CHECK(html.find("<figure class=\"chart-card\" id=\"figure-share&lt;1&gt;\">\n<figcaption><span class=\"title\">占比</span>"
                  "<span class=\"latest\">2023 年：n/a <span class=\"na\">—</span></span></figcaption>\n"
                  "<p class=\"definition\">甲 ÷ 乙</p>\n<svg class=\"chart\" data-figure=\"share&lt;1&gt;\" data-years=\"2\"") !=
        std::string::npos);
  CHECK(html.find("<g class=\"point missed\" data-figure=\"share&lt;1&gt;\" data-year=\"2022\" data-value=\"0.5\" "
                  "data-numerator=\"1\" data-denominator=\"2\" data-target=\"0.6\" data-met=\"false\">"
                  "<title>2022 年：50.0%（1/2）；目标 ≥60.0%，未达标</title>") != std::string::npos);
  CHECK(html.find("<g class=\"point point-na\" data-figure=\"share&lt;1&gt;\" data-year=\"2023\" data-value=\"n/a\"") != std::string::npos);
  const std::string json = render_report_json(with_chart(), Lang::En);
  CHECK(json.find("\"chart\": {\n            \"id\": \"share<1>\",\n            \"title\": \"share\",\n"
                  "            \"definition\": \"a ÷ b\",\n            \"points\": [\n              {\n"
                  "                \"key\": \"2022\",\n                \"label\": \"2022\",") != std::string::npos);
}

TEST_CASE("json: a centred column says so, and the cards give their counts, codes and missed targets") {
  report::Report r;
  r.title = {"卡片", "cards"};
  report::Table table;
  table.columns = {{{"达标", "met"}, {}, report::Align::Center}};
  report::Cards cards;
  cards.cards.push_back({{"达标指标", "targets met"}, 20, 21, {"2022 年", "2022"}, report::Card::Tone::Warn});
  cards.cards.push_back({{"缺口", "gaps"}, 0});
  cards.codes = {{Code::B301, 3}};
  cards.missed.push_back({{"2022 年 · 占比", "2022 · share"}, report::Cell::ratio(1, 4, 0.5, report::Status::Missed)});
  r.sections.push_back({"head", {}, {}, {table, cards}});
  const std::string json = render_report_json(r, Lang::En);
  CHECK(json.find("\"heading\": \"met\",\n              \"align\": \"center\"") != std::string::npos);
  CHECK(json.find(R"("cards": [
            {
              "label": "targets met",
              "count": 20,
              "of": 21,
              "detail": "2022",
              "tone": "warn"
            },
            {
              "label": "gaps",
              "count": 0,
              "tone": "plain"
            }
          ],
          "codes": [
            {
              "code": "B301",
              "count": 3
            }
          ],
          "missed": [
            {
              "what": "2022 · share",
              "value": {
                "kind": "ratio",
                "numerator": 1,
                "denominator": 4,
                "value": 0.25,
                "target": 0.5,)") != std::string::npos);
}
