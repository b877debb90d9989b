// The notice as an .xlsx workbook through libxlsxwriter 1.1.4: the printed
// table's rows exactly as the CSV renderer lays them out (publish_report.cpp:
// title, a row of 发文机关/文号/施行日期, the lead, then each part's heading,
// paragraph, header, domain rows and rows, and the summary), one sheet row
// for each CSV row and each text in the CSV's cell (the facts row: the same
// texts in order, each merged over the columns it needs), so the two formats
// show the same table. On top of the cells: merged title, heading, paragraph,
// domain (bold, shaded) and summary rows; a bold bordered header, frozen and
// repeated on every printed page (every part of a notice but the adjustment
// notice's has the same columns); wrapped top-aligned text; column widths
// from the text (a CJK character counts two); A4 landscape fitted to one page
// wide; the footer 第 &P 页 共 &N 页; an autofilter over the first table;
// document properties. 事项代码 cells are text (number format `@`): codes
// keep their leading zeros; 序号 is a number.
//
// An adjustment notice (--changes-from), whose kinds of change have tables of
// different columns, is a sheet per kind named after it (新增事项, 取消事项,
// 调整事项, 代码变更; 新增赋权事项, 收回赋权事项): each the title, facts and
// lead rows, the part's heading and table, and the summary (the CSV's rows
// without the other parts), laid out as above with its own header frozen and
// repeated, print area and autofilter.
//
// Deterministic: the same notice and creation time give the same bytes
// (libxlsxwriter dates every zip entry 1980-01-01; the creation time in
// docProps/core.xml is the only clock it reads, and it is always set).
//
// libxlsxwriter 1.1.4 writes only to a named file (its workbook options have
// no `output_buffer`), so the workbook goes to a private temporary file
// (mkstemp in $TMPDIR or /tmp, mode 0600) that is removed whatever happens:
// its name is unlinked at once and libxlsxwriter opens it through
// /proc/self/fd (where /proc is mounted; else the name is removed when the
// workbook has been read back or has failed), and the bytes are read back
// through the descriptor mkstemp gave.
#include <xlsxwriter.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "present/publish_report.h"
#include "tabular/sheet.h"
#include "util/char_width.h"
#include "util/utf8.h"

namespace encat::render {

namespace {

// The workbook's creation time without one given: 1980-01-01T00:00:00Z, the
// earliest date a zip entry can carry (libxlsxwriter's own entry dates).
constexpr long long zip_epoch = 315532800;
// The latest time core.xml can say in four-digit years: 9999-12-31T23:59:59Z.
constexpr long long last_time = 253402300799;

// Column widths in Excel's units (about one Latin digit): a column is as wide
// as its widest line plus a little, at least `min_width`, at most its cap;
// longer text wraps.
constexpr double min_width = 6;
constexpr double padding = 2;
constexpr double wide_cap = 60;    // 具体职责边界
constexpr double long_cap = 40;    // 法律依据, 事项名称, 备注, …
constexpr double short_cap = 24;   // the other columns
constexpr double line_height = 15;  // points, one line of the 11-point body text

// Days from 1970-01-01 to the civil date (Howard Hinnant's days_from_civil).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

// YYYY-MM-DD at 00:00 UTC, in seconds since 1970; nullopt for other text.
std::optional<long long> midnight_of(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n) -> long long {
    long long v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return -1;
      v = v * 10 + (date[i] - '0');
    }
    return v;
  };
  const long long y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) * 86400;
}

// The creation time: the context's, else the effective date's midnight, else
// 1980-01-01; within what core.xml and a zip can say (libxlsxwriter would
// take 0 for "now").
time_t created_of(const publish::Notice& notice, const PublishContext& context) {
  long long t = zip_epoch;
  if (context.created)
    t = *context.created;
  else if (const auto midnight = midnight_of(notice.effective))
    t = *midnight;
  return static_cast<time_t>(std::clamp(t, zip_epoch, last_time));
}

// The widest line of `text` in display columns (CJK = 2).
size_t widest_line(std::string_view text) {
  size_t widest = 0, line = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if (byte == '\n') {
        widest = std::max(widest, line);
        line = 0;
      } else {
        ++line;
      }
      continue;
    }
    size_t length = 1;
    const char32_t cp = decode_code_point(text.substr(i), length);
    line += static_cast<size_t>(std::max(0, char_width(cp)));
    i += std::max<size_t>(1, length);
  }
  return std::max(widest, line);
}

