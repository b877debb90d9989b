// One source line as a terminal shows it, and where the carets go under it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace encat::render {

inline constexpr unsigned kTabWidth = 4;

struct Snippet {
  // The line for display: each tab as kTabWidth spaces, control characters
  // as their visible pictures (␛), format characters as U+FFFD; a long line
  // cut around the carets, with `…` on each side that was cut.
  std::string line;
  size_t caret_offset = 0;  // terminal columns before the first caret
  size_t caret_width = 1;   // terminal columns the carets cover (at least 1)
};

// A line wider than this many terminal columns (or of more than
// kMaxSnippetCodePoints code points, say of combining marks) is shown cut: at
// most kMaxSnippetWidth columns, `…` included, with up to kSnippetContext
// columns before the carets (more when the line ends sooner). Carets that
// would run past the cut stop at it.
inline constexpr size_t kMaxSnippetWidth = 100;
inline constexpr size_t kSnippetContext = 40;
inline constexpr size_t kMaxSnippetCodePoints = 4 * kMaxSnippetWidth;

// One line, read once, for any number of snippets: each snippet then costs
// time in proportion to what it shows, not to the length of the line (a
// minified catalog has thousands of findings on one line). Keeps a view of
// `line` (or a cleaned copy, where it is not valid UTF-8): `line` must
// outlive it.
class SnippetLine {
 public:
  explicit SnippetLine(std::string_view line);
  SnippetLine(const SnippetLine&) = delete;
  SnippetLine& operator=(const SnippetLine&) = delete;

  // The snippet for 1-based code point `column` (0: no carets, the line from
  // its start) with carets over `span` code points, as make_snippet below.
  Snippet snippet(unsigned column, unsigned span = 0) const;

 private:
  static constexpr size_t kStride = 64;  // code points between marks

  std::string m_owned;  // the line with each invalid byte as U+FFFD, when it had any
  std::string_view m_text;
  std::vector<size_t> m_marks;  // m_marks[k]: the byte where code point k * kStride starts
  size_t m_code_points = 0;
  size_t m_width = 0;  // display columns of the whole line
};

// The snippet of `line` for 1-based code point `column` (an invalid byte
// counts as one code point, shown as U+FFFD). The carets cover `span` code
// points (Location::span, which the reader gives every node: a whole quoted
// string, a plain scalar without its comment); span 0 gets a single caret.
// Nothing here knows YAML.
Snippet make_snippet(std::string_view line, unsigned column, unsigned span = 0);

// Text safe to print on a terminal, shown as snippets show it (a tab too as
// its picture, a newline as ␊): nothing in a message can move the cursor,
// change colours or reorder the line. C0 controls and DEL become their
// pictures (U+2400–U+2421), C1 controls, format characters (bidi overrides
// such as U+202E, zero-width characters) and invalid bytes U+FFFD.
std::string printable(std::string_view text);
// Appends one code point of `text` (its `bytes`, one byte where invalid) as
// printable shows it.
void append_printable(std::string& out, char32_t cp, std::string_view bytes);

}  // namespace encat::render
