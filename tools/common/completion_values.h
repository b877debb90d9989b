// What the shell completes for a value: `encat --complete WHAT` prints one
// candidate per line, `VALUE<TAB>DESCRIPTION`, for the completion scripts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace encat::tool {

// WHAT is `ids` (the catalog ids under the current folder, or the `paths`
// of its .encat.yaml), `regions` (the region codes there), `codes` (the
// finding codes) or `kinds` (the catalog kinds); nullopt for another WHAT.
std::optional<std::string> completion_values(std::string_view what);

}  // namespace encat::tool
