// XLSX reading: a small reader over libzip and expat (no converter program).
#pragma once

#include <string>
#include <string_view>

#include "tabular/csv.h"
#include "tabular/sheet.h"

namespace encat::tabular {

// Reads every worksheet of an .xlsx (in the workbook's order, chartsheets
// left out): shared strings (rich text runs joined, phonetic runs left out,
// `_x000D_` escapes decoded), inline strings, numbers (Cell::number, text =
// the stored value), booleans (`TRUE`/`FALSE`), errors, formulas' cached
// values, and merged ranges. Refuses with a positioned problem: a broken
// zip, a part declaring or expanding past Limits::max_unpacked_bytes, an
// encrypted entry, an .xls or password-protected (CFB) file, any DTD or
// entity declaration, XML nested past max_depth, more than max_cells cells,
// and bad XML or cell references (with the part, sheet, cell and XML line).
Workbook read_xlsx(std::string_view bytes, const std::string& file, const Limits& limits = {});

// Reads the file at `path` (at most limits.max_bytes) as XLSX when it is a
// zip (starts `PK\3\4`) or is named `*.xlsx` (any case), as an Unsafe
// problem when it is a CFB file (.xls, encrypted .xlsx), else as CSV.
Workbook read_table_file(const std::string& path, const CsvOptions& options = {});

}  // namespace encat::tabular
