// The records of a catalog's body seen alike by the merge: which list holds
// them, their field table, their key, and how a field's value is shown.
#pragma once

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "merge/merge.h"
#include "model/fields.h"

namespace encat::merge::detail {

template <typename R>
struct Body;

template <>
struct Body<model::Matter> {
  static std::vector<model::Matter>& of(model::Catalog& c) { return c.matters; }
  static const std::vector<model::Matter>& of(const model::Catalog& c) { return c.matters; }
  static constexpr const model::MatterFields& table = model::matter_fields;
  static std::string key(const model::Matter& r) { return std::string(r.code); }
};
template <>
struct Body<model::TownshipEntry> {
  static std::vector<model::TownshipEntry>& of(model::Catalog& c) { return c.entries; }
  static const std::vector<model::TownshipEntry>& of(const model::Catalog& c) { return c.entries; }
  static constexpr const model::EntryFields& table = model::entry_fields;
  static std::string key(const model::TownshipEntry& r) { return std::string(r.code); }
};
template <>
struct Body<model::SupervisionMatter> {
  static std::vector<model::SupervisionMatter>& of(model::Catalog& c) { return c.supervision; }
  static const std::vector<model::SupervisionMatter>& of(const model::Catalog& c) { return c.supervision; }
  static constexpr const model::SupervisionFields& table = model::supervision_fields;
  static std::string key(const model::SupervisionMatter& r) { return std::string(r.code); }
};
template <>
struct Body<model::Target> {
  static std::vector<model::Target>& of(model::Catalog& c) { return c.targets; }
  static const std::vector<model::Target>& of(const model::Catalog& c) { return c.targets; }
  static constexpr const model::TargetFields& table = model::target_fields;
  static std::string key(const model::Target& r) { return std::to_string(r.year); }
};

template <>
struct Body<model::Law> {
  static std::vector<model::Law>& of(model::Catalog& c) { return c.laws; }
  static const std::vector<model::Law>& of(const model::Catalog& c) { return c.laws; }
  static constexpr const model::LawFields& table = model::law_fields;
  static std::string key(const model::Law& r) { return std::string(r.name); }
};
template <>
struct Body<model::LenientEntry> {
  static std::vector<model::LenientEntry>& of(model::Catalog& c) { return c.lenient; }
  static const std::vector<model::LenientEntry>& of(const model::Catalog& c) { return c.lenient; }
  static constexpr const model::LenientFields& table = model::lenient_fields;
  // A code may be listed once per measure (E211): the pair is the key.
  static std::string key(const model::LenientEntry& r) {
    return r.measure ? fmt::format("{} {}", r.code, model::words_of(*r.measure)[static_cast<size_t>(*r.measure)])
                     : std::string(r.code);
  }
};
template <>
struct Body<model::StaffYear> {
  static std::vector<model::StaffYear>& of(model::Catalog& c) { return c.staffing; }
  static const std::vector<model::StaffYear>& of(const model::Catalog& c) { return c.staffing; }
  static constexpr const model::StaffYearFields& table = model::staff_year_fields;
  static std::string key(const model::StaffYear& r) { return std::to_string(r.year); }
};

// Calls f(R{}) with the record type of `kind`'s body; false for a kind
// without records keyed by code (cases, registry).
template <typename F>
bool with_body(model::Kind kind, F&& f) {
  switch (kind) {
    case model::Kind::Unified:
    case model::Kind::Extension:
    case model::Kind::Department: f(model::Matter{}); return true;
    case model::Kind::Township: f(model::TownshipEntry{}); return true;
    case model::Kind::Supervision: f(model::SupervisionMatter{}); return true;
    case model::Kind::Targets: f(model::Target{}); return true;
    case model::Kind::Laws: f(model::Law{}); return true;
    case model::Kind::Lenient: f(model::LenientEntry{}); return true;
    case model::Kind::Staffing: f(model::StaffYear{}); return true;
    case model::Kind::Cases:
    case model::Kind::Registry: break;
  }
  return false;
}

// The key of each record: its code, and for a code seen before in the same
// list `code#N` (the N-th repeat), so repeats pair up in order.
template <typename R>
std::vector<std::string> keys_of(const std::vector<R>& records) {
  std::vector<std::string> keys;
  keys.reserve(records.size());
  std::unordered_map<std::string, size_t> seen;
  seen.reserve(records.size());
  for (const R& r : records) {
    std::string key = Body<R>::key(r);
    const size_t n = seen[key]++;
    if (n) key += fmt::format("\x1f{}", n);
    keys.push_back(std::move(key));
  }
  return keys;
}

// How a value is shown (nullopt: absent).
inline std::optional<std::string> shown(std::string_view v) {
  return v.empty() ? std::nullopt : std::optional<std::string>(std::string(v));
}
inline std::optional<std::string> shown(const std::vector<std::string_view>& v) {
  if (v.empty()) return std::nullopt;
  return fmt::format("[{}]", fmt::join(v, ", "));
}
inline std::optional<std::string> shown(const std::vector<model::Basis>& v) {
  if (v.empty()) return std::nullopt;
  std::string out;
  for (const model::Basis& b : v) {
    if (!out.empty()) out += "; ";
    out += std::string(b.law);
    if (!b.articles.empty()) out += fmt::format(" [{}]", fmt::join(b.articles, ", "));
  }
  return out;
}
inline std::optional<std::string> shown(const std::optional<int>& v) {
  return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
}
inline std::optional<std::string> shown(int v) { return std::to_string(v); }
inline std::optional<std::string> shown(std::uint8_t traits) {
  if (!traits) return std::nullopt;
  std::vector<std::string_view> words;
  const model::WordList all = model::trait_words();
  for (size_t bit = 0; bit < all.size; ++bit)
    if (traits & (1u << bit)) words.push_back(all[bit]);
  return shown(words);
}
template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
std::optional<std::string> shown(Enum v) {
  return std::string(model::words_of(v)[static_cast<size_t>(v)]);
}
template <typename Enum>
std::optional<std::string> shown(const std::optional<Enum>& v) {
  if (!v) return std::nullopt;
  if constexpr (std::is_same_v<Enum, double>) return fmt::format("{}", *v);
  else return std::string(model::words_of(*v)[static_cast<size_t>(*v)]);
}
inline std::optional<std::string> shown(const model::YearCounts& v) {
  if (v.empty()) return std::nullopt;
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i) out += fmt::format("{}{}: {}", i ? ", " : "", v[i].first, v[i].second);
  return out + "}";
}

// Sets field `value` (with its position and item positions) of `to` from `from`.
template <typename R, typename Value, typename At, typename... More>
void take_field(R& to, const R& from, Value value, At at, More... more) {
  value(to) = value(from);
  at(to) = at(from);
  ((void)(more(to) = more(from)), ...);
}

// Sets field `value` of `to` from `from`, keeping `to`'s positions (so the
// comments of `to`'s source stay beside the same fields); the positions of
// list items, which would name lines of the other file, are dropped.
template <typename T>
void take_more(T& to, const T& from) {
  to = from;
}
inline void take_more(std::vector<model::Pos>& to, const std::vector<model::Pos>&) { to.clear(); }
template <typename R, typename Value, typename At, typename... More>
void take_value(R& to, const R& from, Value value, At, More... more) {
  value(to) = value(from);
  (take_more(more(to), more(from)), ...);
}

}  // namespace encat::merge::detail
