#include <iconv.h>

#include <cerrno>

#include "tabular/csv.h"
#include "util/utf8.h"

namespace encat::tabular {

namespace {

Problem make_problem(ProblemKind kind, const std::string& file, uint32_t row, uint32_t col, uint64_t line,
                     Text message) {
  Problem problem;
  problem.kind = kind;
  problem.file = file;
  problem.row = row;
  problem.col = col;
  problem.line = line;
  problem.message = std::move(message);
  return problem;
}

uint64_t line_of(std::string_view bytes, size_t offset) {
  uint64_t line = 1;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) ++line;
  return line;
}

// GB18030 to UTF-8 with glibc's iconv; false on any byte it cannot convert.
bool convert_gb18030(std::string_view in, std::string& out) {
  iconv_t cd = ::iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.assign(in.size() * 2 + 16, '\0');  // 1→1, 2→3, 4→4 bytes at most
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  size_t rc = ::iconv(cd, &src, &src_left, &dst, &dst_left);
  bool ok = rc != static_cast<size_t>(-1) && src_left == 0;
  if (ok) ok = ::iconv(cd, nullptr, nullptr, &dst, &dst_left) != static_cast<size_t>(-1);
  ::iconv_close(cd);
  out.resize(out.size() - dst_left);
  return ok;
}

class CsvParser {
 public:
  CsvParser(std::string_view bytes, const std::string& file, const Limits& limits)
      : m_bytes(bytes), m_file(file), m_limits(limits) {}

  Workbook run() {
    Workbook book;
    book.sheets.emplace_back();
    Sheet& sheet = book.sheets.back();
    size_t i = 0;
    const size_t n = m_bytes.size();
    std::vector<Cell> row;
    uint32_t row_number = 1;
    uint64_t line = 1;
    uint64_t cells = 0;
    auto fail = [&](ProblemKind kind, uint32_t col, uint64_t at_line, Text message) {
      book.problems.push_back(make_problem(kind, m_file, row_number, col, at_line, std::move(message)));
      return book;
    };
    while (i < n) {
      // One record.
      row.clear();
      bool end_of_record = false;
      if (m_bytes[i] == '\r' || m_bytes[i] == '\n') {  // an empty line: a row of no cells
        i += (m_bytes[i] == '\r' && i + 1 < n && m_bytes[i + 1] == '\n') ? 2 : 1;
        ++line;
        end_of_record = true;
      }
      while (!end_of_record) {
        uint32_t col = static_cast<uint32_t>(row.size()) + 1;
        if (col > m_limits.max_columns)
          return fail(ProblemKind::TooLarge, col, line,
                      text("第 {} 行的字段多于 {} 个", "row {} has more than {} fields", row_number,
                           m_limits.max_columns));
        if (++cells > m_limits.max_cells)
          return fail(ProblemKind::TooLarge, col, line,
                      text("单元格多于 {} 个", "more than {} cells", m_limits.max_cells));
        Cell cell;
        cell.row = row_number;
        cell.col = col;
        if (i < n && m_bytes[i] == '"') {
          uint64_t open_line = line;
          ++i;
          bool closed = false;
          while (i < n) {
            char c = m_bytes[i];
            if (c == '"') {
              if (i + 1 < n && m_bytes[i + 1] == '"') {
                cell.text += '"';
                i += 2;
                continue;
              }
              ++i;
              closed = true;
              break;
            }
            if (c == '\n' || (c == '\r' && !(i + 1 < n && m_bytes[i + 1] == '\n'))) ++line;
            cell.text += c;
            ++i;
            if (cell.text.size() > m_limits.max_cell_bytes) break;
          }
          if (cell.text.size() > m_limits.max_cell_bytes)
            return fail(ProblemKind::TooLarge, col, open_line,
                        text("第 {} 行第 {} 列的单元格长于 {} 字节", "the cell at row {} column {} is longer than {} bytes",
                             row_number, col, m_limits.max_cell_bytes));
          if (!closed) {
            // The file's line is said only where it is not the row (a multi-line cell above).
            if (open_line == row_number)
              return fail(ProblemKind::Malformed, col, open_line,
                          text("第 {} 行第 {} 列的引号直到文件末尾都没有闭合",
                               "the quote opened at row {} column {} is never closed", row_number, col));
            return fail(ProblemKind::Malformed, col, open_line,
                        text("第 {} 行第 {} 列（文件第 {} 行）的引号直到文件末尾都没有闭合",
                             "the quote opened at row {} column {} (line {} of the file) is never closed", row_number, col,
                             open_line));
          }
          if (i < n && m_bytes[i] != ',' && m_bytes[i] != '\r' && m_bytes[i] != '\n')
            return fail(ProblemKind::Malformed, col, line,
                        text("第 {} 行第 {} 列：闭合引号后还有文字（字段内的引号应写成 `\"\"`）",
                             "row {} column {}: text after the closing quote (a quote inside a field is written `\"\"`)",
                             row_number, col));
        } else {
          size_t start = i;
          while (i < n && m_bytes[i] != ',' && m_bytes[i] != '\r' && m_bytes[i] != '\n') {
            if (m_bytes[i] == '"')
              return fail(ProblemKind::Malformed, col, line,
                          text("第 {} 行第 {} 列：未加引号的字段中有引号（应把整个字段放在引号中，并把引号写成 `\"\"`）",
                               "row {} column {}: a quote inside an unquoted field (quote the whole field and write the quote `\"\"`)",
                               row_number, col));
            ++i;
          }
          if (i - start > m_limits.max_cell_bytes)
            return fail(ProblemKind::TooLarge, col, line,
                        text("第 {} 行第 {} 列的单元格长于 {} 字节", "the cell at row {} column {} is longer than {} bytes",
                             row_number, col, m_limits.max_cell_bytes));
          cell.text.assign(m_bytes.substr(start, i - start));
        }
        row.push_back(std::move(cell));
        if (i >= n) {
          end_of_record = true;
        } else if (m_bytes[i] == ',') {
          ++i;
        } else {  // CR, LF or CRLF
          i += (m_bytes[i] == '\r' && i + 1 < n && m_bytes[i + 1] == '\n') ? 2 : 1;
          ++line;
          end_of_record = true;
        }
      }
      if (row_number > m_limits.max_rows)
        return fail(ProblemKind::TooLarge, 0, line,
                    text("行数多于 {}", "more than {} rows", m_limits.max_rows));
      sheet.rows.push_back(std::move(row));
      row = {};
      ++row_number;
    }
    return book;
  }

