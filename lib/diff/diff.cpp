#include "diff/diff.h"

#include <algorithm>
#include <map>
#include <type_traits>
#include <unordered_map>

#include <fmt/format.h>

#include "util/utf8.h"

namespace encat::diff {
namespace {

using model::FieldInfo;
using model::Pos;

// The kind of a catalog, as a header field (it is not in header_fields: it
// comes before them and decides the rest).
constexpr FieldInfo kind_field{"kind", "目录类型", "kind"};

// Values of each member type of the model.
Value value_of(std::string_view text) { return text.empty() ? Value{} : Value::of_text(text); }
Value value_of(const std::vector<std::string_view>& texts) {
  Value v;
  if (texts.empty()) return v;
  v.kind = Value::Kind::List;
  for (std::string_view t : texts) v.items.push_back(Value::of_text(t));
  return v;
}
Value value_of(const std::vector<model::Basis>& basis) {
  Value v;
  if (basis.empty()) return v;
  v.kind = Value::Kind::List;
  for (const model::Basis& b : basis) {
    Value item;
    item.kind = Value::Kind::Map;
    model::basis_fields([&](const FieldInfo& info, auto value, auto, auto...) {
      Value member = value_of(value(b));
      if (!member.absent()) item.members.emplace_back(std::string(info.key), std::move(member));
    });
    v.items.push_back(std::move(item));
  }
  return v;
}
template <typename Enum>
Value word_value(Enum e) {
  const model::WordList words = model::words_of(e);
  const size_t i = static_cast<size_t>(e);
  return i < words.size ? Value::of_text(words[i]) : Value::of_integer(static_cast<long long>(i));
}
Value value_of(const std::optional<model::Power>& p) { return p ? word_value(*p) : Value{}; }
Value value_of(const std::optional<model::Scope>& s) { return s ? word_value(*s) : Value{}; }
Value value_of(const std::optional<model::InspectionKind>& k) { return k ? word_value(*k) : Value{}; }
Value value_of(const std::optional<model::LawLevel>& l) { return l ? word_value(*l) : Value{}; }
Value value_of(const std::optional<model::LawStatus>& s) { return s ? word_value(*s) : Value{}; }
Value value_of(const std::optional<model::Measure>& m) { return m ? word_value(*m) : Value{}; }
Value value_of(model::Tier t) { return word_value(t); }
Value value_of(model::Status s) { return word_value(s); }
Value value_of(std::uint8_t traits) {  // a set: in the order of the words
  Value v;
  if (!traits) return v;
  v.kind = Value::Kind::List;
  const model::WordList words = model::trait_words();
  for (size_t i = 0; i < words.size; ++i)
    if (traits & (1u << i)) v.items.push_back(Value::of_text(words[i]));
  return v;
}
Value value_of(const model::YearCounts& counts) {
  Value v;
  if (counts.empty()) return v;
  v.kind = Value::Kind::Map;
  for (const auto& [year, count] : counts) v.members.emplace_back(std::to_string(year), Value::of_integer(count));
  return v;
}
Value value_of(const std::optional<int>& number) { return number ? Value::of_integer(*number) : Value{}; }
Value value_of(int number) { return Value::of_integer(number); }
Value value_of(const std::optional<double>& number) {
  Value v;
  if (!number) return v;
  v.kind = Value::Kind::Number;
  v.text = fmt::format("{}", *number);
  return v;
}

// Whitespace, and the full-width forms of ASCII, made plain (same_but_format).
std::string plain(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    char32_t cp = decode_code_point(text.substr(i), length);
    if (length == 0) length = 1;
    const std::string_view bytes = text.substr(i, length);
    i += length;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0xA0 ||
        (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF)
      continue;
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    if (cp == 0x3002 || cp == 0xFF61) cp = '.';
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else
      out.append(bytes);
  }
  return out;
}

// Both values present, different, and equal but for format (lists item by item).
bool format_only(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::Text: return same_but_format(a.text, b.text);
    case Value::Kind::List:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i)
        if (a.items[i] != b.items[i] && !format_only(a.items[i], b.items[i])) return false;
      return true;
    case Value::Kind::Map:
      if (a.members.size() != b.members.size()) return false;
      for (size_t i = 0; i < a.members.size(); ++i)
        if (a.members[i].first != b.members[i].first ||
            (a.members[i].second != b.members[i].second && !format_only(a.members[i].second, b.members[i].second)))
          return false;
      return true;
    default: return false;
  }
}

