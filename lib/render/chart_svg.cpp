#include "render/chart_svg.h"

#include <fmt/format.h>

#include <algorithm>

#include "render/html_page.h"
#include "util/char_width.h"
#include "render/code_points.h"
#include "render/report.h"
#include "report/messages.h"

namespace encat::render::html {
namespace {

using report::Cell;
using report::Chart;
using report::Message;
using report::say;

// The drawing, in viewBox units (the SVG scales to its box).
constexpr double kWidth = 400, kHeight = 266;
constexpr double kLeft = 42, kRight = 390;   // plot area, x
constexpr double kTop = 68, kBottom = 218;   // plot area, y: 100% at the top, 0% at the bottom
constexpr double kYearY = kBottom + 17;      // year labels
constexpr double kTargetY = kBottom + 33;    // "目标 ≥22.0% ✓" under each year


constexpr std::string_view kChartCss = R"css(
svg.chart { display: block; width: 100%; height: auto; overflow: visible; }
svg.chart text { fill: var(--ink); font-size: 11px; }
svg.chart .grid { stroke: #e7ebf0; stroke-width: 1; }
svg.chart .axis { stroke: #98a2ae; stroke-width: 1.2; }
svg.chart .tick { fill: var(--faint); font-size: 10px; }
svg.chart .legend text { fill: var(--muted); font-size: 10.5px; }
svg.chart .year { font-size: 12px; font-weight: 700; }
svg.chart .goal { fill: var(--muted); font-size: 10.5px; }
svg.chart .goal .ok { fill: var(--ok); font-weight: 700; }
svg.chart .goal .no { fill: var(--bad); font-weight: 700; }
svg.chart .series-line, svg.chart .legend .series-key { fill: none; stroke: var(--accent); stroke-width: 2.2; stroke-linejoin: round; }
svg.chart .target-line, svg.chart .target-step, svg.chart .legend .target-key {
  stroke: var(--target); stroke-width: 1.8; stroke-dasharray: 6 4; fill: none;
}
svg.chart .point circle, svg.chart .legend .dot { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
svg.chart .point.missed circle, svg.chart .legend .dot.missed { fill: var(--bad); }
svg.chart .val, svg.chart .fr, svg.chart .na-label {
  paint-order: stroke; stroke: #fff; stroke-width: 3.5px; stroke-linejoin: round;
}
svg.chart .val { font-size: 12.5px; font-weight: 700; fill: var(--accent); }
svg.chart .point.missed .val { fill: var(--bad); }
svg.chart .val.small { font-size: 10.5px; }
svg.chart .fr { font-size: 10px; font-weight: 400; fill: var(--muted); }
svg.chart .na-box, svg.chart .legend .na-key { fill: #f1f3f6; stroke: #b8c0ca; stroke-width: 1; stroke-dasharray: 3 3; }
svg.chart .na-label { fill: var(--muted); font-size: 11px; }
svg.chart .na-label.small { font-size: 9.5px; fill: var(--faint); }
)css";

std::string num(double v) { return fixed(v, 1); }

// The y of a fraction (clamped to the plot: a target above 100% sits on the top line).
double y_of(double fraction) { return kBottom - std::clamp(fraction, 0.0, 1.0) * (kBottom - kTop); }

// Met, missed, or neither (no target, or n/a).
std::optional<bool> met_of(const Cell& cell) {
  if (cell.status == report::Status::None) return std::nullopt;
  return cell.status == report::Status::Met;
}

// A figure's value as written in data-value: full precision, always the same way.
std::string data_value(const std::optional<double>& value) { return value ? fmt::format("{}", *value) : "n/a"; }

// About how wide `text` is at the legend's 10.5px: CJK characters take a
// full em, others a little over half (enough to keep the keys apart).
double text_width(std::string_view text) {
  double width = 0;
  for_each_code_point(text, [&](char32_t cp, std::string_view) { width += char_width(cp) == 2 ? 10.5 : 6.0; });
  return width;
}

std::string legend(Lang lang) {
  // Four keys in a row at the top left, each key's text followed by a gap.
  constexpr double gap = 14;
  double x = kLeft;
  std::string out = "<g class=\"legend\">";
  auto label = [&](double at, std::string_view text) {
    out += fmt::format("<text x=\"{}\" y=\"18\">{}</text>", num(at), text);
    x = at + text_width(text) + gap;
  };
  out += fmt::format("<line x1=\"{}\" y1=\"14\" x2=\"{}\" y2=\"14\" class=\"series-key\"/>", num(x), num(x + 18));
  out += fmt::format("<circle class=\"dot\" cx=\"{}\" cy=\"14\" r=\"4\"/>", num(x + 9));
  label(x + 23, say(Message::LegendValue, lang));
  out += fmt::format("<circle class=\"dot missed\" cx=\"{}\" cy=\"14\" r=\"4\"/>", num(x + 4));
  label(x + 12, say(Message::Missed, lang));
  out += fmt::format("<line x1=\"{}\" y1=\"14\" x2=\"{}\" y2=\"14\" class=\"target-key\"/>", num(x), num(x + 18));
  label(x + 23, say(Message::LegendTarget, lang));
  out += fmt::format("<rect class=\"na-key\" x=\"{}\" y=\"8\" width=\"14\" height=\"12\"/>", num(x));
  label(x + 19, say(Message::LegendNotApplicable, lang));
  out += "</g>\n";
  return out;
}

std::string axes(size_t years) {
  std::string out = "<g class=\"axes\">";
  for (int pct = 0; pct <= 100; pct += 20) {
    const double y = y_of(pct / 100.0);
    if (pct > 0)
      out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", num(kLeft), num(y), num(kRight), num(y));
    out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}%</text>", num(kLeft - 6), num(y + 3.5), pct);
  }
  out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>", num(kLeft), num(kTop - 4), num(kBottom));
  out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\"/>", num(kLeft), num(kRight), num(kBottom));
  // A tick under each year's column centre.
  const double column = (kRight - kLeft) / static_cast<double>(years);
  for (size_t i = 0; i < years; ++i) {
    const double x = kLeft + column * (static_cast<double>(i) + 0.5);
    out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>", num(x), num(kBottom), num(kBottom + 4));
  }
  out += "</g>\n";
  return out;
}

// "2022 年：25.6%（10/40）；目标 ≥22.0%，达标" for the point's tooltip.
std::string point_title(const report::ChartPoint& point, Lang lang) {
  const Cell& f = point.value;
  const std::string shown = f.value ? percent(f.value, f.digits) : std::string(say(Message::NoData, lang));
  std::string text =
      encat::text("{}：{}（{}/{}）", "{}: {} ({}/{})", point.label.in(lang), shown, f.numerator, f.denominator).in(lang);
  if (f.target) text += fmt::format("{}{}", say(Message::PointTarget, lang), percent(f.target, f.digits));
  if (const std::optional<bool> met = met_of(f))
    text += *met ? say(Message::PointMet, lang) : say(Message::PointMissed, lang);
  return text;
}

}  // namespace

std::string_view chart_css() { return kChartCss; }

std::string chart_svg(const Chart& chart, Lang lang) {
  const std::string name = markup_escape(chart.id, true);
  const std::vector<report::ChartPoint>& points = chart.points;
  const size_t n = std::max<size_t>(points.size(), 1);
  const double column = (kRight - kLeft) / static_cast<double>(n);
  // Narrow columns (many years): shorter labels, no fraction under the value.
  const bool short_goal = column < 84;  // "≥22.0%" instead of "目标 ≥22.0%"
  const bool narrow = column < 60;      // no numerator/denominator under the value
  const bool tiny = column < 42;        // whole percents
  auto centre = [&](size_t i) { return kLeft + column * (static_cast<double>(i) + 0.5); };

  std::string out = fmt::format(
      "<svg class=\"chart\" data-figure=\"{}\" data-years=\"{}\" viewBox=\"0 0 {} {}\" "
      "xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\">\n",
      name, points.size(), num(kWidth), num(kHeight), markup_escape(chart.title.in(lang)));
  out += legend(lang);
  out += axes(n);

  // Targets: a dashed segment across each year's column, joined by a dashed
  // riser where the target changes from one year to the next.
  out += "<g class=\"targets\">";
  for (size_t i = 0; i < points.size(); ++i) {
    const Cell& f = points[i].value;
    if (!f.target) continue;
    const double y = y_of(*f.target);
    const double x1 = kLeft + column * static_cast<double>(i), x2 = x1 + column;
    out += fmt::format(
        "<line class=\"target-line\" data-figure=\"{}\" data-year=\"{}\" data-target=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        name, markup_escape(points[i].key, true), fmt::format("{}", *f.target), num(x1), num(y), num(x2), num(y));
    if (i > 0) {
      const Cell& before = points[i - 1].value;
      if (before.target && *before.target != *f.target)
        out += fmt::format("<line class=\"target-step\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>", num(x1),
                           num(y_of(*before.target)), num(y));
    }
  }
  out += "</g>\n";

  // The series: a line through consecutive years that have a value; an n/a
  // year breaks it.
  std::string path;
  bool pen_down = false;
  for (size_t i = 0; i < points.size(); ++i) {
    const std::optional<double> value = points[i].value.value;
    if (!value) {
      pen_down = false;
      continue;
    }
    const bool next_has_value = i + 1 < points.size() && points[i + 1].value.value;
    if (!pen_down && !next_has_value) continue;  // a lone point needs no line
    path += fmt::format("{}{} {}", pen_down ? " L" : (path.empty() ? "M" : " M"), num(centre(i)), num(y_of(*value)));
    pen_down = true;
  }
  if (!path.empty()) out += fmt::format("<path class=\"series-line\" d=\"{}\"/>\n", path);

  // The points (one per year, n/a ones included) with their labels.
  for (size_t i = 0; i < points.size(); ++i) {
    const Cell& f = points[i].value;
    const std::optional<double> value = f.value;
    const std::optional<bool> met = met_of(f);
    const double x = centre(i);
    std::string classes = "point";
    if (!value) classes += " point-na";
    if (met == false) classes += " missed";
    out += fmt::format("<g class=\"{}\" data-figure=\"{}\" data-year=\"{}\" data-value=\"{}\" data-numerator=\"{}\" data-denominator=\"{}\"",
                       classes, name, markup_escape(points[i].key, true), data_value(value), f.numerator, f.denominator);
    if (f.target) out += fmt::format(" data-target=\"{}\"", fmt::format("{}", *f.target));
    if (met) out += fmt::format(" data-met=\"{}\"", *met ? "true" : "false");
    out += fmt::format("><title>{}</title>", markup_escape(point_title(points[i], lang)));
    if (value) {
      const double py = y_of(*value);
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4.5\"/>", num(x), num(py));
      if (tiny) {
        out += fmt::format("<text class=\"val small\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x), num(py - 9),
                           markup_escape(fixed(*value * 100.0, 0) + "%"));
      } else {
        // Above the point, unless the point sits just under its target
        // (the labels would sit on the dashed line): then below, if there is room.
        const double band = narrow ? 22 : 38;
        const bool below = f.target && *value < *f.target && y_of(*f.target) > py - band && py + band < kBottom;
        // The value and its fraction 16 units apart either way (the value's
        // glyphs are taller than the fraction's).
        const double val_y = below ? py + 19 : py - (narrow ? 9 : 25);
        const double fr_y = below ? py + 35 : py - 9;
        out += fmt::format("<text class=\"val\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x), num(val_y),
                           markup_escape(percent(value, f.digits)));
        if (!narrow)
          out += fmt::format("<text class=\"fr\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}/{}</text>", num(x), num(fr_y),
                             f.numerator, f.denominator);
      }
    } else {
      // A gap, not a zero: a dashed box over the column, labelled.
      const double w = std::min(column - 12, 84.0);
      out += fmt::format("<rect class=\"na-box\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\"/>", num(x - w / 2),
                         num(kTop + 10), num(w), num(kBottom - kTop - 20));
      const double mid = (kTop + kBottom) / 2;
      out += fmt::format("<text class=\"na-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x), num(mid - 2),
                         tiny ? "n/a" : say(Message::NoData, lang));
      if (!short_goal)
        out += fmt::format("<text class=\"na-label small\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x),
                           num(mid + 13), say(Message::DenominatorZero, lang));
    }
    out += "</g>\n";
  }

  // The x axis: each year, and under it its target and whether it is met.
  out += "<g class=\"x-labels\">";
  for (size_t i = 0; i < points.size(); ++i) {
    const Cell& f = points[i].value;
    const double x = centre(i);
    out += fmt::format("<text class=\"year\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x), num(kYearY), markup_escape(points[i].key));
    std::string goal;
    if (tiny) {
      // No room for the target's value (the dashed line shows it): the mark only.
      if (const std::optional<bool> met = met_of(f)) goal = *met ? "<tspan class=\"ok\">✓</tspan>" : "<tspan class=\"no\">✗</tspan>";
    } else if (f.target) {
      goal = short_goal ? fmt::format("≥{}", narrow ? fixed(*f.target * 100.0, 0) + "%" : percent(f.target, f.digits))
                    : fmt::format("{} ≥{}", say(Message::LegendTarget, lang), percent(f.target, f.digits));
      if (const std::optional<bool> met = met_of(f))
        goal += *met ? " <tspan class=\"ok\">✓</tspan>" : " <tspan class=\"no\">✗</tspan>";
    } else {
      goal = std::string(say(Message::NoTarget, lang));
    }
    if (!goal.empty())
      out += fmt::format("<text class=\"goal\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x), num(kTargetY), goal);
  }
  out += "</g>\n</svg>\n";
  return out;
}

std::string met_mark(const Cell& value, Lang lang) {
  const std::optional<bool> met = met_of(value);
  if (!met) return value.target ? "<span class=\"na\">n/a</span>" : "<span class=\"na\">—</span>";
  return *met ? fmt::format("<span class=\"met\" title=\"{}\">✓</span>", say(Message::Met, lang))
              : fmt::format("<span class=\"missed\" title=\"{}\">✗</span>", say(Message::Missed, lang));
}

std::string chart_card(const Chart& chart, Lang lang) {
  std::string out = fmt::format("<figure class=\"chart-card\" id=\"figure-{}\">\n<figcaption><span class=\"title\">{}</span>",
                                markup_escape(chart.id, true), markup_escape(chart.title.in(lang)));
  if (!chart.points.empty()) {
    const report::ChartPoint& last = chart.points.back();
    out += fmt::format("<span class=\"latest\">{}{}{} {}</span>", markup_escape(last.label.in(lang)), say(Message::LabelColon, lang),
                       percent(last.value.value, last.value.digits), met_mark(last.value, lang));
  }
  out += "</figcaption>\n";
  out += fmt::format("<p class=\"definition\">{}</p>\n", markup_escape(chart.definition.in(lang)));
  out += chart_svg(chart, lang);
  out += "</figure>\n";
  return out;
}

}  // namespace encat::render::html