 private:
  std::string_view m_bytes;
  const std::string& m_file;
  const Limits& m_limits;
};

}  // namespace

bool looks_like_gb18030(std::string_view bytes) {
  bool multi = false;
  const size_t n = bytes.size();
  auto u = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  for (size_t i = 0; i < n;) {
    unsigned char b = u(i);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b == 0x80 || b == 0xFF || i + 1 >= n) return false;
    unsigned char b2 = u(i + 1);
    if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
      i += 2;
    } else if (b2 >= 0x30 && b2 <= 0x39 && i + 3 < n && u(i + 2) >= 0x81 && u(i + 2) <= 0xFE && u(i + 3) >= 0x30 &&
               u(i + 3) <= 0x39) {
      i += 4;
    } else {
      return false;
    }
    multi = true;
  }
  return multi;
}

Workbook read_csv(std::string_view bytes, const std::string& file, const CsvOptions& options) {
  const Limits& limits = options.limits;
  auto stop = [&](ProblemKind kind, uint64_t line, Text message) {
    Workbook book;
    book.problems.push_back(make_problem(kind, file, 0, 0, line, std::move(message)));
    return book;
  };
  if (bytes.size() > limits.max_bytes)
    return stop(ProblemKind::TooLarge, 0,
                text("`{}` 大于 {} 字节", "`{}` is larger than {} bytes", file, limits.max_bytes));
  std::string converted;
  if (options.encoding == CsvEncoding::Gb18030) {
    if (!convert_gb18030(bytes, converted))
      return stop(ProblemKind::Encoding, 0,
                  text("`{}` 不是有效的 GB18030 文本", "`{}` is not valid GB18030 text", file));
    bytes = converted;
  }
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return stop(ProblemKind::Encoding, 1,
                text("`{}` 是 UTF-16 编码（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8”",
                     "`{}` is UTF-16 (Excel's \"Unicode text\"): save it as \"CSV UTF-8\"", file));
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.empty())
    return stop(ProblemKind::Malformed, 0, text("`{}` 是空文件", "`{}` is empty", file));
  if (auto bad = find_invalid_utf8(bytes)) {
    uint64_t line = line_of(bytes, *bad);
    if (looks_like_gb18030(bytes))
      return stop(ProblemKind::Encoding, line,
                  text("`{}` 不是 UTF-8 而是 GB18030（GBK）编码（第 {} 行起）：请另存为“CSV UTF-8”，或指明编码 GB18030",
                       "`{}` is not UTF-8 but GB18030 (GBK) from line {}: save it as \"CSV UTF-8\", or give the encoding GB18030",
                       file, line));
    return stop(ProblemKind::Encoding, line,
                text("`{}` 第 {} 行不是有效的 UTF-8（字节偏移 {}）", "`{}` line {} is not valid UTF-8 (byte offset {})", file,
                     line, *bad));
  }
  return CsvParser(bytes, file, limits).run();
}

}  // namespace encat::tabular