// The fields of `table` whose values differ between two records.
template <typename Record, typename Table>
std::vector<FieldChange> changed_fields(const Record& a, const Record& b, Pos a_at, Pos b_at, Table table,
                                        std::string_view skip_key = {}) {
  std::vector<FieldChange> changes;
  table([&](const FieldInfo& info, auto value, auto at, auto...) {
    if (value(a) == value(b) || info.key == skip_key) return;
    Value old_value = value_of(value(a)), new_value = value_of(value(b));
    if (old_value == new_value) return;
    FieldChange change;
    change.field = &info;
    change.format_only = format_only(old_value, new_value);
    change.old_value = std::move(old_value);
    change.new_value = std::move(new_value);
    const Pos old_pos = at(a), new_pos = at(b);
    change.old_at = old_pos ? old_pos : a_at;
    change.new_at = new_pos ? new_pos : b_at;
    changes.push_back(std::move(change));
  });
  return changes;
}

// A record's key and where it is; the first of a repeated key only.
struct Keyed {
  std::string_view key;
  size_t index;
};
template <typename Items, typename KeyOf>
std::vector<Keyed> keyed(const Items& items, KeyOf key_of) {
  std::vector<Keyed> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) out.push_back({key_of(items[i]), i});
  std::stable_sort(out.begin(), out.end(), [](const Keyed& x, const Keyed& y) { return x.key < y.key; });
  out.erase(std::unique(out.begin(), out.end(), [](const Keyed& x, const Keyed& y) { return x.key == y.key; }),
            out.end());
  return out;
}

// The name and domain of a township's entry, from the first of its sources that has it.
struct Resolved {
  std::string name, domain;
  bool found = false;
};
Resolved resolve(const model::Catalog& township, std::string_view code, const SourceLookup& sources) {
  const model::Matter* m = model::resolve_entry(township, code, sources);
  return m ? Resolved{std::string(m->name), std::string(m->domain), true} : Resolved{};
}

template <typename Items, typename KeyOf, typename Describe, typename Table>
void compare_records(const Items& old_items, const Items& new_items, RecordKind kind, KeyOf key_of, Describe describe,
                     Table table, CatalogDiff& out) {
  if (old_items.empty() && new_items.empty()) return;
  const std::vector<Keyed> a = keyed(old_items, key_of), b = keyed(new_items, key_of);
  std::vector<Record> added, removed;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].key < b[j].key)) {
      removed.push_back(describe(old_items[a[i].index], true));
      ++i;
    } else if (i == a.size() || b[j].key < a[i].key) {
      added.push_back(describe(new_items[b[j].index], false));
      ++j;
    } else {
      const auto& x = old_items[a[i].index];
      const auto& y = new_items[b[j].index];
      if (!(x == y)) {
        std::vector<FieldChange> fields = changed_fields(x, y, x.at, y.at, table);
        if (!fields.empty()) {
          const Record r = describe(y, false);
          out.changed.push_back({kind, r.code, r.name, r.domain, x.at, y.at, std::move(fields)});
        }
      }
      ++i, ++j;
    }
  }
  // A removed and an added matter with the same name and domain: recoded
  // (each paired once, in code order).
  if (kind == RecordKind::Matter && !added.empty() && !removed.empty()) {
    std::map<std::pair<std::string_view, std::string_view>, std::vector<size_t>> by_name;
    for (size_t k = 0; k < added.size(); ++k) by_name[{added[k].name, added[k].domain}].push_back(k);
    for (auto& list : by_name) std::reverse(list.second.begin(), list.second.end());
    std::vector<char> added_used(added.size(), 0), removed_used(removed.size(), 0);
    std::unordered_map<std::string_view, size_t> old_index, new_index;
    for (const Keyed& k : a) old_index.emplace(k.key, k.index);
    for (const Keyed& k : b) new_index.emplace(k.key, k.index);
    for (size_t k = 0; k < removed.size(); ++k) {
      auto found = by_name.find({removed[k].name, removed[k].domain});
      if (found == by_name.end() || found->second.empty() || removed[k].name.empty()) continue;
      const size_t n = found->second.back();
      found->second.pop_back();
      added_used[n] = removed_used[k] = 1;
      Recoded r{kind, removed[k].code, added[n].code, added[n].name, added[n].domain, removed[k].at, added[n].at, {}};
      const auto& x = old_items[old_index.at(removed[k].code)];
      const auto& y = new_items[new_index.at(added[n].code)];
      r.fields = changed_fields(x, y, x.at, y.at, table, "code");
      out.recoded.push_back(std::move(r));
    }
    auto keep = [](std::vector<Record>& records, const std::vector<char>& used) {
      size_t w = 0;
      for (size_t k = 0; k < records.size(); ++k)
        if (!used[k]) {
          if (w != k) records[w] = std::move(records[k]);
          ++w;
        }
      records.resize(w);
    };
    keep(added, added_used);
    keep(removed, removed_used);
  }
  for (Record& r : added) out.added.push_back(std::move(r));
  for (Record& r : removed) out.removed.push_back(std::move(r));
}

