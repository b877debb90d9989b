#include "tabular/xlsx.h"

#include <expat.h>
#include <zip.h>

#include <cctype>
#include <map>
#include <memory>
#include <optional>

#include "util/files.h"
#include "util/utf8.h"

namespace encat::tabular {

namespace {

constexpr char kNsSeparator = ' ';
constexpr size_t kChunk = 64 * 1024;

std::string_view local_name(const XML_Char* name) {
  std::string_view s(name);
  size_t at = s.rfind(kNsSeparator);
  return at == std::string_view::npos ? s : s.substr(at + 1);
}

bool has_namespace(const XML_Char* name) { return std::string_view(name).find(kNsSeparator) != std::string_view::npos; }

// The value of the attribute with this local name (and without a namespace
// unless `namespaced`), or nullptr.
const char* attribute(const XML_Char** attrs, std::string_view name, bool namespaced = false) {
  for (size_t i = 0; attrs[i]; i += 2)
    if (local_name(attrs[i]) == name && has_namespace(attrs[i]) == namespaced) return attrs[i + 1];
  return nullptr;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// OOXML's `_xHHHH_` escapes (ST_Xstring): `_x000D_` is a CR, `_x005F_` an underscore.
std::string decode_escapes(const std::string& s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      int v = 0;
      bool ok = true;
      for (size_t k = 2; k < 6; ++k) {
        int h = hex_value(s[i + k]);
        if (h < 0) ok = false;
        v = v * 16 + h;
      }
      if (ok && !(v >= 0xD800 && v <= 0xDFFF)) {
        append_utf8(out, static_cast<char32_t>(v));
        i += 7;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

std::string folder_of(const std::string& part) {
  size_t at = part.rfind('/');
  return at == std::string::npos ? std::string() : part.substr(0, at + 1);
}

// A relationship target resolved against the folder of its source part.
std::string resolve_target(const std::string& folder, const std::string& target) {
  std::string joined = !target.empty() && target[0] == '/' ? target.substr(1) : folder + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string piece = joined.substr(start, end - start);
    if (piece == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!piece.empty() && piece != ".") {
      parts.push_back(piece);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& piece : parts) out += (out.empty() ? "" : "/") + piece;
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// What a part's handler sees; it may stop the parse with a problem.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XML_Char** attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void chars(std::string_view) {}
  std::optional<Problem> m_problem;  // set to stop
};

struct Relationship {
  std::string type;
  std::string target;  // resolved
};

class RelsHandler : public XmlHandler {
 public:
  explicit RelsHandler(std::string folder) : m_folder(std::move(folder)) {}
  void start(std::string_view name, const XML_Char** attrs) override {
    if (name != "Relationship") return;
    const char* id = attribute(attrs, "Id");
    const char* type = attribute(attrs, "Type");
    const char* target = attribute(attrs, "Target");
    const char* mode = attribute(attrs, "TargetMode");
    if (!id || !type || !target || (mode && std::string_view(mode) == "External")) return;
    m_rels[id] = {type, resolve_target(m_folder, target)};
  }
  void end(std::string_view) override {}
  std::string m_folder;
  std::map<std::string, Relationship> m_rels;
};

struct SheetEntry {
  std::string name;
  std::string rel_id;
  bool hidden = false;
};

class WorkbookHandler : public XmlHandler {
 public:
  void start(std::string_view name, const XML_Char** attrs) override {
    if (name != "sheet") return;
    SheetEntry entry;
    if (const char* n = attribute(attrs, "name")) entry.name = n;
    if (const char* id = attribute(attrs, "id", true)) entry.rel_id = id;
    if (const char* state = attribute(attrs, "state")) entry.hidden = std::string_view(state) != "visible";
    m_sheets.push_back(std::move(entry));
  }
  void end(std::string_view) override {}
  std::vector<SheetEntry> m_sheets;
};

class Reader;

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(const Limits& limits, std::vector<std::string>& strings) : m_limits(limits), m_strings(strings) {}
  void start(std::string_view name, const XML_Char**) override;
  void end(std::string_view name) override;
  void chars(std::string_view s) override;

 private:
  const Limits& m_limits;
  std::vector<std::string>& m_strings;
  bool m_in_si = false;
  bool m_in_t = false;
  int m_phonetic = 0;
  std::string m_current;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const Limits& limits, const std::vector<std::string>& strings, Sheet& sheet)
      : m_limits(limits), m_strings(strings), m_sheet(sheet) {}
  void start(std::string_view name, const XML_Char** attrs) override;
  void end(std::string_view name) override;
  void chars(std::string_view s) override;
  uint32_t m_row = 0;  // the current row and cell, for problems
  uint32_t m_col = 0;
  uint64_t m_cells = 0;

 private:
  void fail(ProblemKind kind, Text message) {
    if (m_problem) return;
    Problem problem;
    problem.kind = kind;
    problem.row = m_row;
    problem.col = m_col;
    problem.message = std::move(message);
    m_problem = std::move(problem);
  }
  void finish_cell();
  const Limits& m_limits;
  const std::vector<std::string>& m_strings;
  Sheet& m_sheet;
  bool m_in_data = false;
  bool m_in_cell = false;
  bool m_in_v = false;
  bool m_in_is = false;
  bool m_in_t = false;
  bool m_has_value = false;
  int m_phonetic = 0;
  std::string m_type;
  std::string m_v;
  std::string m_is;
};

void SharedStringsHandler::start(std::string_view name, const XML_Char**) {
  if (name == "si") {
    m_in_si = true;
    m_current.clear();
    if (m_strings.size() >= m_limits.max_cells) {
      Problem problem;
      problem.kind = ProblemKind::TooLarge;
      problem.message = text("共享字符串多于 {} 个", "more than {} shared strings", m_limits.max_cells);
      m_problem = std::move(problem);
    }
  } else if (name == "rPh") {
    ++m_phonetic;
  } else if (name == "t" && m_in_si && m_phonetic == 0) {
    m_in_t = true;
  }
}

void SharedStringsHandler::end(std::string_view name) {
  if (name == "si") {
    m_strings.push_back(decode_escapes(m_current));
    m_in_si = false;
  } else if (name == "rPh") {
    --m_phonetic;
  } else if (name == "t") {
    m_in_t = false;
  }
}

void SharedStringsHandler::chars(std::string_view s) {
  if (!m_in_t) return;
  m_current += s;
  if (m_current.size() > m_limits.max_cell_bytes && !m_problem) {
    Problem problem;
    problem.kind = ProblemKind::TooLarge;
    problem.message = text("第 {} 个共享字符串长于 {} 字节", "shared string {} is longer than {} bytes",
                           m_strings.size() + 1, m_limits.max_cell_bytes);
    m_problem = std::move(problem);
  }
}

void SheetHandler::start(std::string_view name, const XML_Char** attrs) {
  if (name == "sheetData") {
    m_in_data = true;
  } else if (m_in_data && name == "row") {
    uint32_t r = m_row + 1;
    if (const char* a = attribute(attrs, "r")) {
      char* end = nullptr;
      unsigned long v = std::strtoul(a, &end, 10);
      if (!*a || *end || v == 0 || v > 1048576) {
        fail(ProblemKind::Malformed, text("行号 `{}` 无效", "bad row number `{}`", std::string(a)));
        return;
      }
      r = static_cast<uint32_t>(v);
    }
    m_row = r;
    m_col = 0;
  } else if (m_in_data && name == "c") {
    m_in_cell = true;
    m_has_value = false;
    m_type.clear();
    m_v.clear();
    m_is.clear();
    if (const char* t = attribute(attrs, "t")) m_type = t;
    uint32_t row = m_row == 0 ? 1 : m_row, col = m_col + 1;
    if (const char* ref = attribute(attrs, "r")) {
      if (!parse_cell_ref(ref, row, col)) {
        fail(ProblemKind::Malformed, text("单元格引用 `{}` 无效", "bad cell reference `{}`", std::string(ref)));
        return;
      }
    }
    m_row = row;
    m_col = col;
    if (row > m_limits.max_rows) fail(ProblemKind::TooLarge, text("行数多于 {}", "more than {} rows", m_limits.max_rows));
    if (col > m_limits.max_columns)
      fail(ProblemKind::TooLarge, text("列数多于 {}", "more than {} columns", m_limits.max_columns));
  } else if (m_in_cell && name == "v") {
    m_in_v = true;
    m_has_value = true;
  } else if (m_in_cell && name == "is") {
    m_in_is = true;
    m_has_value = true;
  } else if (m_in_is && name == "rPh") {
    ++m_phonetic;
  } else if (m_in_is && name == "t" && m_phonetic == 0) {
    m_in_t = true;
  } else if (name == "mergeCell") {
    const char* ref = attribute(attrs, "ref");
    std::string_view s = ref ? ref : "";
    size_t colon = s.find(':');
    Range range;
    bool ok = parse_cell_ref(s.substr(0, colon), range.first_row, range.first_col);
    if (colon == std::string_view::npos) {
      range.last_row = range.first_row;
      range.last_col = range.first_col;
    } else {
      ok = ok && parse_cell_ref(s.substr(colon + 1), range.last_row, range.last_col);
    }
    if (!ok) {
      m_row = m_col = 0;
      fail(ProblemKind::Malformed, text("合并区域 `{}` 无效", "bad merged range `{}`", std::string(s)));
      return;
    }
    if (range.first_row > range.last_row) std::swap(range.first_row, range.last_row);
    if (range.first_col > range.last_col) std::swap(range.first_col, range.last_col);
    if (m_sheet.merged.size() >= m_limits.max_cells) {
      fail(ProblemKind::TooLarge, text("合并区域多于 {} 个", "more than {} merged ranges", m_limits.max_cells));
      return;
    }
    m_sheet.merged.push_back(range);
  }
}

void SheetHandler::finish_cell() {
  if (!m_has_value) return;  // a styled empty cell: not kept, does not widen the row
  Cell cell;
  cell.row = m_row;
  cell.col = m_col;
  if (m_type == "s") {
    char* end = nullptr;
    unsigned long index = std::strtoul(m_v.c_str(), &end, 10);
    if (m_v.empty() || *end || index >= m_strings.size()) {
      fail(ProblemKind::Malformed, text("共享字符串编号 `{}` 不存在", "no shared string `{}`", m_v));
      return;
    }
    cell.text = m_strings[index];
  } else if (m_type == "inlineStr") {
    cell.text = decode_escapes(m_is);
  } else if (m_type == "str" || m_type == "d") {
    cell.text = decode_escapes(m_v);
    if (m_type == "d") cell.raw = m_v;
  } else if (m_type == "b") {
    cell.text = m_v == "1" ? "TRUE" : m_v == "0" ? "FALSE" : m_v;
    cell.raw = m_v;
  } else if (m_type == "e") {
    cell.text = m_v;
    cell.raw = m_v;
  } else {  // n, or no type
    if (m_v.empty() && !m_is.empty()) {
      cell.text = decode_escapes(m_is);
    } else {
      cell.text = m_v;
      cell.raw = m_v;
      cell.number = !m_v.empty();
    }
  }
  auto& rows = m_sheet.rows;
  if (rows.size() < m_row) rows.resize(m_row);
  auto& row = rows[m_row - 1];
  if (row.size() < m_col) {
    m_cells += m_col - row.size();
    if (m_cells > m_limits.max_cells) {
      fail(ProblemKind::TooLarge, text("单元格多于 {} 个", "more than {} cells", m_limits.max_cells));
      return;
    }
    uint32_t from = static_cast<uint32_t>(row.size());
    row.resize(m_col);
    for (uint32_t c = from; c < m_col; ++c) {
      row[c].row = m_row;
      row[c].col = c + 1;
    }
  }
  row[m_col - 1] = std::move(cell);
}

void SheetHandler::end(std::string_view name) {
  if (name == "sheetData") {
    m_in_data = false;
  } else if (m_in_cell && name == "c") {
    finish_cell();
    m_in_cell = m_in_v = m_in_is = m_in_t = false;
  } else if (name == "v") {
    m_in_v = false;
  } else if (name == "is") {
    m_in_is = false;
  } else if (name == "rPh") {
    if (m_phonetic > 0) --m_phonetic;
  } else if (name == "t") {
    m_in_t = false;
  }
}

void SheetHandler::chars(std::string_view s) {
  std::string* target = m_in_v ? &m_v : (m_in_t ? &m_is : nullptr);
  if (!target) return;
  *target += s;
  if (target->size() > m_limits.max_cell_bytes)
    fail(ProblemKind::TooLarge, text("单元格 `{}` 长于 {} 字节", "cell `{}` is longer than {} bytes",
                                     cell_ref(m_row == 0 ? 1 : m_row, m_col == 0 ? 1 : m_col), m_limits.max_cell_bytes));
}

// The expat callbacks: depth, DTDs and entities are refused here for every part.
struct ParseState {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  const Limits* limits = nullptr;
  uint32_t depth = 0;
  std::optional<Problem> guard;  // a refusal by the guards below
};

void stop_with(ParseState& state, ProblemKind kind, Text message) {
  if (!state.guard) {
    Problem problem;
    problem.kind = kind;
    problem.message = std::move(message);
    state.guard = std::move(problem);
  }
  XML_StopParser(state.parser, XML_FALSE);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto& state = *static_cast<ParseState*>(data);
  if (++state.depth > state.limits->max_depth) {
    stop_with(state, ProblemKind::TooLarge,
              text("XML 嵌套深于 {} 层", "XML nested deeper than {} levels", state.limits->max_depth));
    return;
  }
  state.handler->start(local_name(name), attrs);
  if (state.handler->m_problem) XML_StopParser(state.parser, XML_FALSE);
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  auto& state = *static_cast<ParseState*>(data);
  --state.depth;
  state.handler->end(local_name(name));
  if (state.handler->m_problem) XML_StopParser(state.parser, XML_FALSE);
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  auto& state = *static_cast<ParseState*>(data);
  state.handler->chars(std::string_view(s, static_cast<size_t>(len)));
  if (state.handler->m_problem) XML_StopParser(state.parser, XML_FALSE);
}

void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  stop_with(*static_cast<ParseState*>(data), ProblemKind::Unsafe,
            text("XML 中有文档类型声明（DTD），拒绝读取", "the XML has a document type declaration (DTD): refused"));
}

void XMLCALL on_entity(void* data, const XML_Char* name, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
                       const XML_Char*, const XML_Char*) {
  stop_with(*static_cast<ParseState*>(data), ProblemKind::Unsafe,
            text("XML 中有实体声明 `{}`，拒绝读取", "the XML declares the entity `{}`: refused", std::string(name)));
}

// Why libzip refused, in words (its own text is English only).
Text zip_reason(int code) {
  switch (code) {
    case ZIP_ER_NOZIP:
      return text("找不到 zip 的目录（不是 zip 文件，或文件被截断）", "no zip directory found (not a zip file, or a truncated one)");
    case ZIP_ER_INCONS:
      return text("zip 的结构前后不一致（文件已损坏或被截断）", "the zip is inconsistent (damaged or truncated)");
    case ZIP_ER_EOF:
      return text("文件提前结束（被截断）", "the file ends early (truncated)");
    case ZIP_ER_CRC:
      return text("数据校验（CRC）失败，文件已损坏", "a CRC check failed: the file is damaged");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
      return text("压缩的数据已损坏", "the compressed data is damaged");
    case ZIP_ER_COMPNOTSUPP:
      return text("使用了不支持的压缩方法", "it uses a compression method that is not supported");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
      return text("内容已加密", "it is encrypted");
    case ZIP_ER_MULTIDISK:
      return text("是分卷的 zip，不支持", "it is a multi-disk zip, which is not supported");
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
    case ZIP_ER_TELL:
      return text("读取数据出错", "a read error");
    case ZIP_ER_MEMORY:
      return text("内存不足", "out of memory");
    default:
      return Text{fmt::format("zip 错误（libzip 错误码 {}）", code), fmt::format("zip error (libzip code {})", code)};
  }
}

class Reader {
 public:
  Reader(std::string_view bytes, const std::string& file, const Limits& limits)
      : m_bytes(bytes), m_file(file), m_limits(limits) {}
  ~Reader() {
    if (m_zip) zip_discard(m_zip);
  }

