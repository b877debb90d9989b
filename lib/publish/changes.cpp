#include "publish/changes.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace encat::publish {

namespace {

// The columns of the tables of changes that have no field of model/fields.h.
constexpr model::FieldInfo index_field{"index", "序号", "no."};
constexpr model::FieldInfo remark_field{"remark", "备注", "remark"};
constexpr model::FieldInfo changes_field{"changes", "调整内容", "what changed"};
constexpr model::FieldInfo old_code_field{"old_code", "原事项代码", "old code"};
constexpr model::FieldInfo new_code_field{"new_code", "新事项代码", "new code"};

constexpr std::string_view unknown_domain = "未分领域";

Column column(const model::FieldInfo& field) { return {std::string(field.key), std::string(field.zh)}; }

template <typename Enum>
std::string word(Enum value) {
  return std::string(model::words_of(value)[static_cast<size_t>(value)]);
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

// A value of the diff as a notice writes it: lists with 、, a basis as
// 《law》article、article with ； between laws, absent as （无）.
std::string value_text(const diff::Value& v) {
  using Kind = diff::Value::Kind;
  switch (v.kind) {
    case Kind::Absent: return "（无）";
    case Kind::Text:
    case Kind::Number: return v.text;
    case Kind::Integer: return std::to_string(v.integer);
    case Kind::List: {
      const bool laws = !v.items.empty() && v.items.front().kind == Kind::Map;
      std::vector<std::string> items;
      for (const diff::Value& item : v.items) items.push_back(value_text(item));
      return joined(items, laws ? "；" : "、");
    }
    case Kind::Map: {
      auto member = [&](std::string_view key) -> const diff::Value* {
        for (const auto& [k, value] : v.members)
          if (k == key) return &value;
        return nullptr;
      };
      if (const diff::Value* law = member(model::fields::law.key)) {  // a basis item
        const std::string name = law->text;
        std::string out = name.compare(0, 3, "《") == 0 ? name : "《" + name + "》";
        if (const diff::Value* articles = member(model::fields::articles.key)) {
          std::vector<std::string> items;
          for (const diff::Value& a : articles->items) items.push_back(value_text(a));
          out += joined(items, "、");
        }
        return out;
      }
      // A table of years (a supervision matter's inspections): 2021年42次.
      const bool years = std::all_of(v.members.begin(), v.members.end(), [](const auto& m) {
        return m.second.kind == Kind::Integer && !m.first.empty() &&
               std::all_of(m.first.begin(), m.first.end(), [](char c) { return c >= '0' && c <= '9'; });
      });
      std::vector<std::string> items;
      for (const auto& [key, value] : v.members)
        items.push_back(years ? fmt::format("{}年{}次", key, value.integer) : key + "：" + value_text(value));
      return joined(items, "、");
    }
  }
  return {};
}

// A value on one line (a text of several lines has its breaks as spaces).
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// 调整内容: one line a field, 标签：old → new (仅格式 said).
std::string changes_text(const std::vector<diff::FieldChange>& fields) {
  std::vector<std::string> lines;
  for (const diff::FieldChange& f : fields)
    lines.push_back(fmt::format("{}{}：{} → {}", f.field->zh, f.format_only ? "（仅格式）" : "",
                                one_line(value_text(f.old_value)), one_line(value_text(f.new_value))));
  return joined(lines, "\n");
}

// The position of `code` among a catalog's records (matters, entries or supervision matters).
std::optional<size_t> find(const model::Catalog& catalog, std::string_view code) { return catalog.index.find(code); }

// 与《浙江省……（2021年）》（浙政办发〔2021〕9号）相比，
std::string compared_with(const model::Catalog& old_catalog) {
  std::string out = "与";
  if (old_catalog.title.empty())
    out += std::string(old_catalog.id);
  else
    out += "《" + std::string(old_catalog.title) + "》";
  if (!old_catalog.document_number.empty()) out += "（" + std::string(old_catalog.document_number) + "）";
  return out + "相比，";
}

std::string domain_list(const std::vector<DomainCounts>& domains, size_t DomainCounts::*which, Lang lang, size_t& total,
                        size_t& listed) {
  std::string out;
  total = listed = 0;
  for (const DomainCounts& d : domains) {
    const size_t n = d.*which;
    if (!n) continue;
    total += n;
    ++listed;
    out += lang == Lang::Zh ? fmt::format("{}{}{}项", out.empty() ? "" : "、", d.domain, n)
                            : fmt::format("{}{} {}", out.empty() ? "" : ", ", d.domain, n);
  }
  return out;
}

// A kind of change in the lead: 取消事项2项（市容环境卫生1项、自然资源1项）, by
// domain when it spans three domains at most (more read as a list, which the
// part's headings give) and the records have domains (supervision matters have none).
std::string kind_count(std::string_view word, const std::vector<DomainCounts>& domains, size_t DomainCounts::*which,
                       bool by_domain) {
  size_t total = 0, listed = 0;
  const std::string list = domain_list(domains, which, Lang::Zh, total, listed);
  std::string out = fmt::format("{}{}项", word, total);
  if (by_domain && listed <= 3) out += "（" + list + "）";
  return out;
}

}  // namespace

std::vector<std::string> domain_order(const diff::CatalogDiff& d) {
  std::vector<std::string> out;
  std::set<std::string_view> seen;
  auto add = [&](std::string_view domain) {
    if (seen.insert(domain).second) out.emplace_back(domain);
  };
  for (const std::string& domain : d.domain_order) add(domain);
  for (const model::Catalog* c : {d.new_catalog, d.old_catalog})
    if (c)
      for (const model::Matter& m : c->matters) add(m.domain);
  return out;
}

std::vector<DomainCounts> counts_by_domain(const diff::CatalogDiff& d, std::string_view unknown) {
  struct Item {
    std::string_view code, domain;
    size_t DomainCounts::*which;
  };
  std::vector<Item> items;
  for (const diff::Record& r : d.added) items.push_back({r.code, r.domain, &DomainCounts::added});
  for (const diff::Record& r : d.removed) items.push_back({r.code, r.domain, &DomainCounts::removed});
  for (const diff::Changed& c : d.changed) items.push_back({c.code, c.domain, &DomainCounts::changed});
  for (const diff::Recoded& r : d.recoded) items.push_back({r.new_code, r.domain, &DomainCounts::recoded});
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.code < b.code; });
  // Domains in the order the catalogs list them; others after, by first code.
  const std::vector<std::string> order = domain_order(d);
  std::map<std::string_view, size_t> rank;
  for (const std::string& domain : order) rank.emplace(domain, rank.size());
  auto rank_of = [&](std::string_view domain) {
    const auto found = rank.find(domain);
    return found == rank.end() ? rank.size() : found->second;
  };
  std::stable_sort(items.begin(), items.end(),
                   [&](const Item& a, const Item& b) { return rank_of(a.domain) < rank_of(b.domain); });
  std::vector<DomainCounts> out;
  std::map<std::string, size_t> index;
  for (const Item& item : items) {
    const std::string domain = item.domain.empty() ? std::string(unknown) : std::string(item.domain);
    auto found = index.find(domain);
    if (found == index.end()) {
      found = index.emplace(domain, out.size()).first;
      out.push_back({domain});
    }
    out[found->second].*(item.which) += 1;
  }
  return out;
}

