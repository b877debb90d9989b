// The JSON of encat-diff. One pair of editions is tools.md's object exactly:
//   {"version": 1, "old": {"id", "edition"}, "new": {…}, "header": [{"field", "old", "new"}],
//    "added": [{"code", "name", "domain"}], "removed": […], "recoded": [{"old", "new", "name"}],
//    "changed": [{"code", "fields": [{"field", "old", "new"}]}]}
// Values keep their type in the catalog: a text is a string, an edition or a
// count a number, and a list (basis, from, traits, draws_from, covers) an
// array given whole, a basis item an object {law, articles}, a year table an
// object; an absent value is null. Arrays rather than joined strings, because
// a consumer then compares items without parsing a separator that an item
// could contain (tests/cli/diff pins it).
//
// Folders (--format json with two folders): {"version": 1, "catalogs": [E…]},
// where each E is the per-pair object above without "version", led by
// "status": "changed", "equal", "added" (only in NEW: every record added) or
// "removed" (only in OLD), and "file" in "old" and "new"; a side that is
// absent is null.
// A git revision (--git REV): {"version": 1, "rev": REV, "unchanged": N,
// "files": [E…]}, each E as for folders with "status" one of "modified",
// "added", "deleted", "renamed", and "old_path" / "new_path".
// --brief replaces header…changed by "counts": {"header", "added", "removed",
// "recoded", "changed", "format_only"}.
#include <cstdlib>

#include "present/diff_common.h"
#include "present/diff_report.h"
#include "render/json_writer.h"

namespace encat::render {
namespace {

void write_value(JsonWriter& json, const diff::Value& v) {
  switch (v.kind) {
    case diff::Value::Kind::Absent: json.null(); return;
    case diff::Value::Kind::Text: json.value(v.text); return;
    case diff::Value::Kind::Integer: json.value(v.integer); return;
    case diff::Value::Kind::Number: json.value(std::strtod(v.text.c_str(), nullptr)); return;
    case diff::Value::Kind::List:
      json.begin_array();
      for (const diff::Value& item : v.items) write_value(json, item);
      json.end_array();
      return;
    case diff::Value::Kind::Map:
      json.begin_object();
      for (const auto& [key, member] : v.members) {
        json.key(key);
        write_value(json, member);
      }
      json.end_object();
      return;
  }
}

void write_edition(JsonWriter& json, const model::Catalog* c, bool with_file) {
  if (!c) {
    json.null();
    return;
  }
  json.begin_object().field("id", c->id);
  json.key("edition");
  if (c->edition)
    json.value(*c->edition);
  else
    json.null();
  if (with_file) json.field("file", c->file);
  json.end_object();
}

void write_fields(JsonWriter& json, const std::vector<diff::FieldChange>& fields) {
  json.begin_array();
  for (const diff::FieldChange& f : fields) {
    json.begin_object().field("field", f.field->key);
    json.key("old");
    write_value(json, f.old_value);
    json.key("new");
    write_value(json, f.new_value);
    json.end_object();
  }
  json.end_array();
}

void write_records(JsonWriter& json, const std::vector<diff::Record>& records) {
  json.begin_array();
  for (const diff::Record& r : records)
    json.begin_object().field("code", r.code).field("name", r.name).field("domain", r.domain).end_object();
  json.end_array();
}

// The per-pair object's members (after "version" or "status").
void write_body(JsonWriter& json, const diff::CatalogDiff& d, bool with_file, bool brief) {
  json.key("old");
  write_edition(json, d.old_catalog, with_file);
  json.key("new");
  write_edition(json, d.new_catalog, with_file);
  if (brief) {
    const diff::Counts c = diff::counts(d);
    json.key("counts")
        .begin_object()
        .field("header", c.header)
        .field("added", c.added)
        .field("removed", c.removed)
        .field("recoded", c.recoded)
        .field("changed", c.changed)
        .field("format_only", c.format_only)
        .end_object();
    return;
  }
  json.key("header");
  write_fields(json, d.header);
  json.key("added");
  write_records(json, d.added);
  json.key("removed");
  write_records(json, d.removed);
  json.key("recoded").begin_array();
  for (const diff::Recoded& r : d.recoded)
    json.begin_object().field("old", r.old_code).field("new", r.new_code).field("name", r.name).end_object();
  json.end_array();
  json.key("changed").begin_array();
  for (const diff::Changed& c : d.changed) {
    json.begin_object().field("code", c.code);
    json.key("fields");
    write_fields(json, c.fields);
    json.end_object();
  }
  json.end_array();
}

std::string_view status_name(const DiffEntry& e, DiffSet::Mode mode) {
  const bool git = mode == DiffSet::Mode::Git;
  switch (e.status) {
    case DiffEntry::Status::Added: return "added";
    case DiffEntry::Status::Removed: return git ? "deleted" : "removed";
    case DiffEntry::Status::Renamed: return "renamed";
    case DiffEntry::Status::Paired: break;
  }
  if (git) return "modified";
  return e.diff.empty() ? "equal" : "changed";
}

}  // namespace

std::string render_diff_json(const DiffSet& set, const DiffContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1);
  if (set.mode == DiffSet::Mode::Pair) {
    if (!set.entries.empty()) write_body(json, set.entries.front().diff, false, context.brief);
    json.end_object();
    return json.str();
  }
  const bool git = set.mode == DiffSet::Mode::Git;
  if (git) json.field("rev", set.rev).field("unchanged", set.unchanged);
  json.key(git ? "files" : "catalogs").begin_array();
  for (const DiffEntry& e : set.entries) {
    json.begin_object().field("status", status_name(e, set.mode));
    if (git) {
      json.key("old_path");
      if (e.old_path.empty()) json.null(); else json.value(e.old_path);
      json.key("new_path");
      if (e.new_path.empty()) json.null(); else json.value(e.new_path);
    }
    write_body(json, e.diff, true, context.brief);
    json.end_object();
  }
  json.end_array().end_object();
  return json.str();
}

}  // namespace encat::render
