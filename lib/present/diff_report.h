// encat-diff's output: the differences of one pair of editions, of two
// folders paired catalog by catalog, or of the catalogs under some paths
// against a git revision, as text (for a terminal: coloured, Chinese labels,
// positions of every change), JSON (tools.md's shape; see diff_json.cpp for
// folders and revisions) or markdown (an adjustment table fit for a notice).
//
// Written directly rather than through the report model: the JSON shape is
// pinned by tools.md, the markdown is a notice's layout (sentences with
// counts by domain, tables by kind of change) and the text keeps two
// positions per change, none of which the generic report renderers draw.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diff/diff.h"
#include "util/text.h"

namespace encat::render {

enum class DiffFormat { Text, Json, Markdown };
std::optional<DiffFormat> parse_diff_format(std::string_view name);

struct DiffContext {
  Lang lang = Lang::Zh;
  bool color = false;  // ANSI colour in text
  bool brief = false;  // counts only
};

// One entry of what is shown: a pair of editions, or a catalog on one side only.
struct DiffEntry {
  enum class Status { Paired, Added, Removed, Renamed } status = Status::Paired;
  diff::CatalogDiff diff;
  std::string old_path, new_path;  // the files (git: the paths in the work tree)
};

struct DiffSet {
  enum class Mode { Pair, Folders, Git } mode = Mode::Pair;
  std::vector<DiffEntry> entries;
  std::string rev;          // Git: the revision compared against
  size_t unchanged = 0;     // Git: catalog files that did not change
};

std::string render_diff(DiffFormat format, const DiffSet& set, const DiffContext& context);

std::string render_diff_text(const DiffSet& set, const DiffContext& context);
std::string render_diff_json(const DiffSet& set, const DiffContext& context);
std::string render_diff_markdown(const DiffSet& set, const DiffContext& context);

}  // namespace encat::render
