#include "tabular/sheet.h"

#include <algorithm>

namespace encat::tabular {

const Cell* Sheet::cell(uint32_t row, uint32_t col) const {
  if (row == 0 || col == 0 || row > rows.size()) return nullptr;
  const auto& r = rows[row - 1];
  return col > r.size() ? nullptr : &r[col - 1];
}

const Range* Sheet::merged_at(uint32_t row, uint32_t col) const {
  for (const auto& range : merged)
    if (range.contains(row, col)) return &range;
  return nullptr;
}

size_t Sheet::width() const {
  size_t width = 0;
  for (const auto& row : rows) width = std::max(width, row.size());
  return width;
}

std::string column_name(uint32_t col) {
  std::string name;
  while (col > 0) {
    --col;
    name.insert(name.begin(), static_cast<char>('A' + col % 26));
    col /= 26;
  }
  return name;
}

std::string cell_ref(uint32_t row, uint32_t col) { return column_name(col) + std::to_string(row); }

bool parse_cell_ref(std::string_view ref, uint32_t& row, uint32_t& col) {
  size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  uint64_t c = 0;
  size_t letters = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i, ++letters) {
    c = c * 26 + static_cast<uint64_t>(ref[i] - 'A' + 1);
    if (letters >= 3) return false;
  }
  if (letters == 0 || c > 16384) return false;
  if (i < ref.size() && ref[i] == '$') ++i;
  uint64_t r = 0;
  size_t digits = 0;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i, ++digits) {
    r = r * 10 + static_cast<uint64_t>(ref[i] - '0');
    if (digits >= 7) return false;
  }
  if (digits == 0 || i != ref.size() || r == 0 || r > 1048576) return false;
  row = static_cast<uint32_t>(r);
  col = static_cast<uint32_t>(c);
  return true;
}

}  // namespace encat::tabular
