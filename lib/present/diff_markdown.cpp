// encat-diff --format markdown: an adjustment table fit for a notice (调整
// 通知). Per pair of editions: a heading (the new edition's title), the
// sentence with the counts, a table of counts by domain (执法领域: the domain
// as the catalog writes it), then the lists 新增 / 取消 / 调整 / 代码变更
// (for a township 新增赋权 / 收回赋权, and the sentence a notice uses:
// "新增赋权事项住房城乡建设2项，共计2项；收回赋权事项建设10项、卫生健康3项，共计13项。"),
// and the header fields that changed. --brief stops after the table.
// Folders and git revisions: one report, a table of the files first, then a
// section per catalog. Every value from a catalog is escaped (render/markdown.h).

#include "present/diff_common.h"
#include "present/diff_report.h"
#include "publish/changes.h"
#include "render/markdown.h"

namespace encat::render {
namespace {

using namespace diff_words;

std::string cell(std::string_view text) { return md::text(text); }
std::string code_cell(std::string_view code) { return code.empty() ? std::string() : md::code(code, true); }

using publish::DomainCounts;

std::string heading(int level, const std::string& text) { return std::string(static_cast<size_t>(level), '#') + ' ' + text + "\n\n"; }

std::string title_of(const diff::CatalogDiff& d) {
  const model::Catalog* c = about(d);
  if (!c) return {};
  return std::string(!c->title.empty() ? c->title : !c->id.empty() ? c->id : std::string_view(c->file));
}

std::string edition_md(const model::Catalog* c, Lang lang) {
  if (!c) return lang == Lang::Zh ? "（无）" : "(none)";
  const std::string id = md::code(c->id.empty() ? std::string_view(c->file) : c->id);
  if (!c->edition) return id;
  return lang == Lang::Zh ? fmt::format("{}（{} 年）", id, *c->edition) : fmt::format("{} ({})", id, *c->edition);
}

std::string what_changed(const std::vector<diff::FieldChange>& fields, Lang lang) {
  std::string out;
  for (const diff::FieldChange& f : fields) {
    out += out.empty() ? "" : (lang == Lang::Zh ? "；" : "; ");
    out += md::text(label(*f.field, lang));
    if (f.format_only)
      out += lang == Lang::Zh ? fmt::format("（{}）", format_only_word().zh) : fmt::format(" ({})", format_only_word().en);
  }
  return out;
}

void record_table(std::string& out, const std::vector<diff::Record>& records, const Text& unknown, Lang lang) {
  out += lang == Lang::Zh ? "| 序号 | 事项代码 | 事项名称 | 执法领域 |\n" : "| No. | Code | Name | Domain |\n";
  out += "| ---: | --- | --- | --- |\n";
  size_t n = 0;
  for (const diff::Record& r : records)
    out += fmt::format("| {} | {} | {} | {} |\n", ++n, code_cell(r.code), r.resolved ? cell(r.name) : "—",
                       r.domain.empty() ? cell(unknown.in(lang)) : cell(r.domain));
  out += '\n';
}

std::string count_heading(const Text& word, size_t n, Lang lang, bool items = true) {
  if (lang == Lang::Zh) return fmt::format("{}{}（{} 项）", word.zh, items ? "事项" : "", n);
  std::string en = word.en;
  if (!en.empty()) en[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(en[0])));
  return fmt::format("{} ({})", en, n);
}

void render_pair(std::string& out, const diff::CatalogDiff& d, const DiffContext& context, int level) {
  const Lang lang = context.lang;
  const bool township = is_township(d);
  const Text unknown{"未知领域", "unknown domain"};
  out += heading(level, md::text(title_of(d), true));
  const diff::Counts c = diff::counts(d);
  const std::vector<DomainCounts> domains = publish::counts_by_domain(d, unknown.in(lang));

  // The sentence.
  std::string sentence = lang == Lang::Zh ? fmt::format("对照 {}与 {}：", edition_md(d.old_catalog, lang), edition_md(d.new_catalog, lang))
                                          : fmt::format("{} against {}: ", edition_md(d.new_catalog, lang), edition_md(d.old_catalog, lang));
  if (d.empty()) {
    sentence += lang == Lang::Zh ? "无差异。" : "no differences.";
  } else if (township) {
    std::vector<std::string> parts;
    if (c.added)
      parts.push_back(lang == Lang::Zh ? "新增赋权事项" + md::text(publish::domain_sentence(domains, &DomainCounts::added, lang))
                                       : "devolved " + md::text(publish::domain_sentence(domains, &DomainCounts::added, lang)));
    if (c.removed)
      parts.push_back(lang == Lang::Zh ? "收回赋权事项" + md::text(publish::domain_sentence(domains, &DomainCounts::removed, lang))
                                       : "withdrawn " + md::text(publish::domain_sentence(domains, &DomainCounts::removed, lang)));
    if (c.changed) parts.push_back(lang == Lang::Zh ? fmt::format("调整{}项", c.changed) : fmt::format("{} changed", c.changed));
    if (parts.empty()) parts.push_back(lang == Lang::Zh ? "赋权事项无增减" : "no matter devolved or withdrawn");
    for (size_t i = 0; i < parts.size(); ++i) sentence += (i ? (lang == Lang::Zh ? "；" : "; ") : "") + parts[i];
    sentence += lang == Lang::Zh ? "。" : ".";
  } else {
    sentence += lang == Lang::Zh ? fmt::format("新增 {} 项，取消 {} 项，调整 {} 项，代码变更 {} 项", c.added, c.removed, c.changed, c.recoded)
                                 : fmt::format("{} added, {} removed, {} changed, {} recoded", c.added, c.removed, c.changed, c.recoded);
    if (c.format_only)
      sentence += lang == Lang::Zh ? fmt::format("（调整中仅格式 {} 项）", c.format_only) : fmt::format(" ({} of the changes format only)", c.format_only);
    if (c.header) sentence += lang == Lang::Zh ? fmt::format("，目录信息变更 {} 处", c.header) : fmt::format(", {} header field(s) changed", c.header);
    sentence += lang == Lang::Zh ? "。" : ".";
  }
  out += sentence + "\n\n";

  // The table by domain.
  if (!domains.empty()) {
    if (township) {
      out += lang == Lang::Zh ? "| 执法领域 | 新增赋权 | 收回赋权 | 调整 | 合计 |\n" : "| Domain | Devolved | Withdrawn | Changed | Total |\n";
      out += "| --- | ---: | ---: | ---: | ---: |\n";
      for (const DomainCounts& dc : domains)
        out += fmt::format("| {} | {} | {} | {} | {} |\n", cell(dc.domain), dc.added, dc.removed, dc.changed, dc.total());
      out += fmt::format("| {} | {} | {} | {} | {} |\n\n", lang == Lang::Zh ? "合计" : "Total", c.added, c.removed, c.changed,
                         c.added + c.removed + c.changed);
    } else {
      out += lang == Lang::Zh ? "| 执法领域 | 新增 | 取消 | 调整 | 代码变更 | 合计 |\n"
                              : "| Domain | Added | Removed | Changed | Recoded | Total |\n";
      out += "| --- | ---: | ---: | ---: | ---: | ---: |\n";
      for (const DomainCounts& dc : domains)
        out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(dc.domain), dc.added, dc.removed, dc.changed,
                           dc.recoded, dc.total());
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n\n", lang == Lang::Zh ? "合计" : "Total", c.added, c.removed,
                         c.changed, c.recoded, c.added + c.removed + c.changed + c.recoded);
    }
  }
  if (context.brief) return;

  if (!d.added.empty()) {
    out += heading(level + 1, count_heading(added_word(township), d.added.size(), lang));
    record_table(out, d.added, unknown, lang);
  }
  if (!d.removed.empty()) {
    out += heading(level + 1, count_heading(removed_word(township), d.removed.size(), lang));
    record_table(out, d.removed, unknown, lang);
  }
  if (!d.changed.empty()) {
    out += heading(level + 1, count_heading(changed_word(), d.changed.size(), lang));
    out += lang == Lang::Zh ? "| 序号 | 事项代码 | 事项名称 | 执法领域 | 调整内容 |\n" : "| No. | Code | Name | Domain | What changed |\n";
    out += "| ---: | --- | --- | --- | --- |\n";
    size_t n = 0;
    for (const diff::Changed& ch : d.changed)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", ++n, code_cell(ch.code), cell(ch.name),
                         ch.domain.empty() ? cell(unknown.in(lang)) : cell(ch.domain), what_changed(ch.fields, lang));
    out += '\n';
  }
  if (!d.recoded.empty()) {
    out += heading(level + 1, count_heading(recoded_word(), d.recoded.size(), lang, false));
    out += lang == Lang::Zh ? "| 序号 | 原事项代码 | 新事项代码 | 事项名称 | 执法领域 |\n" : "| No. | Old code | New code | Name | Domain |\n";
    out += "| ---: | --- | --- | --- | --- |\n";
    size_t n = 0;
    for (const diff::Recoded& r : d.recoded)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", ++n, code_cell(r.old_code), code_cell(r.new_code), cell(r.name),
                         cell(r.domain));
    out += '\n';
  }
  if (!d.header.empty()) {
    out += heading(level + 1, lang == Lang::Zh ? "目录信息变更" : "Header changes");
    out += lang == Lang::Zh ? "| 项目 | 原 | 新 |\n" : "| Field | Old | New |\n";
    out += "| --- | --- | --- |\n";
    for (const diff::FieldChange& f : d.header) {
      std::string name = md::text(label(*f.field, lang));
      if (f.format_only)
        name += lang == Lang::Zh ? fmt::format("（{}）", format_only_word().zh) : fmt::format(" ({})", format_only_word().en);
      const std::string none = lang == Lang::Zh ? "（无）" : "(none)";
      out += fmt::format("| {} | {} | {} |\n", name, f.old_value.absent() ? none : cell(diff::display(f.old_value)),
                         f.new_value.absent() ? none : cell(diff::display(f.new_value)));
    }
    out += '\n';
  }
}