// How many lines `text` takes in a cell `width` units wide (each line of the
// text wrapped on its own).
size_t wrapped_lines(std::string_view text, double width) {
  const size_t per_line = std::max<size_t>(1, static_cast<size_t>(width - padding));
  size_t lines = 0;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    lines += std::max<size_t>(1, (widest_line(line) + per_line - 1) / per_line);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

// A valid, short sheet name from a title (the notice's, or the kind of change
// an adjustment notice's sheet lists): at most 31 characters, none of
// []:*?/\ (their full-width forms instead), no apostrophe at either end.
std::string sheet_name(std::string_view title) {
  std::string out;
  size_t count = 0;
  // A title too long whose end is in parentheses (乡镇（街道）综合行政执法事项目录
  // 清单（330881，2022年）): the name without them rather than cut inside them.
  constexpr std::string_view open = "（", close = "）";
  if (count_code_points(title) > LXW_SHEETNAME_MAX && title.size() > close.size() &&
      title.substr(title.size() - close.size()) == close) {
    const size_t at = title.rfind(open);
    if (at != std::string_view::npos && at > 0 && count_code_points(title.substr(0, at)) <= LXW_SHEETNAME_MAX)
      title = title.substr(0, at);
  }
  for (size_t i = 0; i < title.size() && count < LXW_SHEETNAME_MAX;) {
    size_t length = 1;
    const char32_t cp = decode_code_point(title.substr(i), length);
    length = std::max<size_t>(1, length);
    switch (cp) {
      case '[': out += "［"; break;
      case ']': out += "］"; break;
      case ':': out += "："; break;
      case '*': out += "＊"; break;
      case '?': out += "？"; break;
      case '/': out += "／"; break;
      case '\\': out += "＼"; break;
      default:
        if (cp < 0x20 || cp == 0x7f)
          out += ' ';
        else
          out.append(title.substr(i, length));
    }
    i += length;
    ++count;
  }
  while (!out.empty() && (out.front() == '\'' || out.front() == ' ')) out.erase(out.begin());
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  // Excel reserves "History"; an empty title has no name of its own.
  if (out.empty() || strcasecmp(out.c_str(), "history") == 0) out = "公告";
  return out;
}

// The sheet of a part of an adjustment notice is named after its kind of
// change: 新增事项 of 一、新增事项（共 42 项）, 收回赋权事项, 代码变更.
std::string part_sheet_name(const publish::Part& part) {
  std::string_view heading = part.heading;
  constexpr std::string_view comma = "、", open = "（";
  if (const size_t at = heading.find(comma); at != std::string_view::npos) heading.remove_prefix(at + comma.size());
  if (const size_t at = heading.rfind(open); at != std::string_view::npos && at > 0) heading = heading.substr(0, at);
  return sheet_name(heading);
}

// The header facts as the CSV renderer writes them (publish_report.cpp).
std::vector<std::string> facts_of(const publish::Notice& notice) {
  std::vector<std::string> out;
  if (!notice.issuer.empty()) out.push_back(std::string(model::fields::issuer.zh) + "：" + notice.issuer);
  if (!notice.document.empty()) out.push_back(std::string(model::fields::document.zh) + "：" + notice.document);
  if (!notice.effective.empty())
    out.push_back(std::string(model::fields::effective.zh) + "：" + publish::date_text(notice.effective));
  return out;
}

// 事项代码 and the like (supervision_code, old_code, new_code): text cells.
bool is_code_column(const publish::Column& c) {
  const std::string_view key = c.key;
  return key == model::fields::code.key || (key.size() > 5 && key.substr(key.size() - 5) == "_code");
}

double width_cap(const publish::Column& c) {
  if (c.key == model::fields::boundary.key || c.key == "matters") return wide_cap;
  if (c.key == model::fields::basis.key || c.key == model::fields::name.key ||
      c.key == model::fields::supervision_name.key || c.key == model::fields::note.key ||
      c.key == model::fields::inspections.key || c.key == "changes" || c.key == "remark" ||
      c.key == "conduct" || c.key == "conditions")
    return long_cap;
  return short_cap;
}

// 序号 as a number when it is one (digits only, as number_rows writes it).
std::optional<double> index_number(const std::string& text) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  double v = 0;
  for (const char ch : text) {
    if (ch < '0' || ch > '9') return std::nullopt;
    v = v * 10 + (ch - '0');
  }
  return v;
}

