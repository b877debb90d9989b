// Where each record of a catalog's body (its matters, township entries,
// supervision matters or targets) lies in the bytes the catalog was read
// from, so a writer can keep the exact text of the records it does not
// change, comments included (the three-way merge), and write only the
// others in canonical form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/catalog.h"

namespace encat::write {

struct BodyLayout {
  // The records are items of a block list, each starting on a line of its
  // own with its `-` at one column, after every header field. When false,
  // the text cannot be cut by record (a flow list, a header field after the
  // body, no record at all) and the fields below are empty.
  bool usable = false;
  unsigned dash_column = 0;  // 0-based column of the items' `-`
  // Record i's text is [starts[i], starts[i + 1]), the last one's ends at
  // suffix_begin. It includes the full-line comments right above its `-`
  // (they go where it goes) and runs to the next record's: what comes
  // between (comments, blank lines) stays with the record above.
  // [0, starts[0]) is the prefix: the header and the body's key.
  std::vector<size_t> starts;
  // Within record i's text, its own lines are [content_begin[i],
  // content_end[i]): from its `-` line to its last line that is neither blank
  // nor only a comment. A writer that rewrites the record keeps what is
  // around them (the comments above it, the blank lines after it).
  std::vector<size_t> content_begin, content_end;
  std::vector<std::uint32_t> first_line, last_line;  // the 1-based lines of the record's own text
  // What follows the last record (a `...`, anything less indented than its
  // `-` that is not a comment); usually the end of the bytes.
  size_t suffix_begin = 0;
};

// The layout of `catalog`'s body in `bytes`, the text it was loaded from.
BodyLayout body_layout(const model::Catalog& catalog, std::string_view bytes);

}  // namespace encat::write
