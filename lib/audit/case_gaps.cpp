#include "audit/case_gaps.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace encat::audit::detail {

RegionCases::RegionCases(const model::Workspace& ws, std::string_view region) {
  for (const model::Catalog& c : ws.catalogs())
    if (c.kind == model::Kind::Cases && c.region == region) add(c);
}

void RegionCases::add(const model::Catalog& cases) {
  m_catalogs.push_back(&cases);
  for (const model::CaseCounts& counts : cases.cases) m_by_code[counts.code].push_back(&counts);
}

long long RegionCases::in(std::string_view code, int first_year, int last_year) const {
  const auto it = m_by_code.find(code);
  if (it == m_by_code.end()) return 0;
  long long total = 0;
  for (const model::CaseCounts* counts : it->second)
    for (const auto& [year, count] : counts->by_year)
      if (year >= first_year && year <= last_year) total = model::add_saturating(total, count);
  return total;
}

namespace {

using model::Catalog;
using model::Kind;

// The catalogs whose matters are the county's (the province's unified
// catalogs, the county's extensions and department catalogs), in file order.
bool is_matter_catalog_of(const Catalog& c, std::string_view county, std::string_view province) {
  return (c.kind == Kind::Unified && c.region == province) ||
         ((c.kind == Kind::Extension || c.kind == Kind::Department) && c.region == county);
}

// B312: cases in `year` on a code that is no matter (any status) of the
// county's catalogs in force in `year` (checked when one is in force). One
// finding per code, at its first entry in the county's `cases`; a further
// entry of another `cases` catalog is a note.
void cases_on_unknown_codes(const model::Workspace& ws, const Options& options, int year, std::vector<Finding>& out) {
  const RegionCases cases(ws, options.region);
  if (cases.empty()) return;
  const std::string province = options.region.substr(0, 2) + "0000";
  std::unordered_set<std::string_view> known;
  for (const Catalog& c : ws.catalogs())
    if (is_matter_catalog_of(c, options.region, province) && ws.in_force(c, year))
      for (const model::Matter& m : c.matters) known.insert(m.code);
  if (known.empty()) return;  // no catalog in force: nothing the statistics could have missed

  std::map<std::string_view, size_t> reported;  // code → its finding in `out`
  std::vector<std::string_view> unknown;
  for (const Catalog* c : cases.catalogs())
    for (const model::CaseCounts& counts : c->cases) {
      if (counts.code.empty() || known.count(counts.code) || model::count_in(counts.by_year, year) == 0) continue;
      if (const auto it = reported.find(counts.code); it != reported.end()) {
        out[it->second].note(note_at(c->at(counts.code_at), fmt::format("案件统计 `{}` 也记有该代码的案件：", c->id),
                                     fmt::format("the cases of `{}` count it too:", c->id)));
        continue;
      }
      reported.emplace(counts.code, out.size());
      unknown.push_back(counts.code);
      out.push_back(make_finding(
          Code::B312, c->at(counts.code_at),
          text("{} 年有 {} 件案件记在 `{}` 上，它不是 {} 年施行的目录中的事项（代码调整未反映到案件统计）",
               "{1} cases in {0} are counted on `{2}`, which is no matter of a catalog in force in {0} (a recoding "
               "that never reached the statistics)",
               year, cases.in(counts.code, year, year), counts.code, year),
          std::string(counts.code)));
    }
  if (unknown.empty()) return;

  // Where an unknown code was a matter: the latest edition no longer in force that has it.
  std::map<std::string_view, std::pair<const Catalog*, const model::Matter*>> retired;
  for (const Catalog& c : ws.catalogs()) {
    if (!is_matter_catalog_of(c, options.region, province) || !c.effective || c.effective->year > year ||
        ws.in_force(c, year))
      continue;
    for (std::string_view code : unknown) {
      const model::Matter* m = c.find_matter(code);
      if (!m) continue;
      auto& [catalog, matter] = retired[code];
      if (!catalog || *catalog->effective < *c.effective) catalog = &c, matter = m;
    }
  }
  for (const auto& [code, was] : retired) {
    const auto& [catalog, matter] = was;
    out[reported[code]].note(note_at(catalog->at(matter->code_at),
                                     fmt::format("该代码是 {} 年不施行的目录 `{}` 的事项，见", year, catalog->id),
                                     fmt::format("it is a matter of `{}`, not in force in {}, at", catalog->id, year)));
  }
}

// The codes a township's catalogs in force in `year` list, each at its first entry.
std::map<std::string_view, std::pair<const Catalog*, const model::TownshipEntry*>> listed_in(
    const model::Workspace& ws, const std::vector<const Catalog*>& lists, int year) {
  std::map<std::string_view, std::pair<const Catalog*, const model::TownshipEntry*>> codes;
  for (const Catalog* t : lists)
    if (ws.in_force(*t, year))
      for (const model::TownshipEntry& e : t->entries)
        if (!e.code.empty()) codes.try_emplace(e.code, t, &e);
  return codes;
}

// B314: a township with its own `cases` and a matter its lists in force in
// both Y-1 and Y name, with no case there in either year. One finding per
// matter, at the first township (by region code) that never used it; each
// further township is a note. Matters 暂停 or 取消 in the county's
// comprehensive catalogs in Y are left to W207.
void devolved_unused(const model::Workspace& ws, const Options& options, int year, std::vector<Finding>& out) {
  std::map<std::string_view, std::vector<const Catalog*>> lists;  // by township region code
  std::unordered_map<std::string_view, RegionCases> township_cases;  // the townships' own, by region code
  for (const Catalog& c : ws.catalogs()) {
    if (c.kind == Kind::Township && c.county == options.region && !c.region.empty()) lists[c.region].push_back(&c);
    if (c.kind == Kind::Cases && c.region.size() == 9 && c.region.substr(0, 6) == options.region)
      township_cases[c.region].add(c);
  }
  if (lists.empty() || township_cases.empty()) return;

  const std::string province = options.region.substr(0, 2) + "0000";
  std::unordered_map<std::string_view, const model::Matter*> comprehensive;  // first occurrence, unified first
  for (Kind kind : {Kind::Unified, Kind::Extension})
    for (const Catalog& c : ws.catalogs())
      if (c.kind == kind && is_matter_catalog_of(c, options.region, province) && ws.in_force(c, year))
        for (const model::Matter& m : c.matters) comprehensive.try_emplace(m.code, &m);

  std::map<std::string_view, size_t> reported;  // matter code → its finding in `out`
  for (const auto& [township, catalogs] : lists) {
    const auto found = township_cases.find(township);
    if (found == township_cases.end()) continue;
    const RegionCases& cases = found->second;
    const auto before = listed_in(ws, catalogs, year - 1);
    if (before.empty()) continue;
    for (const auto& [code, where] : listed_in(ws, catalogs, year)) {
      if (!before.count(code) || cases.in(code, year - 1, year) > 0) continue;
      if (const auto m = comprehensive.find(code); m != comprehensive.end() && !m->second->active()) continue;
      const auto& [t, entry] = where;
      if (const auto it = reported.find(code); it != reported.end()) {
        out[it->second].note(note_at(t->at(entry->code_at),
                                     fmt::format("乡镇目录 `{}` 也列出该事项，该乡镇（街道）两年同样没有案件：", t->id),
                                     fmt::format("the township catalog `{}` lists it too, with no case there either:", t->id)));
        continue;
      }
      reported.emplace(code, out.size());
      out.push_back(make_finding(
          Code::B314, t->at(entry->code_at),
          text("乡镇目录 `{}` 列出的事项 `{}` 在 {}–{} 年没有该乡镇（街道）的案件（培训或上收的候选）",
               "`{1}`, listed by the township catalog `{0}`, had no case in the township in {2}–{3} (a candidate for "
               "training or for taking back)",
               t->id, code, year - 1, year),
          std::string(code)));
    }
  }
}

}  // namespace

void add_case_gaps(const model::Workspace& ws, const Options& options, int year, std::vector<Finding>& out) {
  cases_on_unknown_codes(ws, options, year, out);
  devolved_unused(ws, options, year, out);
  sort_findings(out);
}

}  // namespace encat::audit::detail