// The private temporary file the workbook is written to: removed (name and
// data) when this goes out of scope, however the rendering ends.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string base = dir && *dir ? dir : "/tmp";
    if (base.size() > 1 && base.back() == '/') base.pop_back();
    m_name = base + "/encat-publish-XXXXXX";
    m_fd = ::mkostemp(m_name.data(), O_CLOEXEC);
    if (m_fd < 0) {
      const int error = errno;
      throw XlsxError(text("无法在 `{0}` 中建立 XLSX 的临时文件：{1}（可用环境变量 TMPDIR 指定别的目录）",
                           "cannot create the XLSX workbook's temporary file in `{0}`: {1} (TMPDIR names another folder)",
                           base, std::strerror(error)));
    }
    // Unnamed at once where libxlsxwriter can still open it by descriptor.
    const std::string proc = "/proc/self/fd/" + std::to_string(m_fd);
    struct stat by_fd {}, by_proc {};
    if (::fstat(m_fd, &by_fd) == 0 && ::stat(proc.c_str(), &by_proc) == 0 && by_fd.st_ino == by_proc.st_ino &&
        by_fd.st_dev == by_proc.st_dev && ::unlink(m_name.c_str()) == 0) {
      m_path = proc;
      m_name.clear();
    } else {
      m_path = m_name;
    }
  }
  ~TempFile() {
    if (!m_name.empty()) ::unlink(m_name.c_str());
    if (m_fd >= 0) ::close(m_fd);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // The path libxlsxwriter writes to.
  const std::string& path() const { return m_path; }

  // Everything written to the file.
  std::string bytes() const {
    std::string out;
    struct stat st {};
    if (::fstat(m_fd, &st) == 0 && st.st_size > 0) out.reserve(static_cast<size_t>(st.st_size));
    char buffer[1 << 16];
    off_t offset = 0;
    while (true) {
      const ssize_t n = ::pread(m_fd, buffer, sizeof buffer, offset);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        const int error = errno;
        throw XlsxError(text("无法读回 XLSX 的临时文件：{}", "cannot read the XLSX workbook's temporary file back: {}",
                             std::strerror(error)));
      }
      if (n == 0) break;
      out.append(buffer, static_cast<size_t>(n));
      offset += n;
    }
    return out;
  }

 private:
  std::string m_name;  // the file's name while it has one
  std::string m_path;
  int m_fd = -1;
};

// The workbook, freed unless workbook_close took it.
struct WorkbookHandle {
  lxw_workbook* workbook = nullptr;
  ~WorkbookHandle() {
    if (workbook) lxw_workbook_free(workbook);
  }
};

[[noreturn]] void fail(lxw_error error) {
  throw XlsxError(text("libxlsxwriter 无法写出 XLSX：{}", "libxlsxwriter cannot write the XLSX workbook: {}",
                       lxw_strerror(error)));
}

void check(lxw_error error) {
  if (error != LXW_NO_ERROR) fail(error);
}

// The formats of the sheet, made once for every cell.
struct Formats {
  lxw_format* title;
  lxw_format* facts;
  lxw_format* heading;    // a part's heading
  lxw_format* paragraph;  // the lead, a part's paragraph
  lxw_format* header;
  lxw_format* domain;
  lxw_format* text;
  lxw_format* code;
  lxw_format* index;
  lxw_format* summary;

  explicit Formats(lxw_workbook* wb) {
    title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(title);

    facts = workbook_add_format(wb);
    format_set_align(facts, LXW_ALIGN_LEFT);
    format_set_align(facts, LXW_ALIGN_VERTICAL_CENTER);

    heading = workbook_add_format(wb);
    format_set_bold(heading);
    format_set_font_size(heading, 13);
    format_set_align(heading, LXW_ALIGN_LEFT);
    format_set_align(heading, LXW_ALIGN_VERTICAL_CENTER);

    paragraph = workbook_add_format(wb);
    format_set_text_wrap(paragraph);
    format_set_align(paragraph, LXW_ALIGN_LEFT);
    format_set_align(paragraph, LXW_ALIGN_VERTICAL_TOP);

    header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, 0xD9D9D9);

