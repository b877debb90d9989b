#include "util/char_width.h"

#include <algorithm>
#include <iterator>

namespace encat {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

#include "util/char_width_table.inc"

template <size_t N>
bool in(const Range (&ranges)[N], char32_t cp) {
  const Range* it = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                     [](char32_t c, const Range& r) { return c < r.first; });
  return it != std::begin(ranges) && cp <= std::prev(it)->last;
}

}  // namespace

int char_width(char32_t cp) {
  if (cp < 0x300) return 1;  // ASCII and Latin: the common case
  if (in(kCombining, cp)) return 0;
  return in(kWide, cp) ? 2 : 1;
}

bool is_format_char(char32_t cp) { return cp >= 0xAD && in(kFormat, cp); }

}  // namespace encat
