// A figure of the audit across the years as an inline SVG line chart, drawn
// here (no script, no library): one point per year labelled with its
// percentage and numerator/denominator, the target of each year as a dashed
// segment (a step line when targets change), n/a years as a marked gap.
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
#include <vector>

#include "audit/audit.h"

namespace encat::render::html {

std::string figure_chart(model::Figure figure, const std::vector<audit::YearFigures>& years, Lang lang);

// What the figure counts, for people: "综合执法事项 ÷ 全部执法事项（综合 ∪ 部门）".
std::string_view figure_definition(model::Figure figure, Lang lang);

// The styles of the charts (for the page's <style>).
std::string_view chart_css();

}  // namespace encat::render::html
