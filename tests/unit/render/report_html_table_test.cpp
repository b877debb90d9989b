// The generic HTML of a report table: a row group's first cell drawn once
// across its rows, rows keyed by data-* attributes, the table's class, a
// mark cell, what n/a says, classes by column alignment.
#include <doctest/doctest.h>

#include <string>

#include "render/report.h"

using namespace encat;
using namespace encat::render;
using report::Align;
using report::Cell;
using report::Status;

namespace {

report::Section grouped() {
  report::Table table;
  table.name = "figures";
  table.columns = {{{"指标", "figure"}, {}, Align::Left},
                   {{"年份", "year"}, {}, Align::Right},
                   {{"数值", "value"}, {}, Align::Right, false},  // the last column marks them
                   {{"目标", "target"}, {}, Align::Right},
                   {{"达标", "met"}, {}, Align::Center}};
  Cell na = Cell::percent(std::nullopt);
  na.na = {"n/a（分母为 0）", "n/a (denominator 0)"};
  table.rows = {{Cell::words(Text{"甲", "a"}), Cell::integer(2022), Cell::percent(0.5), Cell::words("≥40.0%"), Cell::mark(0.4, Status::Met)},
                {Cell::words(Text{"甲", "a"}), Cell::integer(2023), Cell::percent(0.25, Status::Missed), Cell::words("≥40.0%"),
                 Cell::mark(0.4, Status::Missed)},
                {Cell::words(Text{"乙", "b"}), Cell::integer(2023), na, Cell::words("—"), Cell::mark(std::nullopt, Status::None)}};
  table.keys = {{"a", {{"figure", "a"}, {"year", "2022"}}}, {"a", {{"figure", "a"}, {"year", "2023"}}}, {"b", {{"figure", "b<"}, {"year", "2023"}}}};
  return {"figures", {"明细", "details"}, {}, {std::move(table)}};
}

}  // namespace

TEST_CASE("html table: a group's first cell spans its rows, rows carry their keys, marks and n/a") {
  CHECK(section_html(grouped(), Lang::Zh) ==
        "<section id=\"figures\">\n<h2>明细</h2>\n<table class=\"figures\">\n"
        "<thead><tr><th>指标</th><th class=\"num\">年份</th><th class=\"num\">数值</th><th class=\"num\">目标</th><th class=\"center\">达标</th></tr></thead>\n"
        "<tbody>\n"
        "<tr class=\"first-of-group\" data-figure=\"a\" data-year=\"2022\"><td class=\"text group\" rowspan=\"2\">甲</td>"
        "<td class=\"num\">2022</td><td class=\"num\">50.0%</td><td class=\"num\">≥40.0%</td>"
        "<td class=\"center\"><span class=\"met\" title=\"达标\">✓</span></td></tr>\n"
        "<tr data-figure=\"a\" data-year=\"2023\"><td class=\"num\">2023</td><td class=\"num missed\">25.0%</td><td class=\"num\">≥40.0%</td>"
        "<td class=\"center\"><span class=\"missed\" title=\"未达标\">✗</span></td></tr>\n"
        "<tr class=\"first-of-group\" data-figure=\"b&lt;\" data-year=\"2023\"><td class=\"text group\" rowspan=\"1\">乙</td>"
        "<td class=\"num\">2023</td><td class=\"num na\">n/a（分母为 0）</td><td class=\"num\">—</td>"
        "<td class=\"center\"><span class=\"na\">—</span></td></tr>\n"
        "</tbody>\n</table>\n</section>\n");
}

TEST_CASE("html table: without keys, no group and no data attributes, a mark reads as text elsewhere") {
  report::Section section = grouped();
  std::get<report::Table>(section.blocks[0]).keys.clear();
  const std::string html = section_html(section, Lang::En);
  CHECK(html.find("rowspan") == std::string::npos);
  CHECK(html.find("data-") == std::string::npos);
  CHECK(html.find("n/a (denominator 0)") != std::string::npos);
  CHECK(cell_text(Cell::mark(0.4, Status::Missed), Lang::En) == "✗");
  CHECK(cell_text(Cell::mark(0.4, Status::None), Lang::En) == "n/a");
  CHECK(cell_text(Cell::mark(std::nullopt, Status::None), Lang::En) == "—");
}

