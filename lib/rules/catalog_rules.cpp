// E101–E107, W108, W109: checks within one catalog.
#include <algorithm>
#include <map>

#include "model/fields.h"
#include "rules/context.h"
#include "util/suggest.h"
#include "util/utf8.h"

namespace encat::rules {
namespace {

using model::Catalog;
using model::Kind;
using model::Pos;

Note first_at(const Catalog& c, Pos at) { return note_at(c.at(at), "首次出现于", "first listed at"); }

// The code position of item `i` of the list the catalog's code index is over.
Pos indexed_code_at(const Catalog& c, size_t i) {
  switch (c.kind) {
    case Kind::Township: return c.entries[i].code_at;
    case Kind::Supervision: return c.supervision[i].code_at;
    default: return c.matters[i].code_at;
  }
}

// True when every character of `short_text` appears in `long_text` in order
// (住建 in 住房城乡建设): a cheap "did you mean" for Chinese names.
bool is_subsequence(std::string_view short_text, std::string_view long_text) {
  size_t at = 0;
  for (size_t i = 0; i < short_text.size();) {
    size_t length;
    decode_code_point(short_text.substr(i), length);
    const size_t found = long_text.find(short_text.substr(i, length), at);
    if (found == std::string_view::npos) return false;
    at = found + length;
    i += length;
  }
  return true;
}

// W105/W106: `name` (read at `at`) is a domain or department the registry does not list.
void check_name(const Context& ctx, const Catalog& c, std::string_view name, Pos at, Code code,
                std::string_view matter, Findings& out) {
  const bool domain = code == Code::W105;
  const std::vector<std::string_view>& known = domain ? ctx.domains : ctx.departments;
  if (name.empty() || std::binary_search(known.begin(), known.end(), name)) return;
  Finding finding = make_finding(code, c.at(at),
                                 domain ? text("执法领域 `{}` 不在登记表 `{}` 中", "domain `{}` is not in the registry `{}`",
                                               name, ctx.registry->id)
                                        : text("部门 `{}` 不在登记表 `{}` 中", "department `{}` is not in the registry `{}`",
                                               name, ctx.registry->id),
                                 std::string(matter));
  // In the registry's own order, the first plausible one.
  for (std::string_view candidate : domain ? ctx.registry->domains : ctx.registry->departments)
    if (is_subsequence(name, candidate) || is_subsequence(candidate, name)) {
      finding.note(text("是否应为 `{}`？", "did you mean `{}`?", candidate));
      break;
    }
  out.push_back(std::move(finding));
}

}  // namespace

void check_repeated_codes(const Context&, const Catalog& c, Findings& out) {
  if (c.kind == Kind::Lenient) return;  // one code may have two measures: E211 is about the pair
  for (const auto& [first, repeat] : c.index.repeats()) {
    const Pos first_at_pos = indexed_code_at(c, first);
    const Location repeat_at = c.at(indexed_code_at(c, repeat));
    const std::string_view code = c.kind == Kind::Township      ? c.entries[repeat].code
                                  : c.kind == Kind::Supervision ? c.supervision[repeat].code
                                                                : c.matters[repeat].code;
    if (c.kind == Kind::Township) {
      out.push_back(make_finding(Code::E208, repeat_at,
                                 text("乡镇目录重复列出事项 `{}`", "the township lists `{}` twice", code),
                                 std::string(code))
                        .note(first_at(c, first_at_pos)));
    } else {
      const bool supervision = c.kind == Kind::Supervision;
      out.push_back(make_finding(Code::E101, repeat_at,
                                 supervision ? text("监管事项代码 `{}` 重复", "supervision matter code `{}` is repeated", code)
                                             : text("事项代码 `{}` 重复", "matter code `{}` is repeated", code),
                                 std::string(code))
                        .note(first_at(c, first_at_pos)));
    }
  }
}

void check_partial_scope(const Context&, const Catalog& c, Findings& out) {
  for (const model::Matter& m : c.matters)
    if (m.scope == model::Scope::Partial && !m.scope_note_at)  // an empty one is the schema's (E004)
      out.push_back(make_finding(Code::E102, c.at(m.scope_at),
                                 text("`scope: 部分` 缺少 `scope_note`（说明划转的具体范围）",
                                      "`scope: 部分` without a `scope_note` saying which part moves"),
                                 std::string(m.code)));
}

void check_code_pattern(const Context& ctx, const Catalog& c, Findings& out) {
  if (!ctx.code_pattern.ok()) return;
  for (const model::Matter& m : c.matters) {
    if (m.code.empty() || ctx.code_pattern.search(m.code)) continue;
    Finding finding = make_finding(Code::E103, c.at(m.code_at),
                                   text("事项代码 `{}` 不符合代码格式 `{}`", "matter code `{}` does not match the code pattern `{}`",
                                        m.code, ctx.code_pattern.pattern()),
                                   std::string(m.code));
    if (ctx.registry && !ctx.registry->code_pattern.empty())
      finding.note(note_at(ctx.registry->at(ctx.registry->pos.code_pattern), "代码格式定义于", "the pattern is set at"));
    else
      finding.note(text("未加载设置 `code_pattern` 的登记表，使用默认格式", "no registry sets `code_pattern`; this is the default"));
    out.push_back(std::move(finding));
  }
}

void check_repeated_names(const Context&, const Catalog& c, Findings& out) {
  std::map<std::string_view, Pos> seen;
  auto visit = [&](std::string_view name, Pos at, std::string_view code) {
    if (name.empty()) return;
    const auto [it, inserted] = seen.emplace(name, at);
    if (!inserted)
      out.push_back(make_finding(Code::W104, c.at(at), text("事项名称 `{}` 重复", "matter name `{}` is repeated", name),
                                 std::string(code))
                        .note(first_at(c, it->second)));
  };
  for (const model::Matter& m : c.matters) visit(m.name, m.name_at, m.code);
  for (const model::SupervisionMatter& s : c.supervision) visit(s.name, s.name_at, s.code);
}

void check_registry_names(const Context& ctx, const Catalog& c, Findings& out) {
  if (!ctx.registry) return;
  for (const model::Matter& m : c.matters) {
    check_name(ctx, c, m.domain, m.domain_at, Code::W105, m.code, out);
    for (size_t i = 0; i < m.from.size(); ++i) check_name(ctx, c, m.from[i], m.from_at[i], Code::W106, m.code, out);
  }
  if (c.kind == Kind::Department) check_name(ctx, c, c.department, c.pos.department, Code::W106, {}, out);
  for (const model::SupervisionMatter& s : c.supervision)
    check_name(ctx, c, s.department, s.department_at, Code::W106, s.code, out);
}

void check_dates(const Context&, const Catalog& c, Findings& out) {
  if (!c.effective) return;  // absent or not YYYY-MM-DD: the schema says so
  if (!c.effective->valid) {
    out.push_back(make_finding(Code::E107, c.at(c.pos.effective),
                               text("施行日期 `{}` 不是有效日期", "`effective` `{}` is not a real date", c.effective_text)));
    return;
  }
  if (c.edition && std::abs(*c.edition - c.effective->year) > 1)
    out.push_back(make_finding(Code::E107, c.at(c.pos.edition),
                               text("版本年份 {} 与施行日期 {} 相差超过一年", "`edition` {} differs from the effective year {} by more than one",
                                    *c.edition, c.effective_text)));
}

namespace {

// The law named `name` in the loaded registers (the first that lists it), with its register.
std::pair<const Catalog*, const model::Law*> find_law(const Context& ctx, std::string_view name) {
  for (const Catalog* laws : ctx.laws)
    if (const model::Law* law = laws->find_law(name)) return {laws, law};
  return {nullptr, nullptr};
}

std::string register_ids(const Context& ctx, std::string_view separator) {
  std::string ids;
  for (const Catalog* laws : ctx.laws) ids += fmt::format("{}`{}`", ids.empty() ? "" : separator, laws->id);
  return ids;
}

}  // namespace

void check_basis(const Context& ctx, const Catalog& c, Findings& out) {
  if (ctx.laws.empty() || !model::has_matters(c.kind)) return;
  // W108 compares with the catalog's effective date (absent or no real date: E004, E107 say so).
  const model::Date* effective = c.effective && c.effective->valid ? &*c.effective : nullptr;
  for (const model::Matter& m : c.matters)
    for (const model::Basis& basis : m.basis) {
      if (basis.law.empty()) continue;  // (E004)
      const auto [laws, law] = find_law(ctx, basis.law);
      if (!law) {
        Finding finding = make_finding(Code::W109, c.at(basis.law_at),
                                       {fmt::format("法律依据 `{}` 不在法规库 {} 中", basis.law, register_ids(ctx, "、")),
                                        fmt::format("the basis `{}` is in no `laws` register ({})", basis.law,
                                                    register_ids(ctx, ", "))},
                                       std::string(m.code));
        std::optional<std::string_view> meant = closest_match(basis.law, ctx.law_names);
        for (auto it = ctx.law_names.begin(); !meant && it != ctx.law_names.end(); ++it)
          if (is_subsequence(basis.law, *it) || is_subsequence(*it, basis.law)) meant = *it;  // 建筑法, 中华人民共和国建筑法
        if (meant)
          finding.note(text("是否应为 `{}`？", "did you mean `{}`?", *meant));
        else
          finding.note(text("法律依据须与法规库中的 `name` 完全一致；新的法律法规请先登记到法规库",
                            "a basis names a law exactly as the register's `name`; register a new law first"));
        out.push_back(std::move(finding));
        continue;
      }
      if (!law->repealed_status() || !effective) continue;
      const std::optional<model::Date> repealed = model::parse_date(law->repealed);
      if (!repealed || !repealed->valid || !(*repealed <= *effective)) continue;
      Finding finding = make_finding(
          Code::W108, c.at(basis.law_at),
          text("法律依据 `{}` 已于 {} 废止，本目录 {} 施行时已失效", "the basis `{}` was repealed on {}, by the time the catalog took effect ({})",
               basis.law, law->repealed, c.effective_text),
          std::string(m.code));
      if (!law->replaced_by.empty())
        finding.note(text("已由 `{}` 替代（`replaced_by`），请改引新法并核对条款", "replaced by `{}` (`replaced_by`): cite it and check the articles",
                          law->replaced_by));
      else
        finding.note(text("法规库未写明替代它的法律法规（`replaced_by`）", "the register names no law replacing it (`replaced_by`)"));
      finding.note(note_at(laws->at(law->status_at ? law->status_at : law->at), "废止记录见", "the repeal is recorded at"));
      out.push_back(std::move(finding));
    }
}

}  // namespace encat::rules
