// The table value that CSV and XLSX reading produce: sheets of cells, each
// with its 1-based row and column, and positioned problems. Never prints.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/text.h"

namespace encat::tabular {

struct Cell {
  std::string text;     // the cell's text (for a number: its stored value, e.g. `110101` or `1.5E+3`)
  bool number = false;  // xlsx: stored as a number (a code kept so may have lost its leading zeros)
  std::string raw;      // xlsx: the raw `<v>` of a number, boolean, error or formula cell; else empty
  uint32_t row = 0;     // 1-based
  uint32_t col = 0;     // 1-based (A = 1)
};

// A merged range, 1-based and inclusive: the value is in its top-left cell.
struct Range {
  uint32_t first_row = 0, first_col = 0, last_row = 0, last_col = 0;
  bool contains(uint32_t row, uint32_t col) const {
    return row >= first_row && row <= last_row && col >= first_col && col <= last_col;
  }
  bool operator==(const Range& o) const {
    return first_row == o.first_row && first_col == o.first_col && last_row == o.last_row && last_col == o.last_col;
  }
};

// rows[i] is row i + 1. XLSX rows are padded with empty cells to the sheet's
// width (its widest row; cells without a value do not widen it, and rows
// after the last valued cell are left out); CSV rows are as read (ragged, an
// empty line is a row of no cells).
struct Sheet {
  std::string name;     // the sheet's name (xlsx); empty for CSV
  bool hidden = false;  // xlsx: state="hidden" or "veryHidden"
  std::vector<std::vector<Cell>> rows;
  std::vector<Range> merged;
  // The cell at 1-based (row, col), or nullptr outside the rows read.
  const Cell* cell(uint32_t row, uint32_t col) const;
  // The merged range holding (row, col), or nullptr.
  const Range* merged_at(uint32_t row, uint32_t col) const;
  size_t width() const;  // the longest row's number of cells
};

enum class ProblemKind : unsigned char {
  Io,           // the file could not be read
  Encoding,     // not UTF-8 (GB18030 and UTF-16 are named)
  Malformed,    // bad CSV quoting, a broken zip, bad XML, a missing part, a bad cell reference
  TooLarge,     // past a limit (bytes, unpacked bytes, rows, columns, cells, cell length, nesting)
  Unsafe,       // an XML DTD or entity declaration, an encrypted or legacy (.xls) file
};

// Where and what: `part` is the zip entry of an xlsx (`xl/worksheets/sheet1.xml`),
// `sheet` its sheet's name; row/col are 1-based table positions, `line` a line
// of the CSV file or of the XML part; 0 (or empty) where there is none.
struct Problem {
  ProblemKind kind = ProblemKind::Malformed;
  std::string file;
  std::string part;
  std::string sheet;
  uint32_t row = 0;
  uint32_t col = 0;
  uint64_t line = 0;
  Text message;
};

// Bounds on hostile input; reading stops with a TooLarge problem past any.
struct Limits {
  uint64_t max_bytes = 64u << 20;            // the file itself
  uint64_t max_unpacked_bytes = 256u << 20;  // xlsx: all parts read, uncompressed (declared and actual)
  uint32_t max_rows = 1u << 20;              // Excel's 1,048,576
  uint32_t max_columns = 16384;              // Excel's XFD
  uint64_t max_cells = 4u << 20;             // cells kept, padding included
  uint32_t max_cell_bytes = 32767 * 4;       // Excel's 32,767 characters, in UTF-8
  uint32_t max_depth = 64;                   // xlsx: XML element nesting
  uint32_t max_sheets = 1024;
};

// What a read gives: the sheets, or (when `problems` is not empty) the
// problem that stopped it; the sheets are then incomplete and not to be used.
struct Workbook {
  std::vector<Sheet> sheets;
  std::vector<Problem> problems;
  bool ok() const { return problems.empty(); }
};

// Column 1 → `A`, 27 → `AA`; (3, 2) → `B3`.
std::string column_name(uint32_t col);
std::string cell_ref(uint32_t row, uint32_t col);
// `B3` → (3, 2); false unless letters then digits within Excel's bounds
// (`$` absolute markers are accepted).
bool parse_cell_ref(std::string_view ref, uint32_t& row, uint32_t& col);

}  // namespace encat::tabular
