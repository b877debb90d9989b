// The audit (rules.md): boundary gaps B301–B314 and the yearly coverage
// figures of a county, over the catalogs in force in each year.
#pragma once

#include <array>
#include <map>
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
  std::string name;  // the registry's name of its region, else from its title (贺村镇), else the region code
};

// A catalog the year's figures counted (口径): the workspace's catalog and
// how many entries it has (matters, supervision matters, township entries,
// case rows).
struct CountedCatalog {
  const model::Catalog* catalog = nullptr;
  size_t entries = 0;
};

struct YearFigures {
  int year = 0;
  std::array<FigureResult, figure_count> figures;
  std::vector<TownshipRate> townships;  // in region order
  // What was counted (口径): the catalogs in force that year (unified,
  // extension, department, supervision, township, in that order, each by id;
  // the county's cases last), and what the registry expects but is missing
  // (B309's township region codes, B310's departments, in registry order).
  std::vector<CountedCatalog> counted;
  std::vector<std::string> missing_townships, missing_departments;
  // The year's boundary gaps, sorted: the county's own, and those of the
  // province's unified catalog (B301 on its matters), which belong to the
  // province, not to each county.
  std::vector<Finding> findings, province_findings;
  const FigureResult& operator[](Figure figure) const { return figures[static_cast<size_t>(figure)]; }
};

// What a report says of the matter a gap names: its name and domain, the
// departments it moved from (划出部门) and the departments whose supervision
// matters claim it (认领部门), as in the catalogs in force that year.
struct MatterInfo {
  std::string name, domain;
  std::vector<std::string> from, claimed;
};

struct RegionAudit {
  std::string region;
  std::string name;           // the registry's name (江山市), else from a catalog's title, else the code
  std::string province;       // its province's code (330000) and name (浙江省, or the code)
  std::string province_name;
  std::vector<YearFigures> years;  // ascending
  int findings_year = 0;           // the last year
  // The last year's gaps, the county's and the province's together, sorted
  // (tools.md's JSON `findings`, and --check).
  std::vector<Finding> findings;
  // Every matter code a gap of any year names, by code.
  std::map<std::string, MatterInfo, std::less<>> matters;
  const model::Catalog* targets = nullptr;  // the targets compared against (口径), or null
  int precision = 1;                        // decimals of the percentages shown (Options::precision)
  // The names of the townships a year's `missing_townships` gives (the
  // registry's, else from a catalog's title, else the code), by code.
  std::map<std::string, std::string, std::less<>> township_names;

  bool target_missed() const;
};

struct Options {
  std::string region;                 // a county's 6-digit code
  std::vector<int> years;             // ascending, at least one
  const model::Catalog* targets = nullptr;
  const model::Catalog* registry = nullptr;  // its `regions` and `specialist_departments` (B309, B310)
  int review_years = 2;                      // B313 (`review_years` in .encat.yaml)
  int precision = 1;                         // decimals the reports show a figure's percentage to
};

RegionAudit audit_region(const model::Workspace& ws, const Options& options);

// The latest `edition` among the region's catalogs and its province's
// unified catalogs (the default year); nullopt when the region has no
// catalog of its own.
std::optional<int> latest_edition(const model::Workspace& ws, std::string_view region);

// The year audited when none is asked for (tools.md: the latest edition year
// present): the latest edition of any of `regions`, 0 when none has a catalog.
int default_year(const model::Workspace& ws, const std::vector<std::string>& regions);

// A region's name for people: the registry's `regions` entry, else the
// title of a catalog of that region up to the place name (江山市综合行政执法…
// gives 江山市), else the code itself. `registry` may be null.
std::string region_name(const model::Workspace& ws, const model::Catalog* registry, std::string_view code);

// A county's code: 6 digits, not a province's (xx0000) or a city's (xxxx00).
bool is_county(std::string_view code);

// Every county any catalog names, sorted.
std::vector<std::string> counties(const model::Workspace& ws);

}  // namespace encat::audit
