// JSON Schema (draft-07) for YAML trees: compile a schema once, then validate
// documents against it, reporting E004 findings with zh+en messages.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "diag/finding.h"
#include "yaml/document.h"

namespace encat::schema {

// A compiled schema: immutable, safe to use from many threads at once. It
// owns everything it needs, so the document it was compiled from may go.
class Schema {
 public:
  struct Impl;  // lib/schema/compiled.h
  explicit Schema(std::unique_ptr<const Impl> impl);
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  const Impl& impl() const { return *m_impl; }

 private:
  std::unique_ptr<const Impl> m_impl;
};

struct CompileOptions {
  // Documents that `$ref` may point into besides the schema itself, by URI
  // (e.g. the draft-07 metaschema). Nothing is ever fetched. A document's
  // own `$id` also names it. The documents need to live only during compile().
  std::vector<std::pair<std::string, yaml::Node>> documents;
};

// Compiles a JSON Schema (draft-07) read with yaml::read_bytes. Errors are
// plain English strings naming the place in the schema.
std::variant<std::unique_ptr<Schema>, std::string> compile(yaml::Node root, const CompileOptions& options = {});

// The schema of each kind of file ("unified", …, and "config").
class SchemaSet {
 public:
  SchemaSet();
  ~SchemaSet();
  SchemaSet(SchemaSet&&) noexcept;
  SchemaSet& operator=(SchemaSet&&) noexcept;

  // The schemas built into the programs (schemas/). Each kind's is compiled
  // when it is first found, once, whichever thread asks: a run pays only for
  // the kinds it reads. find() throws std::logic_error if one does not
  // compile (a build error; a unit test compiles them all).
  static const SchemaSet& embedded();
  // <kind>.schema.json files of `dir` (e.g. for --schemas DIR); only those.
  static std::variant<SchemaSet, std::string> from_dir(const std::string& dir);

  // Null when there is no schema for the kind.
  const Schema* find(std::string_view kind) const;
  std::vector<std::string_view> kinds() const;  // sorted

  void add(std::string kind, std::unique_ptr<Schema> schema);

 private:
  struct Entry;  // the schema, or how to compile it on first use
  std::map<std::string, std::unique_ptr<Entry>, std::less<>> m_schemas;
};

// What a finding at `pointer` (a JSON pointer into the validated node, e.g.
// "/matters/3/scope") is about, for its `matter` field; "" for nothing. The
// engine knows nothing of what a document holds: the caller says (the model
// names the matter whose item the pointer is in, see item_field).
using SubjectOf = std::function<std::string(yaml::Node root, std::string_view pointer)>;

// The scalar `field` of the item of the root's `list` that `pointer` is in, or
// "": item_field(root, "/matters/3/scope", "matters", "code") is the `code` of
// the fourth item of `matters`. A building block for a SubjectOf.
std::string item_field(yaml::Node root, std::string_view pointer, std::string_view list, std::string_view field);

// Appends E004 findings for `node` (usually a document root) to `out`, in
// document order; each names as its matter what `subject_of` says (nothing
// when it is empty). Costs no allocation when the node is valid.
void validate(const Schema& schema, yaml::Node node, std::vector<Finding>& out, const SubjectOf& subject_of = {});

// True when `node` is valid (the same check without building any finding).
bool is_valid(const Schema& schema, yaml::Node node);

}  // namespace encat::schema