TEST_CASE("html header: the kicker over the title, the facts with their data attributes, escaped") {
  report::Report r;
  r.kicker = {"引言", "kicker"};
  r.title = {"报告 <b>", "report <b>"};
  r.facts.push_back({{"地区", "region"}, Cell::words("33<08"), {{"region", "33\"08"}}});
  r.facts.push_back({{"目标", "targets"}, Cell::code("t-1")});
  CHECK(header_html(r, Lang::Zh) ==
        "<header class=\"report\">\n<p class=\"kicker\">引言</p>\n<h1>报告 &lt;b&gt;</h1>\n"
        "<dl class=\"meta\"><div><dt>地区</dt><dd class=\"text\" data-region=\"33&quot;08\">33&lt;08</dd></div>"
        "<div><dt>目标</dt><dd class=\"mono\">t-1</dd></div></dl>\n</header>\n");
  r.kicker = {};
  r.facts.clear();
  CHECK(header_html(r, Lang::En) == "<header class=\"report\">\n<h1>report &lt;b&gt;</h1>\n</header>\n");
}

TEST_CASE("html cards: a card per number (of how many, a detail line, a tone), a chip per code, the targets missed") {
  report::Cards cards;
  cards.cards.push_back({{"达标", "met"}, 5, 7, {"细节 <", "detail <"}, report::Card::Tone::Good});
  cards.cards.push_back({{"县", "counties"}, 2});
  cards.codes = {{Code::B301, 0}, {Code::B302, 3}};
  cards.missed_title = {"未达标", "missed"};
  cards.missed.push_back({{"2023 年 · 甲", "2023 · a"}, Cell::ratio(1, 4, 0.5, Status::Missed)});
  const std::string html = section_html({"summary", {"概览", "overview"}, {}, {cards}}, Lang::En);
  CHECK(html.find("<div class=\"cards\">\n"
                  "<div class=\"card good\"><div class=\"label\">met</div><div class=\"num\">5<small> / 7</small></div>"
                  "<div class=\"detail\">detail &lt;</div></div>\n"
                  "<div class=\"card\"><div class=\"label\">counties</div><div class=\"num\">2</div></div>\n</div>\n") != std::string::npos);
  CHECK(html.find("<li class=\"zero\" data-code=\"B301\"") != std::string::npos);
  CHECK(html.find("<li class=\"some\" data-code=\"B302\"") != std::string::npos);
  CHECK(html.find("<b>3</b></li>") != std::string::npos);
  CHECK(html.find("<div class=\"missed-box\"><h3>missed</h3>\n<ul class=\"missed-list\">\n"
                  "<li><b>2023 · a</b>: 25.0% (1/4), target ≥50.0% <span class=\"missed\">✗</span></li>\n</ul></div>\n") != std::string::npos);
  cards.missed.clear();
  cards.codes.clear();
  const std::string bare = section_html({"summary", {}, {}, {cards}}, Lang::Zh);
  CHECK(bare.find("chips") == std::string::npos);
  CHECK(bare.find("missed-box") == std::string::npos);
}