std::string status_word(const DiffEntry& e, DiffSet::Mode mode, Lang lang) {
  const bool git = mode == DiffSet::Mode::Git;
  switch (e.status) {
    case DiffEntry::Status::Added: return lang == Lang::Zh ? "新增" : "added";
    case DiffEntry::Status::Removed: return lang == Lang::Zh ? (git ? "删除" : "取消") : (git ? "deleted" : "removed");
    case DiffEntry::Status::Renamed: return lang == Lang::Zh ? "重命名" : "renamed";
    case DiffEntry::Status::Paired: break;
  }
  if (e.diff.empty()) return lang == Lang::Zh ? "无差异" : "equal";
  return lang == Lang::Zh ? "修改" : "changed";
}

}  // namespace

std::string render_diff_markdown(const DiffSet& set, const DiffContext& context) {
  std::string out;
  const Lang lang = context.lang;
  if (set.mode == DiffSet::Mode::Pair) {
    if (!set.entries.empty()) render_pair(out, set.entries.front().diff, context, 2);
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
  }
  const bool git = set.mode == DiffSet::Mode::Git;
  out += heading(1, git ? (lang == Lang::Zh ? fmt::format("目录变更（对照 {}）", md::code(set.rev)) : fmt::format("Catalog changes against {}", md::code(set.rev)))
                        : (lang == Lang::Zh ? "目录比较" : "Catalog comparison"));
  out += lang == Lang::Zh ? "| 文件 | 状态 | 目录 | 新增 | 取消 | 调整 | 代码变更 |\n"
                          : "| File | Status | Catalog | Added | Removed | Changed | Recoded |\n";
  out += "| --- | --- | --- | ---: | ---: | ---: | ---: |\n";
  for (const DiffEntry& e : set.entries) {
    const diff::Counts c = diff::counts(e.diff);
    const std::string path = e.old_path.empty() ? e.new_path
                             : e.new_path.empty() || e.old_path == e.new_path ? e.old_path
                                                                              : e.old_path + " → " + e.new_path;
    const model::Catalog* about_c = about(e.diff);
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", cell(path), status_word(e, set.mode, lang),
                       about_c ? code_cell(about_c->id) : "", c.added, c.removed, c.changed, c.recoded);
  }
  out += '\n';
  if (git)
    out += (lang == Lang::Zh ? fmt::format("未变的目录文件 {} 个。", set.unchanged)
                             : fmt::format("{} catalog file(s) unchanged.", set.unchanged)) + "\n\n";
  for (const DiffEntry& e : set.entries) {
    if (e.diff.empty()) continue;
    render_pair(out, e.diff, context, 2);
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace encat::render
