#include "audit/audit.h"

#include "audit/case_gaps.h"
#include "audit/catalog_gaps.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace encat::audit {
namespace {

using model::Catalog;
using model::Kind;
using model::Matter;
using model::SupervisionMatter;

// A matter and the catalog it was read from.
struct Entry {
  const Catalog* catalog;
  const Matter* matter;
  Location at() const { return catalog->at(matter->code_at); }
};

// Matters by distinct code, first occurrence first (file order).
class MatterSet {
 public:
  void add(const Catalog& catalog) {
    for (const Matter& m : catalog.matters) {
      if (m.code.empty()) continue;
      auto [it, inserted] = m_by_code.try_emplace(m.code);
      if (inserted) m_codes.push_back(m.code);
      it->second.push_back({&catalog, &m});
    }
  }
  const std::vector<std::string_view>& codes() const { return m_codes; }
  // Every occurrence of `code` (empty when absent).
  const std::vector<Entry>& find(std::string_view code) const {
    static const std::vector<Entry> none;
    const auto it = m_by_code.find(code);
    return it == m_by_code.end() ? none : it->second;
  }
  bool contains(std::string_view code) const { return m_by_code.count(code) != 0; }
  const Entry& first(std::string_view code) const { return find(code).front(); }
  // Codes whose first occurrence is 有效 (the figures count those only).
  std::vector<std::string_view> active_codes() const {
    std::vector<std::string_view> result;
    for (std::string_view code : m_codes)
      if (first(code).matter->active()) result.push_back(code);
    return result;
  }

