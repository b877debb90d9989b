#include "render/snippet.h"

#include <algorithm>

#include "util/char_width.h"
#include "render/code_points.h"

namespace encat::render {
namespace {

// The visible picture of a C0 control character or DEL (U+2400 block).
char32_t control_picture(char32_t cp) { return cp == 0x7F ? 0x2421 : 0x2400 + cp; }

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F; }

// Shown as U+FFFD: C1 controls, invisible format characters, invalid bytes.
bool is_replaced(char32_t cp, std::string_view bytes) {
  return (cp >= 0x80 && cp <= 0x9F) || is_format_char(cp) || (cp == kReplacement && bytes.size() == 1);
}

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
  if (is_replaced(cp, bytes)) {
    append_utf8(out, kReplacement);
    return 1;
  }
  out += bytes;
  return static_cast<size_t>(char_width(cp));
}

// The columns append_display(…, true) gives `cp` (valid UTF-8).
size_t display_columns(char32_t cp) {
  if (cp == '\t') return kTabWidth;
  if (is_control(cp) || (cp >= 0x80 && cp <= 0x9F) || is_format_char(cp)) return 1;
  return static_cast<size_t>(char_width(cp));
}

char32_t decode_at(std::string_view text, size_t byte, size_t& length) {
  return decode_code_point(text.substr(byte), length);
}

// The start of the code point before `byte` (valid UTF-8, byte > 0).
size_t previous_start(std::string_view text, size_t byte) {
  do --byte;
  while (byte > 0 && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80);
  return byte;
}

}  // namespace

SnippetLine::SnippetLine(std::string_view line) {
  if (find_invalid_utf8(line)) {
    m_owned = valid_utf8(line);
    m_text = m_owned;
  } else {
    m_text = line;
  }
  size_t byte = 0;
  while (byte < m_text.size()) {
    if (m_code_points % kStride == 0) m_marks.push_back(byte);
    size_t length = 0;
    m_width += display_columns(decode_at(m_text, byte, length));
    byte += length;
    ++m_code_points;
  }
}

Snippet SnippetLine::snippet(unsigned column, unsigned span) const {
  const std::string_view text = m_text;
  const size_t n = m_code_points;
  const size_t start = column == 0 ? 0 : std::min<size_t>(column - 1, n);
  const size_t past = column == 0 ? 0 : column - 1 - start;  // columns past the end of the line

  // The byte where code point `start` begins.
  size_t start_byte = text.size();
  if (start < n) {
    size_t byte = m_marks[start / kStride];
    for (size_t k = start / kStride * kStride; k < start; ++k) {
      size_t length = 0;
      decode_at(text, byte, length);
      byte += length;
    }
    start_byte = byte;
  }

  // The window [from, to) of bytes shown: the whole line when it is short.
  size_t from = 0, to = text.size(), left = start;  // left: code points shown before `start`
  bool cut_left = false, cut_right = false;
  if (m_width > kMaxSnippetWidth || n > kMaxSnippetCodePoints) {
    size_t left_width = 0, right_width = 0, count = 0;
    const auto extend_left = [&](size_t width_limit, size_t count_limit) {
      while (from > 0 && count < count_limit) {
        const size_t previous = previous_start(text, from);
        size_t length = 0;
        const size_t w = display_columns(decode_at(text, previous, length));
        if (left_width + right_width + w > width_limit) break;
        left_width += w;
        from = previous;
        ++left;
        ++count;
      }
    };
    from = start_byte;
    left = 0;
    extend_left(kSnippetContext, kMaxSnippetCodePoints / 2);
    cut_left = from > 0;
    // Right of the carets, keeping a column for a closing `…`.
    const size_t budget = kMaxSnippetWidth - (cut_left ? 1 : 0) - 1;
    to = start_byte;
    while (to < text.size() && count < kMaxSnippetCodePoints) {
      size_t length = 0;
      const size_t w = display_columns(decode_at(text, to, length));
      if (left_width + right_width + w > budget) break;
      right_width += w;
      to += length;
      ++count;
    }
    cut_right = to < text.size();
    if (!cut_right && cut_left) {  // the line ends soon: more of it before the carets
      extend_left(kMaxSnippetWidth - 1, kMaxSnippetCodePoints);
      cut_left = from > 0;
    }
  }

  Snippet snippet;
  std::vector<size_t> offsets{0};  // offsets[i]: display columns before shown code point i
  if (cut_left) snippet.line = "…";  // one column
  const size_t ellipsis = cut_left ? 1 : 0;
  for_each_code_point(text.substr(from, to - from), [&](char32_t cp, std::string_view raw) {
    offsets.push_back(offsets.back() + append_display(snippet.line, cp, raw, true));
  });
  if (cut_right) snippet.line += "…";
  if (column == 0) return snippet;

  snippet.caret_offset = ellipsis + offsets[left] + past;
  if (start >= n || span == 0) return snippet;  // one caret
  const size_t end = std::min(offsets.size() - 1, left + span);
  if (end > left) snippet.caret_width = std::max<size_t>(1, offsets[end] - offsets[left]);  // 0: a combining mark
  return snippet;
}

Snippet make_snippet(std::string_view line, unsigned column, unsigned span) {
  return SnippetLine(line).snippet(column, span);
}

void append_printable(std::string& out, char32_t cp, std::string_view bytes) { append_display(out, cp, bytes, false); }

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) { append_display(out, cp, bytes, false); });
  return out;
}

}  // namespace encat::render
