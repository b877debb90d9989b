// A chart of the report model (report::Chart: a share over a series of
// years) as an inline SVG line chart, drawn here (no script, no library):
// one point per year labelled with its percentage and numerator/denominator,
// the target of each year as a dashed segment (a step line when targets
// change), n/a years as a marked gap.
//
// Stable hooks for tests and styles:
//   <svg class="chart" data-figure="matter_share" data-years="3">
//   <g class="point [missed] [point-na]" data-figure data-year data-value
//      data-numerator data-denominator [data-target] [data-met]>  one per year
//   <line class="target-line" data-figure data-year data-target>  one per year with a target
//   <path class="series-line">, <line class="target-step">, <g class="legend">
#pragma once

#include <string>
#include <string_view>

#include "report/report.h"

namespace encat::render::html {

std::string chart_svg(const report::Chart& chart, Lang lang);

// The chart in a card: <figure class="chart-card" id="figure-ID"> with its
// title, the last point's value and mark, its definition and the chart.
std::string chart_card(const report::Chart& chart, Lang lang);

// ✓ or ✗ (met or missed), n/a (a target but no value) or — (no target) for a ratio cell.
std::string met_mark(const report::Cell& value, Lang lang);

// The styles of the charts (for the page's <style>).
std::string_view chart_css();

}  // namespace encat::render::html