    domain = workbook_add_format(wb);
    format_set_bold(domain);
    format_set_align(domain, LXW_ALIGN_LEFT);
    format_set_align(domain, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(domain, LXW_BORDER_THIN);
    format_set_pattern(domain, LXW_PATTERN_SOLID);
    format_set_bg_color(domain, 0xF2F2F2);

    text = workbook_add_format(wb);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(text, LXW_BORDER_THIN);

    code = workbook_add_format(wb);
    format_set_num_format(code, "@");  // text: a code is never a number
    format_set_align(code, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(code, LXW_BORDER_THIN);

    index = workbook_add_format(wb);
    format_set_num_format(index, "0");
    format_set_align(index, LXW_ALIGN_CENTER);
    format_set_align(index, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(index, LXW_BORDER_THIN);

    summary = workbook_add_format(wb);
    format_set_bold(summary);
    format_set_align(summary, LXW_ALIGN_RIGHT);
    format_set_align(summary, LXW_ALIGN_VERTICAL_CENTER);
  }
};

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* ws, const Formats& formats, lxw_col_t width, std::vector<double> widths)
      : m_ws(ws), m_formats(formats), m_width(width), m_widths(std::move(widths)) {}

  lxw_row_t row() const { return m_row; }
  double total_width() const {
    double total = 0;
    for (double w : m_widths) total += w;
    return total;
  }

