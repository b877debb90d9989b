// E201–E212: checks between catalogs.
#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "rules/context.h"
#include "model/fields.h"
#include "rules/rules.h"
#include "util/suggest.h"

namespace encat::rules {
namespace {

using model::Catalog;
using model::Kind;
using model::Pos;

std::string kinds_text(std::initializer_list<Kind> kinds) {
  std::string text;
  for (Kind kind : kinds) text += fmt::format("{}`{}`", text.empty() ? "" : "/", model::kind_name(kind));
  return text;
}

// The catalog `id` (field `field` of `c`, at `at`) names, if it is loaded and
// of an allowed kind; otherwise an E201 finding and null.
const Catalog* resolve(const Context& ctx, const Catalog& c, std::string_view id, Pos at, std::string_view field,
                       std::initializer_list<Kind> kinds, Findings& out) {
  const Catalog* target = ctx.ws.find(id);
  if (!target) {
    std::vector<std::string_view> ids;
    for (const Catalog& other : ctx.ws.catalogs())
      if (std::find(kinds.begin(), kinds.end(), other.kind) != kinds.end()) ids.push_back(other.id);
    Finding finding = make_finding(Code::E201, c.at(at),
                                   text("`{}` 引用的 `{}` 未加载", "`{}` names `{}`, which was not loaded", field, id));
    if (const std::optional<std::string_view> meant = closest_match(id, ids))
      finding.note(text("是否应为 `{}`？", "did you mean `{}`?", *meant));
    else
      finding.note(text("只检查了部分文件？请把 `{}` 所在的文件或目录也加入 PATH",
                        "checking only part of the tree? add the file or folder that holds `{}` to the PATHs", id));
    out.push_back(std::move(finding));
    return nullptr;
  }
  if (std::find(kinds.begin(), kinds.end(), target->kind) == kinds.end()) {
    out.push_back(make_finding(Code::E201, c.at(at),
                               text("`{}` 引用的 `{}` 是 `{}` 类型，应为 {}", "`{}` names `{}`, which is of kind `{}`; expected {}",
                                    field, id, model::kind_name(target->kind), kinds_text(kinds)))
                      .note(note_at(target->at(target->pos.kind), "其类型声明于", "its kind is declared at")));
    return nullptr;
  }
  return target;
}

// E201: `supersedes` names a catalog of the right kind but another series
// (another region, or another department).
Finding other_series(const Catalog& c, const Catalog& earlier) {
  const bool department = c.kind == Kind::Department && c.region == earlier.region;
  Finding finding =
      department
          ? make_finding(Code::E201, c.at(c.pos.supersedes),
                         text("`supersedes` 引用的 `{}` 是另一部门（`{}`）的目录，本目录的部门为 `{}`",
                              "`supersedes` names `{}`, the catalog of another department (`{}`, not `{}`)", earlier.id,
                              earlier.department, c.department))
          : make_finding(Code::E201, c.at(c.pos.supersedes),
                         text("`supersedes` 引用的 `{}` 是另一地区（`{}`）的目录，本目录的地区为 `{}`",
                              "`supersedes` names `{}`, a catalog of another region (`{}`, not `{}`)", earlier.id,
                              earlier.region, c.region));
  finding.note(note_at(earlier.at(department ? earlier.pos.department : earlier.pos.region),
                       department ? "其部门见" : "其地区见", department ? "its department is at" : "its region is at"));
  finding.note(text("新版目录只能替代同一目录的上一版；请删除 `supersedes` 或改为本目录上一版的 `id`",
                    "an edition supersedes an earlier edition of the same catalog only: remove `supersedes` or name "
                    "this catalog's previous edition"));
  return finding;
}

// The catalogs a township draws from, with the first that has a code winning.
struct Sources {
  std::vector<const Catalog*> catalogs;
  bool complete = true;  // every `draws_from` resolved
  std::pair<const Catalog*, const model::Matter*> find(std::string_view code) const {
    for (const Catalog* c : catalogs)
      if (const model::Matter* m = c->find_matter(code)) return {c, m};
    return {nullptr, nullptr};
  }
};

}  // namespace

void check_references(const Context& ctx, const Catalog& c, Findings& out) {
  if (c.kind == Kind::Extension && !c.extends.empty())
    resolve(ctx, c, c.extends, c.pos.extends, "extends", {Kind::Unified}, out);
  for (size_t i = 0; i < c.draws_from.size(); ++i)
    resolve(ctx, c, c.draws_from[i], c.pos.draws_from[i], "draws_from", {Kind::Unified, Kind::Extension}, out);
  if (c.supersedes.empty()) return;
  const Catalog* earlier = resolve(ctx, c, c.supersedes, c.pos.supersedes, "supersedes", {c.kind}, out);
  if (!earlier) return;
  if (!model::same_series(*earlier, c)) {
    out.push_back(other_series(c, *earlier));
    return;  // not an edition of this catalog: no chain to follow
  }
  if (const auto cycle = ctx.cycles.find(&c); cycle != ctx.cycles.end())
    out.push_back(make_finding(Code::E201, c.at(c.pos.supersedes),
                               text("`supersedes` 形成循环：{}", "`supersedes` forms a cycle: {}", cycle->second)));
}

void check_extension(const Context& ctx, const Catalog& c, Findings& out) {
  if (c.kind != Kind::Extension) return;
  const Catalog* unified = ctx.ws.find(c.extends);
  if (!unified || unified->kind != Kind::Unified) return;  // E201
  for (const model::Matter& m : c.matters) {
    const model::Matter* redefined = unified->find_matter(m.code);
    if (!redefined) continue;
    out.push_back(make_finding(Code::E202, c.at(m.code_at),
                               text("扩展目录事项 `{}` 与统一目录 `{}` 中的事项代码相同",
                                    "extension matter `{}` has the code of a matter of the unified catalog `{}`", m.code,
                                    unified->id),
                               std::string(m.code))
                      .note(note_at(unified->at(redefined->code_at), "统一目录中的事项见", "the unified matter is at")));
  }
}

void check_township(const Context& ctx, const Catalog& c, Findings& out) {
  if (c.kind != Kind::Township) return;
  if (!c.county.empty() && c.region.substr(0, c.county.size()) != c.county)
    out.push_back(make_finding(Code::E206, c.at(c.pos.region),
                               text("乡镇区划代码 `{}` 不以所属县代码 `{}` 开头", "township region `{}` does not start with its county `{}`",
                                    c.region, c.county)));

  Sources sources;
  for (std::string_view id : c.draws_from) {
    const Catalog* source = ctx.ws.find(id);
    if (source && (source->kind == Kind::Unified || source->kind == Kind::Extension))
      sources.catalogs.push_back(source);
    else
      sources.complete = false;  // E201 says so; unknown codes may come from it
  }
  std::string ids_zh, ids_en;
  for (std::string_view id : c.draws_from) {
    ids_zh += fmt::format("{}`{}`", ids_zh.empty() ? "" : "、", id);
    ids_en += fmt::format("{}`{}`", ids_en.empty() ? "" : ", ", id);
  }

  for (size_t i = 0; i < c.entries.size(); ++i) {
    const model::TownshipEntry& entry = c.entries[i];
    if (entry.code.empty() || c.index.find(entry.code) != i) continue;  // a repeat is E208 only
    const Location code = c.at(entry.code_at);
    const auto [source, matter] = sources.find(entry.code);
    if (!matter) {
      if (!sources.complete) continue;
      Finding finding = make_finding(Code::E203, code,
                                     {fmt::format("事项 `{}` 不在来源目录 {} 中", entry.code, ids_zh),
                                      fmt::format("`{}` is in none of the `draws_from` catalogs ({})", entry.code, ids_en)},
                                     std::string(entry.code));
      for (const Catalog& other : ctx.ws.catalogs())
        if ((other.kind == Kind::Unified || other.kind == Kind::Extension) && other.find_matter(entry.code)) {
          finding.note(text("`{}` 中有该事项，是否漏写在 `draws_from` 中？", "`{}` has it: missing from `draws_from`?", other.id));
          break;
        }
      out.push_back(std::move(finding));
      continue;
    }
    if (matter->tier == model::Tier::CountyOnly) {
      out.push_back(make_finding(Code::E205, code,
                                 text("事项 `{}` 为不下放事项，乡镇不得行使", "`{}` stays at county level (`township: 不下放`); a township may not list it",
                                      entry.code),
                                 std::string(entry.code))
                        .note(matter->tier_at ? note_at(source->at(matter->tier_at), "下放类别见", "its tier is set at")
                                              : note_at(source->at(matter->at), "未写 `township`，默认为不下放，见",
                                                        "no `township` tier, so `不下放` by default, at")));
    } else if (!matter->active()) {
      out.push_back(make_finding(Code::W207, code,
                                 text("事项 `{}` 的状态为{}", "`{}` has status `{}`", entry.code, model::status_name(matter->status)),
                                 std::string(entry.code))
                        .note(note_at(source->at(matter->status_at), "状态见", "its status is set at")));
    }
  }

  for (const Catalog* source : sources.catalogs) {
    for (const model::Matter& m : source->matters) {
      if (m.tier != model::Tier::Mandatory || !m.active() || m.code.empty() || c.index.find(m.code)) continue;
      out.push_back(make_finding(Code::E204, c.at(c.pos.matters ? c.pos.matters : c.pos.root),
                                 text("缺少必须下放事项 `{}`（{}）", "lacks the mandatory matter `{}` ({}), `township: 必须下放`", m.code, m.name),
                                 std::string(m.code))
                        .note(note_at(source->at(m.tier_at), "必须下放见", "`必须下放` is set at")));
    }
  }
}

namespace {

// The catalogs a lenient list's codes must be matters of: those in force in
// its edition year for its county (a township's list: its county's): the
// province's unified catalog, the county's extension and department
// catalogs, in that order (the first that has a code wins).
std::vector<const Catalog*> lenient_sources(const Context& ctx, const Catalog& c) {
  std::vector<const Catalog*> sources;
  if (!c.edition || c.region.size() < 6) return sources;
  const std::string_view county = c.region.substr(0, 6);
  const std::string province = std::string(county.substr(0, 2)) + "0000";
  for (const Kind kind : {Kind::Unified, Kind::Extension, Kind::Department})
    for (const Catalog& other : ctx.ws.catalogs()) {
      if (other.kind != kind || !ctx.ws.in_force(other, *c.edition)) continue;
      if (kind == Kind::Unified ? other.region == province : other.region == county) sources.push_back(&other);
    }
  return sources;
}

std::string_view measure_word(model::Measure measure) {
  return model::words_of(measure)[static_cast<size_t>(measure)];
}

}  // namespace

void check_lenient(const Context& ctx, const Catalog& c, Findings& out) {
  if (c.kind != Kind::Lenient) return;
  // E211: the same code and measure twice (one code may be listed with two measures).
  std::map<std::pair<std::string_view, int>, Pos> seen;
  for (const model::LenientEntry& entry : c.lenient) {
    if (entry.code.empty() || !entry.measure) continue;  // (E004)
    const auto [it, first] = seen.emplace(std::make_pair(entry.code, static_cast<int>(*entry.measure)), entry.code_at);
    if (!first)
      out.push_back(make_finding(Code::E211, c.at(entry.code_at),
                                 text("清单重复列出事项 `{}`（{}）", "the list has `{}` ({}) twice", entry.code,
                                      measure_word(*entry.measure)),
                                 std::string(entry.code))
                        .note(note_at(c.at(it->second), "首次出现于", "first listed at")));
  }

  // E209, E210: against the matters in force for its region in its edition
  // year. Without a unified catalog in force for the province there is
  // nothing to check against (only part of the tree was loaded).
  const std::vector<const Catalog*> sources = lenient_sources(ctx, c);
  if (std::none_of(sources.begin(), sources.end(), [](const Catalog* s) { return s->kind == Kind::Unified; })) return;
  std::string ids_zh, ids_en;
  for (const Catalog* source : sources) {
    ids_zh += fmt::format("{}`{}`", ids_zh.empty() ? "" : "、", source->id);
    ids_en += fmt::format("{}`{}`", ids_en.empty() ? "" : ", ", source->id);
  }
  for (size_t i = 0; i < c.lenient.size(); ++i) {
    const model::LenientEntry& entry = c.lenient[i];
    if (entry.code.empty() || c.index.find(entry.code) != i) continue;  // a code once (a repeat says the same)
    const Catalog* source = nullptr;
    const model::Matter* matter = nullptr;
    for (const Catalog* s : sources)
      if ((matter = s->find_matter(entry.code))) {
        source = s;
        break;
      }
    const Location code = c.at(entry.code_at);
    if (!matter) {
      Finding finding = make_finding(Code::E209, code,
                                     {fmt::format("事项 `{}` 不在本地区 {} 年施行的目录中（{}）", entry.code, *c.edition, ids_zh),
                                      fmt::format("`{}` is in none of the region's catalogs in force in {} ({})", entry.code,
                                                  *c.edition, ids_en)},
                                     std::string(entry.code));
      for (const Catalog& other : ctx.ws.catalogs())
        if (model::has_matters(other.kind) && other.find_matter(entry.code)) {
          finding.note(text("`{}` 中有该事项，但它不是本地区 {} 年施行的目录", "`{}` has it, but is no catalog of this region in force in {}",
                            other.id, *c.edition));
          break;
        }
      out.push_back(std::move(finding));
      continue;
    }
    if (!matter->active()) {
      out.push_back(make_finding(Code::E209, code,
                                 text("事项 `{}` 的状态为{}，不是有效的执法事项", "`{}` has status `{}`: no active enforcement matter",
                                      entry.code, model::status_name(matter->status)),
                                 std::string(entry.code))
                        .note(note_at(source->at(matter->status_at), "状态见", "its status is set at")));
      continue;
    }
  }
  // E210: every entry (a code listed with two measures may be wrong in one).
  for (const model::LenientEntry& entry : c.lenient) {
    if (entry.code.empty() || !entry.measure) continue;
    const model::Matter* matter = nullptr;
    const Catalog* source = nullptr;
    for (const Catalog* s : sources)
      if ((matter = s->find_matter(entry.code))) {
        source = s;
        break;
      }
    if (!matter || !matter->power) continue;  // E209; no power: E004
    const bool coercion = *entry.measure == model::Measure::NoCoercion;
    const model::Power needed = coercion ? model::Power::Coercion : model::Power::Penalty;
    if (*matter->power == needed) continue;
    const std::string_view power = model::words_of(*matter->power)[static_cast<size_t>(*matter->power)];
    const std::string_view wanted = model::words_of(needed)[static_cast<size_t>(needed)];
    out.push_back(make_finding(Code::E210, c.at(entry.code_at),
                               text("`{}` 只适用于{}事项，事项 `{}` 的职权类型为{}",
                                    "`{}` applies to a matter of `{}` only; `{}` is `{}`", measure_word(*entry.measure),
                                    wanted, entry.code, power),
                               std::string(entry.code))
                      .note(note_at(source->at(matter->power_at), "职权类型见", "its power is set at")));
  }
}

}  // namespace encat::rules

