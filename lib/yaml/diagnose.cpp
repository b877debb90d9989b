#include "yaml/diagnose.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "util/utf8.h"
#include "yaml/reader.h"

namespace encat::yaml {
namespace {

// YAML allows tab, LF, CR and printable characters only.
std::optional<size_t> find_control_character(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
    if (c == 0xC2 && i + 1 < text.size()) {  // C1 controls U+0080–U+009F, except NEL
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F && next != 0x85) return i;
    }
  }
  return std::nullopt;
}

// A UTF-16 or UTF-32 byte-order mark: "UTF-16 LE", …; empty if none. UTF-32 LE
// first: its mark starts with UTF-16 LE's.
std::string_view wide_bom(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32 LE";
  if (bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32 BE";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16 LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16 BE";
  return {};
}

// UTF-16 or UTF-32 without a byte-order mark, guessed from where the NUL bytes
// are in the first KiB: YAML keys are ASCII, so in UTF-16 LE every odd byte is
// NUL for them ("k\0i\0…"), in BE every even one; UTF-32 has three in four.
std::string_view wide_without_bom(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 1024) & ~size_t{3};
  if (n < 4) return {};
  size_t nul[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') ++nul[i % 4];
  const size_t quarter = n / 4;
  const auto most = [&](size_t count) { return count * 10 >= quarter * 6; };  // 60 % or more
  const auto none = [&](size_t count) { return count * 10 <= quarter; };      // 10 % or less
  if (none(nul[0]) && most(nul[1]) && most(nul[2]) && most(nul[3])) return "UTF-32 LE";
  if (most(nul[0]) && most(nul[1]) && most(nul[2]) && none(nul[3])) return "UTF-32 BE";
  if (none(nul[0]) && none(nul[2]) && most(nul[1]) && most(nul[3])) return "UTF-16 LE";
  if (most(nul[0]) && most(nul[2]) && none(nul[1]) && none(nul[3])) return "UTF-16 BE";
  return {};
}

// Text in GBK/GB18030 from `at` to the end of its line: ASCII and double-byte
// characters (lead 0x81–0xFE, trail 0x40–0xFE), in a file with no control
// characters (binary files have them; a PNG header would pass the pair test).
bool looks_like_gbk(std::string_view bytes, size_t at) {
  if (find_control_character(bytes)) return false;
  size_t i = at;
  while (i < bytes.size() && bytes[i] != '\n') {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if (i + 1 >= bytes.size()) return false;
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE || trail == 0x7F) return false;
    i += 2;
  }
  return true;
}

const Text save_as_utf8_gbk = text("这像是 GBK/GB18030 编码（中文 Windows 下 Excel、记事本的默认编码）；请另存为 UTF-8",
                                   "this looks like GBK/GB18030 (the default of Excel and Notepad on Chinese Windows); save it as UTF-8");
Text save_as_utf8_wide(std::string_view encoding) {
  return text("文件是 {} 编码；请另存为 UTF-8", "the file is {}; save it as UTF-8", encoding);
}

