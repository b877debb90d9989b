// The audit (rules.md): boundary gaps B301–B314 and the yearly coverage
// figures of a county, over the catalogs in force in each year.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "model/workspace.h"

namespace encat::audit {

using model::Figure;
using model::figure_count;

// A figure's fraction; n/a (no value) when the denominator is 0.
struct Ratio {
  long long numerator = 0;
  long long denominator = 0;
  std::optional<double> value() const {
    if (denominator == 0) return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
  }
};

struct FigureResult {
  Ratio ratio;
  std::optional<double> target;  // none when no target is set for the figure and year
  // Met when the value reaches the target (full precision); none without a
  // target or when the figure is n/a.
  std::optional<bool> met() const {
    const std::optional<double> value = ratio.value();
    if (!target || !value) return std::nullopt;
    return *value >= *target;
  }
};

// One township's 必须下放 rate in a year.
struct TownshipRate {
  std::string id, region, title;
  Ratio ratio;
  std::vector<std::string> missing;  // the mandatory codes it does not list
};

struct YearFigures {
  int year = 0;
  std::array<FigureResult, figure_count> figures;
  std::vector<TownshipRate> townships;  // in region order
  const FigureResult& operator[](Figure figure) const { return figures[static_cast<size_t>(figure)]; }
};

struct RegionAudit {
  std::string region;
  std::vector<YearFigures> years;  // ascending
  int findings_year = 0;           // the boundary gaps are those of this year (the last)
  std::vector<Finding> findings;   // B3xx, sorted

  bool target_missed() const;
};

struct Options {
  std::string region;                 // a county's 6-digit code
  std::vector<int> years;             // ascending, at least one
  const model::Catalog* targets = nullptr;
  const model::Catalog* registry = nullptr;  // its `regions` and `specialist_departments` (B309, B310)
  int review_years = 2;                      // B313 (`review_years` in .encat.yaml)
};

RegionAudit audit_region(const model::Workspace& ws, const Options& options);

// The latest `edition` among the region's catalogs and its province's
// unified catalogs (the default year); nullopt when the region has no
// catalog of its own.
std::optional<int> latest_edition(const model::Workspace& ws, std::string_view region);

// The year audited when none is asked for (tools.md: the latest edition year
// present): the latest edition of any of `regions`, 0 when none has a catalog.
int default_year(const model::Workspace& ws, const std::vector<std::string>& regions);

// A county's code: 6 digits, not a province's (xx0000) or a city's (xxxx00).
bool is_county(std::string_view code);

// Every county any catalog names, sorted.
std::vector<std::string> counties(const model::Workspace& ws);

}  // namespace encat::audit
