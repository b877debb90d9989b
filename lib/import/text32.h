// Text as code points, for the cell parsers of the importer (internal).
#pragma once

#include <string>
#include <string_view>

namespace encat::import {

std::u32string to32(std::string_view text);  // valid UTF-8 assumed (the table readers check it)
std::string to8(std::u32string_view text);
bool is_space32(char32_t c);  // ASCII spaces (not LF), U+3000, U+00A0
bool is_cjk(char32_t c);      // CJK ideographs, CJK and full-width punctuation
std::u32string trim32(std::u32string_view text);
// Whether detail::clean(text) is empty: only spaces, line breaks, BOMs and zero-width spaces.
bool blank(std::string_view text);
// detail::header_key of `text` into `out`; false (stopping early) once it is
// longer than `limit` bytes, which no header name is.
bool header_key_within(std::string_view text, std::string& out, size_t limit);

}  // namespace encat::import
