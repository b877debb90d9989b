// The typed model of the catalog files (format.md). A Catalog stands on its
// own once decoded (its YAML document is gone): text lives in its TextStore
// and every field keeps the position it was read from, so any later finding
// (a rule, a diff, an audit gap) can point at the exact line and column.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/finding.h"
#include "model/text_store.h"

namespace encat::model {

// Where a value was read: 1-based line and column (code points); 0 = absent.
// `span`: the code points its source text covers on that line (0 = unknown).
// `key_line`: for the value of a mapping pair, the line of its key (which
// differs for a block list or a value on the next line); 0 for list items.
// The writer keeps comments beside the lines they were on by these lines.
struct Pos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t span = 0;
  std::uint32_t key_line = 0;
  explicit operator bool() const { return line != 0; }
};
// The line a field starts on: its key's, else its own.
inline std::uint32_t line_of_key(Pos at) { return at.key_line ? at.key_line : at.line; }

enum class Kind : std::uint8_t {
  Unified, Extension, Township, Department, Supervision, Cases, Targets, Registry, Laws, Lenient, Staffing
};
// Every kind, in the order above.
const std::vector<Kind>& all_kinds();
std::string_view kind_name(Kind kind);  // "unified", …
std::string_view kind_title_zh(Kind kind);  // 统一目录, 地方扩展目录, …
std::optional<Kind> parse_kind(std::string_view text);
// Catalogs have an edition and an effective date (unified … supervision,
// lenient); cases, targets, registry, laws and staffing are reference data.
bool is_catalog(Kind kind);
// Kinds whose `matters` are full enforcement matters.
bool has_matters(Kind kind);

enum class Power : std::uint8_t { Penalty, Coercion, Inspection, Other };     // 行政处罚 行政强制 行政检查 其他
enum class Scope : std::uint8_t { Full, Partial };                            // 全部 部分
enum class Tier : std::uint8_t { Mandatory, Optional, CountyOnly };          // 必须下放 可放可不放 不下放
enum class Status : std::uint8_t { Active, Suspended, Cancelled };           // 有效 暂停 取消
enum class InspectionKind : std::uint8_t { Random, Focused, OnDemand, None };  // 随机抽查 重点监管 无事不扰 不适用
// A law's level (效力级别): 法律 行政法规 地方性法规 部门规章 地方政府规章 其他
enum class LawLevel : std::uint8_t { Law, AdministrativeRegulation, LocalRegulation, DepartmentalRule, LocalRule, Other };
enum class LawStatus : std::uint8_t { InForce, Amended, Repealed };  // 现行有效 已修改 已废止
enum class Measure : std::uint8_t { NoPenalty, FirstOffence, NoCoercion };  // 不予处罚 首违不罚 不予强制

std::string_view tier_name(Tier tier);
std::string_view status_name(Status status);

// Selection traits as bits (a set: order and repeats are not kept).
enum Trait : std::uint8_t {
  HighFrequency = 1,  // 高频
  HighComposite = 2,  // 高综合
  HighDemand = 4,     // 高需求
  EasyToFind = 8,     // 易发现
  EasyToHandle = 16,  // 易处置
};
constexpr std::uint8_t key_traits = HighFrequency | HighComposite | HighDemand;

struct Date {
  int year = 0, month = 0, day = 0;
  bool valid = false;  // a real calendar date
};
inline bool operator<(const Date& a, const Date& b) {
  return a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day;
}
inline bool operator<=(const Date& a, const Date& b) { return !(b < a); }
// Parses `YYYY-MM-DD`; nullopt when the text does not have that shape.
std::optional<Date> parse_date(std::string_view text);

struct Basis {
  Pos at, law_at, articles_list_at;
  std::string_view law;
  std::vector<std::string_view> articles;
  std::vector<Pos> articles_at;  // parallel to `articles`
};

// An enforcement matter of a unified, extension or department catalog.
struct Matter {
  Pos at;  // the matter's mapping
  Pos code_at, name_at, domain_at, power_at, basis_at, scope_at, scope_note_at, boundary_at, from_list_at, tier_at,
      traits_at, status_at, note_at, source_at;
  std::string_view code, name, domain, boundary, scope_note, note, source;
  std::vector<Basis> basis;
  std::vector<std::string_view> from;
  std::vector<Pos> from_at;  // parallel to `from`
  std::optional<Power> power;
  std::optional<Scope> scope;
  Tier tier = Tier::CountyOnly;
  Status status = Status::Active;
  std::uint8_t traits = 0;
  std::vector<Pos> traits_items_at;  // where each trait set was written, in bit order

  bool active() const { return status == Status::Active; }
  bool key() const { return (traits & key_traits) != 0; }
};

// One line of a township catalog: only the code (details come from its sources).
struct TownshipEntry {
  Pos at, code_at, note_at;
  std::string_view code, note;
};

