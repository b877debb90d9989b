// What the diff's renderers share: the words of each kind of change (新增 or
// 新增赋权 for a township), where a change is, and which catalog a diff is about.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "diff/diff.h"
#include "util/text.h"

namespace encat::render::diff_words {

// The catalog a diff is about (the new edition, else the old one); never null for a diff of compare().
inline const model::Catalog* about(const diff::CatalogDiff& d) { return d.new_catalog ? d.new_catalog : d.old_catalog; }

// A township's adjustment: added and removed entries are 新增赋权 and 收回赋权.
inline bool is_township(const diff::CatalogDiff& d) {
  const model::Catalog* c = about(d);
  return c && c->kind == model::Kind::Township;
}

inline Text added_word(bool township) { return township ? Text{"新增赋权", "devolved"} : Text{"新增", "added"}; }
inline Text removed_word(bool township) { return township ? Text{"收回赋权", "withdrawn"} : Text{"取消", "removed"}; }
inline Text changed_word() { return {"调整", "changed"}; }
inline Text recoded_word() { return {"代码变更", "recoded"}; }
inline Text header_word() { return {"目录信息", "header"}; }
inline Text format_only_word() { return {"仅格式", "format only"}; }

// `file:line:col` (the file alone when there is no position).
inline std::string where(const model::Catalog* catalog, model::Pos at) {
  if (!catalog) return {};
  if (!at) return catalog->file;
  return fmt::format("{}:{}:{}", catalog->file, at.line, at.column);
}

inline std::string_view label(const model::FieldInfo& field, Lang lang) { return lang == Lang::Zh ? field.zh : field.en; }

// "zj-unified-2022（2022 年）" / "zj-unified-2022 (2022)".
inline std::string edition_name(const model::Catalog* c, Lang lang) {
  if (!c) return lang == Lang::Zh ? "（无）" : "(none)";
  std::string id = c->id.empty() ? c->file : std::string(c->id);
  if (!c->edition) return id;
  return lang == Lang::Zh ? fmt::format("{}（{} 年）", id, *c->edition) : fmt::format("{} ({})", id, *c->edition);
}

}  // namespace encat::render::diff_words
