// libFuzzer target: the CSV reader (encat-import's .csv tables). One input is
// the file's bytes. For any input read_csv must not crash, stay within its
// limits, and:
// - every cell knows its own 1-based row and column;
// - what it read, written back with write_csv and read again, is the same
//   table (with and without a BOM);
// - bytes it calls GB18030 convert (CsvEncoding::Gb18030) without a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "tabular/csv.h"

using namespace encat::tabular;

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_csv: %s\n", what);
  std::abort();
}

std::vector<std::vector<std::string>> texts(const Sheet& sheet) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : sheet.rows) {
    rows.emplace_back();
    for (const auto& cell : row) rows.back().push_back(cell.text);
  }
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CsvOptions options;
  options.limits.max_cells = 1u << 16;
  options.limits.max_cell_bytes = 4096;
  const Workbook book = read_csv(bytes, "fuzz.csv", options);
  if (!book.ok()) {
    if (book.problems.size() != 1) fail("more than one problem");
    if (book.problems[0].message.zh.empty() || book.problems[0].message.en.empty()) fail("a problem without a message");
    if (book.problems[0].kind == ProblemKind::Encoding && looks_like_gb18030(bytes)) {
      CsvOptions gb = options;
      gb.encoding = CsvEncoding::Gb18030;
      (void)read_csv(bytes, "fuzz.csv", gb);
    }
    return 0;
  }
  if (book.sheets.size() != 1) fail("not one sheet");
  const Sheet& sheet = book.sheets[0];
  if (sheet.rows.size() > options.limits.max_rows) fail("past max_rows");
  for (size_t r = 0; r < sheet.rows.size(); ++r)
    for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const Cell& cell = sheet.rows[r][c];
      if (cell.row != r + 1 || cell.col != c + 1) fail("a cell with the wrong row or column");
      if (cell.text.size() > options.limits.max_cell_bytes) fail("a cell past max_cell_bytes");
      if (cell.number) fail("a CSV cell marked as a number");
    }
  const auto rows = texts(sheet);
  for (bool bom : {false, true}) {
    const std::string written = write_csv(rows, bom);
    CsvOptions loose;  // the written form may be longer (quotes): no limit may cut it
    loose.limits.max_bytes = written.size() + 1;
    const Workbook again = read_csv(written, "again.csv", loose);
    if (!again.ok()) fail("write_csv's output does not read back");
    if (texts(again.sheets.at(0)) != rows) fail("write_csv's output reads back as another table");
  }
  return 0;
}
