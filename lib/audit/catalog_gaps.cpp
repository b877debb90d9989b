#include "audit/catalog_gaps.h"

#include <set>

namespace encat::audit::detail {
namespace {

using model::Catalog;
using model::Kind;

// The in-force catalog of the workspace that supersedes `old` (directly or
// through a chain), or null: the edition a stale source was replaced by.
const Catalog* superseded_by(const model::Workspace& ws, const Catalog& old, int year) {
  for (const Catalog& c : ws.catalogs()) {
    if (!ws.in_force(c, year) || !model::same_series(c, old)) continue;
    const Catalog* link = &c;
    for (size_t steps = 0; link && !link->supersedes.empty() && steps < ws.catalogs().size(); ++steps) {
      if (link->supersedes == old.id) return &c;
      link = ws.find(link->supersedes);
    }
  }
  return nullptr;
}

// B309: a township the registry names under the county with no township catalog in force.
void missing_township_lists(const Options& options, int year,
                            const std::set<std::string_view>& listed, YearFigures& year_out) {
  const Catalog& registry = *options.registry;
  std::vector<Finding>& out = year_out.findings;
  for (const model::Region* township : registry.townships_of(options.region)) {
    if (listed.count(township->code)) continue;
    year_out.missing_townships.emplace_back(township->code);
    out.push_back(make_finding(
        Code::B309, registry.at(township->code_at),
        text("登记表列出的乡镇（街道）`{}`（{}）在 {} 年没有施行中的乡镇目录", "township `{}` ({}) of the registry has no township catalog in force in {}",
             township->code, township->name, year)));
  }
}

// B310: a specialist department with no department catalog of the county in force.
void missing_department_catalogs(const model::Workspace& ws, const Options& options, int year, YearFigures& year_out) {
  std::vector<Finding>& out = year_out.findings;
  const Catalog& registry = *options.registry;
  std::set<std::string_view> kept, seen;
  for (const Catalog& c : ws.catalogs())
    if (c.kind == Kind::Department && c.region == options.region && ws.in_force(c, year)) kept.insert(c.department);
  for (size_t i = 0; i < registry.specialist_departments.size(); ++i) {
    const std::string_view department = registry.specialist_departments[i];
    if (kept.count(department) || !seen.insert(department).second) continue;
    year_out.missing_departments.emplace_back(department);
    out.push_back(make_finding(Code::B310, registry.at(registry.pos.specialist_departments[i]),
                               text("专业执法部门 `{}` 在 {} 年没有 `{}` 施行中的部门目录：事项占比的计算未包含该部门",
                                    "specialist department `{0}` has no department catalog of `{2}` in force in {1}: the matter "
                                    "shares are computed without it",
                                    department, year, options.region)));
  }
}

// B311: an in-force township drawing from a catalog not in force.
void stale_sources(const model::Workspace& ws, const Catalog& township, int year, std::vector<Finding>& out) {
  for (size_t i = 0; i < township.draws_from.size() && i < township.pos.draws_from.size(); ++i) {
    const Catalog* source = ws.find(township.draws_from[i]);
    if (!source || ws.in_force(*source, year)) continue;  // (an unknown id is E201)
    Finding finding = make_finding(
        Code::B311, township.at(township.pos.draws_from[i]),
        text("乡镇目录 `{}` 的来源目录 `{}` 在 {} 年不施行：清单未按新版重新发布",
             "township catalog `{}` draws from `{}`, which is not in force in {}: the list was not re-issued against the new edition",
             township.id, source->id, year));
    if (const Catalog* newer = superseded_by(ws, *source, year))
      finding.note(note_at(newer->at(newer->pos.supersedes), fmt::format("替代它的新版为 `{}`，见", newer->id),
                           fmt::format("it is superseded by `{}`, at", newer->id)));
    out.push_back(std::move(finding));
  }
}

// B313: an in-force township list older than the review period, with no edition superseding it.
void review_due(const model::Workspace& ws, const Options& options, const Catalog& township, int year,
                std::vector<Finding>& out) {
  if (!township.effective || !township.effective->valid) return;
  // More than N years before Y-12-31: effective before (Y-N)-12-31.
  const model::Date due{year - options.review_years, 12, 31, true};
  if (!(*township.effective < due)) return;
  for (const Catalog& c : ws.catalogs())
    if (c.supersedes == township.id && model::same_series(c, township)) return;  // re-issued (in force later)
  out.push_back(make_finding(
      Code::B313, township.at(township.pos.effective),
      text("乡镇目录 `{}` 自 {} 施行，到 {} 年底已超过 {} 年，尚无新版替代（每{}年进行调整更新）",
           "township catalog `{0}` took effect on {1}, more than {3} year(s) before the end of {2}, and no edition "
           "supersedes it",
           township.id, township.effective_text, year, options.review_years, options.review_years)));
}

}  // namespace

void add_catalog_gaps(const model::Workspace& ws, const Options& options, int year, YearFigures& year_out) {
  std::vector<Finding>& out = year_out.findings;
  std::set<std::string_view> listed;  // township regions with a list in force
  for (const Catalog& c : ws.catalogs()) {
    if (c.kind != Kind::Township || c.county != options.region || !ws.in_force(c, year)) continue;
    listed.insert(c.region);
    stale_sources(ws, c, year, out);
    review_due(ws, options, c, year, out);
  }
  if (options.registry) {
    missing_township_lists(options, year, listed, year_out);
    missing_department_catalogs(ws, options, year, year_out);
  }
  sort_findings(out);
}

}  // namespace encat::audit::detail