namespace encat::rules {
namespace {

// The editions of one series, by effective date (then load order), with the
// direct `supersedes` links between them.
class Series {
 public:
  void add(const Catalog* c) { m_members.push_back(c); }

  void link(const model::Workspace& ws) {
    std::stable_sort(m_members.begin(), m_members.end(),
                     [](const Catalog* a, const Catalog* b) { return *a->effective < *b->effective; });
    std::unordered_map<const Catalog*, size_t> at;
    for (size_t i = 0; i < m_members.size(); ++i) at.emplace(m_members[i], i);
    m_successors.assign(m_members.size(), {});
    for (size_t i = 0; i < m_members.size(); ++i) {
      const Catalog* earlier = m_members[i]->supersedes.empty() ? nullptr : ws.find(m_members[i]->supersedes);
      const auto it = earlier ? at.find(earlier) : at.end();
      if (it != at.end() && it->second != i) m_successors[it->second].push_back(i);
    }
    m_end.assign(m_members.size(), std::nullopt);
    // Depth-first with an explicit stack (a chain of any length); a member
    // reached again while open (a cycle, E201) adds nothing to it.
    std::vector<unsigned char> state(m_members.size(), 0);  // 0 new, 1 open, 2 done
    std::vector<std::pair<size_t, size_t>> stack;
    for (size_t root = 0; root < m_members.size(); ++root) {
      if (state[root]) continue;
      state[root] = 1;
      stack.push_back({root, 0});
      while (!stack.empty()) {
        const size_t at = stack.back().first;
        const size_t i = stack.back().second++;
        if (i < m_successors[at].size()) {
          const size_t child = m_successors[at][i];
          if (!state[child]) {
            state[child] = 1;
            stack.push_back({child, 0});
          }
          continue;
        }
        for (size_t child : m_successors[at]) {
          std::optional<model::Date> candidate = *m_members[child]->effective;
          if (state[child] == 2 && m_end[child] && *m_end[child] < *candidate) candidate = m_end[child];
          if (!m_end[at] || *candidate < *m_end[at]) m_end[at] = candidate;
        }
        state[at] = 2;
        stack.pop_back();
      }
    }
  }

