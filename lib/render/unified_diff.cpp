#include "render/unified_diff.h"

#include <fmt/format.h>

#include "util/line_diff.h"

namespace encat::render {
namespace {

constexpr size_t context_lines = 3;

// `start,count` of a hunk side (diff -u: a side without lines names the line before).
std::string range(size_t start, size_t count) {
  if (count == 1) return fmt::format("{}", start);
  return fmt::format("{},{}", count == 0 ? start - 1 : start, count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_name,
                         const std::string& after_name, bool color) {
  if (before == after) return {};
  const std::vector<LineEdit> edits = diff_lines(before, after);
  const char* red = color ? "\x1b[31m" : "";
  const char* green = color ? "\x1b[32m" : "";
  const char* bold = color ? "\x1b[1m" : "";
  const char* cyan = color ? "\x1b[36m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out = fmt::format("{}--- {}{}\n{}+++ {}{}\n", bold, before_name, reset, bold, after_name, reset);
  bool changed = false;
  for (size_t i = 0; i < edits.size();) {
    // The next change, and the hunk around it: changes closer than twice the context join.
    while (i < edits.size() && edits[i].kind == LineEdit::Kind::Same) ++i;
    if (i == edits.size()) break;
    changed = true;
    size_t begin = i >= context_lines ? i - context_lines : 0, end = i;
    for (size_t same = 0; end < edits.size(); ++end) {
      same = edits[end].kind == LineEdit::Kind::Same ? same + 1 : 0;
      if (same > 2 * context_lines) {
        end -= same - context_lines - 1;
        break;
      }
    }
    if (end > edits.size()) end = edits.size();
    size_t old_start = 1, new_start = 1;
    for (size_t j = 0; j < begin; ++j) {
      old_start += edits[j].kind != LineEdit::Kind::Added;
      new_start += edits[j].kind != LineEdit::Kind::Removed;
    }
    size_t old_count = 0, new_count = 0;
    std::string body;
    for (size_t j = begin; j < end; ++j) {
      const LineEdit& e = edits[j];
      old_count += e.kind != LineEdit::Kind::Added;
      new_count += e.kind != LineEdit::Kind::Removed;
      const bool broken = !e.line.empty() && e.line.back() == '\n';
      const std::string_view line = broken ? e.line.substr(0, e.line.size() - 1) : e.line;
      if (e.kind == LineEdit::Kind::Same) body += fmt::format(" {}\n", line);
      else if (e.kind == LineEdit::Kind::Removed) body += fmt::format("{}-{}{}\n", red, line, reset);
      else body += fmt::format("{}+{}{}\n", green, line, reset);
      if (!broken) body += "\\ No newline at end of file\n";
    }
    out += fmt::format("{}@@ -{} +{} @@{}\n", cyan, range(old_start, old_count), range(new_start, new_count), reset);
    out += body;
    i = end;
  }
  return changed ? out : std::string();
}

}  // namespace encat::render