// The word of an enumerated field, empty when absent.
template <typename Enum>
std::string_view word_of(const std::optional<Enum>& value) {
  return value ? model::words_of(*value)[static_cast<size_t>(*value)] : std::string_view();
}

// Records keyed by the strings `old_keys`, `new_keys` (parallel to the
// records; a repeated key counts once, at its first place) walked in key
// order: removed(i), added(j) or both(i, j).
template <typename Removed, typename Added, typename Both>
void keyed_by(const std::vector<std::string>& old_keys, const std::vector<std::string>& new_keys, Removed removed,
              Added added, Both both) {
  auto order = [](const std::vector<std::string>& keys) {
    std::vector<Keyed> v;
    for (size_t k = 0; k < keys.size(); ++k) v.push_back({keys[k], k});
    std::stable_sort(v.begin(), v.end(), [](const Keyed& x, const Keyed& y) { return x.key < y.key; });
    v.erase(std::unique(v.begin(), v.end(), [](const Keyed& x, const Keyed& y) { return x.key == y.key; }), v.end());
    return v;
  };
  const std::vector<Keyed> a = order(old_keys), b = order(new_keys);
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].key < b[j].key))
      removed(a[i++].index);
    else if (i == a.size() || b[j].key < a[i].key)
      added(b[j++].index);
    else
      both(a[i++].index, b[j++].index);
  }
}

void sort_by_code(CatalogDiff& d) {
  auto by_code = [](const auto& x, const auto& y) { return x.code < y.code; };
  std::stable_sort(d.added.begin(), d.added.end(), by_code);
  std::stable_sort(d.removed.begin(), d.removed.end(), by_code);
  std::stable_sort(d.changed.begin(), d.changed.end(), by_code);
  std::stable_sort(d.recoded.begin(), d.recoded.end(),
                   [](const Recoded& x, const Recoded& y) { return x.old_code < y.old_code; });
}

// The one field of a code's case counts: its year table.
struct CountsTable {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(model::fields::counts, ENCAT_MEMBER(by_year), ENCAT_MEMBER(by_year_at));
  }
};