std::string_view line_at(std::string_view source, unsigned line) {
  size_t start = 0;
  for (unsigned n = 1; n < line; ++n) {
    start = source.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  const size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// The byte offset of a quote on `line` that is never closed, if any.
// Quotes inside the other kind of quotes and after a comment's `#` do not count.
std::optional<size_t> unclosed_quote(std::string_view line) {
  char open = 0;
  size_t opened_at = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (open == '"') {
      if (c == '\\') ++i;
      else if (c == '"') open = 0;
    } else if (open == '\'') {
      if (c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') ++i;  // '' is an escaped quote
      else if (c == '\'') open = 0;
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ')) {
      break;
    } else if ((c == '"' || c == '\'') && (i == 0 || std::string_view(" [{,:-").find(line[i - 1]) != std::string_view::npos)) {
      open = c;
      opened_at = i;
    }
  }
  if (open) return opened_at;
  return std::nullopt;
}

std::string_view syntax_message_zh(const std::string& message) {
  static const std::pair<std::string_view, std::string_view> known[] = {
      {"end of map not found", "映射未正确结束"},
      {"end of map flow not found", "缺少 `}`"},
      {"end of sequence not found", "列表未正确结束"},
      {"end of sequence flow not found", "缺少 `]`"},
      {"illegal map value", "此处不能出现映射值（检查冒号和缩进）"},
      {"illegal map key", "此处不能出现映射键"},
      {"illegal block entry", "此处不能出现列表项（检查缩进）"},
      {"illegal flow end", "多余的 `]` 或 `}`"},
      {"illegal EOF in scalar", "引号未闭合，文件已结束"},
      {"illegal character in scalar", "标量中有非法字符"},
      {"illegal document indicator in scalar", "标量中出现文档分隔符"},
      {"unknown token", "无法识别的符号"},
      {"unexpected character in block scalar", "块标量中有意外字符"},
  };
  for (const auto& [en, zh] : known)
    if (message == en) return zh;
  if (message.rfind("unknown escape character", 0) == 0) return "未知的转义字符";
  return {};
}

}  // namespace

std::pair<unsigned, unsigned> position_of(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const unsigned line = static_cast<unsigned>(std::count(before.begin(), before.end(), '\n')) + 1;
  const size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  return {line, static_cast<unsigned>(count_code_points(before.substr(line_start))) + 1};
}

std::optional<Finding> encoding_finding(const std::string& file, std::string_view bytes, std::string_view source) {
  if (const std::string_view encoding = wide_bom(bytes); !encoding.empty())
    return make_finding(Code::E002, {file, 1, 1, encoding[4] == '3' ? 4u : 2u},  // the bytes of the mark
                        text("文件不是 UTF-8：开头是 {} 的字节顺序标记", "the file is not UTF-8: it starts with a {} byte-order mark",
                             encoding))
        .note(save_as_utf8_wide(encoding));
  if (const std::string_view encoding = wide_without_bom(bytes); !encoding.empty())
    return make_finding(Code::E002, {file, 1, 1, 1},
                        text("文件不是 UTF-8：看起来是没有字节顺序标记的 {}（字母之间夹着 NUL 字节）",
                             "the file is not UTF-8: it looks like {} without a byte-order mark (NUL bytes between the letters)",
                             encoding))
        .note(save_as_utf8_wide(encoding));
  if (const std::optional<size_t> bad = find_invalid_utf8(source)) {
    const auto [line, column] = position_of(source, *bad);
    const size_t offset = *bad + (bytes.size() - source.size());
    Finding finding = make_finding(
        Code::E002, {file, line, column, 1},
        text("文件不是有效的 UTF-8：字节偏移 {} 处的 0x{:02X} 无效", "the file is not valid UTF-8: the byte 0x{1:02X} at offset {0} is invalid",
             offset, static_cast<unsigned>(static_cast<unsigned char>(source[*bad]))));
    if (looks_like_gbk(source, *bad)) finding.note(save_as_utf8_gbk);
    return finding;
  }
  if (const std::optional<size_t> bad = find_control_character(source)) {
    const auto [line, column] = position_of(source, *bad);
    const auto c = static_cast<unsigned char>(source[*bad]);
    const unsigned code_point = c == 0xC2 ? static_cast<unsigned char>(source[*bad + 1]) : c;
    Finding finding = make_finding(Code::E002, {file, line, column, 1},
                                   text("文件含有 YAML 不允许的控制字符 U+{:04X}", "the file contains the control character U+{:04X}, which YAML does not allow",
                                        code_point));
    if (code_point == 0)
      finding.note(text("含 NUL 字节的文件通常是 UTF-16 编码或二进制文件；请另存为 UTF-8",
                        "a file with NUL bytes is usually UTF-16 or binary; save it as UTF-8"));
    return finding;
  }
  return std::nullopt;
}

unsigned token_span(std::string_view source, size_t offset) {
  if (offset >= source.size()) return 0;
  const size_t line_start = offset == 0 ? 0 : source.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
  size_t n = source.find('\n', offset);
  if (n == std::string_view::npos) n = source.size();
  if (n > offset && source[n - 1] == '\r') --n;
  // The brackets open before `offset` on its line, outside quotes.
  int depth = 0;
  char quote = 0;
  for (size_t i = line_start; i < offset; ++i) {
    const char d = source[i];
    if (quote) {
      if (d == '\\' && quote == '"') ++i;
      else if (d == quote) quote = 0;
    } else if (d == '"' || d == '\'') {
      quote = d;
    } else if (d == '[' || d == '{') {
      ++depth;
    } else if ((d == ']' || d == '}') && depth > 0) {
      --depth;
    }
  }
  const bool flow = depth > 0;
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  const auto blank_or_end = [&](size_t j) { return j >= n || blank(source[j]); };
  const auto span_to = [&](size_t end) {
    while (end > offset && blank(source[end - 1])) --end;
    return static_cast<unsigned>(count_code_points(source.substr(offset, end - offset)));
  };
  const char c = source[offset];
  if (c == '"') {
    for (size_t j = offset + 1; j < n; ++j) {
      if (source[j] == '\\') ++j;
      else if (source[j] == '"') return span_to(j + 1);
    }
    return span_to(n);  // not closed on this line
  }
  if (c == '\'') {
    for (size_t j = offset + 1; j < n; ++j) {
      if (source[j] != '\'') continue;
      if (j + 1 < n && source[j + 1] == '\'') ++j;  // '' is a quote inside
      else return span_to(j + 1);
    }
    return span_to(n);
  }
  if (offset >= n || blank(c) || std::string_view("[]{},#&*!|>%@`").find(c) != std::string_view::npos ||
      ((c == '-' || c == '?' || c == ':') && blank_or_end(offset + 1)))
    return 0;
  size_t j = offset;
  for (; j < n; ++j) {
    const char d = source[j];
    if (flow && (d == ',' || d == ']' || d == '}')) break;
    if (d == '#' && j > offset && blank(source[j - 1])) break;
    if (d == ':' && blank_or_end(j + 1)) break;
  }
  return span_to(j);
}

Location token_location(const std::string& file, std::string_view source, size_t offset) {
  const auto [line, column] = position_of(source, offset);
  return {file, line, column, token_span(source, offset)};
}

Finding syntax_finding(const std::string& file, std::string_view source, size_t offset, const std::string& message,
                       std::optional<OpenBracket> open) {
  auto [line, column] = position_of(source, offset);

  // A tab in the indentation is the usual cause of "illegal block entry" and friends.
  for (unsigned l : {line, line + 1}) {
    const std::string_view text_line = line_at(source, l);
    const size_t indent_end = text_line.find_first_not_of(" \t");
    const size_t tab = text_line.substr(0, indent_end).find('\t');
    if (tab != std::string_view::npos)
      return make_finding(Code::E001, {file, l, static_cast<unsigned>(count_code_points(text_line.substr(0, tab))) + 1},
                          text("YAML 语法错误：缩进中不能使用制表符（Tab），请改用空格",
                               "invalid YAML: a tab in the indentation; YAML indents with spaces"));
  }
  // A quote opened and never closed makes the parser fail a line or more later.
  for (unsigned l = line; l >= 1 && l + 3 >= line; --l) {
    const std::string_view text_line = line_at(source, l);
    if (const std::optional<size_t> quote = unclosed_quote(text_line))
      return make_finding(Code::E001, token_location(file, source, static_cast<size_t>(text_line.data() - source.data()) + *quote),
                          text("YAML 语法错误：引号 `{}` 未闭合", "invalid YAML: the quote `{}` is not closed", text_line[*quote]))
          .note(text("解析器在第 {} 行第 {} 列发现问题", "the parser stopped at line {}, column {}", line, column));
  }
  const std::string_view zh = syntax_message_zh(message);
  Finding finding = make_finding(Code::E001, token_location(file, source, offset),
                                 {fmt::format("YAML 语法错误：{}", zh.empty() ? std::string_view(message) : zh),
                                  "invalid YAML: " + message});
  if (open && (message == "end of sequence flow not found" || message == "end of map flow not found"))
    finding.note(note_at({file, open->line, open->column}, fmt::format("未闭合的 `{}` 始于", open->bracket),
                         fmt::format("the `{}` that is not closed opened at", open->bracket)));
  return finding;
}

std::optional<Finding> line_end_finding(const std::string& file, std::string_view source) {
  for (size_t at = source.find('\r'); at != std::string_view::npos; at = source.find('\r', at + 1)) {
    if (at + 1 < source.size() && source[at + 1] == '\n') continue;
    const auto [line, column] = position_of(source, at);
    const bool only_cr = source.find('\n') == std::string_view::npos;
    return make_finding(Code::E001, {file, line, column, 1},
                        only_cr ? text("文件用单独的回车符（CR，旧版 Mac 的格式）换行；请改用 LF 换行另存",
                                       "the file ends its lines with a lone carriage return (CR, as old Mac files do); "
                                       "save it with LF line ends")
                                : text("此处有一个单独的回车符（CR），YAML 会把它当作换行；请改用 LF 换行另存",
                                       "a lone carriage return (CR) here, which YAML reads as a line end; "
                                       "save the file with LF line ends"));
  }
  return std::nullopt;
}

namespace {

// The kind of conflict marker the line at `at` starts with, or 0.
char conflict_marker_at(std::string_view source, size_t at) {
  const char c = source[at];
  if (c != '<' && c != '=' && c != '>' && c != '|') return 0;
  if (source.size() - at < 7) return 0;
  for (size_t i = 1; i < 7; ++i)
    if (source[at + i] != c) return 0;
  if (source.size() - at == 7) return c;
  const char after = source[at + 7];
  return after == ' ' || after == '\t' || after == '\n' || after == '\r' ? c : 0;
}

Text conflict_marker_message(char marker) {
  switch (marker) {
    case '<': return text("合并冲突标记 `<<<<<<<`：一处冲突从这里开始",
                          "merge conflict marker `<<<<<<<`: a conflict starts here");
    case '|': return text("合并冲突标记 `|||||||`：双方共同的原始内容从这里开始",
                          "merge conflict marker `|||||||`: the common ancestor's text starts here");
    case '=': return text("合并冲突标记 `=======`：冲突的另一方从这里开始",
                          "merge conflict marker `=======`: the other side of the conflict starts here");
    default: return text("合并冲突标记 `>>>>>>>`：冲突到这里结束",
                         "merge conflict marker `>>>>>>>`: the conflict ends here");
  }
}

// Calls `at_marker(marker, line)` for each conflict marker of `source` until
// it returns false.
template <typename AtMarker>
void for_each_conflict_marker(std::string_view source, AtMarker&& at_marker) {
  unsigned line = 1;
  for (size_t at = 0; at < source.size(); ++line) {
    if (const char marker = conflict_marker_at(source, at))
      if (!at_marker(marker, line)) return;
    const void* end = std::memchr(source.data() + at, '\n', source.size() - at);
    if (!end) break;
    at = static_cast<size_t>(static_cast<const char*>(end) - source.data()) + 1;
  }
}

}  // namespace

std::vector<Finding> conflict_marker_findings(const std::string& file, std::string_view source) {
  std::vector<Finding> findings;
  for_each_conflict_marker(source, [&](char marker, unsigned line) {
    findings.push_back(make_finding(Code::E008, {file, line, 1, 7}, conflict_marker_message(marker)));
    // Said once per conflict (and once at all): the markers that follow belong to it.
    if (marker == '<' || findings.size() == 1)
      findings.back().note(text("请先解决冲突：保留正确的内容，删除标记行，然后重新检查",
                                "resolve the conflict first: keep the right text, delete the marker lines, then check again"));
    return true;
  });
  return findings;
}

bool has_conflict_markers(std::string_view bytes) {
  bool found = false;
  for_each_conflict_marker(bytes, [&](char, unsigned) { return !(found = true); });
  return found;
}

Finding second_document_finding(const std::string& file, std::string_view source, size_t offset) {
  return make_finding(Code::E001, token_location(file, source, offset),
                      text("一个目录文件只能有一个 YAML 文档，此处开始了第二个",
                           "a catalog file holds one YAML document; a second one starts here"));
}

Finding content_after_document_finding(const std::string& file, std::string_view source, size_t offset) {
  return make_finding(Code::E001, token_location(file, source, offset),
                      text("YAML 文档在此之前已经结束，这里却还有内容；一个目录文件只能有一个 YAML 文档",
                           "the YAML document has already ended, but more follows here; "
                           "a catalog file holds one YAML document"));
}

namespace {

enum class LineKind { Blank, Directive, DocumentStart, DocumentEnd, Content };

// How yaml-cpp reads a line at its start (column 0); `rest` is what follows
// a `---` or `...` marker on the line.
LineKind line_kind(std::string_view line, bool& rest) {
  rest = false;
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] == '#') return LineKind::Blank;
  if (line[0] == '%') return LineKind::Directive;
  for (const auto& [marker, kind] : {std::pair{std::string_view("---"), LineKind::DocumentStart},
                                     std::pair{std::string_view("..."), LineKind::DocumentEnd}}) {
    if (line.substr(0, 3) != marker || (line.size() > 3 && line[3] != ' ' && line[3] != '\t')) continue;
    const size_t next = line.find_first_not_of(" \t", 3);
    rest = next != std::string_view::npos && line[next] != '#';
    return kind;
  }
  return LineKind::Content;
}

}  // namespace

