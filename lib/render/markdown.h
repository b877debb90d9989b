// Markdown (GitHub Flavored) for values that come from catalogs: whatever a
// title, a code or a file name holds, it stays text in its place: it cannot
// end a code span or a table cell, start a heading, a list or a link, or
// carry HTML. Control characters are shown as in the text format (␛, ␊).
#pragma once

#include <string>
#include <string_view>

namespace encat::render::md {

// `text` as inline markdown that shows exactly `text`: markup characters
// backslash-escaped (`|` too, so it is safe in a table cell), `<`, `>` and
// `&` as entities. `line_start`: the text starts a line or a list item, where
// `-`, `+`, `1.` or leading spaces would start a block.
std::string text(std::string_view text, bool line_start = false);

// `text` as a code span: a fence longer than any run of backticks inside it
// (padded with spaces where it starts or ends with one). `in_cell`: inside a
// table row, where `|` is escaped even in code.
std::string code(std::string_view text, bool in_cell = false);

// A finding's message, whose `names` are in backticks: each complete pair as
// a code span, the rest as text (a lone backtick stays a backtick).
std::string message(std::string_view text, bool in_cell = false, bool line_start = false);

}  // namespace encat::render::md