// Every record of both catalogs compared.
void compare_bodies(const model::Catalog& o, const model::Catalog& n, const SourceLookup& sources, CatalogDiff& out) {
  auto code_of = [](const auto& item) { return item.code; };
  compare_records(
      o.matters, n.matters, RecordKind::Matter, code_of,
      [](const model::Matter& m, bool) {
        return Record{RecordKind::Matter, std::string(m.code), std::string(m.name), std::string(m.domain), m.at, true};
      },
      model::matter_fields, out);
  compare_records(
      o.entries, n.entries, RecordKind::Entry, code_of,
      [&](const model::TownshipEntry& e, bool old_side) {
        const Resolved r = resolve(old_side ? o : n, e.code, sources);
        return Record{RecordKind::Entry, std::string(e.code), r.name, r.domain, e.at, r.found};
      },
      model::entry_fields, out);
  // A changed entry: its name and domain from the new edition's sources.
  for (Changed& c : out.changed)
    if (c.kind == RecordKind::Entry && c.name.empty()) {
      const Resolved r = resolve(n, c.code, sources);
      c.name = r.name, c.domain = r.domain;
    }
  compare_records(
      o.supervision, n.supervision, RecordKind::Supervision, code_of,
      [](const model::SupervisionMatter& m, bool) {
        return Record{RecordKind::Supervision, std::string(m.code), std::string(m.name), {}, m.at, true};
      },
      model::supervision_fields, out);
  // Case counts: one field, the year table (CountsTable).
  // CaseCounts has no `at`: its key's position stands for it.
  {
    const std::vector<Keyed> a = keyed(o.cases, code_of), b = keyed(n.cases, code_of);
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
      if (j == b.size() || (i < a.size() && a[i].key < b[j].key)) {
        const model::CaseCounts& c = o.cases[a[i++].index];
        out.removed.push_back({RecordKind::CaseCounts, std::string(c.code), {}, {}, c.code_at, true});
      } else if (i == a.size() || b[j].key < a[i].key) {
        const model::CaseCounts& c = n.cases[b[j++].index];
        out.added.push_back({RecordKind::CaseCounts, std::string(c.code), {}, {}, c.code_at, true});
      } else {
        const model::CaseCounts& x = o.cases[a[i++].index];
        const model::CaseCounts& y = n.cases[b[j++].index];
        std::vector<FieldChange> fields = changed_fields(x, y, x.code_at, y.code_at, CountsTable{});
        if (!fields.empty())
          out.changed.push_back({RecordKind::CaseCounts, std::string(y.code), {}, {}, x.code_at, y.code_at, std::move(fields)});
      }
    }
  }
  // Laws: keyed by name (the name is the key: a renamed law is removed and added).
  compare_records(
      o.laws, n.laws, RecordKind::Law, [](const model::Law& law) { return law.name; },
      [](const model::Law& law, bool) {
        return Record{RecordKind::Law, std::string(law.name), {}, std::string(word_of(law.level)), law.at, true};
      },
      model::law_fields, out);
  // Lenient entries: keyed by code and measure (E211: a code may be listed once per measure).
  {
    std::vector<std::string> old_keys, new_keys;
    auto key = [](const model::LenientEntry& e) { return fmt::format("{}\x1f{}", e.code, word_of(e.measure)); };
    for (const model::LenientEntry& e : o.lenient) old_keys.push_back(key(e));
    for (const model::LenientEntry& e : n.lenient) new_keys.push_back(key(e));
    auto describe = [](const model::LenientEntry& e) {
      return Record{RecordKind::Lenient, std::string(e.code), std::string(e.conduct), std::string(word_of(e.measure)), e.at, true};
    };
    keyed_by(old_keys, new_keys, [&](size_t i) { out.removed.push_back(describe(o.lenient[i])); },
             [&](size_t j) { out.added.push_back(describe(n.lenient[j])); },
             [&](size_t i, size_t j) {
               const model::LenientEntry& x = o.lenient[i];
               const model::LenientEntry& y = n.lenient[j];
               std::vector<FieldChange> fields = changed_fields(x, y, x.at, y.at, model::lenient_fields);
               if (!fields.empty()) {
                 const Record r = describe(y);
                 out.changed.push_back({RecordKind::Lenient, r.code, r.name, r.domain, x.at, y.at, std::move(fields)});
               }
             });
  }
  // Staffing: keyed by year.
  {
    std::vector<std::string> old_keys, new_keys;
    for (const model::StaffYear& y : o.staffing) old_keys.push_back(fmt::format("{:04}", y.year));
    for (const model::StaffYear& y : n.staffing) new_keys.push_back(fmt::format("{:04}", y.year));
    auto year = [](const model::StaffYear& y) { return std::to_string(y.year); };
    keyed_by(old_keys, new_keys,
             [&](size_t i) { out.removed.push_back({RecordKind::StaffYear, year(o.staffing[i]), {}, {}, o.staffing[i].at, true}); },
             [&](size_t j) { out.added.push_back({RecordKind::StaffYear, year(n.staffing[j]), {}, {}, n.staffing[j].at, true}); },
             [&](size_t i, size_t j) {
               const model::StaffYear& x = o.staffing[i];
               const model::StaffYear& y = n.staffing[j];
               std::vector<FieldChange> fields = changed_fields(x, y, x.at, y.at, model::staff_year_fields, "year");
               if (!fields.empty())
                 out.changed.push_back({RecordKind::StaffYear, year(y), {}, {}, x.at, y.at, std::move(fields)});
             });
  }
  // Targets: keyed by year.
  {
    std::vector<std::string> old_years, new_years;
    for (const model::Target& t : o.targets) old_years.push_back(fmt::format("{:04}", t.year));
    for (const model::Target& t : n.targets) new_years.push_back(fmt::format("{:04}", t.year));
    std::vector<Keyed> a, b;
    for (size_t k = 0; k < old_years.size(); ++k) a.push_back({old_years[k], k});
    for (size_t k = 0; k < new_years.size(); ++k) b.push_back({new_years[k], k});
    auto order = [](std::vector<Keyed>& v) {
      std::stable_sort(v.begin(), v.end(), [](const Keyed& x, const Keyed& y) { return x.key < y.key; });
      v.erase(std::unique(v.begin(), v.end(), [](const Keyed& x, const Keyed& y) { return x.key == y.key; }), v.end());
    };
    order(a);
    order(b);
    size_t i = 0, j = 0;
    auto year = [](const model::Target& t) { return std::to_string(t.year); };
    while (i < a.size() || j < b.size()) {
      if (j == b.size() || (i < a.size() && a[i].key < b[j].key)) {
        const model::Target& t = o.targets[a[i++].index];
        out.removed.push_back({RecordKind::Target, year(t), {}, {}, t.at, true});
      } else if (i == a.size() || b[j].key < a[i].key) {
        const model::Target& t = n.targets[b[j++].index];
        out.added.push_back({RecordKind::Target, year(t), {}, {}, t.at, true});
      } else {
        const model::Target& x = o.targets[a[i++].index];
        const model::Target& y = n.targets[b[j++].index];
        std::vector<FieldChange> fields = changed_fields(x, y, x.at, y.at, model::target_fields, "year");
        if (!fields.empty()) out.changed.push_back({RecordKind::Target, year(y), {}, {}, x.at, y.at, std::move(fields)});
      }
    }
  }
}

}  // namespace

