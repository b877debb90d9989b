// The differences between two editions of a catalog (rules.md "Diff",
// tools.md encat-diff), as values: header changes, then the records added,
// removed, recoded and changed, each sorted by code. Records are keyed by
// code (matters, township entries, supervision matters, case counts), by
// code and measure (lenient entries), by name (laws) or by year (targets,
// staffing). Every field is compared by walking the field tables of
// model/fields.h, so a field added there is compared, labelled and shown
// without a change here. Every difference keeps the positions (old and new)
// of what it is about.
//
// Pure functions: nothing here reads a file or prints.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/catalog.h"
#include "model/fields.h"

namespace encat::diff {

// A field's value as the diff shows it, typed as in the catalog: absent, a
// text, an integer, a number (a target's figure), a list (from, traits,
// basis, draws_from, covers) or a mapping (a basis item {law, articles}, a
// year → count table). Lists are kept whole: a change of one item shows the
// old list and the new list (tools.md).
struct Value {
  enum class Kind : unsigned char { Absent, Text, Integer, Number, List, Map } kind = Kind::Absent;
  std::string text;        // Text; Number: its shortest decimal form
  long long integer = 0;   // Integer
  std::vector<Value> items;                          // List
  std::vector<std::pair<std::string, Value>> members;  // Map, in field order

  static Value of_text(std::string_view text);
  static Value of_integer(long long number);
  bool absent() const { return kind == Kind::Absent; }
  friend bool operator==(const Value& a, const Value& b);
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }
};

// One line, YAML flow style: 全部, 2022, [高频, 易发现],
// [{law: 中华人民共和国建筑法, articles: [第七条]}]; absent: empty.
std::string display(const Value& value);

// Whether two texts differ only in whitespace or in full-width against
// half-width punctuation (`（` and `(`, `，` and `,`, U+FF01–U+FF5E against
// ASCII, the ideographic space, `。` against `.`): 仅格式.
bool same_but_format(std::string_view a, std::string_view b);

struct FieldChange {
  const model::FieldInfo* field = nullptr;  // key (JSON `field`) and labels
  Value old_value, new_value;
  bool format_only = false;  // 仅格式
  model::Pos old_at, new_at;  // the field in each edition (the record where the field is absent)
};

// What kind of record a difference is about.
enum class RecordKind : unsigned char {
  Matter,       // unified, extension, department
  Entry,        // a township's line (added = 新增赋权, removed = 收回赋权)
  Supervision,  // a supervision matter
  CaseCounts,   // a code's case counts
  Target,       // a year of a targets file
  Law,          // a law of a `laws` register (code: its name; domain: its level)
  Lenient,      // a lenient entry (name: its conduct; domain: its measure)
  StaffYear,    // a year of a staffing file
};

// A record only in one edition. For a township entry, name and domain come
// from its `draws_from` sources (empty when they were not found).
struct Record {
  RecordKind kind = RecordKind::Matter;
  std::string code;  // a target, a staffing year: its year; a law: its name
  std::string name, domain;
  model::Pos at;  // in the edition that has it
  bool resolved = true;  // Entry: found in a source catalog
};

// A removed and an added matter with the same name and domain.
struct Recoded {
  RecordKind kind = RecordKind::Matter;
  std::string old_code, new_code, name, domain;
  model::Pos old_at, new_at;
  std::vector<FieldChange> fields;  // what else differs (the code aside)
};

struct Changed {
  RecordKind kind = RecordKind::Matter;
  std::string code, name, domain;  // name and domain of the new edition
  model::Pos old_at, new_at;
  std::vector<FieldChange> fields;
  bool format_only() const;  // every field change is 仅格式
};

struct CatalogDiff {
  // The two editions (either may be null: a catalog only on one side of a
  // folder or a git revision).
  const model::Catalog* old_catalog = nullptr;
  const model::Catalog* new_catalog = nullptr;
  std::vector<FieldChange> header;  // `kind` first when it differs
  std::vector<Record> added, removed;
  std::vector<Recoded> recoded;
  std::vector<Changed> changed;
  // A township's domains in the order its sources list them (a notice
  // follows the catalogs' order); empty for other kinds, whose own matters
  // give the order.
  std::vector<std::string> domain_order;

  bool empty() const { return header.empty() && added.empty() && removed.empty() && recoded.empty() && changed.empty(); }
};

// Finds a township's `draws_from` sources (model/catalog.h).
using SourceLookup = model::CatalogLookup;

// The differences from `old_catalog` to `new_catalog`. A township's entries
// get their names and domains from the catalogs `sources` finds for its
// `draws_from` (the old edition's sources for removed entries, the new one's
// for added). Codes that repeat in one edition (E101) count once, at their
// first place. compare(a, a) is empty.
CatalogDiff compare(const model::Catalog& old_catalog, const model::Catalog& new_catalog,
                    const SourceLookup& sources = {});

// A catalog of a folder or revision that has no counterpart on the other side.
CatalogDiff only_old(const model::Catalog& old_catalog);
CatalogDiff only_new(const model::Catalog& new_catalog);

// Catalogs of two folders paired: by `id`, else by `supersedes` (a new
// catalog whose `supersedes` names an old id not paired by id); the rest are
// added (only new) or removed (only old).
struct Pairing {
  std::vector<std::pair<const model::Catalog*, const model::Catalog*>> pairs;  // (old, new), in the new side's order
  std::vector<const model::Catalog*> added;    // in the new side's order
  std::vector<const model::Catalog*> removed;  // in the old side's order
};
Pairing pair_catalogs(const std::vector<const model::Catalog*>& old_side,
                      const std::vector<const model::Catalog*>& new_side);

// Counts for --brief and the summary line.
struct Counts {
  size_t header = 0, added = 0, removed = 0, recoded = 0, changed = 0, format_only = 0;  // format_only ⊂ changed
};
Counts counts(const CatalogDiff& diff);

}  // namespace encat::diff