TEST_CASE("html table: stacked ratios over their fractions, several values in a cell, labels, details, tooltips, spans, a row's class") {
  report::Table table;
  table.name = "townships";
  table.columns = {{{"目录", "catalog"}, {}, Align::Left},
                   {{"区划", "region"}, {}, Align::Left},
                   {{"2023", "2023"}, {}, Align::Right, false, true},  // coloured, not marked
                   {{"未承接", "missing"}, {}, Align::Left}};
  Cell title = Cell::words(Text{"甲镇", "a"});
  title.detail = "a-2023";
  Cell rates = Cell::ratio(2, 3, std::nullopt, Status::Missed);
  Cell na = Cell::ratio(0, 0, std::nullopt, Status::None);
  na.na = {"n/a", "n/a"};
  rates.more.push_back(na);
  Cell missing = Cell::code_list({"m1", "m2"});
  missing.label = {"2023 年：", "2023:"};
  table.rows.push_back({title, Cell::code("330881001"), rates, missing});
  Cell total = Cell::words(Text{"合计", "total"});
  total.span = 2;
  Cell none = Cell::percent(std::nullopt);
  none.na = {"—", "—"};
  none.hint = {"当年无生效目录", "no catalog \"in force\""};
  table.rows.push_back({total, none, Cell::mark(std::nullopt, Status::None)});
  table.keys = {{{}, {{"township", "330881001"}}}, {{}, {}, "total"}};
  CHECK(section_html({"townships", {}, {}, {table}}, Lang::En) ==
        "<section id=\"townships\">\n<table class=\"townships\">\n"
        "<thead><tr><th>catalog</th><th>region</th><th class=\"num\">2023</th><th>missing</th></tr></thead>\n<tbody>\n"
        "<tr data-township=\"330881001\"><td class=\"text\">a<div class=\"frac mono\">a-2023</div></td><td class=\"mono\">330881001</td>"
        "<td class=\"num\"><div class=\"missed\">66.7%</div><div class=\"frac\">2/3</div><div class=\"na\">n/a</div><div class=\"frac\">0/0</div></td>"
        "<td class=\"text\"><div><span class=\"yr\">2023:</span><code>m1</code> <code>m2</code></div></td></tr>\n"
        "<tr class=\"total\"><td class=\"text\" colspan=\"2\">total</td><td class=\"num na\" title=\"no catalog &quot;in force&quot;\">—</td>"
        "<td class=\"text\"><span class=\"na\">—</span></td></tr>\n"
        "</tbody>\n</table>\n</section>\n");
  table.rows.clear();
  table.keys.clear();
  table.empty = {"没有乡镇目录", "no township catalog"};
  CHECK(section_html({"townships", {}, {}, {table}}, Lang::Zh) == "<section id=\"townships\">\n<p class=\"empty\">没有乡镇目录</p>\n</section>\n");
}

TEST_CASE("html table: sortable columns under groups, a sort key per cell, a column's data-* and class on its cells") {
  report::Table table;
  table.columns = {{{"地区", "region"}, {}, Align::Left, true, false, true},
                   {{"甲", "a"}, {}, Align::Right, true, true, true, {}, {{"figure", "a"}}},
                   {{"合计", "total"}, {}, Align::Right, true, false, true, "total", {}, {"提示", "hint"}}};
  table.groups = {{{}, 1}, {{"指标", "figures"}, 2}};
  table.rows = {{Cell::code("330881"), Cell::ratio(1, 4, 0.5, Status::Missed), Cell::integer(0)},
                {Cell::code("330822"), Cell::ratio(0, 0, 0.5, Status::None), Cell::integer(3)}};
  const std::string html = section_html({"league", {}, {}, {table}}, Lang::En);
  CHECK(html.find("<thead>\n<tr><th rowspan=\"2\" class=\"sortable\" data-col=\"0\" data-type=\"text\">region</th>"
                  "<th colspan=\"2\" class=\"center\">figures</th></tr>\n"
                  "<tr><th class=\"sortable num\" data-col=\"1\" data-type=\"number\" data-figure=\"a\">a</th>"
                  "<th class=\"sortable num total\" data-col=\"2\" data-type=\"number\" title=\"hint\">total</th></tr>\n</thead>\n") !=
        std::string::npos);
  CHECK(html.find("<td class=\"mono\" data-sort=\"330881\">330881</td>"
                  "<td class=\"num ratio missed\" data-figure=\"a\" data-sort=\"0.25\">25.0% <span class=\"missed\" title=\"missed\">✗</span>"
                  "<div class=\"frac\">1/4</div></td><td class=\"num zero total\" data-sort=\"0\">0</td>") != std::string::npos);
  CHECK(html.find("<td class=\"num ratio na\" data-figure=\"a\" data-sort=\"\">n/a<div class=\"frac\">0/0</div></td>") != std::string::npos);
  // Groups that do not cover every column: one row of headings.
  table.groups = {{{"指标", "figures"}, 2}};
  CHECK(section_html({"league", {}, {}, {table}}, Lang::En).find("<thead><tr><th class=\"sortable\"") != std::string::npos);
}
