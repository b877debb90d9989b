// One source line as a terminal shows it, and where the carets go under it.
#pragma once

#include <string>
#include <string_view>

namespace encat::render {

inline constexpr unsigned kTabWidth = 4;

struct Snippet {
  // The line for display: each tab as kTabWidth spaces, control characters
  // as their visible pictures (␛), format characters as U+FFFD.
  std::string line;
  size_t caret_offset = 0;  // terminal columns before the first caret
  size_t caret_width = 1;   // terminal columns the carets cover (at least 1)
};

// Snippets longer than this many terminal columns show a window around the
// carets, with `…` where the line goes on.
inline constexpr size_t kMaxSnippetWidth = 160;

// The snippet of `line` for 1-based code point `column` (an invalid byte
// counts as one code point, shown as U+FFFD). The carets cover `span` code
// points, or with span 0 the scalar token that starts there: a quoted string
// up to its closing quote, a plain scalar up to ` #`, `: ` or the end of the
// line (and `,`, `]`, `}` inside brackets), trailing spaces trimmed; anything
// else gets a single caret.
Snippet make_snippet(std::string_view line, unsigned column, unsigned span = 0);

// Text safe to print on a terminal, shown as snippets show it (a tab too as
// its picture, a newline as ␊): nothing in a message can move the cursor,
// change colours or reorder the line.
std::string printable(std::string_view text);

}  // namespace encat::render
