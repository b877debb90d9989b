// Walking text that should be UTF-8 but may not be: every renderer must give
// valid UTF-8 (JSON, XML, a terminal), whatever bytes a finding carries.
#pragma once

#include <string>
#include <string_view>

#include "util/utf8.h"

namespace encat::render {

inline constexpr char32_t kReplacement = 0xFFFD;

// Calls `visit(code_point, bytes)` for each code point of `text`; each byte
// that does not start valid UTF-8 is one U+FFFD (with that byte as `bytes`).
template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  while (!text.empty()) {
    const auto bad = find_invalid_utf8(text);
    std::string_view valid = text.substr(0, bad ? *bad : text.size());
    while (!valid.empty()) {
      size_t length = 0;
      const char32_t cp = decode_code_point(valid, length);
      visit(cp, valid.substr(0, length));
      valid.remove_prefix(length);
    }
    if (!bad) return;
    visit(kReplacement, text.substr(*bad, 1));
    text.remove_prefix(*bad + 1);
  }
}


// `text` with each invalid byte replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// `text` for XML 1.0 and HTML alike: & < > " ' escaped; what neither may
// carry (control characters but tab and line breaks, noncharacters, invalid
// bytes) becomes U+FFFD, and so do C1 controls and format characters (bidi
// overrides such as U+202E), which would hide or reorder text. In an `attribute`, tab and line breaks become
// character references so they survive attribute-value normalisation.
std::string markup_escape(std::string_view text, bool attribute = false);

}  // namespace encat::render