Value Value::of_text(std::string_view text) {
  Value v;
  v.kind = Kind::Text;
  v.text = std::string(text);
  return v;
}

Value Value::of_integer(long long number) {
  Value v;
  v.kind = Kind::Integer;
  v.integer = number;
  return v;
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::Absent: return true;
    case Value::Kind::Text:
    case Value::Kind::Number: return a.text == b.text;
    case Value::Kind::Integer: return a.integer == b.integer;
    case Value::Kind::List: return a.items == b.items;
    case Value::Kind::Map: return a.members == b.members;
  }
  return false;
}

std::string display(const Value& value) {
  switch (value.kind) {
    case Value::Kind::Absent: return {};
    case Value::Kind::Text:
    case Value::Kind::Number: return value.text;
    case Value::Kind::Integer: return std::to_string(value.integer);
    case Value::Kind::List: {
      std::string out = "[";
      for (size_t i = 0; i < value.items.size(); ++i) out += (i ? ", " : "") + display(value.items[i]);
      return out + "]";
    }
    case Value::Kind::Map: {
      std::string out = "{";
      for (size_t i = 0; i < value.members.size(); ++i)
        out += (i ? ", " : "") + value.members[i].first + ": " + display(value.members[i].second);
      return out + "}";
    }
  }
  return {};
}

bool same_but_format(std::string_view a, std::string_view b) { return plain(a) == plain(b); }

bool Changed::format_only() const {
  return std::all_of(fields.begin(), fields.end(), [](const FieldChange& f) { return f.format_only; });
}

