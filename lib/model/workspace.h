// Everything the tools load together: files read and checked in parallel,
// decoded to catalogs, indexed by id, with "in force in a year" (format.md).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "diag/finding.h"
#include "model/catalog.h"
#include "yaml/reader.h"
#include "yaml/source.h"

namespace encat::schema {
class SchemaSet;
}

namespace encat::model {

struct LoadOptions {
  yaml::Limits limits;
  unsigned jobs = 0;                           // worker threads; 0 = all cores
  const schema::SchemaSet* schemas = nullptr;  // null = the embedded schemas
  // Keep the bytes read (SourceFile::source) for snippets and rewrites; a
  // tool whose output shows no source line saves their memory.
  bool keep_sources = true;
  // Called from worker threads after each file (done, total).
  std::function<void(size_t, size_t)> progress;
};

// The reading codes (E0xx: E001–E008), found while loading.
inline bool is_reading_code(Code code) { return code <= Code::E008; }

struct SourceFile {
  std::string path;
  bool loaded = false;                  // decoded into a catalog
  std::optional<Text> io_error;  // could not be opened or read
  // What was read (null when unreadable or too large): findings are shown
  // with lines of these bytes, never of the file read again.
  std::shared_ptr<const yaml::Source> source;
};

// One catalog file loaded on its own: read, checked against its schema (E001–
// E006) and decoded (no catalog when it cannot be). The merge driver loads its
// three temporary files this way (they share one `id`).
struct LoadedCatalog {
  std::optional<Catalog> catalog;
  std::vector<Finding> findings;
};
LoadedCatalog load_catalog(const yaml::Source& source, const LoadOptions& options);

class Workspace {
 public:
  Workspace() = default;
  Workspace(Workspace&&) = default;  // catalogs stay where they are: the indexes point into them
  Workspace& operator=(Workspace&&) = default;
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // Reads `files` (in the given order, which is kept everywhere) and reports
  // E001–E007. Output never depends on the number of jobs.
  static Workspace load(const std::vector<std::string>& files, const LoadOptions& options);
  // The same over sources already in memory (tests, git revisions), named by their `name`.
  static Workspace load(std::vector<yaml::Source> sources, const LoadOptions& options);

  const std::vector<SourceFile>& files() const { return m_files; }
  const std::vector<Catalog>& catalogs() const { return m_catalogs; }
  const std::vector<Finding>& findings() const { return m_findings; }
  // Files that could not be opened or read at all (the tools exit 2).
  size_t unreadable_count() const;

  // The catalog that declared `id` first, or null.
  const Catalog* find(std::string_view id) const;
  // In force in `year`: effective by year-12-31, and no catalog superseding it
  // (directly or through a chain) is effective by then.
  bool in_force(const Catalog& catalog, int year) const;

  // The reference catalog of `kind` (registry, targets) to use: the one named
  // by `id` (a flag or the config), else the only one loaded, else none
  // (null); or why there is none to use. Values only: the tool words the
  // problem with its flags and config keys (tools/common/driver.h).
  struct ChoiceProblem {
    enum class Reason {
      NotLoaded,  // `id` names no loaded catalog
      WrongKind,  // `id` names `named`, a catalog of another kind
      Several,    // no `id`, and `ids` (in load order) are all of `kind`
    } reason = Reason::NotLoaded;
    std::string id;
    const Catalog* named = nullptr;
    std::vector<std::string> ids;
  };
  std::variant<const Catalog*, ChoiceProblem> choose(Kind kind, const std::optional<std::string>& id) const;

  // Tools that compute from catalogs (tools.md "Invalid input is never
  // used") leave out every file with an error-level finding among `reasons`
  // (the reading findings E0xx with the config's severities applied, see
  // reading_findings) and every file that was not decoded. The catalogs of
  // those files are removed from the workspace (ids and `supersedes` are
  // indexed again without them). Returns the findings of `reasons` that are
  // about the files left out (not `off`), sorted: the tool shows them first.
  std::vector<Finding> leave_out(const std::vector<Finding>& reasons);
  // The reading findings (E0xx) with `severities` applied (`off` removed).
  std::vector<Finding> reading_findings(const SeverityOverrides& severities) const;

 private:
  struct Loaded {
    std::string path;
    std::shared_ptr<const yaml::Source> source;
    LoadedCatalog file;
    std::optional<Text> io_error;
  };
  // Loads `count` files on the pool of `options.jobs` threads (`load_one(i,
  // loaded)` fills one), then assembles them in order.
  static Workspace load_each(size_t count, const LoadOptions& options,
                             const std::function<void(size_t, Loaded&)>& load_one);
  static Workspace assemble(std::vector<Loaded> loaded);

  // Indexes ids and `supersedes` (only an edition of the same series, see
  // same_series). With `report`, a repeated id is an E007 finding.
  void index(bool report);

  std::vector<SourceFile> m_files;
  std::vector<Catalog> m_catalogs;
  std::vector<Finding> m_findings;
  std::map<std::string_view, const Catalog*> m_by_id;
  // The earliest effective year of a catalog that supersedes this one,
  // directly or through a chain, following `supersedes` within a series only
  // (a catalog of another series, E201, never makes one vanish). Computed
  // once, without recursion: a chain of any length costs linear time.
  std::unordered_map<const Catalog*, int> m_superseded_from;
};

}  // namespace encat::model