std::string domain_sentence(const std::vector<DomainCounts>& domains, size_t DomainCounts::*which, Lang lang) {
  size_t total = 0, listed = 0;
  const std::string list = domain_list(domains, which, lang, total, listed);
  return lang == Lang::Zh ? fmt::format("{}，共计{}项", list, total) : fmt::format("{} ({} in all)", list, total);
}

model::Catalog shown_edition(const model::Catalog& catalog, const SourceLookup& sources) {
  model::Catalog out;
  out.file = catalog.file;
  out.kind = catalog.kind;
  out.pos = catalog.pos;
  model::header_fields([&](const model::FieldInfo&, auto value, auto, auto...) { value(out) = value(catalog); });
  for (const model::Matter& m : catalog.matters)
    if (m.active()) out.matters.push_back(m);
  for (const model::TownshipEntry& e : catalog.entries) {
    const model::Matter* found = model::resolve_entry(catalog, e.code, sources);
    if (!found || found->active()) out.entries.push_back(e);
  }
  out.supervision = catalog.supervision;
  out.cases = catalog.cases;
  out.targets = catalog.targets;
  out.update_derived();
  return out;
}

EditionsProblem check_editions(const model::Catalog& old_catalog, const model::Catalog& new_catalog) {
  if (!model::same_series(old_catalog, new_catalog)) return EditionsProblem::DifferentCatalogs;
  if (old_catalog.edition && new_catalog.edition && *old_catalog.edition != *new_catalog.edition)
    return *old_catalog.edition < *new_catalog.edition ? EditionsProblem::None : EditionsProblem::NotOlder;
  const std::optional<model::Date>&a = old_catalog.effective, &b = new_catalog.effective;
  if (a && b && a->valid && b->valid && *a < *b) return EditionsProblem::None;
  return EditionsProblem::NotOlder;
}

