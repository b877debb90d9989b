// encat-publish --format html: the notice (publish/notice.h) as one
// self-contained page. Nothing comes from the network (no script, style, font
// or image; the Content-Security-Policy says so too); Chinese typography with
// the fonts installed on the reader's machine; a search box and a domain
// filter (inline script, the page works and prints without it); accessible
// table markup; print CSS for A4 landscape with the header row on every page.
// The texts are those of the markdown and CSV renderers (publish_report.cpp).
#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "model/fields.h"
#include "present/publish_report.h"
#include "render/code_points.h"
#include "render/html_page.h"

namespace encat::render {

namespace {

std::string esc(std::string_view text) { return markup_escape(text); }
std::string attr(std::string_view text) { return markup_escape(text, true); }

// The shared look (html::base_css: palette, fonts) and a wide table's own.
constexpr std::string_view kCss = R"css(:root { --group: #e8eef6; }
[hidden] { display: none !important; }
body {
  line-height: 1.7;
  /* Chinese text: no justification (no stretched gaps around Latin words and digits), strict line breaking
     (no line starts with ，。、；：？！）》 or ends with （《). */
  text-align: start; text-justify: none; line-break: strict; word-break: normal; overflow-wrap: break-word;
  font-kerning: none; -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
main { max-width: 1440px; margin: 0 auto; padding: 28px 32px 48px; }
header.notice { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 16px; }
h1 { font-size: 24px; line-height: 1.4; margin: 0 0 8px; color: var(--accent); text-align: center; letter-spacing: 0.02em; }
dl.meta { display: flex; flex-wrap: wrap; justify-content: center; gap: 2px 28px; margin: 0; color: var(--muted); }
dl.meta div { display: flex; }
dl.meta dt { font-weight: 600; color: var(--ink); }
dl.meta dt::after { content: "："; font-weight: 400; }
dl.meta dd { margin: 0; }
h2 { font-size: 18px; margin: 26px 0 10px; padding-left: 10px; border-left: 5px solid var(--accent); line-height: 1.4; break-after: avoid; }
p.paragraph, p.lead { margin: 14px 0 10px; text-indent: 2em; }
p.summary { margin: 14px 0 0; font-weight: 600; }
p.empty { color: var(--muted); }
form.filters {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; margin: 0 0 14px; padding: 10px 14px;
  background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
}
form.filters .field { display: flex; align-items: center; gap: 8px; }
form.filters label { font-weight: 600; white-space: nowrap; }
form.filters input, form.filters select {
  font: inherit; font-size: 14px; padding: 4px 8px; border: 1px solid #b9c2ce; border-radius: 4px; background: #fff; color: var(--ink);
}
form.filters input { width: 26em; max-width: 60vw; }
form.filters input:focus, form.filters select:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
form.filters .count { margin: 0 0 0 auto; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
table.notice { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 13px; margin: 4px 0 8px; }
table.notice caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.notice th, table.notice td { border: 1px solid var(--line); padding: 5px 7px; vertical-align: top; text-align: left; }
table.notice thead th {
  background: var(--soft); font-weight: 600; text-align: center; vertical-align: middle; position: sticky; top: 0; z-index: 1;
  box-shadow: inset 0 -1px 0 var(--line);
}
table.notice tbody th[scope="row"] { font-weight: 400; }
table.notice tr.domain th { background: var(--group); color: var(--accent); font-weight: 700; font-size: 14px; text-align: left; }
table.notice td.k-index { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.notice td.k-code, table.notice td.k-old_code, table.notice td.k-new_code {
  font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", "Consolas", monospace; font-size: 12px; white-space: nowrap;
  font-variant-numeric: tabular-nums;
}
table.notice td.k-scope, table.notice td.k-township, table.notice td.k-status, table.notice td.k-power { text-align: center; }
table.notice tr.none td { color: var(--muted); text-align: center; }
table.notice tr.unresolved td { color: var(--muted); }
@media (max-width: 760px) {
  main { padding: 16px; }
  table.notice { table-layout: auto; }
}
@page {
  size: A4 landscape; margin: 12mm 10mm 14mm;
  @bottom-center { content: "第 " counter(page) " 页  共 " counter(pages) " 页"; font-size: 9pt; color: #5b6675; }
}
@media print {
  body { font-size: 10pt; line-height: 1.5; }
  main { max-width: none; padding: 0; }
  form.filters { display: none !important; }
  h1 { font-size: 17pt; }
  h2 { font-size: 12.5pt; margin-top: 12px; }
  table.notice { font-size: 9pt; }
  table.notice td.k-code, table.notice td.k-old_code, table.notice td.k-new_code { font-size: 8.5pt; }
  table.notice tr.domain th { font-size: 9.5pt; }
  table.notice thead { display: table-header-group; }
  table.notice thead th { position: static; }
  table.notice tr { break-inside: avoid; page-break-inside: avoid; }
  table.notice tr.domain { break-after: avoid; page-break-after: avoid; }
  p.paragraph { break-after: avoid; page-break-after: avoid; }
  p.summary { break-before: avoid; page-break-before: avoid; }  /* with the last rows, never alone on a page */
}
)css";

// The filter: a row shows when its domain is the one chosen (or 全部领域) and
// the search text (trimmed; NFKC and lower case on both sides, so ABC finds
// abc and a full-width digit a half-width one) is a plain substring of one of
// its searchable cells (事项代码, 事项名称, 法律依据, 具体职责边界: the
// columns marked data-search). A domain's heading shows while any of its rows
// does; a table with none shows 没有符合条件的事项.
constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var search = document.getElementById("search");
  var domain = document.getElementById("domain");
  var count = document.getElementById("count");
  if (!form || !search || !count) return;
  function norm(s) { return (s.normalize ? s.normalize("NFKC") : s).toLowerCase(); }
  function cellText(cell) {  /* a line break (<br>) stays one: no match across two laws */
    var s = "";
    for (var n = cell.firstChild; n; n = n.nextSibling) s += n.nodeName === "BR" ? "\n" : n.textContent;
    return s;
  }
  var rows = [], groups = [], tables = [];
  var all = document.querySelectorAll("table.notice");
  for (var t = 0; t < all.length; t++) {
    var table = all[t], heads = table.tHead.rows[0].cells, columns = [];
    for (var h = 0; h < heads.length; h++) if (heads[h].hasAttribute("data-search")) columns.push(h);
    var entry = { none: table.querySelector("tbody.none"), rows: [] };
    var trs = table.querySelectorAll("tr.matter");
    for (var r = 0; r < trs.length; r++) {
      var tr = trs[r], texts = [];
      for (var c = 0; c < tr.cells.length; c++)
        if (!columns.length || columns.indexOf(c) >= 0) texts.push(norm(cellText(tr.cells[c])));
      var row = { tr: tr, texts: texts, domain: tr.getAttribute("data-domain") };
      rows.push(row);
      entry.rows.push(row);
    }
    tables.push(entry);
    var bodies = table.querySelectorAll("tbody.group");
    for (var b = 0; b < bodies.length; b++) groups.push(bodies[b]);
  }
  function matches(row, needle, wanted) {
    if (wanted && row.domain !== wanted) return false;
    if (!needle) return true;
    for (var i = 0; i < row.texts.length; i++) if (row.texts[i].indexOf(needle) >= 0) return true;
    return false;
  }
  var last = null;
  function apply() {
    var needle = norm(search.value.trim()), wanted = domain ? domain.value : "";
    var key = needle + "\u0000" + wanted;
    if (key === last) return;
    last = key;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = matches(rows[i], needle, wanted);
      rows[i].ok = ok;
      if (rows[i].tr.hidden === ok) rows[i].tr.hidden = !ok;
      if (ok) shown++;
    }
    for (var g = 0; g < groups.length; g++) groups[g].hidden = !groups[g].querySelector("tr.matter:not([hidden])");
    for (var t = 0; t < tables.length; t++) {
      var any = false;
      for (var j = 0; j < tables[t].rows.length && !any; j++) any = tables[t].rows[j].ok;
      if (tables[t].none) tables[t].none.hidden = any || tables[t].rows.length === 0;
    }
    count.textContent = "显示 " + shown + " / " + rows.length + " 项";
    form.setAttribute("data-shown", String(shown));
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  search.addEventListener("input", apply);
  search.addEventListener("search", apply);
  if (domain) domain.addEventListener("change", apply);
  form.hidden = false;
  apply();
})();
)js";

// The header fields, as the markdown and CSV renderers show them.
std::vector<std::pair<std::string_view, std::string>> facts_of(const publish::Notice& notice) {
  std::vector<std::pair<std::string_view, std::string>> out;
  if (!notice.issuer.empty()) out.push_back({model::fields::issuer.zh, notice.issuer});
  if (!notice.document.empty()) out.push_back({model::fields::document.zh, notice.document});
  if (!notice.effective.empty()) out.push_back({model::fields::effective.zh, publish::date_text(notice.effective)});
  return out;
}

// A cell's text, its lines (法律依据: one law a line) as line breaks.
std::string cell_html(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    out += esc(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    out += "<br>";
    start = end + 1;
  }
  return out;
}

// A column key as a class name: letters, digits, '-' and '_' only.
std::string key_class(std::string_view key) {
  std::string out = "k-";
  for (char c : key)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
  return out;
}

// The columns the search box looks in: code, name, law, boundary (and an
// adjustment notice's old and new codes; the law guide's matters; a lenient
// list's conduct).
bool searchable(std::string_view key) {
  return key == model::fields::code.key || key == model::fields::name.key || key == model::fields::basis.key ||
         key == model::fields::boundary.key || key == "old_code" || key == "new_code" || key == "matters" ||
         key == "conduct";
}

// The relative width of a column, by what it holds; the table is laid out
// fixed, each column its share of the page.
double weight_of(std::string_view key) {
  struct Weight {
    std::string_view key;
    double weight;
  };
  static constexpr Weight weights[] = {
      {"index", 3.6},   {"code", 7.6},      {"name", 15},       {"basis", 16},   {"scope", 6},
      {"boundary", 29}, {"from", 9.6},      {"domain", 8},      {"township", 7}, {"note", 12},
      {"power", 6},     {"traits", 7},      {"status", 4.6},    {"source", 8},   {"claimed_by", 10},
      {"covers", 14},   {"inspection", 7},  {"inspections", 10}, {"old_code", 7.6}, {"new_code", 7.6},
      {"changes", 36},  {"remark", 16},     {"matters", 40},    {"count", 5},    {"effective", 8},
      {"conduct", 24},  {"conditions", 24}, {"measure", 7}};
  for (const Weight& w : weights)
    if (w.key == key) return w.weight;
  return 10;
}

std::string colgroup(const publish::Table& table) {
  double total = 0;
  for (const publish::Column& c : table.columns) total += weight_of(c.key);
  std::string out = "<colgroup>";
  for (const publish::Column& c : table.columns)
    out += fmt::format("<col class=\"{}\" style=\"width: {}%\">", key_class(c.key),
                       html::fixed(100.0 * weight_of(c.key) / total, 2));
  out += "</colgroup>\n";
  return out;
}

// The caption of a part's table (read by screen readers, not shown): the
// notice's title, and the part's heading or its townships.
std::string caption_of(const publish::Notice& notice, const publish::Part& part) {
  std::string out = notice.title;
  if (!part.heading.empty()) return out + "：" + part.heading;
  if (!part.townships.empty()) {
    out += "：";
    for (size_t i = 0; i < part.townships.size(); ++i) out += (i ? "、" : "") + part.townships[i].name;
  }
  return out;
}

std::string row_html(const publish::Table& table, const publish::Row& row) {
  std::string out = "<tr class=\"matter";
  if (!row.resolved) out += " unresolved";
  out += fmt::format("\" data-code=\"{}\" data-domain=\"{}\">", attr(row.code), attr(row.domain));
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string_view key = i < table.columns.size() ? std::string_view(table.columns[i].key) : std::string_view();
    // 事项名称 heads its row for a screen reader.
    const bool head = key == model::fields::name.key || key == model::fields::supervision_name.key;
    out += fmt::format(head ? "<th scope=\"row\" class=\"{}\">{}</th>" : "<td class=\"{}\">{}</td>", key_class(key),
                       cell_html(row.cells[i]));
  }
  out += "</tr>\n";
  return out;
}

std::string table_html(const publish::Notice& notice, const publish::Part& part) {
  const publish::Table& table = part.table;
  if (table.groups.empty() || table.rows == 0) return "<p class=\"empty\">（无事项）</p>\n";
  const size_t width = std::max<size_t>(1, table.columns.size());
  std::string out = "<table class=\"notice\">\n";
  out += "<caption>" + esc(caption_of(notice, part)) + "</caption>\n";
  out += colgroup(table);
  out += "<thead><tr>";
  for (const publish::Column& c : table.columns)
    out += fmt::format("<th scope=\"col\" class=\"{}\" data-key=\"{}\"{}>{}</th>", key_class(c.key), attr(c.key),
                       searchable(c.key) ? " data-search" : "", esc(c.label));
  out += "</tr></thead>\n";
  for (const publish::Group& g : table.groups) {
    if (g.heading.empty()) {
      out += "<tbody>\n";
    } else {
      out += fmt::format("<tbody class=\"group\" data-domain=\"{}\">\n", attr(g.domain));
      out += fmt::format("<tr class=\"domain\"><th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>\n", width, esc(g.heading));
    }
    for (const publish::Row& row : g.rows) out += row_html(table, row);
    out += "</tbody>\n";
  }
  out += fmt::format("<tbody class=\"none\" hidden><tr class=\"none\"><td colspan=\"{}\">没有符合条件的事项</td></tr></tbody>\n",
                     width);
  out += "</table>\n";
  return out;
}

// The domains of the rows, in the order they first appear.
std::vector<std::string_view> domains_of(const publish::Notice& notice) {
  std::vector<std::string_view> out;
  for (const publish::Part& part : notice.parts)
    for (const publish::Group& g : part.table.groups)
      for (const publish::Row& row : g.rows)
        if (!row.domain.empty() && std::find(out.begin(), out.end(), row.domain) == out.end()) out.push_back(row.domain);
  return out;
}

std::string filters_html(const publish::Notice& notice) {
  size_t rows = 0;
  for (const publish::Part& part : notice.parts)
    for (const publish::Group& g : part.table.groups) rows += g.rows.size();
  if (rows == 0) return {};
  // Hidden until the script runs: without it the controls would do nothing.
  std::string out = "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"筛选事项\" hidden>\n";
  out += "<div class=\"field\"><label for=\"search\">搜索</label>"
         "<input type=\"search\" id=\"search\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" "
         "placeholder=\"事项代码、名称、法律依据或职责边界中的任意文字\"></div>\n";
  const std::vector<std::string_view> domains = domains_of(notice);
  if (!domains.empty()) {
    out += "<div class=\"field\"><label for=\"domain\">执法领域</label><select id=\"domain\" name=\"domain\">"
           "<option value=\"\">全部领域</option>";
    for (std::string_view d : domains) out += fmt::format("<option value=\"{}\">{}</option>", attr(d), esc(d));
    out += "</select></div>\n";
  }
  out += fmt::format("<p class=\"count\" id=\"count\" role=\"status\" aria-live=\"polite\">显示 {} / {} 项</p>\n", rows, rows);
  out += "</form>\n";
  return out;
}

}  // namespace

