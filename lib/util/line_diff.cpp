#include "util/line_diff.h"

#include <algorithm>

namespace encat {
namespace {

using Lines = std::vector<std::string_view>;

// Myers' greedy search. `frontier[d]` holds, for each diagonal k in [-d, d],
// the furthest x reached with d edits (D² values in all, bounded by max_d);
// false when more than `max_d` edits are needed.
bool myers(const Lines& a, size_t a0, size_t n, const Lines& b, size_t b0, size_t m, size_t max_d,
           std::vector<LineEdit>& out) {
  const long N = static_cast<long>(n), M = static_cast<long>(m);
  std::vector<std::vector<long>> frontier;
  auto at = [&](long d, long k) { return frontier[static_cast<size_t>(d)][static_cast<size_t>(k + d)]; };
  // Whether the step into diagonal k at edit d came down (an added line).
  auto came_down = [&](long d, long k) { return k == -d || (k != d && at(d - 1, k - 1) < at(d - 1, k + 1)); };
  long found = -1;
  for (long d = 0; d <= static_cast<long>(max_d) && found < 0; ++d) {
    frontier.emplace_back(static_cast<size_t>(2 * d + 1));
    for (long k = -d; k <= d; k += 2) {
      long x = d == 0 ? 0 : came_down(d, k) ? at(d - 1, k + 1) : at(d - 1, k - 1) + 1;
      long y = x - k;
      while (x < N && y < M && a[a0 + x] == b[b0 + y]) ++x, ++y;
      frontier[static_cast<size_t>(d)][static_cast<size_t>(k + d)] = x;
      if (x >= N && y >= M) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return false;
  std::vector<LineEdit> reversed;
  long x = N, y = M;
  for (long d = found; d > 0; --d) {
    const long k = x - y;
    const bool down = came_down(d, k);
    const long prev_x = down ? at(d - 1, k + 1) : at(d - 1, k - 1);
    // The snake after the edit, then the edit itself.
    while (x > (down ? prev_x : prev_x + 1)) {
      reversed.push_back({LineEdit::Kind::Same, a[a0 + --x]});
      --y;
    }
    if (down) reversed.push_back({LineEdit::Kind::Added, b[b0 + --y]});
    else reversed.push_back({LineEdit::Kind::Removed, a[a0 + --x]});
  }
  while (x > 0) {
    reversed.push_back({LineEdit::Kind::Same, a[a0 + --x]});
    --y;
  }
  out.insert(out.end(), reversed.rbegin(), reversed.rend());
  return true;
}

}  // namespace

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const size_t length = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(0, length));
    text.remove_prefix(length);
  }
  return lines;
}


std::vector<LineEdit> diff_lines(std::string_view before, std::string_view after, size_t max_changes) {
  const Lines a = split_lines(before), b = split_lines(after);
  size_t start = 0;
  while (start < a.size() && start < b.size() && a[start] == b[start]) ++start;
  size_t end = 0;
  while (end < a.size() - start && end < b.size() - start && a[a.size() - 1 - end] == b[b.size() - 1 - end]) ++end;
  std::vector<LineEdit> edits;
  edits.reserve(a.size() + b.size());
  for (size_t i = 0; i < start; ++i) edits.push_back({LineEdit::Kind::Same, a[i]});
  const size_t n = a.size() - start - end, m = b.size() - start - end;
  if (!myers(a, start, n, b, start, m, max_changes, edits)) {
    for (size_t i = 0; i < n; ++i) edits.push_back({LineEdit::Kind::Removed, a[start + i]});
    for (size_t i = 0; i < m; ++i) edits.push_back({LineEdit::Kind::Added, b[start + i]});
  }
  for (size_t i = a.size() - end; i < a.size(); ++i) edits.push_back({LineEdit::Kind::Same, a[i]});
  return edits;
}

}  // namespace encat
