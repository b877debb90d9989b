// encat-audit's HTML reports: escaping, n/a years, one point per year and one
// target line per year with a target in each chart, determinism, nothing
// from the network. (tests/browser/ opens the real page in Chromium.)
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "audit_html_sample.h"
#include "render/chart_svg.h"
#include "render/html_page.h"
#include "present/audit_report.h"

using namespace encat;
using namespace encat::render;

namespace {

AuditContext context(Lang lang = Lang::Zh) {
  AuditContext c;
  c.lang = lang;
  c.targets_id = "zhejiang-targets";
  return c;
}

size_t count(const std::string& text, const std::string& pattern) {
  const std::regex re(pattern);
  return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

// The points of one figure's chart: <g class="point…" data-figure="name" …>.
size_t points(const std::string& html, std::string_view figure, std::string_view extra_class = "") {
  return count(html, "<g class=\"point[^\"]*" + std::string(extra_class) + "[^\"]*\" data-figure=\"" + std::string(figure) + "\"");
}
size_t target_lines(const std::string& html, std::string_view figure) {
  return count(html, "<line class=\"target-line\" data-figure=\"" + std::string(figure) + "\"");
}

// The SVG of one figure's chart.
std::string chart_of(const std::string& html, std::string_view figure) {
  const size_t start = html.find("<svg class=\"chart\" data-figure=\"" + std::string(figure) + "\"");
  REQUIRE(start != std::string::npos);
  return html.substr(start, html.find("</svg>", start) - start);
}

}  // namespace

TEST_CASE("escape: markup characters, invalid UTF-8, control characters") {
  CHECK(markup_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  CHECK(markup_escape("贺村镇") == "贺村镇");
  CHECK(markup_escape("a\xff" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(markup_escape(std::string("a\0b\x1b", 4)) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(markup_escape("tab\tline\n") == "tab\tline\n");
  CHECK(html::message("代码 `<x>` 与 `y`,孤立的 ` 保留") == "代码 <code>&lt;x&gt;</code> 与 <code>y</code>,孤立的 ` 保留");
}

TEST_CASE("fixed: no locale, no negative zero") {
  CHECK(html::fixed(12.345, 1) == "12.3");
  CHECK(html::fixed(-0.01, 1) == "0.0");
  CHECK(html::fixed(0.5, 0) == "0");  // round half to even, as printf does
}

TEST_CASE("county report: user data is escaped everywhere") {
  audit::RegionAudit audit = audit_sample::county();
  audit.region = "330881\"><script>alert(1)</script>";
  AuditContext c = context();
  c.targets_id = "t<&>\"'";
  c.reading = audit_sample::reading();
  const std::string html = render_audit_html(audit, c);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("贺村镇 &lt;img src=x onerror=alert(1)&gt; &amp; &quot;目录&quot;") != std::string::npos);
  CHECK(html.find("t&lt;&amp;&gt;&quot;&#39;") != std::string::npos);
  CHECK(html.find("<code>jiangshan-dept &lt;x&gt;</code>") != std::string::npos);
  CHECK(html.find("departments/a&amp;b.yaml:7:5") != std::string::npos);
  CHECK(html.find("broken &lt;1&gt;.yaml") != std::string::npos);
}

TEST_CASE("county report: one page, nothing from the network, the language set") {
  const std::string html = render_audit_html(audit_sample::county(), context());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("@page { size: A4;") != std::string::npos);
  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "<[^>]*\\b(src|href)=") == 0);
  CHECK(count(html, "url\\(") == 0);
  CHECK(count(html, "@import") == 0);
  // The only address is SVG's namespace name, which nothing fetches.
  CHECK(count(html, "https?://") == count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(html.find("综合执法事项占比") != std::string::npos);

  const std::string en = render_audit_html(audit_sample::county(), context(Lang::En));
  CHECK(en.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(en.find("comprehensive matter share") != std::string::npos);
  CHECK(en.find("Boundary gaps") != std::string::npos);
}

TEST_CASE("county report: a chart per figure, a point per year, a target line per year with a target") {
  const std::string html = render_audit_html(audit_sample::county(), context());
  CHECK(count(html, "<svg class=\"chart\"") == model::figure_count);
  for (size_t f = 0; f < model::figure_count; ++f) {
    const std::string_view name = model::figure_name(static_cast<model::Figure>(f));
    CAPTURE(name);
    CHECK(count(html, "<svg class=\"chart\" data-figure=\"" + std::string(name) + "\" data-years=\"3\"") == 1);
    CHECK(points(html, name) == 3);
  }
  CHECK(target_lines(html, "matter_share") == 3);
  CHECK(target_lines(html, "key_matter_share") == 3);    // n/a in 2021 but a target still
  CHECK(target_lines(html, "township_mandatory") == 2);  // no target in 2021
  // The matter share's target changes 2021 → 2022: one riser; none after.
  CHECK(count(chart_of(html, "matter_share"), "class=\"target-step\"") == 1);
  CHECK(count(chart_of(html, "domain_share"), "class=\"target-step\"") == 0);
  // The point carries its year, value and target.
  CHECK(html.find("<g class=\"point\" data-figure=\"matter_share\" data-year=\"2022\" data-value=\"0.23333333333333334\" "
                  "data-numerator=\"70\" data-denominator=\"300\" data-target=\"0.22\" data-met=\"true\">") != std::string::npos);
  // Labelled with the percentage and numerator/denominator.
  const std::string matter = chart_of(html, "matter_share");
  CHECK(matter.find(">23.3%</text>") != std::string::npos);
  CHECK(matter.find(">70/300</text>") != std::string::npos);
  // The missed year is marked.
  CHECK(points(html, "case_share", "missed") == 1);
  CHECK(html.find("data-figure=\"case_share\" data-year=\"2022\" data-value=\"0.55\" data-numerator=\"550\" "
                  "data-denominator=\"1000\" data-target=\"0.6\" data-met=\"false\"") != std::string::npos);
}

TEST_CASE("county report: n/a is a gap with a label, never 0") {
  const std::string html = render_audit_html(audit_sample::county(), context());
  CHECK(points(html, "township_mandatory", "point-na") == 1);
  CHECK(points(html, "key_matter_share", "point-na") == 1);
  CHECK(points(html, "matter_share", "point-na") == 0);
  const std::string township = chart_of(html, "township_mandatory");
  // The n/a point has no marker and no value; the line starts after the gap.
  const size_t na = township.find("class=\"point point-na\"");
  REQUIRE(na != std::string::npos);
  const std::string na_point = township.substr(na, township.find("</g>", na) - na);
  CHECK(na_point.find("data-value=\"n/a\"") != std::string::npos);
  CHECK(na_point.find("<circle") == std::string::npos);
  CHECK(na_point.find("无数据") != std::string::npos);
  CHECK(township.find(">0.0%<") == std::string::npos);
  CHECK(count(township, "<path class=\"series-line\" d=\"M[0-9. ]+ L[0-9. ]+\"") == 1);  // 2022 → 2023 only
  // The figure table says n/a too, with no met mark.
  CHECK(html.find("<td class=\"num na\">n/a（分母为 0）</td>") != std::string::npos);
  // n/a with a target is neither met nor missed.
  CHECK(html.find("data-figure=\"key_matter_share\" data-year=\"2021\" data-value=\"n/a\" data-numerator=\"0\" "
                  "data-denominator=\"0\" data-target=\"0.6\">") != std::string::npos);
}

TEST_CASE("county report: a single year, many years, no years") {
  const audit::RegionAudit lone = audit_sample::county(2023, 2023);
  const std::string one = render_audit_html(lone, context());
  for (size_t f = 0; f < model::figure_count; ++f) {
    const std::string_view name = model::figure_name(static_cast<model::Figure>(f));
    CHECK(points(one, name) == 1);
    CHECK(target_lines(one, name) == (lone.years[0].figures[f].target ? 1 : 0));  // the sample sets no staffing target
  }
  CHECK(one.find("<path class=\"series-line\"") == std::string::npos);  // a lone point has no line

  const std::string many = render_audit_html(audit_sample::county(2016, 2025), context());
  CHECK(points(many, "claim_rate") == 10);
  CHECK(target_lines(many, "claim_rate") == 10);

  audit::RegionAudit empty;
  empty.region = "330881";
  const std::string none = render_audit_html(empty, context());
  CHECK(count(none, "<svg class=\"chart\"") == model::figure_count);
  CHECK(count(none, "<g class=\"point") == 0);
}

TEST_CASE("county report: gaps grouped by code, townships, the reading notice") {
  AuditContext c = context();
  const std::string clean = render_audit_html(audit_sample::county(), c);
  CHECK(clean.find("id=\"reading\"") == std::string::npos);
  CHECK(count(clean, "<section class=\"gap-group\"") == 4);
  CHECK(clean.find("<section class=\"gap-group\" data-code=\"B305\" data-count=\"1\">") != std::string::npos);
  CHECK(count(clean, "<tr class=\"gap\"") == 4);
  CHECK(clean.find("catalogs/zhejiang/unified-2022.yaml:41:11") != std::string::npos);
  CHECK(clean.find("<ul class=\"notes\"><li>部门目录也列出该事项: catalogs/zhejiang/jiangshan/departments/a&amp;b.yaml:7:5</li></ul>") !=
        std::string::npos);
  CHECK(count(clean, "<tr data-township=") == 2);
  CHECK(clean.find("<code>330216004000</code>") != std::string::npos);
  // Code order, whatever the findings' order.
  CHECK(clean.find("data-code=\"B301\" data-count") < clean.find("data-code=\"B307\" data-count"));

  c.reading = audit_sample::reading();
  const std::string left_out = render_audit_html(audit_sample::county(), c);
  const size_t notice = left_out.find("<section class=\"notice\" id=\"reading\" role=\"alert\">");
  REQUIRE(notice != std::string::npos);
  CHECK(notice < left_out.find("id=\"summary\""));  // before everything else
  CHECK(left_out.find("注意：1 个文件未纳入本次评估") != std::string::npos);
  CHECK(left_out.find("<b class=\"mono\">E001</b>") != std::string::npos);

  CHECK(count(clean, "<p class=\"empty\">未发现边界缺口") == 2);  // 2021 and 2022: a section a year
  audit::RegionAudit no_gaps = audit_sample::county();
  no_gaps.findings.clear();
  no_gaps.years.back().findings.clear();
  CHECK(count(render_audit_html(no_gaps, context()), "<p class=\"empty\">未发现边界缺口") == 3);
}

TEST_CASE("county report: deterministic") {
  AuditContext c = context();
  c.reading = audit_sample::reading();
  const std::string first = render_audit_html(audit_sample::county(), c);
  const audit::RegionAudit copy = audit_sample::county();
  CHECK(render_audit_html(copy, c) == first);
  SourceLines sources;
  CHECK(render_audit(AuditFormat::Html, copy, c, sources) == first);
}

TEST_CASE("league: a row per county, figure cells, missed marks, gap counts, sortable") {
  std::vector<audit::RegionAudit> counties{audit_sample::county(2022, 2022), audit_sample::county(2022, 2022)};
  counties[1].region = "330802<b>";
  counties[1].findings.clear();
  counties[1].years.back().findings.clear();
  const std::string html = render_league_html(counties, context());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(html.find("@page { size: A4 landscape;") != std::string::npos);
  CHECK(count(html, "<tr data-region=") == 2);
  CHECK(html.find("<tr data-region=\"330802&lt;b&gt;\"") != std::string::npos);
  // Every figure sortable; the first (matter_share, the default --sort) is the order the page starts in.
  CHECK(count(html, "<th (aria-sort=\"descending\" )?class=\"sortable num\" data-col=\"[0-9]+\" data-type=\"number\" data-figure=") ==
        model::figure_count);
  CHECK(count(html, "<th aria-sort=\"descending\" class=\"sortable num\" data-col=\"1\" data-type=\"number\" data-figure=\"matter_share\"") == 1);
  // case_share missed in 2022 in both.
  CHECK(count(html, "<td class=\"num ratio missed\" data-figure=\"case_share\"") == 2);
  CHECK(html.find("55.0% <span class=\"missed\" title=\"未达标\">✗</span><div class=\"frac\">550/1000</div>") != std::string::npos);
  CHECK(count(html, "<td class=\"num code\" data-code=\"B305\" data-sort=\"1\">1</td>") == 1);
  CHECK(count(html, "<td class=\"num zero code\" data-code=\"B305\" data-sort=\"0\">0</td>") == 1);
  // Two heading rows: the region across both, then the figures' and the gaps' groups.
  CHECK(html.find("<thead>\n<tr><th rowspan=\"2\" class=\"sortable place\" data-col=\"0\" data-type=\"text\">县（市、区）</th>"
                  "<th colspan=\"10\" class=\"center\">") != std::string::npos);
  // A county by name, its code under it (escaped).
  CHECK(count(html, "<div class=\"frac mono\">330802&lt;b&gt;</div>") == 1);
  CHECK(count(html, "data-order=\"1\"") == 1);
  // The one inline script: sorting (no network either way).
  CHECK(count(html, "<script>") == 1);
  CHECK(count(html, "<[^>]*\\b(src|href)=") == 0);
  CHECK(render_league_html(counties, context()) == html);
  CHECK(render_league_html({}, context()).find("没有找到县") != std::string::npos);
}
