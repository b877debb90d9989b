#include "render/markdown.h"

#include <algorithm>

#include "render/code_points.h"
#include "render/quoted.h"
#include "render/snippet.h"

namespace encat::render::md {
namespace {

// ASCII punctuation that may start or end markup anywhere in a line
// (`$` is GitHub's math, `@` a mention, `~` strikethrough).
bool is_markup(char32_t cp) { return std::u32string_view(U"\\`*_[]#|~@!$").find(cp) != std::u32string_view::npos; }

}  // namespace

std::string text(std::string_view text, bool line_start) {
  std::string out;
  out.reserve(text.size() + 8);
  bool start = line_start;  // still at the start of the block
  size_t digits = 0;        // a leading run of digits (`1.` starts a list)
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    const bool at_start = start;
    if (start) {
      if (cp >= '0' && cp <= '9' && digits < 9) {
        ++digits;
        out += static_cast<char>(cp);
        return;
      }
      start = false;
      if (cp == ' ' && digits == 0) {  // indentation would make a code block
        out += "&#32;";
        start = true;
        return;
      }
      if ((cp == '.' || cp == ')') && digits > 0) {
        out += '\\';
        out += static_cast<char>(cp);
        return;
      }
    }
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      default: break;
    }
    // GFM's autolinks (https://…, www.…) would make a value a link: the `:` or `.` escaped keeps it text.
    const size_t at = static_cast<size_t>(bytes.data() - text.data());
    const bool autolink = (cp == ':' && text.substr(at + 1, 2) == "//") ||
                          (cp == '.' && at >= 3 && (text.substr(at - 3, 3) == "www" || text.substr(at - 3, 3) == "WWW"));
    if (is_markup(cp) || autolink || (at_start && digits == 0 && (cp == '-' || cp == '+' || cp == '='))) {
      out += '\\';
      out += static_cast<char>(cp);
      return;
    }
    append_printable(out, cp, bytes);
  });
  return out;
}

std::string code(std::string_view text, bool in_cell) {
  if (text.empty()) return "` `";
  std::string content;
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) { append_printable(content, cp, bytes); });
  // In a table a `\` before a `|` would take the `\|` apart: no code span can
  // hold that, inline code of escaped text can.
  if (in_cell && content.find("\\|") != std::string::npos) return "<code>" + md::text(text) + "</code>";
  size_t longest = 0, run = 0;
  for (char c : content) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool blank = content.find_first_not_of(' ') == std::string::npos;
  const bool pad = !blank && (content.front() == '`' || content.back() == '`' || content.front() == ' ' ||
                              content.back() == ' ');
  std::string out = fence + (pad ? " " : "");
  for (char c : content) {
    if (c == '|' && in_cell) out += "\\|";
    else out += c;
  }
  return out + (pad ? " " : "") + fence;
}

std::string message(std::string_view text, bool in_cell, bool line_start) {
  std::string out;
  for_each_quoted(
      text, [&](std::string_view plain) { out += md::text(plain, line_start); },
      [&](std::string_view name) {
        // An empty pair stays two backticks (no code span is empty).
        out += name.empty() ? std::string("\\`\\`") : code(name, in_cell);
        line_start = false;
      });
  return out;
}

}  // namespace encat::render::md