  Workbook run();

 private:
  void fail(ProblemKind kind, const std::string& part, Text message, uint64_t line = 0) {
    Problem problem;
    problem.kind = kind;
    problem.file = m_file;
    problem.part = part;
    problem.line = line;
    problem.message = std::move(message);
    m_book.problems.push_back(std::move(problem));
  }
  // Streams one part through `handler`; false (with a problem) on failure.
  // A missing part is a problem only when `required`.
  bool parse_part(const std::string& part, XmlHandler& handler, bool required, const std::string& sheet = {});

  std::string_view m_bytes;
  const std::string& m_file;
  const Limits& m_limits;
  zip_t* m_zip = nullptr;
  uint64_t m_unpacked = 0;
  Workbook m_book;
};

bool Reader::parse_part(const std::string& part, XmlHandler& handler, bool required, const std::string& sheet) {
  zip_int64_t index = zip_name_locate(m_zip, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    if (required) fail(ProblemKind::Malformed, part, text("缺少部件 `{}`", "the part `{}` is missing", part));
    return !required;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    fail(ProblemKind::Malformed, part, text("无法读取部件 `{}` 的信息", "cannot read the entry of `{}`", part));
    return false;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    fail(ProblemKind::Unsafe, part, text("部件 `{}` 已加密", "the part `{}` is encrypted", part));
    return false;
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > m_limits.max_unpacked_bytes - std::min(m_unpacked, m_limits.max_unpacked_bytes)) {
    fail(ProblemKind::TooLarge, part,
         text("部件 `{}` 声明解压后为 {} 字节，超过上限 {} 字节", "the part `{}` declares {} bytes unpacked, past the limit of {}",
              part, static_cast<uint64_t>(st.size), m_limits.max_unpacked_bytes));
    return false;
  }
  zip_file_t* zf = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
  if (!zf) {
    const Text reason = zip_reason(zip_error_code_zip(zip_get_error(m_zip)));
    fail(ProblemKind::Malformed, part, text("无法打开部件 `{0}`：{1}", "cannot open the part `{0}`: {2}", part, reason.zh, reason.en));
    return false;
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> zf_guard(zf, zip_fclose);
  XML_Parser parser = XML_ParserCreateNS(nullptr, kNsSeparator);
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser_guard(parser, XML_ParserFree);
  ParseState state;
  state.parser = parser;
  state.handler = &handler;
  state.limits = &m_limits;
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetStartDoctypeDeclHandler(parser, on_doctype);
  XML_SetEntityDeclHandler(parser, on_entity);
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  std::vector<char> buffer(kChunk);
  auto position = [&](Problem problem) {
    problem.file = m_file;
    problem.part = part;
    problem.sheet = sheet;
    if (problem.line == 0) problem.line = XML_GetCurrentLineNumber(parser);
    return problem;
  };
  for (;;) {
    zip_int64_t n = zip_fread(zf, buffer.data(), buffer.size());
    if (n < 0) {
      const Text reason = zip_reason(zip_error_code_zip(zip_file_get_error(zf)));
      fail(ProblemKind::Malformed, part, text("部件 `{0}` 解压失败：{1}", "cannot unpack the part `{0}`: {2}", part, reason.zh, reason.en));
      m_book.problems.back().sheet = sheet;
      return false;
    }
    m_unpacked += static_cast<uint64_t>(n);
    if (m_unpacked > m_limits.max_unpacked_bytes) {
      fail(ProblemKind::TooLarge, part,
           text("解压后超过上限 {} 字节（部件 `{}`）", "unpacked past the limit of {} bytes (in the part `{}`)",
                m_limits.max_unpacked_bytes, part));
      m_book.problems.back().sheet = sheet;
      return false;
    }
    bool last = n == 0;
    XML_Status status = XML_Parse(parser, buffer.data(), static_cast<int>(n), last ? XML_TRUE : XML_FALSE);
    if (state.guard) {
      m_book.problems.push_back(position(*state.guard));
      return false;
    }
    if (handler.m_problem) {
      m_book.problems.push_back(position(*handler.m_problem));
      return false;
    }
    if (status != XML_STATUS_OK) {
      fail(ProblemKind::Malformed, part,
           text("部件 `{}` 第 {} 行的 XML 有误：{}", "bad XML in the part `{}` at line {}: {}", part,
                static_cast<uint64_t>(XML_GetCurrentLineNumber(parser)), std::string(XML_ErrorString(XML_GetErrorCode(parser)))),
           XML_GetCurrentLineNumber(parser));
      m_book.problems.back().sheet = sheet;
      return false;
    }
    if (last) return true;
  }
}

Workbook Reader::run() {
  if (m_bytes.size() > m_limits.max_bytes) {
    fail(ProblemKind::TooLarge, "", text("`{}` 大于 {} 字节", "`{}` is larger than {} bytes", m_file, m_limits.max_bytes));
    return std::move(m_book);
  }
  if (m_bytes.size() >= 4 && m_bytes.substr(0, 4) == "\xD0\xCF\x11\xE0") {
    fail(ProblemKind::Unsafe, "",
         text("`{}` 是旧版 .xls 或加密的工作簿：请另存为不设密码的 .xlsx",
              "`{}` is an old .xls or an encrypted workbook: save it as an .xlsx without a password", m_file));
    return std::move(m_book);
  }
  if (m_bytes.empty()) {
    fail(ProblemKind::Malformed, "",
         text("`{}` 不是有效的 xlsx（zip）文件：文件是空的", "`{}` is not a valid xlsx (zip) file: the file is empty", m_file));
    return std::move(m_book);
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(m_bytes.data(), m_bytes.size(), 0, &error);
  if (source) {
    m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) zip_source_free(source);
  }
  if (!m_zip) {
    const Text reason = zip_reason(zip_error_code_zip(&error));
    fail(ProblemKind::Malformed, "",
         text("`{0}` 不是有效的 xlsx（zip）文件：{1}", "`{0}` is not a valid xlsx (zip) file: {2}", m_file, reason.zh,
              reason.en));
    zip_error_fini(&error);
    return std::move(m_book);
  }
  zip_error_fini(&error);

  RelsHandler package_rels("");
  if (!parse_part("_rels/.rels", package_rels, false)) return std::move(m_book);
  std::string workbook_part = "xl/workbook.xml";
  for (const auto& [id, rel] : package_rels.m_rels)
    if (ends_with(rel.type, "/officeDocument")) workbook_part = rel.target;
  WorkbookHandler workbook;
  if (!parse_part(workbook_part, workbook, true)) return std::move(m_book);
  std::string folder = folder_of(workbook_part);
  std::string rels_part = folder + "_rels/" + workbook_part.substr(folder.size()) + ".rels";
  RelsHandler rels(folder);
  if (!parse_part(rels_part, rels, true)) return std::move(m_book);
  std::vector<std::string> strings;
  std::string strings_part;
  for (const auto& [id, rel] : rels.m_rels)
    if (ends_with(rel.type, "/sharedStrings")) strings_part = rel.target;
  if (!strings_part.empty()) {
    SharedStringsHandler handler(m_limits, strings);
    if (!parse_part(strings_part, handler, true)) return std::move(m_book);
  }
  if (workbook.m_sheets.size() > m_limits.max_sheets) {
    fail(ProblemKind::TooLarge, workbook_part, text("工作表多于 {} 个", "more than {} sheets", m_limits.max_sheets));
    return std::move(m_book);
  }
  uint64_t cells = 0;
  for (const auto& entry : workbook.m_sheets) {
    auto rel = rels.m_rels.find(entry.rel_id);
    if (rel == rels.m_rels.end()) {
      fail(ProblemKind::Malformed, rels_part,
           text("工作表 `{}` 的关系 `{}` 不存在", "the sheet `{}` has no relationship `{}`", entry.name, entry.rel_id));
      m_book.problems.back().sheet = entry.name;
      return std::move(m_book);
    }
    if (!ends_with(rel->second.type, "/worksheet")) continue;  // a chartsheet, a dialog sheet
    Sheet sheet;
    sheet.name = entry.name;
    sheet.hidden = entry.hidden;
    SheetHandler handler(m_limits, strings, sheet);
    handler.m_cells = cells;
    if (!parse_part(rel->second.target, handler, true, entry.name)) return std::move(m_book);
    // Pad every row to the sheet's width; rows × width is what is kept.
    size_t width = sheet.width();
    cells = handler.m_cells;
    uint64_t padded = 0;
    for (const auto& row : sheet.rows) padded += width - row.size();
    if (cells + padded > m_limits.max_cells) {
      fail(ProblemKind::TooLarge, rel->second.target, text("单元格多于 {} 个", "more than {} cells", m_limits.max_cells));
      m_book.problems.back().sheet = entry.name;
      return std::move(m_book);
    }
    cells += padded;
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      auto& row = sheet.rows[r];
      for (size_t c = row.size(); c < width; ++c) {
        Cell cell;
        cell.row = static_cast<uint32_t>(r + 1);
        cell.col = static_cast<uint32_t>(c + 1);
        row.push_back(std::move(cell));
      }
    }
    m_book.sheets.push_back(std::move(sheet));
  }
  return std::move(m_book);
}

}  // namespace

Workbook read_xlsx(std::string_view bytes, const std::string& file, const Limits& limits) {
  return Reader(bytes, file, limits).run();
}

Workbook read_table_file(const std::string& path, const CsvOptions& options) {
  FileBytes read = read_file(path, options.limits.max_bytes);
  if (read.status != FileBytes::Status::Ok) {
    Workbook book;
    Problem problem;
    problem.kind = read.status == FileBytes::Status::TooLarge ? ProblemKind::TooLarge : ProblemKind::Io;
    problem.file = path;
    problem.message = read.status == FileBytes::Status::TooLarge
                          ? text("`{}` 大于 {} 字节", "`{}` is larger than {} bytes", path, options.limits.max_bytes)
                          : Text{fmt::format("无法读取 `{}`：{}", path, read.error.zh),
                                 fmt::format("cannot read `{}`: {}", path, read.error.en)};
    book.problems.push_back(std::move(problem));
    return book;
  }
  std::string_view bytes = read.bytes;
  std::string extension = path.size() >= 5 ? path.substr(path.size() - 5) : std::string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".xlsx" || (bytes.size() >= 4 && (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
                                                      bytes.substr(0, 4) == "\xD0\xCF\x11\xE0")))
    return read_xlsx(bytes, path, options.limits);
  return read_csv(bytes, path, options);
}

}  // namespace encat::tabular
