#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace encat {

// The byte offset of the first byte that is not part of valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

// Number of code points in valid UTF-8 text (counts lead bytes).
size_t count_code_points(std::string_view text);

// The first code point of `text` (assumed valid UTF-8) and its length in bytes.
char32_t decode_code_point(std::string_view text, size_t& length);

// Appends `cp` (at most U+10FFFF) to `out` in UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace encat
