#include "render/html_page.h"

#include <fmt/format.h>

#include <cmath>

#include "render/code_points.h"
#include "render/quoted.h"
#include "report/messages.h"

namespace encat::render::html {
namespace {

using report::Message;
using report::say;

// Shared by every page (the reports, the published notices): a sober,
// printable look; only fonts installed on the reader's machine (no web
// fonts), Chinese first.
constexpr std::string_view kBaseCss = R"css(
:root {
  --ink: #1f2933; --muted: #5b6675; --faint: #8a94a3; --line: #d7dde5; --soft: #f3f5f8;
  --accent: #1d4e89; --ok: #1e7b3a; --bad: #c0392b; --warn: #a86a0a; --target: #d9730d;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: var(--ink); background: #fff; font-size: 14px; line-height: 1.6;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
               "Noto Sans", "DejaVu Sans", system-ui, sans-serif;
}
)css";

// The reports' own look.
constexpr std::string_view kCss = R"css(main { max-width: 1060px; margin: 0 auto; padding: 28px 40px 48px; }
code, .mono {
  font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", "Consolas", monospace; font-size: 0.9em;
}
code { background: var(--soft); border-radius: 3px; padding: 0 3px; overflow-wrap: anywhere; }
header.report { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 18px; }
header.report .kicker { color: var(--muted); font-size: 13px; letter-spacing: 0.08em; margin: 0; }
h1 { font-size: 26px; line-height: 1.3; margin: 2px 0 8px; color: var(--accent); letter-spacing: 0.02em; }
dl.meta { display: flex; flex-wrap: wrap; gap: 2px 28px; margin: 0; color: var(--muted); }
dl.meta div { display: flex; gap: 6px; }
dl.meta dt { font-weight: 600; color: var(--ink); }
dl.meta dd { margin: 0; }
h2 {
  font-size: 19px; margin: 30px 0 12px; padding-left: 10px; border-left: 5px solid var(--accent);
  line-height: 1.35; break-after: avoid;
}
h2 .sub { font-size: 13px; font-weight: 400; color: var(--muted); margin-left: 8px; }
h3 { font-size: 16px; margin: 18px 0 8px; break-after: avoid; }
p.lead { margin: 0 0 12px; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; background: #fff; }
.card .label { color: var(--muted); font-size: 13px; }
.card .num { font-size: 26px; font-weight: 700; line-height: 1.3; font-variant-numeric: tabular-nums; }
.card .num small { font-size: 14px; font-weight: 400; color: var(--muted); }
.card .detail { font-size: 12px; color: var(--muted); }
.card.good .num { color: var(--ok); }
.card.bad { border-color: #e8b4ad; background: #fff8f7; }
.card.bad .num { color: var(--bad); }
.card.warn .num { color: var(--warn); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 12px 0 0; padding: 0; list-style: none; }
.chips li { border: 1px solid var(--line); border-radius: 12px; padding: 0 10px; font-size: 12.5px; white-space: nowrap; }
.chips li.zero { color: var(--faint); }
.chips li b { margin-left: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 4px 0 8px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--soft); font-weight: 600; white-space: nowrap; }
tbody tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.center, th.center { text-align: center; }
.frac { color: var(--muted); font-size: 12px; }
.met { color: var(--ok); font-weight: 700; }
.missed { color: var(--bad); font-weight: 700; }
.na { color: var(--faint); }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; line-height: 1.6; white-space: nowrap; }
.badge.error { background: #fde6e3; color: var(--bad); }
.badge.warning { background: #fcf0d7; color: var(--warn); }
.badge.off { background: var(--soft); color: var(--muted); }
.notice { border: 2px solid var(--bad); background: #fff6f5; border-radius: 6px; padding: 12px 16px; margin: 0 0 18px; }
.notice h2 { border: 0; padding: 0; margin: 0 0 6px; color: var(--bad); font-size: 17px; }
.notice ul { margin: 6px 0 0; padding-left: 20px; }
.notice li { margin: 2px 0; }
.notice .file { font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
footer.report { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--faint); font-size: 12px; }
@media (max-width: 760px) {
  main { padding: 16px; }
  .cards { grid-template-columns: repeat(2, 1fr); }
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 18px; }
  .card .num { font-size: 20px; }
  a { color: inherit; text-decoration: none; }
}
)css";

}  // namespace

std::string message(std::string_view text) {
  // `a` → <code>a</code>, only for complete pairs; a lone backtick stays.
  std::string out;
  for_each_quoted(
      text, [&](std::string_view plain) { out += markup_escape(plain); },
      [&](std::string_view name) { out += "<code>" + markup_escape(name) + "</code>"; });
  return out;
}

std::string_view lang_attribute(Lang lang) {
  static const Text attribute{"zh-CN", "en"};
  return attribute.in(lang);
}

std::string fixed(double value, int decimals) {
  if (!std::isfinite(value)) value = 0;
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);  // -0.0
  return text;
}

std::string_view base_css() { return kBaseCss; }

std::string document_head(std::string_view lang, std::string_view title, std::string_view generator) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"{}\">\n"
      // Nothing may come from the network: no fetch, no font, no image.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'unsafe-inline'; img-src data:\">\n"
      "<title>{}</title>\n",
      lang, markup_escape(generator, true), markup_escape(title));
}

std::string page_begin(Lang lang, std::string_view title, std::string_view extra_css, bool landscape) {
  std::string out = document_head(lang_attribute(lang), title, "encat-audit");
  out += "<style>";
  out += kBaseCss;
  out += kCss;
  out += landscape ? "@page { size: A4 landscape; margin: 12mm 10mm; }\n" : "@page { size: A4; margin: 14mm 12mm; }\n";
  out += extra_css;
  out += "</style>\n</head>\n<body>\n<main>\n";
  return out;
}

std::string page_end(std::string_view script) {
  std::string out = "</main>\n";
  if (!script.empty()) out += fmt::format("<script>{}</script>\n", script);
  out += "</body>\n</html>\n";
  return out;
}

std::string severity_badge(Severity severity, Lang lang) {
  switch (severity) {
    case Severity::Error: return fmt::format("<span class=\"badge error\">{}</span>", say(Message::Error, lang));
    case Severity::Warning: return fmt::format("<span class=\"badge warning\">{}</span>", say(Message::Warning, lang));
    case Severity::Off: break;
  }
  return fmt::format("<span class=\"badge off\">{}</span>", say(Message::Off, lang));
}

}  // namespace encat::render::html
