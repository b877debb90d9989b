// What the shell completes for a value: `encat --complete WHAT` prints one
// candidate per line, `VALUE<TAB>DESCRIPTION`, for the completion scripts
// (completions/encat.bash, completions/_encat).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace encat::tool {

// WHAT is `ids` (the ids of the catalogs under the current folder: the
// `paths` of the .encat.yaml found there or above, else the folder; with
// their titles), `regions` (the region codes there: the catalogs' `region`
// and `county`, and the registries' `regions`, with their names), `codes`
// (the finding codes) or `kinds` (the catalog kinds); nullopt for another
// WHAT. Sorted, each value once. Quiet and quick: a file that cannot be
// read or has no kind is skipped, and only the header of a catalog is
// parsed (a province of 300 MiB takes a fraction of a second).
std::optional<std::string> completion_values(std::string_view what);

}  // namespace encat::tool
