#include "util/suggest.h"

#include <algorithm>

#include "util/utf8.h"

namespace encat {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (size_t i = 0, n = 0; i < a.size(); i += n) x.push_back(decode_code_point(a.substr(i), n));
  for (size_t i = 0, n = 0; i < b.size(); i += n) y.push_back(decode_code_point(b.substr(i), n));
  std::vector<size_t> before(y.size() + 1), previous(y.size() + 1), row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    before.swap(previous);
    previous.swap(row);
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
  }
  return row[y.size()];
}

size_t typo_limit(std::string_view candidate) {
  return std::min<size_t>(2, std::max<size_t>(1, count_code_points(candidate) / 3));
}

std::optional<std::string_view> closest_match(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::optional<std::string_view> best;
  size_t best_distance = 0;
  for (std::string_view candidate : candidates) {
    const size_t distance = edit_distance(name, candidate);
    // On a tie the greater name wins: of two editions, usually the newer.
    if (distance <= typo_limit(candidate) && (!best || distance < best_distance || (distance == best_distance && candidate > *best))) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace encat
