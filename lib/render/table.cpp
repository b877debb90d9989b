#include "render/table.h"

#include <algorithm>

#include "util/char_width.h"
#include "render/code_points.h"

namespace encat::render {

size_t display_width(std::string_view text) {
  size_t width = 0;
  for_each_code_point(text, [&](char32_t cp, std::string_view) { width += static_cast<size_t>(std::max(0, char_width(cp))); });
  return width;
}

std::string format_table(const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& right_aligned,
                         std::string_view indent) {
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line(indent);
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string padding(widths[i] - display_width(row[i]), ' ');
      const bool right = std::find(right_aligned.begin(), right_aligned.end(), i) != right_aligned.end();
      if (i > 0) line += "  ";
      line += right ? padding + row[i] : row[i] + (i + 1 < row.size() ? padding : "");
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace encat::render