std::string render_publish_html(const publish::Notice& notice) {
  std::string out = html::document_head("zh-CN", notice.title, "encat-publish");
  out += "<style>";
  out += html::base_css();
  out += kCss;
  out += "</style>\n</head>\n<body>\n<main>\n";
  out += "<header class=\"notice\">\n<h1>" + esc(notice.title) + "</h1>\n";
  const auto facts = facts_of(notice);
  if (!facts.empty()) {
    out += "<dl class=\"meta\">";
    for (const auto& [label, value] : facts) out += "<div><dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd></div>";
    out += "</dl>\n";
  }
  out += "</header>\n";
  if (!notice.lead.empty()) out += "<p class=\"lead\">" + esc(notice.lead) + "</p>\n";
  out += filters_html(notice);
  for (const publish::Part& part : notice.parts) {
    out += "<section class=\"part\">\n";
    if (!part.heading.empty()) out += "<h2>" + esc(part.heading) + "</h2>\n";
    if (!part.paragraph.empty()) out += "<p class=\"paragraph\">" + esc(part.paragraph) + "</p>\n";
    out += table_html(notice, part);
    out += "</section>\n";
  }
  out += "<p class=\"summary\">" + esc(notice.summary) + "</p>\n";
  out += "</main>\n<script>";
  out += kScript;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace encat::render
