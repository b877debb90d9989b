// How many terminal columns a code point takes, after Unicode's East Asian
// Width (UAX #11): CJK and other wide characters take two, so carets line up
// under Chinese text.
#pragma once

namespace encat {

// 2 for East Asian Wide and Fullwidth, 0 for combining marks, else 1
// (Ambiguous characters count 1, as most terminals show them).
int char_width(char32_t cp);

// A format character (Unicode category Cf: bidi controls, zero-width joiners,
// a stray byte order mark): invisible, so snippets show U+FFFD instead.
bool is_format_char(char32_t cp);

}  // namespace encat
