#include "publish/laws.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace encat::publish {

namespace {

// The parts in their order: the levels of model::LawLevel, then 未登记.
constexpr size_t unregistered = 6;
constexpr const char* part_names[] = {"法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "其他", "未登记"};

struct Citing {
  std::string code, name;
  std::vector<std::string> articles;  // distinct, in order
};

struct LawEntry {
  std::string name;
  const model::Law* law = nullptr;  // its register entry, or null
  std::map<std::string, Citing> matters;  // by code
};

std::string marked(std::string_view name) { return "《" + std::string(name) + "》"; }

std::string status_cell(const model::Law& law) {
  if (!law.status) return {};
  std::string out(model::words_of(*law.status)[static_cast<size_t>(*law.status)]);
  if (*law.status != model::LawStatus::Repealed) return out;
  std::string detail;
  if (!law.repealed.empty()) detail = date_text(law.repealed) + "废止";
  if (!law.replaced_by.empty()) detail += (detail.empty() ? "" : "，") + std::string("由") + marked(law_key(law.replaced_by)) + "替代";
  return detail.empty() ? out : out + "（" + detail + "）";
}

std::string matters_cell(const LawEntry& entry) {
  std::string out;
  for (const auto& [code, citing] : entry.matters) {
    if (!out.empty()) out += '\n';
    out += code + ' ' + citing.name;
    if (!citing.articles.empty()) {
      out += "（";
      for (size_t i = 0; i < citing.articles.size(); ++i) out += (i ? "、" : "") + citing.articles[i];
      out += "）";
    }
  }
  return out;
}

}  // namespace

std::string law_key(std::string_view law) {
  if (law.size() >= 6 && law.substr(0, 3) == "《" && law.substr(law.size() - 3) == "》")
    return std::string(law.substr(3, law.size() - 6));
  return std::string(law);
}

std::vector<const model::Catalog*> guide_catalogs(const model::Workspace& ws, int year) {
  std::vector<const model::Catalog*> out;
  for (const model::Catalog& c : ws.catalogs())
    if (model::has_matters(c.kind) && ws.in_force(c, year)) out.push_back(&c);
  // The unified catalogs, then the extensions, then the department catalogs:
  // a code in several is the first's, whatever the order of the PATHs.
  std::stable_sort(out.begin(), out.end(), [](const model::Catalog* a, const model::Catalog* b) { return a->kind < b->kind; });
  return out;
}

Notice build_law_guide(const std::vector<const model::Catalog*>& catalogs,
                       const std::vector<const model::Catalog*>& registers, int year, const Options& options) {
  Notice notice;
  notice.catalog = "laws";
  notice.kind = "laws";
  notice.title = fmt::format("执法事项法规指引（{}年）", year);

  std::map<std::string, LawEntry> laws;  // by name
  std::set<std::string> seen, with_basis;  // matter codes
  for (const model::Catalog* c : catalogs)
    for (const model::Matter& m : c->matters) {
      if (!options.all && !m.active()) continue;
      const std::string code(m.code);
      if (!seen.insert(code).second) continue;  // the first catalog with the code
      for (const model::Basis& b : m.basis) {
        const std::string name = law_key(b.law);
        if (name.empty()) continue;
        with_basis.insert(code);
        LawEntry& entry = laws[name];
        entry.name = name;
        Citing& citing = entry.matters[code];
        citing.code = code;
        citing.name = std::string(m.name);
        for (std::string_view a : b.articles)
          if (std::find(citing.articles.begin(), citing.articles.end(), a) == citing.articles.end())
            citing.articles.push_back(std::string(a));
      }
    }

  const bool registered = !registers.empty();
  std::vector<std::vector<const LawEntry*>> by_part(unregistered + 1);
  for (auto& [name, entry] : laws) {
    for (const model::Catalog* r : registers)
      if ((entry.law = r->find_law(name)) || (entry.law = r->find_law(marked(name)))) break;
    const size_t part = entry.law && entry.law->level ? static_cast<size_t>(*entry.law->level) : unregistered;
    by_part[part].push_back(&entry);
  }

  namespace f = model::fields;
  std::vector<Column> columns = {{"index", "序号"}, {std::string(f::law_name.key), std::string(f::law_name.zh)}};
  if (registered)
    columns.insert(columns.end(), {{std::string(f::law_status.key), std::string(f::law_status.zh)},
                                   {std::string(f::law_effective.key), std::string(f::law_effective.zh)}});
  columns.insert(columns.end(), {{"count", "引用事项数"}, {"matters", "执法事项"}});

  size_t numbered = 0;
  for (size_t p = 0; p <= unregistered; ++p) {
    std::vector<const LawEntry*>& list = by_part[p];
    if (list.empty()) continue;
    std::stable_sort(list.begin(), list.end(), [](const LawEntry* a, const LawEntry* b) {
      return a->matters.size() != b->matters.size() ? a->matters.size() > b->matters.size() : a->name < b->name;
    });
    Part part;
    part.heading = fmt::format("{}、{}（共 {} 部）", chinese_numeral(static_cast<long long>(++numbered)), part_names[p], list.size());
    part.level = part_names[p];
    Table& table = part.table;
    table.columns = columns;
    table.penalties_only = false;
    table.groups.push_back({});
    for (const LawEntry* entry : list) {
      Row row{entry->name, {}, {}, true};
      row.cells.emplace_back();
      row.cells.push_back(marked(entry->name));
      if (registered) {
        row.cells.push_back(entry->law ? status_cell(*entry->law) : std::string(part_names[unregistered]));
        row.cells.push_back(entry->law && !entry->law->effective.empty() ? date_text(entry->law->effective) : std::string());
      }
      row.cells.push_back(std::to_string(entry->matters.size()));
      row.cells.push_back(matters_cell(*entry));
      table.groups.back().rows.push_back(std::move(row));
    }
    number_rows(table);
    table.domains = 0;
    table.summary = fmt::format("共 {} 部", table.rows);
    notice.parts.push_back(std::move(part));
  }
  notice.summary = fmt::format("共收集法律法规 {} 部，{} 项执法事项明确具体法律依据", laws.size(), with_basis.size());
  notice.counts = {{"laws", laws.size()}, {"matters", with_basis.size()}};
  return notice;
}

}  // namespace encat::publish
