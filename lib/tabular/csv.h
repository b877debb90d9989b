// CSV (RFC 4180) writing and reading.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tabular/sheet.h"

namespace encat::tabular {

// The rows as RFC 4180 CSV: every record ends in CRLF; a field is quoted
// (with its quotes doubled) when it holds `,` `"` CR or LF, or begins or ends
// with a space or tab or with U+FEFF (which a reader would take for a byte
// order mark at the start of the file); `bom` puts a UTF-8 byte order mark first, so that
// Excel opens the file as UTF-8. An empty row is written as an empty line,
// a row of one empty field as `""` (so that it reads back as that field).
std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool bom);

enum class CsvEncoding : unsigned char {
  Utf8,     // UTF-8, with or without a BOM; anything else is an Encoding problem
            // (naming GB18030 or UTF-16 when the bytes are that)
  Gb18030,  // GB18030 (and so GBK and GB2312), converted to UTF-8 with iconv
};

struct CsvOptions {
  CsvEncoding encoding = CsvEncoding::Utf8;
  Limits limits;
};

// Reads RFC 4180 CSV into one unnamed sheet: records end in CRLF, LF or CR;
// a quoted field may hold commas, doubled quotes and line breaks. A quote
// inside an unquoted field, text after a closing quote and a quote never
// closed are Malformed problems with the record (row), field (col) and line.
// `file` names the input in problems.
Workbook read_csv(std::string_view bytes, const std::string& file, const CsvOptions& options = {});

// Whether bytes that are not UTF-8 are valid GB18030 with at least one
// multi-byte character (what Excel on Chinese Windows saves as "CSV").
bool looks_like_gb18030(std::string_view bytes);

}  // namespace encat::tabular