 private:
  std::vector<std::string_view> m_codes;
  std::unordered_map<std::string_view, std::vector<Entry>> m_by_code;
};

// What the audit reads for one county in one year.
struct RegionYear {
  int year = 0;
  MatterSet comprehensive;  // the province's unified catalogs, then the county's extensions
  MatterSet department;
  std::vector<const Catalog*> supervision, townships;
  const model::StaffYear* staff = nullptr;  // the county's `staffing` of the year
  std::vector<const Catalog*> counted;  // every catalog read, in 口径 order (counted_order)
  bool has_cases = false;  // the county has a `cases` catalog
  std::unordered_map<std::string_view, std::vector<const model::YearCounts*>> cases;  // by matter code
};

// The order of the 口径 list: unified, extension, department, supervision,
// township, cases; by id within a kind.
int counted_rank(Kind kind) {
  switch (kind) {
    case Kind::Unified: return 0;
    case Kind::Extension: return 1;
    case Kind::Department: return 2;
    case Kind::Supervision: return 3;
    case Kind::Township: return 4;
    default: return 5;
  }
}

size_t entry_count(const Catalog& c) {
  switch (c.kind) {
    case Kind::Supervision: return c.supervision.size();
    case Kind::Township: return c.entries.size();
    case Kind::Cases: return c.cases.size();
    case Kind::Staffing: return c.staffing.size();
    default: return c.matters.size();
  }
}

RegionYear gather(const model::Workspace& ws, std::string_view region, int year) {
  RegionYear r;
  r.year = year;
  const std::string province = std::string(region.substr(0, 2)) + "0000";
  std::vector<const Catalog*> extensions;
  for (const Catalog& c : ws.catalogs()) {
    if (c.kind == Kind::Staffing) {
      if (c.region != region) continue;
      r.counted.push_back(&c);
      for (const model::StaffYear& s : c.staffing)
        if (s.year == year && !r.staff) r.staff = &s;
      continue;
    }
    if (c.kind == Kind::Cases) {
      if (c.region != region) continue;
      r.has_cases = true;
      r.counted.push_back(&c);
      for (const model::CaseCounts& counts : c.cases) r.cases[counts.code].push_back(&counts.by_year);
      continue;
    }
    if (!ws.in_force(c, year)) continue;
    switch (c.kind) {
      case Kind::Unified:
        if (c.region == province) r.comprehensive.add(c), r.counted.push_back(&c);
        break;
      case Kind::Extension:
        if (c.region == region) extensions.push_back(&c), r.counted.push_back(&c);
        break;
      case Kind::Department:
        if (c.region == region) r.department.add(c), r.counted.push_back(&c);
        break;
      case Kind::Supervision:
        if (c.region == region) r.supervision.push_back(&c), r.counted.push_back(&c);
        break;
      case Kind::Township:
        if (c.county == region) r.townships.push_back(&c), r.counted.push_back(&c);
        break;
      default:
        break;
    }
  }
  for (const Catalog* c : extensions) r.comprehensive.add(*c);
  std::stable_sort(r.counted.begin(), r.counted.end(), [](const Catalog* a, const Catalog* b) {
    return std::pair(counted_rank(a->kind), a->id) < std::pair(counted_rank(b->kind), b->id);
  });
  return r;
}

// Cases on `code` in the years first…last (a matter or year absent counts as 0).
long long cases_in(const RegionYear& r, std::string_view code, int first_year, int last_year) {
  const auto it = r.cases.find(code);
  if (it == r.cases.end()) return 0;
  long long total = 0;
  for (const model::YearCounts* counts : it->second)
    for (const auto& [year, count] : *counts)
      if (year >= first_year && year <= last_year) total = model::add_saturating(total, count);
  return total;
}

// Each supervision matter of the in-force supervision catalogs, distinct by code.
template <typename Visit>
void for_each_supervision(const RegionYear& r, Visit visit) {
  std::unordered_set<std::string_view> seen;
  for (const Catalog* c : r.supervision)
    for (const SupervisionMatter& s : c->supervision)
      if (!s.code.empty() && seen.insert(s.code).second) visit(*c, s);
}

YearFigures figures(const model::Workspace& ws, const RegionYear& r, const Options& options) {
  const model::Catalog* targets = options.targets;
  YearFigures y;
  y.year = r.year;
  for (const Catalog* c : r.counted) y.counted.push_back({c, entry_count(*c)});
  auto set = [&](Figure figure, long long numerator, long long denominator) {
    y.figures[static_cast<size_t>(figure)].ratio = {numerator, denominator};
  };

  const std::vector<std::string_view> comprehensive = r.comprehensive.active_codes();
  std::vector<std::string_view> all = comprehensive;  // comprehensive ∪ department, 有效
  for (std::string_view code : r.department.active_codes())
    if (!r.comprehensive.contains(code) || !r.comprehensive.first(code).matter->active()) all.push_back(code);
  const std::unordered_set<std::string_view> is_comprehensive(comprehensive.begin(), comprehensive.end());

  set(Figure::MatterShare, static_cast<long long>(comprehensive.size()), static_cast<long long>(all.size()));

  // Domains and key traits over every occurrence of a code in both sets.
  std::set<std::string_view> domains_comprehensive, domains_all;
  long long key_comprehensive = 0, key_all = 0;
  long long cases_comprehensive = 0, cases_all = 0;
  for (std::string_view code : all) {
    const bool comp = is_comprehensive.count(code) != 0;
    bool key = false, key_as_comprehensive = false;
    for (const MatterSet* set_of : {&r.comprehensive, &r.department}) {
      for (const Entry& e : set_of->find(code)) {
        if (!e.matter->active()) continue;
        domains_all.insert(e.matter->domain);
        key = key || e.matter->key();
        if (set_of == &r.comprehensive) {
          domains_comprehensive.insert(e.matter->domain);
          key_as_comprehensive = key_as_comprehensive || e.matter->key();
        }
      }
    }
    key_all += key;
    key_comprehensive += comp && key_as_comprehensive;
    const long long cases = cases_in(r, code, r.year, r.year);
    cases_all = model::add_saturating(cases_all, cases);
    if (comp) cases_comprehensive = model::add_saturating(cases_comprehensive, cases);
  }
  domains_comprehensive.erase(std::string_view());
  domains_all.erase(std::string_view());
  set(Figure::DomainShare, static_cast<long long>(domains_comprehensive.size()),
      static_cast<long long>(domains_all.size()));
  set(Figure::KeyMatterShare, key_comprehensive, key_all);
  set(Figure::CaseShare, cases_comprehensive, cases_all);

  // A township must take every 必须下放 matter in force for its county this
  // year (a list still drawn from an older edition shows as missing some).
  std::vector<std::string_view> mandatory;
  for (std::string_view code : comprehensive)
    if (r.comprehensive.first(code).matter->tier == model::Tier::Mandatory) mandatory.push_back(code);
  long long listed_total = 0, mandatory_total = 0;
  for (const Catalog* t : r.townships) {
    TownshipRate rate{std::string(t->id), std::string(t->region), std::string(t->title), {}, {},
                      region_name(ws, options.registry, t->region)};
    for (std::string_view code : mandatory) {
      if (t->index.find(code))
        ++rate.ratio.numerator;
      else
        rate.missing.emplace_back(code);
    }
    rate.ratio.denominator = static_cast<long long>(mandatory.size());
    listed_total += rate.ratio.numerator;
    mandatory_total += rate.ratio.denominator;
    y.townships.push_back(std::move(rate));
  }
  std::sort(y.townships.begin(), y.townships.end(),
            [](const TownshipRate& a, const TownshipRate& b) { return std::tie(a.region, a.id) < std::tie(b.region, b.id); });
  set(Figure::TownshipMandatory, listed_total, mandatory_total);

  long long supervised = 0, claimed = 0, inspection = 0, inspected = 0;
  for_each_supervision(r, [&](const Catalog&, const SupervisionMatter& s) {
    ++supervised;
    claimed += !s.department.empty();
    if (s.is_inspection()) {
      ++inspection;
      inspected += model::count_in(s.inspections, r.year) > 0;
    }
  });
  set(Figure::ClaimRate, claimed, supervised);
  set(Figure::InspectionCoverage, inspected, inspection);

  // Staff at the front line and in the townships, of all enforcement staff
  // (n/a without a count, or a total of 0).
  if (r.staff && r.staff->total) {
    if (r.staff->frontline) set(Figure::StaffFrontlineShare, *r.staff->frontline, *r.staff->total);
    if (r.staff->township) set(Figure::StaffTownshipShare, *r.staff->township, *r.staff->total);
  }

  if (targets)
    for (const model::Target& t : targets->targets)
      if (t.year == r.year)
        for (size_t f = 0; f < figure_count; ++f)
          if (t.values[f]) y.figures[f].target = t.values[f];
  return y;
}

std::string join(const std::vector<std::string_view>& names) {
  std::string text;
  for (std::string_view name : names) text += fmt::format("{}`{}`", text.empty() ? "" : ", ", name);
  return text;
}

// The year's gaps: the county's in `out`, the province's unified catalog's
// (B301 on its matters) in `province`.
void gaps(const RegionYear& r, std::vector<Finding>& out, std::vector<Finding>& province) {
  const int year = r.year;

  // Codes some in-force supervision matter covers (every matter, even one
  // whose code repeats across two in-force lists).
  std::unordered_set<std::string_view> covered;
  for (const Catalog* c : r.supervision)
    for (const SupervisionMatter& s : c->supervision) covered.insert(s.covers.begin(), s.covers.end());

  for (std::string_view code : r.comprehensive.codes()) {
    const Entry& e = r.comprehensive.first(code);
    const Matter& m = *e.matter;
    if (m.boundary.find_first_not_of(" \t\r\n") == std::string_view::npos)  // absent or blank
      (e.catalog->kind == Kind::Unified ? province : out).push_back(make_finding(Code::B301, e.at(),
                                 text("综合执法事项 `{}` 缺少具体职责边界 `boundary`", "comprehensive matter `{}` has no `boundary`", code),
                                 std::string(code)));
    if (m.active() && !covered.count(code))
      out.push_back(make_finding(Code::B302, e.at(),
                                 text("{} 年没有监管事项覆盖综合执法事项 `{}`", "no supervision matter covers comprehensive matter `{1}` in {0}",
                                      year, code),
                                 std::string(code)));
    std::vector<Entry> also;  // 两头执法 needs both sides to enforce: 有效 on each
    for (const Entry& d : r.department.find(code))
      if (d.matter->active()) also.push_back(d);
    if (m.active() && !also.empty()) {
      Finding finding = make_finding(
          Code::B305, e.at(),
          text("事项 `{}` 既是综合执法事项，又是部门目录 `{}` 的事项（两头执法）",
               "`{}` is both a comprehensive matter and a matter of the department catalog `{}`: enforced on both sides", code,
               also.front().catalog->id),
          std::string(code));
      for (const Entry& d : also)
        finding.note(note_at(d.at(), fmt::format("部门目录 `{}` 也列出该事项：", d.catalog->id),
                             fmt::format("the department catalog `{}` lists it too:", d.catalog->id)));
      out.push_back(std::move(finding));
    }
  }

  // One finding per (code, matter): a further `covers` entry becomes a note on the first.
  std::map<std::pair<Code, std::string_view>, size_t> reported;
  auto once = [&](Code code, std::string_view matter, const SupervisionMatter& by, const Location& at, auto make) {
    if (const auto it = reported.find({code, matter}); it != reported.end()) {
      const std::string who = fmt::format("`{}`", by.code);
      const std::string department_zh = by.department.empty() ? " " : fmt::format("（{}）", by.department);
      const std::string department_en = by.department.empty() ? "" : fmt::format(" ({})", by.department);
      out[it->second].note(note_at(at, fmt::format("也被监管事项 {}{}覆盖，见", who, department_zh),
                                   fmt::format("also covered by {}{} at", who, department_en)));
      return;
    }
    reported.emplace(std::pair{code, matter}, out.size());
    out.push_back(make());
  };
  for_each_supervision(r, [&](const Catalog& c, const SupervisionMatter& s) {
    if (s.department.empty())
      out.push_back(make_finding(Code::B303, c.at(s.code_at),
                                 text("监管事项 `{}` 未被认领（缺少 `department`）", "supervision matter `{}` is unclaimed (no `department`)",
                                      s.code),
                                 std::string(s.code)));
    if (s.is_inspection() && model::count_in(s.inspections, year) == 0)
      out.push_back(make_finding(Code::B308, c.at(s.code_at),
                                 text("检查类监管事项 `{}` 在 {} 年没有检查", "inspection matter `{}` has no inspection in {}", s.code, year),
                                 std::string(s.code)));
    for (size_t i = 0; i < s.covers.size(); ++i) {
      const std::string_view code = s.covers[i];
      const Location at = c.at(s.covers_at[i]);
      if (r.comprehensive.contains(code)) {
        const Entry& e = r.comprehensive.first(code);
        const std::vector<std::string_view>& from = e.matter->from;
        if (!s.department.empty() && std::find(from.begin(), from.end(), s.department) == from.end())
          once(Code::B304, code, s, at, [&] {
            return make_finding(Code::B304, at,
                                text("监管事项 `{}` 的认领部门 `{}` 不是事项 `{}` 的划出部门",
                                     "supervision matter `{}` is claimed by `{}`, not by a `from` department of `{}`",
                                     s.code, s.department, code),
                                std::string(code))
                .note(note_at(e.catalog->at(e.matter->at), fmt::format("该事项的划出部门为 {}，见", join(from)),
                              fmt::format("its `from` departments are {}, at", join(from))));
          });
      } else if (!r.department.contains(code)) {
        once(Code::B306, code, s, at, [&] {
          return make_finding(Code::B306, at,
                              text("监管事项 `{}` 覆盖的 `{}` 不是本地区的执法事项",
                                   "supervision matter `{}` covers `{}`, which is no enforcement matter of the region",
                                   s.code, code),
                              std::string(code));
        });
      }
    }
  });

  if (r.has_cases) {
    // Every code 有效 somewhere in the region, at its first 有效 occurrence.
    std::vector<const Entry*> active;
    std::unordered_set<std::string_view> seen;
    for (const MatterSet* set_of : {&r.comprehensive, &r.department})
      for (std::string_view code : set_of->codes())
        for (const Entry& e : set_of->find(code))
          if (e.matter->active() && seen.insert(code).second) active.push_back(&e);
    for (const Entry* e : active) {
      const std::string_view code = e->matter->code;
      if (cases_in(r, code, year - 4, year) > 0) continue;
      out.push_back(make_finding(Code::B307, e->at(),
                                 text("事项 `{}` 在 {}–{} 年没有案件（清理候选）", "`{}` had no case in {}–{} (a clean-up candidate)",
                                      code, year - 4, year),
                                 std::string(code)));
    }
  }
  sort_findings(out);
  sort_findings(province);
}

// What the reports say of the matters the year's gaps name (first year first:
// a later year does not replace what an earlier one found).
void describe_matters(const model::Workspace& ws, std::string_view region, const RegionYear& r, const YearFigures& y,
                      std::map<std::string, MatterInfo, std::less<>>& matters) {
  std::unordered_set<std::string_view> wanted;
  for (const std::vector<Finding>* list : {&y.findings, &y.province_findings})
    for (const Finding& f : *list)
      if (!f.matter.empty() && !matters.count(f.matter)) wanted.insert(f.matter);
  if (wanted.empty()) return;
  // One pass over the supervision matters: the named ones, and who claims each wanted code.
  std::unordered_map<std::string_view, MatterInfo> found;
  auto claim = [](MatterInfo& info, std::string_view department) {
    if (!department.empty() && std::find(info.claimed.begin(), info.claimed.end(), department) == info.claimed.end())
      info.claimed.emplace_back(department);
  };
  for (const Catalog* c : r.supervision)
    for (const SupervisionMatter& s : c->supervision) {
      if (wanted.count(s.code) && !found.count(s.code)) {  // a supervision matter's own code (B303, B308)
        MatterInfo& info = found[s.code];
        info.name = std::string(s.name);
        claim(info, s.department);
      }
      for (std::string_view code : s.covers)
        if (wanted.count(code)) claim(found[code], s.department);
    }
  // For a code not in force (B312, B306): the latest edition of the
  // county's and its province's catalogs that had it (gathered once).
  std::vector<const Catalog*> own;
  bool gathered = false;
  auto earlier_editions = [&] {
    if (gathered) return;
    gathered = true;
    const std::string province = std::string(region.substr(0, 2)) + "0000";
    for (const Catalog& c : ws.catalogs())
      if (c.region == region || (c.kind == Kind::Unified && c.region == province)) own.push_back(&c);
    std::stable_sort(own.begin(), own.end(),
                     [](const Catalog* a, const Catalog* b) { return a->edition.value_or(0) > b->edition.value_or(0); });
  };
  for (std::string_view code : wanted) {
    MatterInfo& info = found[code];
    const Matter* m = nullptr;
    for (const MatterSet* set_of : {&r.comprehensive, &r.department})
      if (!m && set_of->contains(code)) m = set_of->first(code).matter;
    if (!m) {
      earlier_editions();
      for (const Catalog* c : own)
        if ((m = c->find_matter(code))) break;
    }
    if (m) {
      info.name = std::string(m->name);
      info.domain = std::string(m->domain);
      info.from.assign(m->from.begin(), m->from.end());
    }
    matters.emplace(std::string(code), std::move(info));
  }
}

// The place-name part of a catalog title: up to the first word that starts
// what the catalog is (江山市综合行政执法… → 江山市), when it ends like a place.
std::string_view place_in_title(std::string_view title) {
  size_t cut = title.size();
  for (std::string_view word : {"综合", "行政", "执法", "监管", "专业", "部门", "乡镇", "案件", "事项"})
    cut = std::min(cut, title.find(word));
  const std::string_view place = title.substr(0, cut);
  for (std::string_view end : {"省", "市", "县", "区", "旗", "镇", "乡", "街道"})
    if (place.size() > end.size() && place.substr(place.size() - end.size()) == end) return place;
  return {};
}

}  // namespace

