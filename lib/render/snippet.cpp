#include "render/snippet.h"

#include <vector>

#include "render/char_width.h"
#include "render/code_points.h"

namespace encat::render {
namespace {

// The visible picture of a C0 control character or DEL (U+2400 block).
char32_t control_picture(char32_t cp) { return cp == 0x7F ? 0x2421 : 0x2400 + cp; }

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F; }

// Appends the display form of `cp` and returns its width in columns. Tabs
// become spaces in snippets (carets count them) and pictures elsewhere.
size_t append_display(std::string& out, char32_t cp, std::string_view bytes, bool expand_tabs) {
  if (cp == '\t' && expand_tabs) {
    out.append(kTabWidth, ' ');
    return kTabWidth;
  }
  if (is_control(cp)) {
    append_utf8(out, control_picture(cp));
    return 1;
  }
  if ((cp >= 0x80 && cp <= 0x9F) || is_format_char(cp) || (cp == kReplacement && bytes.size() == 1)) {
    append_utf8(out, kReplacement);
    return 1;
  }
  out += bytes;
  return static_cast<size_t>(char_width(cp));
}

bool is_blank(char32_t cp) { return cp == ' ' || cp == '\t'; }

// The end (exclusive code point index) of the scalar token at `start`, or
// `start` when no scalar starts there.
// True when `start` is inside a flow collection (`[` or `{` opened before it
// on the line and not closed), where `,`, `]` and `}` end a plain scalar.
bool in_flow(const std::vector<char32_t>& cps, size_t start) {
  int depth = 0;
  char32_t quote = 0;
  for (size_t j = 0; j < start; ++j) {
    const char32_t d = cps[j];
    if (quote) {
      if (d == '\\' && quote == '"') ++j;
      else if (d == quote) quote = 0;
    } else if (d == '"' || d == '\'') {
      quote = d;
    } else if (d == '[' || d == '{') {
      ++depth;
    } else if ((d == ']' || d == '}') && depth > 0) {
      --depth;
    }
  }
  return depth > 0;
}

size_t token_end(const std::vector<char32_t>& cps, size_t start) {
  const size_t n = cps.size();
  const char32_t c = cps[start];
  const auto trimmed = [&](size_t end) {
    while (end > start && is_blank(cps[end - 1])) --end;
    return end;
  };
  if (c == '"') {
    for (size_t j = start + 1; j < n; ++j) {
      if (cps[j] == '\\') ++j;
      else if (cps[j] == '"') return j + 1;
    }
    return trimmed(n);  // the string goes on to the next line
  }
  if (c == '\'') {
    for (size_t j = start + 1; j < n; ++j) {
      if (cps[j] != '\'') continue;
      if (j + 1 < n && cps[j + 1] == '\'') ++j;  // '' is a quote inside
      else return j + 1;
    }
    return trimmed(n);
  }
  const bool blank_after = start + 1 == n || is_blank(cps[start + 1]);
  if (is_blank(c) || std::u32string_view(U"[]{},#&*!|>%@`").find(c) != std::u32string_view::npos ||
      ((c == '-' || c == '?' || c == ':') && blank_after))
    return start;
  const bool flow = in_flow(cps, start);
  size_t j = start;
  for (; j < n; ++j) {
    const char32_t d = cps[j];
    if (flow && (d == ',' || d == ']' || d == '}')) break;
    if (d == '#' && is_blank(cps[j - 1])) break;  // j > start: c is not '#'
    if (d == ':' && (j + 1 == n || is_blank(cps[j + 1]))) break;
  }
  return trimmed(j);
}

}  // namespace

Snippet make_snippet(std::string_view line, unsigned column, unsigned span) {
  Snippet snippet;
  std::vector<char32_t> cps;
  std::vector<size_t> offsets{0};  // offsets[i]: display columns before code point i
  std::vector<size_t> bytes{0};    // bytes[i]: bytes of snippet.line before code point i
  for_each_code_point(line, [&](char32_t cp, std::string_view raw) {
    cps.push_back(cp);
    offsets.push_back(offsets.back() + append_display(snippet.line, cp, raw, true));
    bytes.push_back(snippet.line.size());
  });
  if (column == 0) return snippet;
  const size_t start = std::min<size_t>(column - 1, cps.size());
  snippet.caret_offset = offsets[start] + (column - 1 - start);  // past the end: as many columns further
  const size_t end = start >= cps.size() ? start : span ? std::min(cps.size(), start + span) : token_end(cps, start);
  if (end > start) snippet.caret_width = std::max<size_t>(1, offsets[end] - offsets[start]);  // 0: a combining mark

  if (offsets.back() <= kMaxSnippetWidth) return snippet;
  // A long line: a window from a little before the carets.
  const size_t left = snippet.caret_offset > 40 ? snippet.caret_offset - 40 : 0;
  size_t from = 0;
  while (from < cps.size() && offsets[from] < left) ++from;
  size_t to = from;
  while (to < cps.size() && offsets[to + 1] - offsets[from] <= kMaxSnippetWidth) ++to;
  const size_t caret_end = std::min(snippet.caret_offset + snippet.caret_width, offsets[to]);  // clipped to the window
  const size_t ellipsis = from > 0 ? 1 : 0;  // `…` takes one column
  snippet.line = (from > 0 ? "…" : "") + snippet.line.substr(bytes[from], bytes[to] - bytes[from]) + (to < cps.size() ? "…" : "");
  snippet.caret_width = std::max<size_t>(1, caret_end > snippet.caret_offset ? caret_end - snippet.caret_offset : 0);
  snippet.caret_offset = snippet.caret_offset - offsets[from] + ellipsis;
  return snippet;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) { append_display(out, cp, bytes, false); });
  return out;
}

}  // namespace encat::render
