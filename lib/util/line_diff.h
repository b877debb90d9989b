// The differences between two texts, line by line (Myers' O((N+M)·D)
// algorithm after trimming the common start and end). For a formatter's
// `--diff` and anything else that shows how a text changed.
#pragma once

#include <string_view>
#include <vector>

namespace encat {

struct LineEdit {
  enum class Kind : unsigned char { Same, Removed, Added } kind;
  std::string_view line;  // with its line break (the last line may have none); points into the texts compared
};

// The lines of a text, each with its line break (the last may have none).
std::vector<std::string_view> split_lines(std::string_view text);

// The edit script turning `before` into `after`: every line of both once, in
// order. When they differ in more than `max_changes` lines the middle that
// differs is given as removed and then added (a correct, longer script), so
// the cost stays bounded on files that changed everywhere.
std::vector<LineEdit> diff_lines(std::string_view before, std::string_view after, size_t max_changes = 1000);

}  // namespace encat