  // One cell; a text past Excel's 32,767 characters is named by its cell
  // (and, in a table, by its matter and column).
  void string(lxw_col_t col, const std::string& value, lxw_format* format, const publish::Row* row = nullptr,
              const publish::Column* column = nullptr) {
    const lxw_error error = worksheet_write_string(m_ws, m_row, col, escaped(value), format);
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) too_long(col, value, row, column);
    check(error);
  }

  // `value` in the cells `first`..`last` of the row, merged. The range is
  // merged empty and its first cell written after: worksheet_merge_range
  // drops a text past Excel's limit without a word (its own write's error
  // is not returned), worksheet_write_string says so.
  void merge(lxw_col_t first, lxw_col_t last, const std::string& value, lxw_format* format) {
    if (last > first) check(worksheet_merge_range(m_ws, m_row, first, m_row, last, "", format));
    string(first, value, format);
  }

  // A row of one text merged across the table; `height` in points (0: the
  // default), as no spreadsheet fits a merged cell's row to its text.
  void merged(const std::string& value, lxw_format* format, double height = 0) {
    merge(0, m_width - 1, value, format);
    if (height > 0) check(worksheet_set_row(m_ws, m_row, height, nullptr));
    ++m_row;
  }

  // A merged row of wrapping text, as high as its lines need.
  void merged_paragraph(const std::string& value, lxw_format* format) {
    merged(value, format, line_height * static_cast<double>(wrapped_lines(value, total_width())) + 3);
  }

  // The facts row: each fact in its own cell (as in the CSV), merged over as
  // many columns as it needs, the last over the rest of the row.
  void facts(const std::vector<std::string>& facts) {
    lxw_col_t col = 0;
    for (size_t i = 0; i < facts.size(); ++i) {
      if (col >= m_width) {  // narrower table than facts: a cell each
        string(col++, facts[i], m_formats.facts);
        continue;
      }
      const double need = static_cast<double>(widest_line(facts[i])) + padding;
      const size_t after = facts.size() - i - 1;  // facts still to place, a column each at least
      lxw_col_t last = col;
      double have = m_widths[col];
      if (after == 0) {
        last = m_width - 1;
      } else {
        while (have < need && last + 1 + after < m_width) have += m_widths[++last];
      }
      merge(col, last, facts[i], m_formats.facts);
      col = last + 1;
    }
    check(worksheet_set_row(m_ws, m_row, 20, nullptr));
    ++m_row;
  }

  void header(const std::vector<publish::Column>& columns) {
    for (lxw_col_t c = 0; c < columns.size(); ++c) string(c, columns[c].label, m_formats.header);
    ++m_row;
  }

  void table_row(const publish::Table& table, const publish::Row& row) {
    for (lxw_col_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c) {
      const std::string& cell = row.cells[c];
      if (c == 0) {
        if (const auto number = index_number(cell)) {
          check(worksheet_write_number(m_ws, m_row, c, *number, m_formats.index));
          continue;
        }
      }
      lxw_format* format = is_code_column(table.columns[c]) ? m_formats.code : m_formats.text;
      if (cell.empty())
        check(worksheet_write_blank(m_ws, m_row, c, format));
      else
        string(c, cell, format, &row, &table.columns[c]);
    }
    ++m_row;
  }

 private:
  [[noreturn]] void too_long(lxw_col_t col, const std::string& value, const publish::Row* row = nullptr,
                             const publish::Column* column = nullptr) const {
    const std::string ref = tabular::cell_ref(m_row + 1, col + 1);
    const size_t length = count_code_points(value);
    if (row && column && !row->code.empty())
      throw XlsxError(text("事项 `{0}` 的{1}有 {3} 个字符，超过 Excel 单元格的上限 32767，无法写成 XLSX（单元格 {2}；CSV 和 "
                           "Markdown 没有这个限制）",
                           "the {1} of matter `{0}` has {3} characters, more than an Excel cell holds (32,767), and "
                           "cannot be written to XLSX (cell {2}; CSV and Markdown have no such limit)",
                           row->code, column->label, ref, length));
    throw XlsxError(text("单元格 {0} 有 {1} 个字符，超过 Excel 单元格的上限 32767，无法写成 XLSX（CSV 和 Markdown "
                         "没有这个限制）",
                         "cell {0} has {1} characters, more than an Excel cell holds (32,767), and cannot be written "
                         "to XLSX (CSV and Markdown have no such limit)",
                         ref, length));
  }

  // `value` as a cell's text must be in the file: a literal `_xHHHH_` would
  // be read as the escape of the character U+HHHH (Excel, LibreOffice and
  // lib/tabular read `_x000D_` as a CR), so its `_` is itself escaped,
  // `_x005F_` (ST_Xstring); libxlsxwriter 1.1.4 writes the text as it is.
  const char* escaped(const std::string& value) {
    size_t at = value.find("_x");
    if (at == std::string::npos) return value.c_str();
    m_escaped.clear();
    size_t from = 0;
    for (; at != std::string::npos; at = value.find("_x", at + 1)) {
      if (at + 6 >= value.size() || value[at + 6] != '_') continue;
      bool hex = true;
      for (size_t k = at + 2; k < at + 6; ++k) hex = hex && std::isxdigit(static_cast<unsigned char>(value[k]));
      if (!hex) continue;
      m_escaped.append(value, from, at - from).append("_x005F");
      from = at;  // the `_` itself follows the escape
    }
    if (from == 0 && m_escaped.empty()) return value.c_str();
    m_escaped.append(value, from, std::string::npos);
    return m_escaped.c_str();
  }

  lxw_worksheet* m_ws;
  const Formats& m_formats;
  lxw_col_t m_width;
  std::vector<double> m_widths;
  lxw_row_t m_row = 0;
  std::string m_escaped;  // escaped()'s text, its buffer reused
};

// The line widths (display columns) of every table cell, row by row, in
// one buffer: what column_widths weighs.
class CellLines {
 public:
  CellLines(const std::vector<const publish::Part*>& parts, size_t width) : m_width(width) {
    for (const publish::Part* part : parts)
      for (const publish::Group& g : part->table.groups)
        for (const publish::Row& row : g.rows) {
          for (size_t c = 0; c < width; ++c) {
            const uint32_t first = static_cast<uint32_t>(m_lines.size());
            if (c < row.cells.size()) add_lines(row.cells[c]);
            m_cells.push_back({first, static_cast<uint32_t>(m_lines.size()) - first});
          }
        }
  }
  size_t rows() const { return m_width ? m_cells.size() / m_width : 0; }
  // The widest line of a cell.
  size_t widest(size_t row, size_t col) const {
    size_t w = 0;
    for_lines(row, col, [&](uint32_t n) { w = std::max<size_t>(w, n); });
    return w;
  }
  // The lines a cell takes in a column `width` units wide (0 for an empty cell).
  size_t lines(size_t row, size_t col, double width) const {
    const size_t per_line = std::max<size_t>(1, static_cast<size_t>(width - padding));
    size_t lines = 0;
    for_lines(row, col, [&](uint32_t n) { lines += std::max<size_t>(1, (n + per_line - 1) / per_line); });
    return lines;
  }

