#include "publish/notice.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace encat::publish {

namespace {

// The columns that have no field of model/fields.h.
constexpr model::FieldInfo index_field{"index", "序号", "no."};

Column column(const model::FieldInfo& field) { return {std::string(field.key), std::string(field.zh)}; }

template <typename Enum>
std::string word(const std::optional<Enum>& value) {
  return value ? std::string(model::words_of(*value)[static_cast<size_t>(*value)]) : std::string();
}
template <typename Enum>
std::string word(Enum value) {
  return std::string(model::words_of(value)[static_cast<size_t>(value)]);
}

std::string joined(const std::vector<std::string_view>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::string traits_text(std::uint8_t traits) {
  std::vector<std::string_view> words;
  const model::WordList all = model::trait_words();
  for (size_t i = 0; i < all.size; ++i)
    if (traits & (1u << i)) words.push_back(all[i]);
  return joined(words, "、");
}

std::string inspections_text(const model::YearCounts& counts) {
  std::string out;
  for (size_t i = 0; i < counts.size(); ++i)
    out += fmt::format("{}{}年{}次", i ? "、" : "", counts[i].first, counts[i].second);
  return out;
}

// The fields a matter's row shows, by key.
std::string matter_cell(std::string_view key, const model::Matter& m) {
  if (key == model::fields::code.key) return std::string(m.code);
  if (key == model::fields::name.key) return std::string(m.name);
  if (key == model::fields::domain.key) return std::string(m.domain);
  if (key == model::fields::power.key) return word(m.power);
  if (key == model::fields::basis.key) return basis_text(m.basis);
  if (key == model::fields::scope.key) return scope_text(m);
  if (key == model::fields::boundary.key) return std::string(m.boundary);
  if (key == model::fields::from.key) return joined(m.from, "、");
  if (key == model::fields::township.key) return word(m.tier);
  if (key == model::fields::traits.key) return traits_text(m.traits);
  if (key == model::fields::status.key) return word(m.status);
  if (key == model::fields::note.key) return std::string(m.note);
  if (key == model::fields::source.key) return std::string(m.source);
  return {};
}

std::string supervision_cell(std::string_view key, const model::SupervisionMatter& m) {
  if (key == model::fields::supervision_code.key) return std::string(m.code);
  if (key == model::fields::supervision_name.key) return std::string(m.name);
  if (key == model::fields::claimed_by.key) return std::string(m.department);
  if (key == model::fields::covers.key) return joined(m.covers, "、");
  if (key == model::fields::inspection.key) return word(m.inspection);
  if (key == model::fields::inspections.key) return inspections_text(m.inspections);
  if (key == model::fields::note.key) return std::string(m.note);
  return {};
}

std::vector<Column> columns_of(model::Kind kind, const Options& options, bool with_source) {
  namespace f = model::fields;
  std::vector<const model::FieldInfo*> list;
  switch (kind) {
    case model::Kind::Unified:
    case model::Kind::Extension:
      list = {&index_field, &f::code, &f::name, &f::basis, &f::scope, &f::boundary, &f::from};
      if (options.full) list.insert(list.end(), {&f::power, &f::township, &f::traits, &f::status, &f::note});
      break;
    case model::Kind::Department:
      list = {&index_field, &f::code, &f::name, &f::power, &f::basis};
      if (options.full)
        list.insert(list.end(), {&f::scope, &f::boundary, &f::from, &f::township, &f::traits, &f::status, &f::note});
      break;
    case model::Kind::Township:
      list = options.full ? std::vector<const model::FieldInfo*>{&index_field, &f::code, &f::name, &f::domain, &f::power,
                                                                 &f::basis, &f::scope, &f::boundary, &f::from,
                                                                 &f::township, &f::traits, &f::status, &f::note}
                          : std::vector<const model::FieldInfo*>{&index_field, &f::code, &f::name, &f::domain,
                                                                 &f::township, &f::note};
      break;
    case model::Kind::Supervision:
      list = {&index_field, &f::supervision_code, &f::supervision_name, &f::claimed_by, &f::covers, &f::inspection};
      if (options.full) list.insert(list.end(), {&f::inspections, &f::note});
      break;
    default:
      break;
  }
  // Every matter, not only those in force: which is which shows.
  if (options.all && !options.full && kind != model::Kind::Supervision) list.push_back(&f::status);
  if (options.full && with_source) list.push_back(&f::source);
  std::vector<Column> out;
  for (const model::FieldInfo* field : list) out.push_back(column(*field));
  return out;
}

// 共 13 个领域 90 项 (supervision: 共 90 项).
std::string summary_of(const Table& table, bool by_domain) {
  return by_domain ? fmt::format("共 {} 个领域 {} 项", table.domains, table.rows) : fmt::format("共 {} 项", table.rows);
}

bool same_rows(const Table& a, const Table& b) {
  if (!(a.columns == b.columns) || a.groups.size() != b.groups.size()) return false;
  for (size_t g = 0; g < a.groups.size(); ++g) {
    const Group &x = a.groups[g], &y = b.groups[g];
    if (x.heading != y.heading || x.rows.size() != y.rows.size()) return false;
    for (size_t r = 0; r < x.rows.size(); ++r)
      if (x.rows[r].cells != y.rows[r].cells) return false;
  }
  return true;
}

// The distinct values, in order, joined by 、.
std::string distinct(const std::vector<std::string>& values) {
  std::vector<std::string_view> out;
  for (const std::string& v : values)
    if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  return joined(out, "、");
}

}  // namespace

std::string chinese_numeral(long long number) {
  static const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* const units[] = {"", "十", "百", "千"};
  if (number <= 0 || number >= 100000000) return std::to_string(number);
  auto below_10000 = [&](int n, bool leading) {
    std::string out;
    bool zero = false;  // a zero waiting to be said before the next digit
    for (int u = 3; u >= 0; --u) {
      int p = 1;
      for (int i = 0; i < u; ++i) p *= 10;
      const int d = n / p % 10;
      if (d == 0) {
        if (!out.empty() || !leading) zero = true;
        continue;
      }
      if (zero && (!out.empty() || !leading)) out += digits[0];
      zero = false;
      // 十一 (not 一十一) when 十 leads the whole number.
      if (!(d == 1 && u == 1 && out.empty() && leading)) out += digits[d];
      out += units[u];
    }
    return out;
  };
  const int high = static_cast<int>(number / 10000), low = static_cast<int>(number % 10000);
  if (high == 0) return below_10000(low, true);
  std::string out = below_10000(high, true) + "万";
  if (low == 0) return out;
  return out + below_10000(low, false);  // 一万零一十: the zeros before it said
}

std::string basis_text(const std::vector<model::Basis>& basis) {
  std::string out;
  for (size_t i = 0; i < basis.size(); ++i) {
    if (i) out += '\n';
    const std::string_view law = basis[i].law;
    const bool marked = law.substr(0, 3) == "《";
    if (!marked) out += "《";
    out += law;
    if (!marked) out += "》";
    out += joined(basis[i].articles, "、");
  }
  return out;
}

std::string scope_text(const model::Matter& matter) {
  std::string out = word(matter.scope);
  if (matter.scope_note.empty()) return out;
  const std::string_view note = matter.scope_note;
  if (note.substr(0, 3) == "（" || note.substr(0, 1) == "(") return out + std::string(note);
  return out + "（" + std::string(note) + "）";
}

bool publishable(model::Kind kind) {
  return model::has_matters(kind) || kind == model::Kind::Township || kind == model::Kind::Supervision ||
         kind == model::Kind::Lenient;
}

std::string township_name(const model::Catalog& township) {
  const std::string_view title = township.title;
  for (std::string_view marker : {"综合行政执法", "行政执法", "目录"}) {
    const size_t at = title.find(marker);
    if (at != std::string_view::npos && at > 0) return std::string(title.substr(0, at));
  }
  return std::string(township.id);
}

std::string date_text(std::string_view effective) {
  const std::optional<model::Date> d = model::parse_date(effective);
  if (!d || !d->valid) return std::string(effective);
  return fmt::format("{}年{}月{}日", d->year, d->month, d->day);
}

std::vector<Column> notice_columns(const model::Catalog& catalog, const Options& options) {
  const bool with_source =
      std::any_of(catalog.matters.begin(), catalog.matters.end(), [](const model::Matter& m) { return !m.source.empty(); });
  return columns_of(catalog.kind, options, with_source);
}

Row matter_row(const model::Matter& m, const std::vector<Column>& columns) {
  Row row{std::string(m.code), std::string(m.domain), {}, true};
  row.cells.emplace_back();
  for (size_t c = 1; c < columns.size(); ++c) row.cells.push_back(matter_cell(columns[c].key, m));
  return row;
}

Row entry_row(const model::TownshipEntry& e, const model::Matter* found, const std::vector<Column>& columns) {
  Row row{std::string(e.code), found ? std::string(found->domain) : std::string(), {}, found != nullptr};
  row.cells.emplace_back();
  for (size_t c = 1; c < columns.size(); ++c) {
    const std::string& key = columns[c].key;
    if (key == model::fields::code.key)
      row.cells.push_back(std::string(e.code));
    else if (key == model::fields::note.key)  // the township's own (its table reads back as the township's list)
      row.cells.push_back(std::string(e.note));
    else
      row.cells.push_back(found ? matter_cell(key, *found) : std::string());
  }
  return row;
}

Row supervision_row(const model::SupervisionMatter& m, const std::vector<Column>& columns) {
  Row row{std::string(m.code), {}, {}, true};
  row.cells.emplace_back();
  for (size_t c = 1; c < columns.size(); ++c) row.cells.push_back(supervision_cell(columns[c].key, m));
  return row;
}

void group_by_domain(std::vector<Row> rows, Table& table, const std::vector<std::string>& order, Numbering numbering) {
  std::map<std::string, size_t> at;
  for (const std::string& domain : order)
    if (at.emplace(domain, table.groups.size()).second) table.groups.push_back({domain, {}, {}});
  for (Row& row : rows) {
    auto [it, fresh] = at.emplace(row.domain, table.groups.size());
    if (fresh) table.groups.push_back({row.domain, {}, {}});
    table.groups[it->second].rows.push_back(std::move(row));
  }
  // The domains of `order` that have no row.
  table.groups.erase(std::remove_if(table.groups.begin(), table.groups.end(), [](const Group& g) { return g.rows.empty(); }),
                     table.groups.end());
  for (size_t i = 0; i < table.groups.size(); ++i) {
    Group& g = table.groups[i];
    const std::string n = chinese_numeral(static_cast<long long>(i) + 1);
    g.heading = fmt::format(numbering == Numbering::Top ? "{}、{}（共 {} 项）" : "（{}）{}（共 {} 项）", n,
                            g.domain.empty() ? "未分领域" : g.domain, g.rows.size());
  }
}

void number_rows(Table& table) {
  size_t n = 0;
  std::set<std::string> domains;
  for (Group& g : table.groups)
    for (Row& row : g.rows) {
      row.cells.front() = std::to_string(++n);
      if (!row.domain.empty()) domains.insert(row.domain);
    }
  table.rows = n;
  table.domains = domains.size();
}

Notice build_notice(const model::Catalog& catalog, const SourceLookup& sources, const Options& options) {
  Notice notice;
  notice.catalog = std::string(catalog.id);
  notice.kind = std::string(model::kind_name(catalog.kind));
  notice.title = std::string(catalog.title);
  notice.issuer = std::string(catalog.issuer);
  notice.document = std::string(catalog.document_number);
  notice.effective = std::string(catalog.effective_text);
  Part part;
  Table& table = part.table;
  std::vector<Row> rows;
  auto penalty = [&](const model::Matter& m) {
    if (m.power != model::Power::Penalty) table.penalties_only = false;
  };

  if (model::has_matters(catalog.kind)) {
    table.columns = notice_columns(catalog, options);
    for (const model::Matter& m : catalog.matters) {
      if (!options.all && !m.active()) continue;
      penalty(m);
      rows.push_back(matter_row(m, table.columns));
    }
    group_by_domain(std::move(rows), table);
    number_rows(table);
    table.summary = summary_of(table, true);
  } else if (catalog.kind == model::Kind::Township) {
    table.columns = notice_columns(catalog, options);
    table.groups.push_back({});
    for (const model::TownshipEntry& e : catalog.entries) {
      const model::Matter* found = model::resolve_entry(catalog, e.code, sources);
      if (found && !options.all && !found->active()) continue;
      Row row = entry_row(e, found, table.columns);
      if (found)
        penalty(*found);
      else
        notice.unresolved.push_back(std::string(e.code));
      table.groups.back().rows.push_back(std::move(row));
    }
    number_rows(table);
    table.summary = summary_of(table, true);
  } else if (catalog.kind == model::Kind::Supervision) {
    table.columns = notice_columns(catalog, options);
    table.groups.push_back({});
    for (const model::SupervisionMatter& m : catalog.supervision) table.groups.back().rows.push_back(supervision_row(m, table.columns));
    number_rows(table);
    table.penalties_only = false;
    table.summary = summary_of(table, false);
  }
  notice.summary = table.summary;
  notice.parts.push_back(std::move(part));
  return notice;
}

Notice build_townships_notice(const std::vector<const model::Catalog*>& townships, std::string_view county,
                              std::string_view county_name, int year, const SourceLookup& sources,
                              const Options& options) {
  Notice notice;
  notice.catalog = std::string(county);
  notice.kind = "townships";
  notice.title = fmt::format("乡镇（街道）综合行政执法事项目录清单（{}，{}年）", county_name.empty() ? county : county_name,
                             year);
  std::vector<std::string> issuers, documents;
  for (const model::Catalog* t : townships) {
    issuers.push_back(std::string(t->issuer));
    documents.push_back(std::string(t->document_number));
    if (notice.effective.empty() || (t->effective && model::parse_date(notice.effective) &&
                                     *model::parse_date(notice.effective) < *t->effective))
      if (!t->effective_text.empty()) notice.effective = std::string(t->effective_text);
  }
  notice.issuer = distinct(issuers);
  notice.document = distinct(documents);

  for (const model::Catalog* t : townships) {
    Notice one = build_notice(*t, sources, options);
    for (const std::string& code : one.unresolved)
      if (std::find(notice.unresolved.begin(), notice.unresolved.end(), code) == notice.unresolved.end())
        notice.unresolved.push_back(code);
    Table& table = one.parts.front().table;
    const Township who{std::string(t->id), township_name(*t), std::string(t->region)};
    auto same = std::find_if(notice.parts.begin(), notice.parts.end(), [&](const Part& p) { return same_rows(p.table, table); });
    if (same != notice.parts.end())
      same->townships.push_back(who);
    else
      notice.parts.push_back({{}, {who}, {}, std::move(table), {}, {}});
  }
  for (Part& part : notice.parts) {
    std::vector<std::string_view> names, domains;
    for (const Township& t : part.townships) names.push_back(t.name);
    for (const Group& g : part.table.groups)
      for (const Row& r : g.rows)
        if (!r.domain.empty() && std::find(domains.begin(), domains.end(), r.domain) == domains.end())
          domains.push_back(r.domain);
    const std::string who = part.townships.size() > 1
                                ? fmt::format("{}等{}个乡镇（街道）", joined(names, "、"), part.townships.size())
                                : joined(names, "、");
    const std::string what = domains.size() > 1 ? fmt::format("{}等{}个领域", joined(domains, "、"), domains.size())
                                                : fmt::format("{}领域", joined(domains, "、"));
    part.paragraph = fmt::format("对{}，以其自身名义行使{}{}项{}。", who, what, part.table.rows,
                                 part.table.penalties_only ? "行政处罚权" : "行政执法权");
  }
  notice.summary = fmt::format("共 {} 个乡镇（街道），{} 份清单", townships.size(), notice.parts.size());
  return notice;
}

}  // namespace encat::publish