CatalogDiff compare(const model::Catalog& old_catalog, const model::Catalog& new_catalog, const SourceLookup& sources) {
  CatalogDiff out;
  out.old_catalog = &old_catalog;
  out.new_catalog = &new_catalog;
  if (old_catalog.kind != new_catalog.kind) {
    FieldChange change;
    change.field = &kind_field;
    change.old_value = Value::of_text(model::kind_name(old_catalog.kind));
    change.new_value = Value::of_text(model::kind_name(new_catalog.kind));
    change.old_at = old_catalog.pos.kind;
    change.new_at = new_catalog.pos.kind;
    out.header.push_back(std::move(change));
  }
  std::vector<FieldChange> header = changed_fields(old_catalog, new_catalog, old_catalog.pos.root,
                                                   new_catalog.pos.root, model::header_fields);
  for (FieldChange& f : header) out.header.push_back(std::move(f));
  compare_bodies(old_catalog, new_catalog, sources, out);
  sort_by_code(out);
  if (sources && (old_catalog.kind == model::Kind::Township || new_catalog.kind == model::Kind::Township)) {
    std::unordered_map<std::string_view, char> seen;
    for (const model::Catalog* township : {&new_catalog, &old_catalog})
      for (std::string_view id : township->draws_from)
        if (const model::Catalog* source = sources(id))
          for (const model::Matter& m : source->matters)
            if (seen.emplace(m.domain, 1).second) out.domain_order.emplace_back(m.domain);
  }
  return out;
}

namespace {
// A catalog with the kind of `like` and nothing else, to compare against.
const model::Catalog& empty_like(const model::Catalog& like) {
  static const model::Catalog empties[] = {
      [] { model::Catalog c; c.kind = model::Kind::Unified; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Extension; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Township; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Department; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Supervision; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Cases; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Targets; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Registry; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Laws; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Lenient; return c; }(),
      [] { model::Catalog c; c.kind = model::Kind::Staffing; return c; }(),
  };
  return empties[static_cast<size_t>(like.kind)];
}
}  // namespace

CatalogDiff only_old(const model::Catalog& old_catalog) {
  CatalogDiff d = compare(old_catalog, empty_like(old_catalog));
  d.new_catalog = nullptr;
  return d;
}

CatalogDiff only_new(const model::Catalog& new_catalog) {
  CatalogDiff d = compare(empty_like(new_catalog), new_catalog);
  d.old_catalog = nullptr;
  return d;
}

Pairing pair_catalogs(const std::vector<const model::Catalog*>& old_side,
                      const std::vector<const model::Catalog*>& new_side) {
  Pairing p;
  std::unordered_map<std::string_view, size_t> old_by_id;
  for (size_t i = 0; i < old_side.size(); ++i) old_by_id.emplace(old_side[i]->id, i);  // the first of a repeated id
  std::vector<char> old_used(old_side.size(), 0), new_used(new_side.size(), 0);
  std::vector<const model::Catalog*> partner(new_side.size(), nullptr);
  for (size_t j = 0; j < new_side.size(); ++j) {
    const auto found = old_by_id.find(new_side[j]->id);
    if (found != old_by_id.end() && !old_used[found->second]) {
      old_used[found->second] = new_used[j] = 1;
      partner[j] = old_side[found->second];
    }
  }
  for (size_t j = 0; j < new_side.size(); ++j) {
    if (new_used[j] || new_side[j]->supersedes.empty()) continue;
    const auto found = old_by_id.find(new_side[j]->supersedes);
    if (found != old_by_id.end() && !old_used[found->second]) {
      old_used[found->second] = new_used[j] = 1;
      partner[j] = old_side[found->second];
    }
  }
  for (size_t j = 0; j < new_side.size(); ++j) {
    if (partner[j])
      p.pairs.emplace_back(partner[j], new_side[j]);
    else
      p.added.push_back(new_side[j]);
  }
  for (size_t i = 0; i < old_side.size(); ++i)
    if (!old_used[i]) p.removed.push_back(old_side[i]);
  return p;
}

Counts counts(const CatalogDiff& diff) {
  Counts c;
  c.header = diff.header.size();
  c.added = diff.added.size();
  c.removed = diff.removed.size();
  c.recoded = diff.recoded.size();
  c.changed = diff.changed.size();
  for (const Changed& ch : diff.changed)
    if (ch.format_only()) ++c.format_only;
  return c;
}

}  // namespace encat::diff