 private:
  struct Span {
    uint32_t first, count;
  };
  void add_lines(std::string_view text) {
    if (text.empty()) return;
    size_t start = 0;
    while (true) {
      const size_t end = text.find('\n', start);
      m_lines.push_back(static_cast<uint32_t>(widest_line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start))));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
  }
  template <typename F>
  void for_lines(size_t row, size_t col, F f) const {
    const Span& span = m_cells[row * m_width + col];
    for (uint32_t i = 0; i < span.count; ++i) f(m_lines[span.first + i]);
  }

  size_t m_width;
  std::vector<uint32_t> m_lines;
  std::vector<Span> m_cells;
};

// The width of each column. A text column (法律依据, 具体职责边界, 事项名称,
// …) is as wide as its widest line, within its cap; its wrapped lines make a
// row's height. A short column (划转范围, 划出部门, 执法领域, …) is as wide
// as nine in ten of its cells need, and wider only where a cell would
// otherwise be the tallest of its row: a rare long 部分（仅限…） wraps within
// the height the row's boundary text gives it, instead of widening the
// column for every 全部.
std::vector<double> column_widths(const std::vector<const publish::Part*>& parts, size_t width) {
  std::vector<size_t> header(width, 0);
  std::vector<double> cap(width, short_cap);
  for (const publish::Part* part : parts) {
    const publish::Table& table = part->table;
    for (size_t c = 0; c < table.columns.size() && c < width; ++c) {
      header[c] = std::max(header[c], widest_line(table.columns[c].label));
      cap[c] = std::max(cap[c], width_cap(table.columns[c]));
    }
  }
  const CellLines cells(parts, width);
  const size_t rows = cells.rows();
  std::vector<double> out(width);
  std::vector<size_t> widths;  // one column's cells' widest lines
  widths.reserve(rows);
  std::vector<size_t> floor(width, 0);
  for (size_t c = 0; c < width; ++c) {
    widths.clear();
    size_t widest = header[c];
    for (size_t r = 0; r < rows; ++r) {
      const size_t w = cells.widest(r, c);
      widest = std::max(widest, w);
      if (w) widths.push_back(w);
    }
    out[c] = std::clamp(static_cast<double>(widest) + padding, min_width, cap[c]);
    size_t most = 0;  // what nine in ten of the cells need
    if (!widths.empty()) {
      const size_t at = widths.size() * 9 / 10;
      std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(at), widths.end());
      most = widths[at];
    }
    floor[c] = std::max(header[c], most);
  }
  // Each row's height in lines, from its text columns.
  std::vector<size_t> budget(rows, 1);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < width; ++c)
      if (cap[c] > short_cap) budget[r] = std::max(budget[r], cells.lines(r, c, out[c]));
  for (size_t c = 0; c < width; ++c) {
    if (cap[c] > short_cap) continue;
    for (double w = std::max(min_width, static_cast<double>(floor[c]) + padding); w < out[c]; w += 1) {
      bool fits = true;
      for (size_t r = 0; r < rows && fits; ++r) fits = cells.lines(r, c, w) <= budget[r];
      if (fits) {
        out[c] = w;
        break;
      }
    }
  }
  return out;
}

