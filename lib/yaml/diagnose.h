// Why bytes are not usable YAML, said so a task force can fix it: the
// encoding (E002, with a guess at GBK or UTF-16) and syntax errors (E001,
// with the tab, the unclosed quote or the unclosed bracket behind them).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/finding.h"

namespace encat::yaml {

// The line (1-based) and column (1-based, in code points) of byte `offset`.
std::pair<unsigned, unsigned> position_of(std::string_view text, size_t offset);

// The code points of the YAML token at byte `offset` of `source`, for the
// carets of a finding made from an offset (not from a node): a quoted
// scalar to its closing quote (or the end of its line), a plain scalar to
// ` #`, `: ` or the end of the line (and `,`, `]`, `}` inside brackets
// opened on that line), trailing blanks not counted; 0 (one caret) for
// anything else.
unsigned token_span(std::string_view source, size_t offset);

// file:line:column of byte `offset`, with the token_span there.
Location token_location(const std::string& file, std::string_view source, size_t offset);

// E002 when `bytes` are not UTF-8 text that YAML allows (`source` is `bytes`
// without a UTF-8 byte-order mark).
std::optional<Finding> encoding_finding(const std::string& file, std::string_view bytes, std::string_view source);

// E001 for a lone carriage return (CR not followed by LF): yaml-cpp reads it
// as a line break, nothing else here does (old Mac files end lines so).
std::optional<Finding> line_end_finding(const std::string& file, std::string_view source);

// E008 at each merge conflict marker: a line starting with seven `<`, `=`,
// `>` or `|` (git's diff3 style) followed by a blank, a line end or the end
// of the bytes, as git itself tells a marker. Empty when there is none; one
// pass over the bytes, looking only at the first byte of each line.
std::vector<Finding> conflict_marker_findings(const std::string& file, std::string_view source);

// E001 where yaml-cpp's document ends before the end of the bytes: a line
// starting with `%` (a directive), a `---` line (a second document) or a
// `...` line with more after it; or a directive not followed by `---`.
// Lines inside the multi-line quoted scalars in `quoted` (byte ranges of
// quote to quote, in order) do not count. Looks at lines starting before
// byte `until` only. The offset is where the finding is.
struct Boundary {
  size_t offset;
  Finding finding;
};
std::optional<Boundary> boundary_finding(const std::string& file, std::string_view source,
                                         const std::vector<std::pair<size_t, size_t>>& quoted, size_t until);

// E001 at `offset`: a second YAML document starts there (a `---` line).
Finding second_document_finding(const std::string& file, std::string_view source, size_t offset);
// E001 at `offset`: more after the document's root node, with no marker
// between (`{…}` then `id: x`, or JSON Lines).
Finding content_after_document_finding(const std::string& file, std::string_view source, size_t offset);

// An open `[` or `{` at the time of a syntax error.
struct OpenBracket {
  char bracket;
  unsigned line, column;
};

// E001 for yaml-cpp's `message` at byte `offset` of `source`.
Finding syntax_finding(const std::string& file, std::string_view source, size_t offset, const std::string& message,
                       std::optional<OpenBracket> open);

}  // namespace encat::yaml
