#include "model/catalog.h"

#include <algorithm>
#include <iterator>

namespace encat::model {
namespace {

constexpr std::string_view kind_names[] = {"unified", "extension", "township", "department", "supervision", "cases",
                                           "targets", "registry", "laws",     "lenient",    "staffing"};
constexpr std::string_view figure_names[] = {"matter_share", "domain_share",       "key_matter_share",
                                             "case_share",   "township_mandatory", "claim_rate",
                                             "inspection_coverage", "staff_frontline_share", "staff_township_share"};

}  // namespace

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = [] {
    std::vector<Kind> all;
    for (size_t i = 0; i < std::size(kind_names); ++i) all.push_back(static_cast<Kind>(i));
    return all;
  }();
  return kinds;
}

std::string_view kind_name(Kind kind) { return kind_names[static_cast<size_t>(kind)]; }

std::string_view kind_title_zh(Kind kind) {
  static constexpr std::string_view titles[] = {"统一目录", "地方扩展目录", "乡镇（街道）目录", "部门目录",
                                                "监管事项清单", "案件统计", "改革目标", "登记表",
                                                "法规库", "轻微违法不予处罚清单", "执法力量统计"};
  return titles[static_cast<size_t>(kind)];
}

std::optional<Kind> parse_kind(std::string_view text) {
  for (size_t i = 0; i < std::size(kind_names); ++i)
    if (kind_names[i] == text) return static_cast<Kind>(i);
  return std::nullopt;
}

bool is_catalog(Kind kind) { return kind <= Kind::Supervision || kind == Kind::Lenient; }
bool has_matters(Kind kind) { return kind == Kind::Unified || kind == Kind::Extension || kind == Kind::Department; }

std::string_view tier_name(Tier tier) {
  switch (tier) {
    case Tier::Mandatory: return "必须下放";
    case Tier::Optional: return "可放可不放";
    case Tier::CountyOnly: return "不下放";
  }
  return "不下放";
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::Active: return "有效";
    case Status::Suspended: return "暂停";
    case Status::Cancelled: return "取消";
  }
  return "有效";
}

std::string_view figure_name(Figure figure) { return figure_names[static_cast<size_t>(figure)]; }

std::optional<Date> parse_date(std::string_view text) {
  auto digits = [&](size_t from, size_t count, int& out) {
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  Date date;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(0, 4, date.year) ||
      !digits(5, 2, date.month) || !digits(8, 2, date.day))
    return std::nullopt;
  static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  if (date.month >= 1 && date.month <= 12) {
    const int days = days_in_month[date.month - 1] + (date.month == 2 && leap ? 1 : 0);
    date.valid = date.day >= 1 && date.day <= days;
  }
  return date;
}

long long count_in(const YearCounts& counts, int year) {
  long long total = 0;
  for (const auto& [y, count] : counts)
    if (y == year) total = add_saturating(total, count);
  return total;
}

std::optional<size_t> CodeIndex::find(std::string_view code) const {
  auto it = std::lower_bound(m_entries.begin(), m_entries.end(), code,
                             [](const Entry& e, std::string_view c) { return e.first < c; });
  if (it == m_entries.end() || it->first != code) return std::nullopt;
  return it->second;
}

std::vector<std::pair<size_t, size_t>> CodeIndex::repeats() const {
  std::vector<std::pair<size_t, size_t>> result;
  for (size_t i = 1; i < m_entries.size(); ++i) {
    size_t first = i - 1;
    while (i < m_entries.size() && m_entries[i].first == m_entries[first].first) {
      result.push_back({m_entries[first].second, m_entries[i].second});
      ++i;
    }
  }
  std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return result;
}

std::vector<size_t> CodeIndex::with_prefix(std::string_view prefix) const {
  std::vector<size_t> result;
  auto it = std::lower_bound(m_entries.begin(), m_entries.end(), prefix,
                             [](const Entry& e, std::string_view p) { return e.first < p; });
  for (const auto first = it; it != m_entries.end() && it->first.substr(0, prefix.size()) == prefix; ++it)
    if (it == first || std::prev(it)->first != it->first) result.push_back(it->second);
  return result;
}

bool same_series(const Catalog& a, const Catalog& b) {
  return a.kind == b.kind && a.region == b.region && (a.kind != Kind::Department || a.department == b.department);
}

void Catalog::update_derived() {
  effective = parse_date(effective_text);
  region_index.build(regions);
  law_index.build(laws, [](const Law& law) { return law.name; });
  switch (kind) {
    case Kind::Unified:
    case Kind::Extension:
    case Kind::Department: index.build(matters); break;
    case Kind::Township: index.build(entries); break;
    case Kind::Supervision: index.build(supervision); break;
    case Kind::Lenient: index.build(lenient); break;
    default: index = CodeIndex(); break;
  }
}

const Matter* Catalog::find_matter(std::string_view code) const {
  if (!has_matters(kind)) return nullptr;
  const std::optional<size_t> at = index.find(code);
  return at ? &matters[*at] : nullptr;
}

const Law* Catalog::find_law(std::string_view name) const {
  const std::optional<size_t> at = law_index.find(name);
  return at ? &laws[*at] : nullptr;
}

std::optional<std::string_view> Catalog::region_name(std::string_view code) const {
  const std::optional<size_t> at = region_index.find(code);
  if (!at) return std::nullopt;
  return regions[*at].name;
}

std::vector<const Region*> Catalog::townships_of(std::string_view county) const {
  std::vector<const Region*> result;
  if (county.size() != 6) return result;
  for (size_t at : region_index.with_prefix(county))
    if (regions[at].code.size() == 9) result.push_back(&regions[at]);
  return result;
}

const Matter* resolve_entry(const Catalog& township, std::string_view code, const CatalogLookup& lookup) {
  if (!lookup) return nullptr;
  for (std::string_view id : township.draws_from)
    if (const Catalog* source = lookup(id))
      if (const Matter* matter = source->find_matter(code)) return matter;
  return nullptr;
}

}  // namespace encat::model
