#include "render/code_points.h"

#include "util/char_width.h"

namespace encat::render {

std::string valid_utf8(std::string_view text) {
  if (!find_invalid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    if (cp == kReplacement && bytes.size() == 1) append_utf8(out, cp);
    else out += bytes;
  });
  return out;
}

std::string markup_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + 16);
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&#39;"; return;
      case '\t': out += attribute ? "&#9;" : "\t"; return;
      case '\n': out += attribute ? "&#10;" : "\n"; return;
      case '\r': out += "&#13;"; return;
      default: break;
    }
    // Bidi overrides and other invisible format characters too, as in the text format.
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || is_format_char(cp);
    const bool noncharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    if (control || noncharacter || (cp == kReplacement && bytes.size() == 1)) append_utf8(out, kReplacement);
    else out += bytes;
  });
  return out;
}

}  // namespace encat::render
