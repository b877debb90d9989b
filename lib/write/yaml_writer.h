// The canonical YAML form of a catalog (format.md), the one form encat-fmt
// writes and every tool that writes catalogs (merge, import) produces:
//
// - header keys and record keys in the order of format.md (the field tables
//   of model/fields.h), two-space indentation, LF, UTF-8 without BOM, one
//   trailing newline;
// - codes and region codes always double-quoted, other strings quoted only
//   where YAML (1.2, or a 1.1 reader such as PyYAML) would read them as
//   something else; multi-line text as a literal block (`|`, `|-`) where
//   that reads back exactly, else double-quoted with escapes;
// - lists of scalars and year→count maps in flow style (`[高频, 易发现]`,
//   `{2021: 3}`) when they fit in 100 columns and hold no comment, else one
//   item per line; `basis` and the records of a catalog's body in block style;
// - every comment of the file the catalog was read from beside the line it
//   was on (a comment on its own line before the line it preceded, a
//   trailing one at the end of its line; comments before the first key stay
//   first), and single blank lines between entries kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/catalog.h"
#include "model/workspace.h"

namespace encat::write {

std::string to_yaml(const model::Catalog& catalog);

// What to_yaml writes before the body (`kind` and the header fields), with
// the catalog's comments and blank lines of the source lines before
// `comments_before` only: the merge writes a header on its own.
std::string header_yaml(const model::Catalog& catalog, std::uint32_t comments_before);

// One record of a body in canonical form, as to_yaml writes it, as an item
// of a block list whose `-` is at the 0-based column `dash_column` (to_yaml's
// is 2): the merge's text for a record it changed, set among records it
// keeps as they were written. Without comments, or with the comments (and
// blank lines) of `comments_of` on its source lines [first_line, last_line],
// placed by the record's positions as to_yaml places them.
std::string record_yaml(const model::Matter& record, unsigned dash_column = 2,
                        const model::Catalog* comments_of = nullptr, std::uint32_t first_line = 0,
                        std::uint32_t last_line = 0);
std::string record_yaml(const model::TownshipEntry& record, unsigned dash_column = 2,
                        const model::Catalog* comments_of = nullptr, std::uint32_t first_line = 0,
                        std::uint32_t last_line = 0);
std::string record_yaml(const model::SupervisionMatter& record, unsigned dash_column = 2,
                        const model::Catalog* comments_of = nullptr, std::uint32_t first_line = 0,
                        std::uint32_t last_line = 0);
std::string record_yaml(const model::Target& record, unsigned dash_column = 2,
                        const model::Catalog* comments_of = nullptr, std::uint32_t first_line = 0,
                        std::uint32_t last_line = 0);
std::string record_yaml(const model::Law& record, unsigned dash_column = 2, const model::Catalog* comments_of = nullptr,
                        std::uint32_t first_line = 0, std::uint32_t last_line = 0);
std::string record_yaml(const model::LenientEntry& record, unsigned dash_column = 2,
                        const model::Catalog* comments_of = nullptr, std::uint32_t first_line = 0,
                        std::uint32_t last_line = 0);
std::string record_yaml(const model::StaffYear& record, unsigned dash_column = 2,
                        const model::Catalog* comments_of = nullptr, std::uint32_t first_line = 0,
                        std::uint32_t last_line = 0);

// `canonical` (to_yaml of `catalog`) if it reads back (as `catalog.file`)
// without findings, as an equal catalog that writes the same bytes again;
// nullopt otherwise: a fault of the writer, or values no catalog file can
// hold (text that is not UTF-8, say). What encat-fmt checks before writing.
std::optional<std::string> checked(const model::Catalog& catalog, std::string canonical,
                                   const model::LoadOptions& options);

}  // namespace encat::write