Notice build_changes_notice(const model::Catalog& old_catalog, const model::Catalog& new_catalog,
                            const SourceLookup& sources, const Options& options) {
  // The editions as their notices show them (unless --all).
  std::optional<model::Catalog> old_shown, new_shown;
  if (!options.all) {
    old_shown = shown_edition(old_catalog, sources);
    new_shown = shown_edition(new_catalog, sources);
  }
  const diff::CatalogDiff d = diff::compare(options.all ? old_catalog : *old_shown,
                                            options.all ? new_catalog : *new_shown, sources);
  const diff::Counts counts = diff::counts(d);
  const bool township = new_catalog.kind == model::Kind::Township;
  const bool supervision = new_catalog.kind == model::Kind::Supervision;
  const std::vector<std::string> order = domain_order(d);

  Notice notice;
  notice.catalog = std::string(new_catalog.id);
  notice.kind = "changes";
  notice.from = std::string(old_catalog.id);
  notice.title = std::string(!new_catalog.title.empty() ? new_catalog.title : new_catalog.id) + "调整公告";
  notice.issuer = std::string(new_catalog.issuer);
  notice.document = std::string(new_catalog.document_number);
  notice.effective = std::string(new_catalog.effective_text);
  notice.counts = {{"added", counts.added}, {"removed", counts.removed}, {"changed", counts.changed},
                   {"recoded", counts.recoded}};
  auto unresolved = [&](std::string_view code) {
    if (std::find(notice.unresolved.begin(), notice.unresolved.end(), code) == notice.unresolved.end())
      notice.unresolved.emplace_back(code);
  };

  const model::FieldInfo& code_field = supervision ? model::fields::supervision_code : model::fields::code;
  const model::FieldInfo& name_field = supervision ? model::fields::supervision_name : model::fields::name;
  const std::string added_word = township ? "新增赋权事项" : "新增事项";
  const std::string removed_word = township ? "收回赋权事项" : "取消事项";
  auto add_part = [&](std::string change, const std::string& word, std::vector<Column> columns, std::vector<Row> rows) {
    if (rows.empty()) return;
    Part part;
    part.change = std::move(change);
    part.table.columns = std::move(columns);
    if (supervision) {
      part.table.groups.push_back({});
      part.table.groups.back().rows = std::move(rows);
    } else {
      group_by_domain(std::move(rows), part.table, order, Numbering::Sub);
    }
    number_rows(part.table);
    part.table.penalties_only = false;
    part.table.summary = fmt::format("共 {} 项", part.table.rows);
    part.heading = fmt::format("{}、{}（共 {} 项）", chinese_numeral(static_cast<long long>(notice.parts.size()) + 1),
                               word, part.table.rows);
    notice.parts.push_back(std::move(part));
  };

  // 新增: the rows of the later edition's own table.
  {
    const std::vector<Column> columns = notice_columns(new_catalog, options);
    std::vector<Row> rows;
    for (const diff::Record& r : d.added) {
      const std::optional<size_t> at = find(new_catalog, r.code);
      if (!at) continue;
      if (r.kind == diff::RecordKind::Matter) {
        rows.push_back(matter_row(new_catalog.matters[*at], columns));
      } else if (r.kind == diff::RecordKind::Entry) {
        const model::Matter* found = model::resolve_entry(new_catalog, r.code, sources);
        if (!found) unresolved(r.code);
        rows.push_back(entry_row(new_catalog.entries[*at], found, columns));
      } else if (r.kind == diff::RecordKind::Supervision) {
        rows.push_back(supervision_row(new_catalog.supervision[*at], columns));
      }
    }
    add_part("added", added_word, columns, std::move(rows));
  }
  // 取消 / 收回赋权.
  {
    std::vector<Column> columns{column(index_field), column(code_field), column(name_field)};
    if (!supervision) columns.push_back(column(model::fields::domain));
    columns.push_back(column(remark_field));
    std::vector<Row> rows;
    for (const diff::Record& r : d.removed) {
      if (!r.resolved) unresolved(r.code);
      // Still in the later edition, but no longer in force.
      std::string remark;
      if (!options.all) {
        if (r.kind == diff::RecordKind::Matter) {
          if (const model::Matter* m = new_catalog.find_matter(r.code); m && !m->active())
            remark = "状态改为" + word(m->status);
        } else if (r.kind == diff::RecordKind::Entry && find(new_catalog, r.code)) {
          if (const model::Matter* m = model::resolve_entry(new_catalog, r.code, sources); m && !m->active())
            remark = "事项状态为" + word(m->status);
        }
      }
      Row row{r.code, r.domain, {{}, r.code, r.name}, r.resolved};
      if (!supervision) row.cells.push_back(r.domain);
      row.cells.push_back(std::move(remark));
      rows.push_back(std::move(row));
    }
    add_part("removed", removed_word, std::move(columns), std::move(rows));
  }
  // 调整.
  {
    std::vector<Column> columns{column(index_field), column(code_field), column(name_field), column(changes_field)};
    std::vector<Row> rows;
    for (const diff::Changed& c : d.changed) {
      if (c.kind == diff::RecordKind::Entry && c.name.empty()) unresolved(c.code);
      rows.push_back({c.code, c.domain, {{}, c.code, c.name, changes_text(c.fields)}, true});
    }
    add_part("changed", "调整事项", std::move(columns), std::move(rows));
  }
  // 代码变更.
  {
    const bool with_changes =
        std::any_of(d.recoded.begin(), d.recoded.end(), [](const diff::Recoded& r) { return !r.fields.empty(); });
    std::vector<Column> columns{column(index_field), column(old_code_field), column(new_code_field), column(name_field)};
    if (with_changes) columns.push_back(column(changes_field));
    std::vector<Row> rows;
    for (const diff::Recoded& r : d.recoded) {
      Row row{r.new_code, r.domain, {{}, r.old_code, r.new_code, r.name}, true};
      if (with_changes) row.cells.push_back(changes_text(r.fields));
      rows.push_back(std::move(row));
    }
    add_part("recoded", "代码变更", std::move(columns), std::move(rows));
  }

  // The lead and the summary.
  const std::vector<DomainCounts> domains = counts_by_domain(d, unknown_domain);
  std::vector<std::string> said, summed;
  if (township) {
    if (counts.added) said.push_back(added_word + domain_sentence(domains, &DomainCounts::added));
    if (counts.removed) said.push_back(removed_word + domain_sentence(domains, &DomainCounts::removed));
    if (counts.changed) said.push_back(fmt::format("调整事项{}项", counts.changed));
    notice.lead = compared_with(old_catalog) + (said.empty() ? "赋权事项无增减" : joined(said, "；")) + "。";
  } else {
    if (counts.added) said.push_back(kind_count(added_word, domains, &DomainCounts::added, !supervision));
    if (counts.removed) said.push_back(kind_count(removed_word, domains, &DomainCounts::removed, !supervision));
    if (counts.changed) said.push_back(kind_count("调整事项", domains, &DomainCounts::changed, !supervision));
    if (counts.recoded) said.push_back(kind_count("代码变更", domains, &DomainCounts::recoded, !supervision));
    notice.lead = compared_with(old_catalog) + (said.empty() ? "事项无调整" : joined(said, "、")) + "。";
  }
  const std::pair<std::string, size_t> kinds[] = {{township ? "新增赋权" : "新增", counts.added},
                                                  {township ? "收回赋权" : "取消", counts.removed},
                                                  {"调整", counts.changed},
                                                  {"代码变更", counts.recoded}};
  size_t total = 0;
  for (const auto& [what, n] : kinds)
    if (n) {
      summed.push_back(fmt::format("{} {} 项", what, n));
      total += n;
    }
  notice.summary = summed.empty() ? "共计 0 项" : fmt::format("共计 {} 项（{}）", total, joined(summed, "、"));
  return notice;
}

}  // namespace encat::publish
