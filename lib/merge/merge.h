// encat-merge's three jobs as values (the tool only prints and writes):
// the three-way merge of three versions of one catalog file (the git merge
// driver), the next edition from a base and a yearly addition list, and the
// effective catalog of a county or township (compose).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/finding.h"
#include "model/workspace.h"
#include "util/text.h"
#include "yaml/source.h"

namespace encat::merge {

// One side's value of a field as shown in a report.
struct Value {
  std::optional<std::string> text;  // nullopt: absent (an empty field, or no such record on that side)
  Location at;                      // where it was read (line 0: nowhere)
};

// A field the merge cannot decide. In a three-way merge `ours` and `theirs`
// are the two sides; in `add` `ours` is the base edition and `theirs` the
// addition (and `base` is unused).
struct Conflict {
  enum class Kind {
    Field,              // changed differently on both sides
    BothAdded,          // the same code added on both sides with different content (`add`: in both files)
    ChangedAndRemoved,  // changed on our side, removed on theirs
    RemovedAndChanged,  // removed on our side, changed on theirs
    Header,             // a header field changed differently on both sides
  } kind = Kind::Field;
  std::string code;  // the record's code (a target's year); empty for the header
  std::string field;  // the YAML key of the field (`name`)
  std::string label_zh, label_en;  // its label (model/fields.h)
  Value base, ours, theirs;
  std::uint32_t output_line = 0;  // the line of the `<<<<<<<` around it in the merged text; 0 when none
};

// ---- three-way -------------------------------------------------------------

struct ThreeWayOptions {
  model::LoadOptions load;
  // The path being merged (git's %P, `--path`): named in the markers'
  // labels, `<<<<<<< ours (NAME)` and `>>>>>>> theirs (NAME)`.
  std::string name;
};

struct ThreeWay {
  std::string text;                // the merged file
  std::vector<Conflict> conflicts;  // of the merge by code and field
  // Fell back to the line merge (util/line_merge.h): an input is not a
  // readable catalog (its reading findings are in `findings`), holds
  // conflict markers already, or the inputs are of different kinds.
  bool line_merge = false;
  std::optional<Text> fallback_reason;
  std::vector<Finding> findings;
  size_t line_conflicts = 0;  // hunks of the line merge changed differently on both sides
  bool clean() const { return conflicts.empty() && line_conflicts == 0; }
};

// Merges THEIRS into OURS from their common ancestor BASE, keyed by code,
// then by field. Each input is loaded on its own (they share one `id`).
// Records the merge leaves as OURS has them keep OURS's exact text, comments
// included; merged or changed ones are written in canonical form; each
// conflicting record (or the header) is written between git-style markers,
// OURS's version first.
ThreeWay three_way(const yaml::Source& base, const yaml::Source& ours, const yaml::Source& theirs,
                   const ThreeWayOptions& options);

// The labels of the markers for `name`.
std::string ours_label(const std::string& name);
std::string theirs_label(const std::string& name);

// Whether `bytes` holds nothing but blank lines and comments (an empty
// BASE, as git gives it for a file added on both branches: no catalog).
bool is_blank_catalog(std::string_view bytes);

// ---- add -------------------------------------------------------------------

struct Added {
  std::string text;                 // the new edition (canonical form); empty when there are conflicts
  std::vector<Conflict> conflicts;  // a code of both with different content, field by field
  size_t taken = 0, repeated = 0;   // records of the addition added, and already in the base (equal)
};

// The next edition of `base` with the records of `addition` (a yearly
// addition list, 新增目录, a catalog of the same kind): base's records in
// order, then the addition's new ones in its order; a code in both with equal
// content is taken once. The header is the addition's (id, title, edition,
// effective, issuer, document, approval…), a field it leaves out taken from
// the base, and `supersedes` names the base. Base's comments are kept.
// An error Text when the two cannot make an edition (another kind, the same
// id, an edition not later than the base's, a `supersedes` naming another).
std::variant<Added, Text> add(const model::Catalog& base, const model::Catalog& addition,
                              const model::LoadOptions& options);

// ---- compose -----------------------------------------------------------------

struct ComposeOptions {
  std::string region;       // a county's 6 digits or a township's 9
  std::optional<int> year;  // in force in this year; default: the latest edition of the region's own catalogs
  model::LoadOptions load;
};
struct Composed {
  std::string text;  // the composition, a `unified` catalog in canonical form
  std::string id;
  int year = 0;
  std::vector<std::string> sources;  // ids of the catalogs it was made from, in order
  size_t matters = 0;
};
// The effective catalog of a county (its province's unified matters, through
// the `extends` of its extension in force, then the extension's matters) or
// of a township (its listed matters with full details from its `draws_from`
// catalogs, the entry's `note` replacing the matter's), each matter with
// `source: <catalog id>`. Written as a `unified` catalog: self-contained (no
// `extends`, which would make every unified code a repeat, E202), it
// validates alone. An error Text when the region has nothing to compose.
std::variant<Composed, Text> compose(const model::Workspace& ws, const ComposeOptions& options);

}  // namespace encat::merge