using YearCounts = std::vector<std::pair<int, long long>>;  // year → count, in file order
// The total of `year` (a year listed twice adds up; E003 says so).
long long count_in(const YearCounts& counts, int year);

// Sums of counts saturate instead of overflowing. With the schemas' maximum
// (1e9 per count) a 64-bit sum could only overflow past 9.2e9 entries (tens
// of GB of input), so valid input never reaches the bounds; the audit never
// uses files with E004, but a config may turn E004 off, and a count beyond
// 64 bits decodes saturated (decode.cpp): still no undefined behaviour.
inline long long add_saturating(long long a, long long b) {
  long long sum;
  if (!__builtin_add_overflow(a, b, &sum)) return sum;
  return b > 0 ? std::numeric_limits<long long>::max() : std::numeric_limits<long long>::min();
}

struct SupervisionMatter {
  Pos at, code_at, name_at, department_at, covers_list_at, inspection_at, inspections_at, note_at;
  std::string_view code, name, department, note;  // empty department = unclaimed
  std::vector<std::string_view> covers;
  std::vector<Pos> covers_at;  // parallel to `covers`
  std::optional<InspectionKind> inspection;
  YearCounts inspections;
  std::vector<Pos> inspections_years_at;  // parallel to `inspections`

  // 随机抽查 and 重点监管 must be inspected every year.
  bool is_inspection() const {
    return inspection == InspectionKind::Random || inspection == InspectionKind::Focused;
  }
};

struct CaseCounts {
  Pos code_at;     // the key (the matter code)
  Pos by_year_at;  // its mapping of years
  std::string_view code;
  YearCounts by_year;
  std::vector<Pos> years_at;  // parallel to `by_year`
};

enum class Figure : std::uint8_t {
  MatterShare, DomainShare, KeyMatterShare, CaseShare, TownshipMandatory, ClaimRate, InspectionCoverage,
  StaffFrontlineShare, StaffTownshipShare  // from a `staffing` file
};
constexpr size_t figure_count = 9;
std::string_view figure_name(Figure figure);  // "matter_share", …

struct Target {
  Pos at, year_at;
  int year = 0;
  std::optional<double> values[figure_count];
  std::string_view values_text[figure_count];  // as written (`0.60`); empty = write the value
  Pos values_at[figure_count];
  const std::optional<double>& operator[](Figure figure) const { return values[static_cast<size_t>(figure)]; }
};

// One law of a `laws` register (法规库). Dates as written (`YYYY-MM-DD`).
struct Law {
  Pos at, name_at, level_at, status_at, effective_at, repealed_at, replaced_by_at;
  std::string_view name, effective, repealed, replaced_by;
  std::optional<LawLevel> level;
  std::optional<LawStatus> status;
  bool repealed_status() const { return status == LawStatus::Repealed; }
};

// One line of a `lenient` list (轻微违法不予处罚清单): an enforcement matter's
// code, the conduct (违法行为), when it applies (适用情形) and the measure.
struct LenientEntry {
  Pos at, code_at, conduct_at, conditions_at, measure_at;
  std::string_view code, conduct, conditions;
  std::optional<Measure> measure;
};

// One year of a `staffing` file (执法力量): staff in all, at the front line,
// and moved down to the townships.
struct StaffYear {
  Pos at, year_at, total_at, frontline_at, township_at;
  int year = 0;
  std::optional<int> total, frontline, township;
};

// A name the registry gives a region code (`regions`: "330881102": 贺村镇).
struct Region {
  Pos code_at, name_at;  // the key and its value
  std::string_view code, name;
};

// A sorted (code, position) index for lookups by code.
class CodeIndex {
 public:
  template <typename Items>
  void build(const Items& items) {
    build(items, [](const auto& item) { return std::string_view(item.code); });
  }
  // Over another key of the items (a law's name).
  template <typename Items, typename Key>
  void build(const Items& items, Key key) {
    m_entries.clear();
    m_entries.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i)
      if (!key(items[i]).empty()) m_entries.push_back({key(items[i]), static_cast<std::uint32_t>(i)});
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.first < b.first; });
  }
  // The position of the first item with `code`, or nullopt.
  std::optional<size_t> find(std::string_view code) const;
  // Pairs (first, repeat) of positions that share a code, by the repeat's position.
  std::vector<std::pair<size_t, size_t>> repeats() const;
  // The positions of the items whose code starts with `prefix`, in code order
  // (a repeated code once, at its first position).
  std::vector<size_t> with_prefix(std::string_view prefix) const;

 private:
  using Entry = std::pair<std::string_view, std::uint32_t>;
  std::vector<Entry> m_entries;
};

// Positions of the header fields (format.md).
struct HeaderPositions {
  Pos root, kind, id, title, region, edition, effective, issuer, document_number, supersedes, approval, extends,
      county, department, code_pattern;
  Pos matters;  // the `matters` key
  Pos body;     // the value of `matters`, `counts`, `targets`, `regions`, `laws` or `years`
  Pos draws_from_list, domains_list, departments_list, specialist_departments_list;
  std::vector<Pos> draws_from, domains, departments, specialist_departments;  // parallel to the lists
};

