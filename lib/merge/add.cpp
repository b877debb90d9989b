// encat-merge add: the next edition from a base and a yearly addition list.
#include <unordered_map>

#include "merge/merge.h"
#include "merge/records.h"
#include "write/yaml_writer.h"

namespace encat::merge {
namespace {

using detail::Body;

void clear(model::Matter& m) { model::clear_positions(m); }
void clear(model::TownshipEntry& e) { e.at = e.code_at = e.note_at = {}; }

Value value_of(const model::Catalog& catalog, std::optional<std::string> text, model::Pos at) {
  Value v{std::move(text), {}};
  if (at) v.at = catalog.at(at);
  else v.at.file = catalog.file;
  return v;
}

template <typename R>
void add_records(const model::Catalog& base, const model::Catalog& addition, model::Catalog& out, Added& added) {
  const std::vector<R>& old_records = Body<R>::of(base);
  std::vector<R>& records = Body<R>::of(out);
  records = old_records;
  std::unordered_map<std::string_view, size_t> by_code;
  by_code.reserve(old_records.size());
  for (size_t i = 0; i < old_records.size(); ++i) by_code.emplace(old_records[i].code, i);
  for (const R& record : Body<R>::of(addition)) {
    const auto it = by_code.find(record.code);
    if (it == by_code.end()) {
      R copy = record;
      clear(copy);  // placed after base's records: its old lines would draw base's comments
      records.push_back(copy);
      by_code.emplace(record.code, records.size() - 1);
      ++added.taken;
      continue;
    }
    const R& old = records[it->second];
    if (old == record) {
      ++added.repeated;
      continue;
    }
    const bool from_base = it->second < old_records.size();
    Body<R>::table([&](const model::FieldInfo& info, auto value, auto at, auto...) {
      if (value(old) == value(record)) return;
      Conflict c;
      c.kind = Conflict::Kind::BothAdded;
      c.code = std::string(record.code);
      c.field = std::string(info.key);
      c.label_zh = std::string(info.zh);
      c.label_en = std::string(info.en);
      c.ours = value_of(from_base ? base : addition, detail::shown(value(old)), at(old));
      c.theirs = value_of(addition, detail::shown(value(record)), at(record));
      added.conflicts.push_back(std::move(c));
    });
  }
}

}  // namespace

std::variant<Added, Text> add(const model::Catalog& base, const model::Catalog& addition,
                              const model::LoadOptions& options) {
  if (base.kind != addition.kind)
    return text("新增目录 `{0}` 的类型 `{1}` 与底本 `{2}` 的类型 `{3}` 不同",
                "the addition `{0}` is a `{1}` catalog, the base `{2}` a `{3}` one", addition.id,
                model::kind_name(addition.kind), base.id, model::kind_name(base.kind));
  const bool matters = model::has_matters(base.kind);
  if (!matters && base.kind != model::Kind::Township)
    return text("`add` 只用于统一目录、扩展目录、部门目录和乡镇目录，`{}` 是 `{}`",
                "`add` works on unified, extension, department and township catalogs; `{}` is a `{}` one", base.id,
                model::kind_name(base.kind));
  if (addition.id == base.id)
    return text("新增目录与底本的 `id` 相同（`{}`）：新版本需要自己的 `id`",
                "the addition has the base's `id` (`{}`): the new edition needs an id of its own", base.id);
  if (!addition.supersedes.empty() && addition.supersedes != base.id)
    return text("新增目录的 `supersedes` 是 `{0}`，不是底本 `{1}`", "the addition supersedes `{0}`, not the base `{1}`",
                addition.supersedes, base.id);
  if (base.edition && addition.edition && *addition.edition <= *base.edition)
    return text("新增目录的版本年份 {0} 不晚于底本的 {1}", "the addition's edition {0} is not later than the base's {1}",
                *addition.edition, *base.edition);

  // The header: the addition's fields, the base's where it has none; base's
  // positions and comments, so they stay beside the same fields.
  model::Catalog out;
  out.file = addition.file;
  out.kind = base.kind;
  out.pos = base.pos;
  out.comments = base.comments;
  out.after_blank = base.after_blank;
  model::header_fields([&](const model::FieldInfo&, auto value, auto at, auto... more) {
    detail::take_field(out, base, value, at, more...);
    if (!(value(addition) == std::decay_t<decltype(value(addition))>{})) value(out) = value(addition);
  });
  out.supersedes = base.id;

  Added added;
  if (matters) add_records<model::Matter>(base, addition, out, added);
  else add_records<model::TownshipEntry>(base, addition, out, added);
  if (!added.conflicts.empty()) return added;
  out.update_derived();
  std::optional<std::string> text = write::checked(out, write::to_yaml(out), options);
  if (!text)
    return encat::text("内部错误：新版本无法写成可读回的目录（请报告此问题）",
                       "internal error: the new edition does not read back as written (please report this)");
  added.text = std::move(*text);
  return added;
}

}  // namespace encat::merge
