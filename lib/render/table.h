// A plain-text table whose columns line up on a terminal even with Chinese
// text (East Asian Wide characters take two columns).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace encat::render {

// Terminal columns `text` takes.
size_t display_width(std::string_view text);

// Rows of cells; the first row is the header. Right-aligns the columns
// listed in `right_aligned`; cells are separated by two spaces; each line
// starts with `indent`.
std::string format_table(const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& right_aligned,
                         std::string_view indent = "  ");

}  // namespace encat::render
