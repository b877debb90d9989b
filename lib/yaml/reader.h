// The only place that knows YAML: bytes → Document, with the reading findings
// E001 (syntax), E002 (encoding), E003 (duplicate key), E006 (limits) and
// E008 (merge conflict markers).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "yaml/document.h"
#include "yaml/source.h"

namespace encat::yaml {

struct Limits {
  std::uintmax_t max_file_size = 64u << 20;  // bytes; larger files are not read
  unsigned max_depth = 64;                   // nested sequences and mappings
};

struct ReadResult {
  // The tree, or null when the bytes are not usable YAML (E001, E002, E006, E008).
  // A file with only comments gives a Document without a root.
  std::shared_ptr<const Document> document;
  std::vector<Finding> findings;
  // Set when the file could not be opened or read at all.
  std::optional<Text> io_error;
};

ReadResult read_file(const std::string& path, const Limits& limits);
// Positions and findings name `source.name`; extents are offsets into `source.bytes`.
ReadResult read_source(const Source& source, const Limits& limits);
// `file` names the source in positions and findings.
ReadResult read_bytes(const std::string& file, std::string_view bytes, const Limits& limits);

// Whether `bytes` hold a merge conflict marker, by the rule of E008 (a line
// starting with seven `<`, `=`, `>` or `|` followed by a blank, a line end or
// the end of the bytes): the merge driver then merges by line.
bool has_conflict_markers(std::string_view bytes);

}  // namespace encat::yaml