// One sheet named `name`: the notice's title, facts row and lead, then
// `parts` (each its heading, paragraph, header, domain rows and rows), then
// the notice's summary; its layout for print and for the screen. As wide as
// the widest of `parts`' tables (at least one column), its widths from their
// cells.
void write_sheet(lxw_workbook* wb, const Formats& formats, const publish::Notice& notice, const std::string& name,
                 const std::vector<const publish::Part*>& parts) {
  size_t columns = 1;  // the widest table's, as in the CSV
  for (const publish::Part* part : parts) columns = std::max(columns, part->table.columns.size());
  const auto width = static_cast<lxw_col_t>(std::min<size_t>(columns, LXW_COL_MAX));

  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) fail(workbook_validate_sheet_name(wb, name.c_str()));
  std::vector<double> widths = column_widths(parts, width);
  for (lxw_col_t c = 0; c < width; ++c) check(worksheet_set_column(ws, c, c, widths[c], nullptr));
  SheetWriter out(ws, formats, width, std::move(widths));

  out.merged(notice.title, formats.title, 32);
  const std::vector<std::string> facts = facts_of(notice);
  if (!facts.empty()) out.facts(facts);
  if (!notice.lead.empty()) out.merged_paragraph(notice.lead, formats.paragraph);

  bool first_table = true;
  lxw_row_t first_header = 0, first_last = 0;
  for (const publish::Part* part : parts) {
    if (!part->heading.empty()) out.merged(part->heading, formats.heading, 24);
    if (!part->paragraph.empty()) out.merged_paragraph(part->paragraph, formats.paragraph);
    const lxw_row_t header = out.row();
    out.header(part->table.columns);
    for (const publish::Group& g : part->table.groups) {
      if (!g.heading.empty()) out.merged(g.heading, formats.domain, 20);
      for (const publish::Row& row : g.rows) out.table_row(part->table, row);
    }
    if (first_table) {
      first_table = false;
      first_header = header;
      first_last = out.row() - 1;
    }
  }
  out.merged(notice.summary, formats.summary, 20);
  const lxw_row_t last = out.row() - 1;

  if (!parts.empty()) {
    // The first table's rows can be filtered. Its header stays in view and
    // heads every printed page when every part's table has its columns (one
    // table, a township notice's groups, a sheet of an adjustment notice); a
    // header kept over tables of other columns would name them wrongly, so
    // render_publish_xlsx gives those a sheet each.
    const auto& columns_of_first = parts.front()->table.columns;
    if (std::all_of(parts.begin(), parts.end(),
                    [&](const publish::Part* p) { return p->table.columns == columns_of_first; })) {
      worksheet_freeze_panes(ws, first_header + 1, 0);
      check(worksheet_repeat_rows(ws, first_header, first_header));
    }
    check(worksheet_autofilter(ws, first_header, 0, first_last, width - 1));
  }
  check(worksheet_print_area(ws, 0, 0, last, width - 1));
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);  // one page wide, as many long as it takes
  worksheet_center_horizontally(ws);
  worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.7);  // inches: about 1.3 cm, 1.5 cm at the top, 1.8 cm under
  check(worksheet_set_footer(ws, "&C第 &P 页 共 &N 页"));
}

}  // namespace

std::string render_publish_xlsx(const publish::Notice& notice, const PublishContext& context) {
  TempFile file;
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;  // merged ranges need the whole sheet in memory
  std::string tmpdir;
  if (const char* dir = std::getenv("TMPDIR"); dir && *dir) tmpdir = dir;
  options.tmpdir = tmpdir.empty() ? nullptr : tmpdir.data();
  options.use_zip64 = LXW_FALSE;
  WorkbookHandle handle;
  handle.workbook = workbook_new_opt(file.path().c_str(), &options);
  if (!handle.workbook) fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
  lxw_workbook* wb = handle.workbook;

  // Document properties: shown by File › Info and searched by desktop indexers.
  std::string title = notice.title, subject = "综合行政执法事项目录公告表", author = notice.issuer;
  std::string keywords = notice.catalog;
  if (!notice.document.empty()) keywords += (keywords.empty() ? "" : ", ") + notice.document;
  std::string comments = notice.summary;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.company = author.data();
  properties.keywords = keywords.data();
  properties.comments = comments.data();
  properties.created = created_of(notice, context);
  check(workbook_set_properties(wb, &properties));

  const Formats formats(wb);
  std::vector<const publish::Part*> parts;
  for (const publish::Part& part : notice.parts) parts.push_back(&part);
  if (notice.kind == "changes" && !parts.empty()) {
    // An adjustment notice's kinds of change have tables of different
    // columns: a sheet each, named after it (新增事项, 取消事项, 调整事项,
    // 代码变更; 新增赋权事项, 收回赋权事项), each laid out as a notice of one
    // table under the notice's title rows and lead, so that each has its
    // header bold, frozen and heading every printed page.
    // (The kinds are distinct, so are the names.)
    for (const publish::Part* part : parts) write_sheet(wb, formats, notice, part_sheet_name(*part), {part});
  } else {
    write_sheet(wb, formats, notice, sheet_name(notice.title), parts);
  }

  const lxw_error closed = workbook_close(wb);
  handle.workbook = nullptr;  // workbook_close frees it, written or not
  check(closed);
  return file.bytes();
}

}  // namespace encat::render
