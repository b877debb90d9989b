// Everything the tools load together: files read and checked in parallel,
// decoded to catalogs, indexed by id, with "in force in a year" (format.md).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diag/finding.h"
#include "model/catalog.h"
#include "yaml/reader.h"

namespace encat::schema {
class SchemaSet;
}

namespace encat::model {

struct LoadOptions {
  yaml::Limits limits;
  unsigned jobs = 0;                           // worker threads; 0 = all cores
  const schema::SchemaSet* schemas = nullptr;  // null = the embedded schemas
  // Called from worker threads after each file (done, total).
  std::function<void(size_t, size_t)> progress;
};

struct SourceFile {
  std::string path;
  bool loaded = false;                  // decoded into a catalog
  std::optional<Text> io_error;  // could not be opened or read
};

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
  // by `id` (a flag or the config), else the only one loaded, else none. An
  // error text when `id` names nothing of that kind or several are loaded.
  std::variant<const Catalog*, Text> choose(Kind kind, const std::optional<std::string>& id) const;

  // The findings of the files that could not be read as catalogs (E001,
  // E002, E005, E006): tools that use the catalogs leave those files out.
  std::vector<Finding> unreadable_findings() const;

 private:
  bool superseded_by(std::string_view id, int year, std::vector<std::string_view>& path) const;

  std::vector<SourceFile> m_files;
  std::vector<Catalog> m_catalogs;
  std::vector<Finding> m_findings;
  std::map<std::string_view, const Catalog*> m_by_id;
  std::multimap<std::string_view, const Catalog*> m_successors;  // supersedes id → catalog
};

}  // namespace encat::model
