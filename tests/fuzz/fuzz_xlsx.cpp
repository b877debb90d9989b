// libFuzzer target: the XLSX reader (encat-import's .xlsx tables). The first
// byte of an input chooses what the rest is:
//   0  the whole .xlsx file (mutated zip bytes)
//   1  the XML of the one sheet of an otherwise valid workbook (zipped here)
//   2  the sharedStrings.xml of a valid workbook whose sheet refers to the
//      first strings
// For any input read_xlsx must not crash, stay within its limits, and give
// either sheets whose cells know their own 1-based row and column, padded to
// the sheet's width, with well-ordered merged ranges, or one positioned problem.
// (libzip and expat are Debian's prebuilt libraries: no coverage inside them.)
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../unit/tabular/zip_parts.h"
#include "tabular/xlsx.h"

using namespace encat::tabular;

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_xlsx: %s\n", what);
  std::abort();
}

const char* const kSheetUsingStrings =
    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>12</v></c></row></sheetData>"
    "<mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string bytes;
  switch (data[0] % 3) {
    case 0: bytes.assign(rest); break;
    case 1: bytes = test::zip_parts(test::workbook_parts(std::string(rest))); break;
    default: bytes = test::zip_parts(test::workbook_parts(kSheetUsingStrings, std::string(rest))); break;
  }
  Limits limits;
  limits.max_unpacked_bytes = 8u << 20;
  limits.max_cells = 1u << 16;
  limits.max_cell_bytes = 4096;
  const Workbook book = read_xlsx(bytes, "fuzz.xlsx", limits);
  if (!book.ok()) {
    if (book.problems.size() != 1) fail("more than one problem");
    if (book.problems[0].message.zh.empty() || book.problems[0].message.en.empty()) fail("a problem without a message");
    if (book.problems[0].file != "fuzz.xlsx") fail("a problem without its file");
    return 0;
  }
  uint64_t cells = 0;
  for (const Sheet& sheet : book.sheets) {
    const size_t width = sheet.width();
    if (sheet.rows.size() > limits.max_rows) fail("past max_rows");
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      if (sheet.rows[r].size() != width) fail("a row not padded to the sheet's width");
      for (size_t c = 0; c < width; ++c) {
        const Cell& cell = sheet.rows[r][c];
        if (cell.row != r + 1 || cell.col != c + 1) fail("a cell with the wrong row or column");
        if (cell.text.size() > limits.max_cell_bytes * 2) fail("a cell far past max_cell_bytes");
        if (cell.number && cell.raw != cell.text) fail("a number whose text is not its value");
      }
      cells += width;
    }
    for (const Range& range : sheet.merged)
      if (range.first_row > range.last_row || range.first_col > range.last_col || range.first_row == 0 ||
          range.first_col == 0)
        fail("a merged range out of order");
  }
  if (cells > limits.max_cells) fail("past max_cells");
  return 0;
}
