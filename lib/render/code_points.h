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

// Appends `cp` in UTF-8.
void append_utf8(std::string& out, char32_t cp);

// `text` with each invalid byte replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

}  // namespace encat::render
