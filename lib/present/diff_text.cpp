// encat-diff's text, for a terminal and a review:
//
//   zj-unified-2021（2021 年）→ zj-unified-2022（2022 年）
//   目录信息：3 处
//     ~ 标题  old.yaml:4:8 → new.yaml:4:8
//         - 浙江省…（2021年）
//         + 浙江省…（2022年）
//   新增：2 项
//     + 330217011000 对…的行政处罚〔住房城乡建设〕  new.yaml:300:5
//   取消：1 项
//     - …
//   代码变更：1 项
//     ~ 330217004000 → 330217904000 …  old.yaml:60:5 → new.yaml:62:5
//   调整：1 项
//     ~ 330217001000 …  old.yaml:14:5 → new.yaml:14:5
//         具体职责边界（仅格式）  old.yaml:25:15 → new.yaml:25:15
//         - …
//         + …
//   共：新增 2 项，取消 1 项，代码变更 1 项，调整 1 项（其中仅格式 0 项），目录信息 3 处
//
// Every value from a catalog goes through printable() (no control character
// or bidi override reaches the terminal). Colour only when asked.
#include "present/diff_common.h"
#include "present/diff_report.h"
#include "render/snippet.h"

namespace encat::render {
namespace {

using namespace diff_words;

struct Style {
  bool on = false;
  std::string wrap(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
  std::string bold(std::string_view t) const { return wrap("1", t); }
  std::string green(std::string_view t) const { return wrap("32", t); }
  std::string red(std::string_view t) const { return wrap("31", t); }
  std::string yellow(std::string_view t) const { return wrap("33", t); }
  std::string dim(std::string_view t) const { return wrap("2", t); }
};

std::string count_text(size_t n, const Text& word, Lang lang) {
  return lang == Lang::Zh ? fmt::format("{}：{} 项", word.zh, n) : fmt::format("{}: {}", word.en, n);
}

// "住房城乡建设" as 〔…〕 after a name; nothing when unknown.
std::string domain_mark(std::string_view domain, Lang lang) {
  if (domain.empty()) return {};
  return lang == Lang::Zh ? fmt::format("〔{}〕", printable(domain)) : fmt::format(" [{}]", printable(domain));
}

std::string arrow_where(const diff::CatalogDiff& d, model::Pos old_at, model::Pos new_at) {
  const std::string a = where(d.old_catalog, old_at), b = where(d.new_catalog, new_at);
  if (a.empty()) return printable(b);
  if (b.empty()) return printable(a);
  return printable(a) + " → " + printable(b);
}

void field_lines(std::string& out, const diff::CatalogDiff& d, const std::vector<diff::FieldChange>& fields,
                 const std::string& indent, const DiffContext& context, const Style& s, const std::string& lead = {}) {
  const Lang lang = context.lang;
  for (const diff::FieldChange& f : fields) {
    std::string name(label(*f.field, lang));
    if (f.format_only)
      name += lang == Lang::Zh ? fmt::format("（{}）", format_only_word().zh) : fmt::format(" ({})", format_only_word().en);
    out += fmt::format("{}{}{}  {}\n", indent, lead, f.format_only ? s.dim(name) : s.yellow(name),
                       s.dim(arrow_where(d, f.old_at, f.new_at)));
    const std::string none = lang == Lang::Zh ? "（无）" : "(none)";
    const std::string a = f.old_value.absent() ? none : printable(diff::display(f.old_value));
    const std::string b = f.new_value.absent() ? none : printable(diff::display(f.new_value));
    const std::string more = indent + (lead.empty() ? "  " : "    ");
    out += fmt::format("{}{}\n", more, s.red("- " + a));
    out += fmt::format("{}{}\n", more, s.green("+ " + b));
  }
}

std::string summary(const diff::CatalogDiff& d, Lang lang) {
  const diff::Counts c = diff::counts(d);
  if (d.empty()) return lang == Lang::Zh ? "无差异" : "no differences";
  const bool township = is_township(d);
  if (lang == Lang::Zh)
    return fmt::format("{} {} 项，{} {} 项，代码变更 {} 项，调整 {} 项（其中仅格式 {} 项），目录信息 {} 处",
                       added_word(township).zh, c.added, removed_word(township).zh, c.removed, c.recoded, c.changed,
                       c.format_only, c.header);
  return fmt::format("{} {}, {} {}, {} recoded, {} changed ({} format only), {} header field{}", c.added,
                     added_word(township).en, c.removed, removed_word(township).en, c.recoded, c.changed,
                     c.format_only, c.header, c.header == 1 ? "" : "s");
}

void render_one(std::string& out, const diff::CatalogDiff& d, const DiffContext& context, const Style& s) {
  const Lang lang = context.lang;
  out += s.bold(printable(edition_name(d.old_catalog, lang) + " → " + edition_name(d.new_catalog, lang))) + '\n';
  if (!context.brief) {
    const bool township = is_township(d);
    if (!d.header.empty()) {
      out += (lang == Lang::Zh ? fmt::format("{}：{} 处", header_word().zh, d.header.size())
                               : fmt::format("{}: {}", header_word().en, d.header.size())) + '\n';
      for (const diff::FieldChange& f : d.header) {
        std::vector<diff::FieldChange> one{f};
        field_lines(out, d, one, "  ", context, s, s.yellow("~ "));
      }
    }
    if (!d.added.empty()) {
      out += count_text(d.added.size(), added_word(township), lang) + '\n';
      for (const diff::Record& r : d.added)
        out += fmt::format("  {} {}{}  {}\n", s.green("+ " + printable(r.code)), printable(r.name),
                           domain_mark(r.domain, lang), s.dim(printable(where(d.new_catalog, r.at))));
    }
    if (!d.removed.empty()) {
      out += count_text(d.removed.size(), removed_word(township), lang) + '\n';
      for (const diff::Record& r : d.removed)
        out += fmt::format("  {} {}{}  {}\n", s.red("- " + printable(r.code)), printable(r.name),
                           domain_mark(r.domain, lang), s.dim(printable(where(d.old_catalog, r.at))));
    }
    if (!d.recoded.empty()) {
      out += count_text(d.recoded.size(), recoded_word(), lang) + '\n';
      for (const diff::Recoded& r : d.recoded) {
        out += fmt::format("  {} {}{}  {}\n", s.yellow("~ " + printable(r.old_code) + " → " + printable(r.new_code)),
                           printable(r.name), domain_mark(r.domain, lang), s.dim(arrow_where(d, r.old_at, r.new_at)));
        field_lines(out, d, r.fields, "      ", context, s);
      }
    }
    if (!d.changed.empty()) {
      out += count_text(d.changed.size(), changed_word(), lang) + '\n';
      for (const diff::Changed& c : d.changed) {
        std::string mark;
        if (c.format_only())
          mark = lang == Lang::Zh ? fmt::format("（{}）", format_only_word().zh) : fmt::format(" ({})", format_only_word().en);
        out += fmt::format("  {} {}{}{}  {}\n", s.yellow("~ " + printable(c.code)), printable(c.name),
                           domain_mark(c.domain, lang), mark, s.dim(arrow_where(d, c.old_at, c.new_at)));
        field_lines(out, d, c.fields, "      ", context, s);
      }
    }
  }
  out += (lang == Lang::Zh ? "共：" : "in all: ") + summary(d, lang) + '\n';
}

}  // namespace

std::string render_diff_text(const DiffSet& set, const DiffContext& context) {
  const Style s{context.color};
  const Lang lang = context.lang;
  std::string out;
  if (set.mode == DiffSet::Mode::Pair) {
    if (!set.entries.empty()) render_one(out, set.entries.front().diff, context, s);
    return out;
  }
  size_t differing = 0, added = 0, removed = 0;
  for (const DiffEntry& e : set.entries) {
    if (!out.empty()) out += '\n';
    switch (e.status) {
      case DiffEntry::Status::Added:
        ++added;
        out += s.green(lang == Lang::Zh ? "新增目录" : "added catalog");
        break;
      case DiffEntry::Status::Removed:
        ++removed;
        out += s.red(lang == Lang::Zh ? (set.mode == DiffSet::Mode::Git ? "删除目录" : "取消目录")
                                      : (set.mode == DiffSet::Mode::Git ? "deleted catalog" : "removed catalog"));
        break;
      case DiffEntry::Status::Renamed:
        if (!e.diff.empty()) ++differing;
        out += s.yellow(lang == Lang::Zh ? "重命名" : "renamed");
        break;
      case DiffEntry::Status::Paired:
        if (!e.diff.empty()) ++differing;
        out += s.yellow(lang == Lang::Zh ? "比较" : "compared");
        break;
    }
    const std::string& a = e.old_path, & b = e.new_path;
    out += ' ' + s.bold(printable(a.empty() ? b : b.empty() || a == b ? a : a + " → " + b)) + '\n';
    render_one(out, e.diff, context, s);
  }
  if (!out.empty()) out += '\n';
  const size_t pairs = set.entries.size() - added - removed;
  if (lang == Lang::Zh) {
    out += fmt::format("比较了 {} 对目录：{} 对有差异；新增目录 {} 个，{}目录 {} 个", pairs, differing, added,
                       set.mode == DiffSet::Mode::Git ? "删除" : "取消", removed);
    if (set.mode == DiffSet::Mode::Git) out += fmt::format("；未变 {} 个（对照 `{}`）", set.unchanged, printable(set.rev));
  } else {
    out += fmt::format("compared {} pair{} of catalogs: {} differ; {} catalog{} added, {} {}", pairs,
                       pairs == 1 ? "" : "s", differing, added, added == 1 ? "" : "s", removed,
                       set.mode == DiffSet::Mode::Git ? "deleted" : "removed");
    if (set.mode == DiffSet::Mode::Git) out += fmt::format("; {} unchanged (against `{}`)", set.unchanged, printable(set.rev));
  }
  out += '\n';
  return out;
}

std::string render_diff(DiffFormat format, const DiffSet& set, const DiffContext& context) {
  switch (format) {
    case DiffFormat::Json: return render_diff_json(set, context);
    case DiffFormat::Markdown: return render_diff_markdown(set, context);
    case DiffFormat::Text: break;
  }
  return render_diff_text(set, context);
}

std::optional<DiffFormat> parse_diff_format(std::string_view name) {
  if (name == "text") return DiffFormat::Text;
  if (name == "json") return DiffFormat::Json;
  if (name == "markdown") return DiffFormat::Markdown;
  return std::nullopt;
}

}  // namespace encat::render
