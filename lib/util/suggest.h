// "Did you mean …?": the known name a misspelt one most likely stands for.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace encat {

// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, in code points.
size_t edit_distance(std::string_view a, std::string_view b);

// How many edits still make `candidate` a likely intended spelling: a third of
// its length, at least 1, at most 2.
size_t typo_limit(std::string_view candidate);

// The candidate closest to `name` within its typo limit, or nullopt; on a tie
// the greater name (of two editions, usually the newer).
std::optional<std::string_view> closest_match(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace encat