// A comment of the file the catalog was read from (yaml::Comment, kept so a
// rewrite can put it back beside its line). Not part of the catalog's value.
struct Comment {
  std::uint32_t line = 0, column = 0;
  bool trailing = false;
  std::string_view text;  // starts with `#`
};

struct Catalog {
  std::string file;
  Kind kind = Kind::Unified;
  TextStore text;  // owns every string_view below
  HeaderPositions pos;

  // Header (format.md): absent fields are empty.
  std::string_view id, title, region, issuer, document_number, supersedes, approval;
  std::optional<int> edition;
  std::optional<Date> effective;
  std::string_view effective_text;

  std::string_view extends;                    // extension
  std::string_view county;                     // township
  std::vector<std::string_view> draws_from;    // township, parallel to pos.draws_from
  std::vector<TownshipEntry> entries;          // township
  std::string_view department;                 // department
  std::vector<Matter> matters;                 // unified, extension, department
  std::vector<SupervisionMatter> supervision;  // supervision
  std::vector<CaseCounts> cases;               // cases
  std::vector<Target> targets;                 // targets
  std::string_view code_pattern;               // registry
  std::vector<std::string_view> domains, departments;  // registry
  std::vector<std::string_view> specialist_departments;  // registry: the "1+8" each county keeps a catalog for
  std::vector<Region> regions;                           // registry, in file order (its body, at pos.body)
  std::vector<Law> laws;                                 // laws
  std::vector<LenientEntry> lenient;                     // lenient
  std::vector<StaffYear> staffing;                       // staffing

  std::vector<Comment> comments;  // in source order; empty for a catalog built from values
  // Lines of the source that follow one or more blank lines (sorted): a
  // rewrite keeps one blank line before them. Set when loading a source.
  std::vector<std::uint32_t> after_blank;

  CodeIndex index;         // over matters, supervision matters, entries or lenient entries (by kind)
  CodeIndex region_index;  // over regions (a registry)
  CodeIndex law_index;     // over laws by name (a laws register)
  // Computes what follows from the fields: `effective` from `effective_text`
  // and `index`. Call it after building or changing a catalog's values.
  void update_derived();

  Location at(Pos p) const { return {file, p.line, p.column, p.span}; }
  // The matter with `code`, or null (unified, extension, department).
  const Matter* find_matter(std::string_view code) const;
  // A laws register's law named `name` (its first entry), or null.
  const Law* find_law(std::string_view name) const;
  // A registry's name for a region code (its first entry), or nullopt.
  std::optional<std::string_view> region_name(std::string_view code) const;
  // The townships a registry names under a county: the 9-digit codes that
  // start with its 6 digits, in code order (a repeated code once).
  std::vector<const Region*> townships_of(std::string_view county) const;
};

// Finds the catalog with an id (a township's `draws_from` sources), or null.
using CatalogLookup = std::function<const Catalog*(std::string_view id)>;
// The matter a township's entry stands for: that of the first of its
// `draws_from` catalogs (as `lookup` finds them) that has `code`; null when
// none does, or without a lookup.
const Matter* resolve_entry(const Catalog& township, std::string_view code, const CatalogLookup& lookup);

// Editions of one catalog (rules.md E201, E212): the same kind and region,
// and for department catalogs the same department. An edition supersedes an
// earlier edition of its own series only.
bool same_series(const Catalog& a, const Catalog& b);

// Equal values (kind, every field, every item in order), whatever the
// positions, comments, file names and text storage. Lists of names compare
// in order; traits as a set.
bool operator==(const Basis& a, const Basis& b);
bool operator==(const Matter& a, const Matter& b);
bool operator==(const TownshipEntry& a, const TownshipEntry& b);
bool operator==(const SupervisionMatter& a, const SupervisionMatter& b);
bool operator==(const CaseCounts& a, const CaseCounts& b);
bool operator==(const Region& a, const Region& b);
bool operator==(const Target& a, const Target& b);
bool operator==(const Law& a, const Law& b);
bool operator==(const LenientEntry& a, const LenientEntry& b);
bool operator==(const StaffYear& a, const StaffYear& b);
bool operator==(const Catalog& a, const Catalog& b);
inline bool operator!=(const Matter& a, const Matter& b) { return !(a == b); }
inline bool operator!=(const Catalog& a, const Catalog& b) { return !(a == b); }

// A copy of `matter` whose text lives in `store` (to move a matter into
// another catalog: its text must outlive the catalog it came from).
Matter copy_into(const Matter& matter, TextStore& store);
// Forgets where a matter was read, for one written into another file (whose
// comments are placed by line: the old lines would be taken for its own).
void clear_positions(Matter& matter);

}  // namespace encat::model
