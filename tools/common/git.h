// What the tools ask of git: the catalog files of a revision (encat-diff
// --git) and the merge/diff driver lines (encat-merge install-git-driver).
// Git is run as a program (`git -C DIR …`, never through a shell); its
// failures come back as a Text to show, never as an exit.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/text.h"
#include "yaml/source.h"

namespace encat::tool {

// One catalog file under the paths, between git revision REV and the working
// tree. A source is named `REV:path` for the revision's side and by its path
// for the working tree.
struct GitEdition {
  enum class Status { Added, Deleted, Renamed, Modified, Unchanged } status = Status::Modified;
  std::string old_path, new_path;          // old_path empty when Added, new_path empty when Deleted
  std::optional<yaml::Source> old_source;  // at REV (absent when Added)
  std::optional<yaml::Source> new_source;  // in the working tree (absent when Deleted)
};

// Every *.yaml / *.yml file under `paths` (tracked at REV or present now,
// names starting with '.' skipped as tools.md says), sorted by path, renames
// found as git finds them (`-M`). Unchanged files are included (a caller
// counts them). An error (not a repository, an unknown revision, git
// missing) is the Text to show.
//
// Paths (old_path, new_path, the source names) are relative to the current
// folder, '/'-separated. REV's side: `git ls-tree` (regular files only: no
// links, no submodules), the bytes of all of them from one `git cat-file
// --batch`. The work tree's side: the files collect_files finds (as the
// other tools read them), less untracked ones git ignores; read with
// read_file. Renames of untracked files are not found (git does not see
// them): such a file is Added and its old name Deleted. A file larger than
// `max_file_size` on either side is an error, not a half-read source.
std::variant<std::vector<GitEdition>, Text> git_editions(const std::string& rev,
                                                         const std::vector<std::string>& paths,
                                                         std::uintmax_t max_file_size);

// encat-merge install-git-driver: what it does and what it says.
struct DriverOptions {
  std::string repository = ".";             // a folder inside the work tree
  std::vector<std::string> patterns = {"*.yaml", "*.yml"};  // the .gitattributes patterns
  bool check = false;                       // --check: only tell whether the driver is active
  std::vector<std::string> check_paths;     // --check PATH…: paths to ask about (none: a name per pattern, `catalog.yaml`…)
};
struct DriverReport {
  bool ok = true;            // --check: every path has the driver active; install: done
  std::vector<Text> lines;   // what to print, one per line
};
std::variant<DriverReport, Text> install_git_driver(const DriverOptions& options);

}  // namespace encat::tool