std::string region_name(const model::Workspace& ws, const model::Catalog* registry, std::string_view code) {
  if (registry)
    if (const std::optional<std::string_view> name = registry->region_name(code)) return std::string(*name);
  for (const Catalog& c : ws.catalogs())
    if (c.region == code && c.kind != Kind::Registry)
      if (const std::string_view place = place_in_title(c.title); !place.empty()) return std::string(place);
  return std::string(code);
}

bool RegionAudit::target_missed() const {
  for (const YearFigures& y : years)
    for (const FigureResult& f : y.figures)
      if (f.met() == false) return true;
  return false;
}

RegionAudit audit_region(const model::Workspace& ws, const Options& options) {
  RegionAudit result;
  result.region = options.region;
  result.name = region_name(ws, options.registry, options.region);
  result.province = options.region.substr(0, 2) + "0000";
  result.province_name = region_name(ws, options.registry, result.province);
  result.targets = options.targets;
  result.precision = options.precision;
  for (int year : options.years) {
    const RegionYear r = gather(ws, options.region, year);
    YearFigures& y = result.years.emplace_back(figures(ws, r, options));
    gaps(r, y.findings, y.province_findings);
    detail::add_catalog_gaps(ws, options, year, y);
    for (const std::string& code : y.missing_townships)
      if (!result.township_names.count(code)) result.township_names.emplace(code, region_name(ws, options.registry, code));
    detail::add_case_gaps(ws, options, year, y.findings);
    describe_matters(ws, options.region, r, y, result.matters);
    for (const std::string& t : y.missing_townships) result.township_names.emplace(t, region_name(ws, options.registry, t));
  }
  if (!result.years.empty()) {
    const YearFigures& last = result.years.back();
    result.findings_year = last.year;
    result.findings = last.findings;
    result.findings.insert(result.findings.end(), last.province_findings.begin(), last.province_findings.end());
    sort_findings(result.findings);
  }
  return result;
}

std::optional<int> latest_edition(const model::Workspace& ws, std::string_view region) {
  const std::string province = std::string(region.substr(0, 2)) + "0000";
  std::optional<int> latest;
  bool own = false;  // the county has a catalog of its own
  for (const Catalog& c : ws.catalogs()) {
    const bool county = c.region == region || c.county == region;
    own = own || county;
    if ((county || (c.kind == Kind::Unified && c.region == province)) && c.edition && (!latest || *c.edition > *latest))
      latest = c.edition;
  }
  return own ? latest : std::nullopt;
}

int default_year(const model::Workspace& ws, const std::vector<std::string>& regions) {
  int latest = 0;
  for (const std::string& region : regions) latest = std::max(latest, latest_edition(ws, region).value_or(0));
  return latest;
}

bool is_county(std::string_view code) {
  return code.size() == 6 && std::all_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
         code.substr(4) != "00";
}

std::vector<std::string> counties(const model::Workspace& ws) {
  std::set<std::string> found;
  for (const Catalog& c : ws.catalogs()) {
    if (is_county(c.region)) found.emplace(c.region);
    if (is_county(c.county)) found.emplace(c.county);
  }
  return {found.begin(), found.end()};
}

}  // namespace encat::audit
