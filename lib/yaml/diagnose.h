// Why bytes are not usable YAML, said so a task force can fix it: the
// encoding (E002, with a guess at GBK or UTF-16) and syntax errors (E001,
// with the tab, the unclosed quote or the unclosed bracket behind them).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/finding.h"

namespace encat::yaml {

// The line (1-based) and column (1-based, in code points) of byte `offset`.
std::pair<unsigned, unsigned> position_of(std::string_view text, size_t offset);

// E002 when `bytes` are not UTF-8 text that YAML allows (`source` is `bytes`
// without a UTF-8 byte-order mark).
std::optional<Finding> encoding_finding(const std::string& file, std::string_view bytes, std::string_view source);

// An open `[` or `{` at the time of a syntax error.
struct OpenBracket {
  char bracket;
  unsigned line, column;
};

// E001 for yaml-cpp's `message` at byte `offset` of `source`.
Finding syntax_finding(const std::string& file, std::string_view source, size_t offset, const std::string& message,
                       std::optional<OpenBracket> open);

}  // namespace encat::yaml
