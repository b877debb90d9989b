// CSV (RFC 4180) writing and reading.
#pragma once

#include <string>
#include <vector>

namespace encat::tabular {

// The rows as RFC 4180 CSV: every record ends in CRLF; a field is quoted
// (with its quotes doubled) when it holds `,` `"` CR or LF, or begins or ends
// with a space or tab; `bom` puts a UTF-8 byte order mark first, so that
// Excel opens the file as UTF-8. An empty row is written as an empty line,
// a row of one empty field as `""` (so that it reads back as that field).
std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool bom);

}  // namespace encat::tabular