  size_t size() const { return m_members.size(); }
  const Catalog& operator[](size_t i) const { return *m_members[i]; }
  // The first day a catalog superseding `i` (directly or through a chain) is effective.
  const std::optional<model::Date>& superseded_from(size_t i) const { return m_end[i]; }
  // True when `to` supersedes `from` directly or through a chain.
  bool supersedes(size_t to, size_t from) const {
    std::vector<size_t> stack{from};
    std::vector<bool> seen(m_members.size(), false);
    while (!stack.empty()) {
      const size_t at = stack.back();
      stack.pop_back();
      for (size_t next : m_successors[at]) {
        if (next == to) return true;
        if (!seen[next]) {
          seen[next] = true;
          stack.push_back(next);
        }
      }
    }
    return false;
  }

 private:
  std::vector<const Catalog*> m_members;
  std::vector<std::vector<size_t>> m_successors;  // by position: the members that supersede it directly
  std::vector<std::optional<model::Date>> m_end;
};

Finding overlap(const Catalog& later, const Catalog& earlier) {
  const std::string series_zh =
      later.kind == Kind::Department
          ? fmt::format("地区 `{}` 的{}（`{}`）", later.region, model::kind_title_zh(later.kind), later.department)
          : fmt::format("地区 `{}` 的{}", later.region, model::kind_title_zh(later.kind));
  const std::string series_en =
      later.kind == Kind::Department
          ? fmt::format("`{}` catalogs of `{}` in region `{}`", model::kind_name(later.kind), later.department, later.region)
          : fmt::format("`{}` catalogs of region `{}`", model::kind_name(later.kind), later.region);
  return make_finding(Code::E212, later.at(later.pos.effective ? later.pos.effective : later.pos.id),
                      {fmt::format("`{}` 与 `{}` 同为{}，但互不替代：自 {} 起两者同时有效", later.id, earlier.id,
                                   series_zh, later.effective_text),
                       fmt::format("`{}` and `{}` are both {} and neither supersedes the other: from {} both would be in force",
                                   later.id, earlier.id, series_en, later.effective_text)})
      .note(note_at(earlier.at(earlier.pos.id), fmt::format("`{}` 见", earlier.id), fmt::format("`{}` is at", earlier.id)))
      .note(text("若 `{0}` 是 `{1}` 的新版，在 `{0}` 中写 `supersedes: {1}`；若其中一个是误放的副本，删除它",
                 "if `{0}` is the next edition of `{1}`, add `supersedes: {1}` to it; if one of them is a stray copy, remove it",
                 later.id, earlier.id));
}

}  // namespace

std::vector<Finding> overlapping_editions(const model::Workspace& ws) {
  std::map<std::tuple<Kind, std::string_view, std::string_view>, Series> all;
  for (const Catalog& c : ws.catalogs()) {
    // Without a real effective date there is no "from when" (E004, E107 say so).
    if (!model::is_catalog(c.kind) || !c.effective || !c.effective->valid) continue;
    all[{c.kind, c.region, c.kind == Kind::Department ? c.department : std::string_view()}].add(&c);
  }
  std::vector<Finding> out;
  for (auto& [key, series] : all) {
    series.link(ws);
    // Each edition against the nearest earlier one still in force on its
    // effective date: one finding per edition, at most one per catalog.
    for (size_t later = 1; later < series.size(); ++later) {
      const model::Date& from = *series[later].effective;
      for (size_t earlier = later; earlier-- > 0;) {
        const std::optional<model::Date>& end = series.superseded_from(earlier);
        if (end && *end <= from) continue;  // already superseded then (by `later` too)
        if (series.supersedes(earlier, later)) continue;  // a chain back: E201 says what is wrong
        if (series[earlier].id == series[later].id) continue;  // one id twice: E007, not two editions
        out.push_back(overlap(series[later], series[earlier]));
        break;
      }
    }
  }
  sort_findings(out);
  return out;
}

}  // namespace encat::rules