std::optional<Boundary> boundary_finding(const std::string& file, std::string_view source,
                                         const std::vector<std::pair<size_t, size_t>>& quoted, size_t until) {
  const auto at = [&](size_t offset, Text message) {
    return Boundary{offset, make_finding(Code::E001, token_location(file, source, offset), std::move(message))};
  };
  const Text directive_in_document =
      text("行首的 `%` 开始一条 YAML 指令，文档到此就结束了；如果它是值的一部分，请给值加引号或缩进这一行",
           "a `%` at the start of a line begins a YAML directive, which ends the document here; "
           "if it is part of a value, quote the value or indent the line");
  const Text ends_early = text("`...` 表示 YAML 文档到此结束，但文件还有内容；一个目录文件只能有一个 YAML 文档",
                               "`...` ends the YAML document here, but the file goes on; "
                               "a catalog file holds one YAML document");
  const Text directive_alone = text("YAML 指令（以 `%` 开头的行）之后必须有一行 `---`",
                                    "a YAML directive (a line starting with `%`) must be followed by a `---` line");
  enum class State { Before, In, After } state = State::Before;
  constexpr size_t none = std::string_view::npos;
  size_t directive = none;  // before the document: a `%` line still waiting for `---`
  size_t end_at = 0;                // the `...` line
  size_t span = 0;                  // the first quoted range not wholly before this line
  size_t start = 0;
  while (start < source.size() && start < until) {
    const size_t newline = source.find('\n', start);
    const size_t next = newline == std::string_view::npos ? source.size() : newline + 1;
    std::string_view line = source.substr(start, next - start);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    while (span < quoted.size() && quoted[span].second < start) ++span;
    const bool in_quotes = span < quoted.size() && quoted[span].first < start;
    const size_t here = start;
    start = next;
    if (in_quotes) continue;
    bool rest = false;
    const LineKind kind = line_kind(line, rest);
    if (kind == LineKind::Blank) continue;
    if (state == State::Before) {
      if (kind == LineKind::Directive) {
        if (directive == none) directive = here;
        continue;
      }
      if (directive != none && kind != LineKind::DocumentStart) return at(directive, directive_alone);
      directive = none;
      state = State::In;
      if (kind != LineKind::DocumentEnd) continue;
    }
    if (state == State::In) {
      if (kind == LineKind::Directive) return at(here, directive_in_document);
      if (kind == LineKind::DocumentStart) return Boundary{here, second_document_finding(file, source, here)};
      if (kind == LineKind::DocumentEnd) {
        if (rest) return at(here, ends_early);
        end_at = here;
        state = State::After;
      }
      continue;
    }
    // After `...`: only more `...`, comments and blank lines.
    if (kind == LineKind::DocumentEnd && !rest) continue;
    if (kind == LineKind::DocumentStart) return Boundary{here, second_document_finding(file, source, here)};
    return at(end_at, ends_early);
  }
  if (directive != none && start >= source.size()) return at(directive, directive_alone);
  return std::nullopt;
}

}  // namespace encat::yaml
