// encat-merge compose: the effective catalog of a county or a township.
#include <fmt/format.h>

#include <algorithm>

#include "merge/merge.h"
#include "write/yaml_writer.h"

namespace encat::merge {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The region's own catalogs of `kind` in force in `year`, in load order.
std::vector<const model::Catalog*> in_force(const model::Workspace& ws, model::Kind kind, std::string_view region,
                                            int year) {
  std::vector<const model::Catalog*> found;
  for (const model::Catalog& c : ws.catalogs())
    if (c.kind == kind && c.region == region && ws.in_force(c, year)) found.push_back(&c);
  return found;
}

}  // namespace

std::variant<Composed, Text> compose(const model::Workspace& ws, const ComposeOptions& options) {
  const std::string& region = options.region;
  const bool township = region.size() == 9;
  if (!all_digits(region) || (region.size() != 6 && !township))
    return text("`--region` 须为县（市、区）的 6 位或乡镇（街道）的 9 位行政区划代码，而不是 `{}`",
                "`--region` must be a county's 6-digit or a township's 9-digit code, not `{}`", region);
  const model::Kind own_kind = township ? model::Kind::Township : model::Kind::Extension;
  const std::string province = region.substr(0, 2) + "0000";

  // The year: asked for, else the latest edition of the region's own catalogs
  // (for a county without an extension, of its province's unified catalogs).
  int year = 0;
  if (options.year) year = *options.year;
  else {
    for (const model::Catalog& c : ws.catalogs())
      if (c.kind == own_kind && c.region == region && c.edition) year = std::max(year, *c.edition);
    if (year == 0 && !township)
      for (const model::Catalog& c : ws.catalogs())
        if (c.kind == model::Kind::Unified && c.region == province && c.edition) year = std::max(year, *c.edition);
  }

  if (year == 0)
    return text("没有 `{0}` 的{1}，也没有可用的统一目录", "`{0}` has no {2} catalog and no unified catalog to use", region,
                model::kind_title_zh(own_kind), model::kind_name(own_kind));
  std::vector<const model::Catalog*> own = in_force(ws, own_kind, region, year);
  if (own.size() > 1)
    return text("{0} 年 `{1}` 有多份有效的{2}（`{3}`、`{4}`）", "in {0}, `{1}` has several {5} catalogs in force (`{3}`, `{4}`)",
                year, region, model::kind_title_zh(own_kind), own[0]->id, own[1]->id, model::kind_name(own_kind));
  // The parts, in order: each matter is taken from `parts` (all of them for a county).
  std::vector<const model::Catalog*> parts;
  if (!township) {
    const model::Catalog* unified = nullptr;
    if (!own.empty()) {
      unified = ws.find(own[0]->extends);
      if (!unified || unified->kind != model::Kind::Unified)
        return text("扩展目录 `{0}` 所扩展的统一目录 `{1}` 未载入", "the unified catalog `{1}` that `{0}` extends is not loaded",
                    own[0]->id, own[0]->extends);
    } else {
      std::vector<const model::Catalog*> unifieds = in_force(ws, model::Kind::Unified, province, year);
      if (unifieds.empty())
        return text("{0} 年没有 `{1}` 的扩展目录，也没有其省 `{2}` 的统一目录", "in {0}, `{1}` has no extension catalog and its province `{2}` no unified catalog",
                    year, region, province);
      unified = unifieds.front();
    }
    parts.push_back(unified);
    if (!own.empty()) parts.push_back(own[0]);
  } else {
    if (own.empty())
      return text("{0} 年 `{1}` 没有有效的乡镇目录", "in {0}, `{1}` has no township catalog in force", year, region);
    for (std::string_view id : own[0]->draws_from) {
      const model::Catalog* source = ws.find(id);
      if (!source || !model::has_matters(source->kind))
        return text("乡镇目录 `{0}` 的事项来源目录 `{1}` 未载入", "`{1}`, a `draws_from` catalog of `{0}`, is not loaded",
                    own[0]->id, id);
      parts.push_back(source);
    }
  }

  model::Catalog out;
  const model::Catalog& head = own.empty() ? *parts.front() : *own.front();
  Composed composed;
  composed.year = year;
  for (const model::Catalog* part : parts) composed.sources.push_back(std::string(part->id));
  if (township) composed.sources.insert(composed.sources.begin(), std::string(head.id));
  composed.id = fmt::format("composed-{}-{}", region, year);
  out.kind = model::Kind::Unified;
  out.id = out.text.copy(composed.id);
  // A township's composition is its list made whole (its title says so); a
  // county's is no longer its extension list, so it is named by its code.
  out.title = out.text.copy(township ? fmt::format("{}（合成：{}）", head.title, fmt::join(composed.sources, "、"))
                                     : fmt::format("综合行政执法事项目录（{}，{}年，合成：{}）", region, year,
                                                   fmt::join(composed.sources, "、")));
  out.region = out.text.copy(region);
  // In force once every part is: the latest effective date, its edition.
  const model::Catalog* latest = &head;
  for (const model::Catalog* part : parts)
    if (part->effective && latest->effective && *latest->effective < *part->effective) latest = part;
  out.edition = latest->edition;
  out.effective_text = out.text.copy(latest->effective_text);
  out.file = composed.id + ".yaml";

  auto take = [&](const model::Matter& matter, std::string_view source) {
    model::Matter copy = model::copy_into(matter, out.text);
    model::clear_positions(copy);
    copy.source = out.text.intern(source);
    out.matters.push_back(std::move(copy));
  };
  if (!township) {
    for (const model::Catalog* part : parts)
      for (const model::Matter& matter : part->matters) take(matter, part->id);
  } else {
    for (const model::TownshipEntry& entry : own[0]->entries) {
      const model::Matter* found = nullptr;
      const model::Catalog* from = nullptr;
      for (const model::Catalog* part : parts)
        if ((found = part->find_matter(entry.code))) {
          from = part;
          break;
        }
      if (!found)
        return text("乡镇目录 `{0}` 所列事项 `{1}` 不在其事项来源目录中（E203）",
                    "`{0}` lists `{1}`, which none of its `draws_from` catalogs has (E203)", own[0]->id, entry.code);
      take(*found, from->id);
      if (!entry.note.empty()) out.matters.back().note = out.text.copy(entry.note);
    }
  }
  composed.matters = out.matters.size();
  out.update_derived();
  std::optional<std::string> written = write::checked(out, write::to_yaml(out), options.load);
  if (!written)
    return text("内部错误：合成的目录无法写成可读回的文件（请报告此问题）",
                "internal error: the composed catalog does not read back as written (please report this)");
  composed.text = std::move(*written);
  return composed;
}

}  // namespace encat::merge
