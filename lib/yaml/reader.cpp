#include "yaml/reader.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <limits>
#include <streambuf>

#include "util/files.h"
#include "util/utf8.h"
#include "yaml/diagnose.h"

namespace encat::yaml {
namespace {

// An istream over bytes already in memory (no copy), optionally after a
// short prefix of its own.
struct MemoryBuffer : std::streambuf {
  MemoryBuffer(std::string_view prefix, std::string_view bytes) : m_bytes(bytes) {
    if (prefix.empty()) {
      set(m_bytes);
      m_bytes = {};
    } else {
      set(prefix);
    }
  }
  int_type underflow() override {
    if (m_bytes.empty()) return traits_type::eof();
    set(m_bytes);
    m_bytes = {};
    return traits_type::to_int_type(*gptr());
  }

 private:
  void set(std::string_view part) {
    char* p = const_cast<char*>(part.data());
    setg(p, p, p + part.size());
  }
  std::string_view m_bytes;  // still to come after the current part
};

// yaml-cpp keeps every token of a flow collection that could still be the key
// of a block mapping (`{…}: value`) until the collection closes: for a JSON
// file that is the whole file, some 10-40 bytes of memory per byte of input.
// After `--- ` on the same line a key cannot start there, so a file that
// begins with `{` or `[` is read as `--- ` and the file, and marks are mapped
// back. (A flow collection as a block key at the start of the file is then a
// syntax error; it is no catalog either way.)
struct Shift {
  static constexpr std::string_view prefix = "--- ";
  size_t size = 0;  // 0 or prefix.size()
  size_t to_source(int pos) const {
    const auto p = static_cast<size_t>(std::max(pos, 0));
    return p < size ? 0 : p - size;
  }
};

Shift shift_for(std::string_view source) {
  const size_t first = source.find_first_not_of(" \t");
  if (first != std::string_view::npos && (source[first] == '{' || source[first] == '[')) return Shift{Shift::prefix.size()};
  return Shift{};
}

// Thrown from the event handler to stop parsing: a limit was broken, a quote
// is not closed (the finding is already recorded) or a second document began.
struct StopParsing {};

std::string_view strip_bom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return bytes.substr(3);
  return bytes;
}

Finding alias_finding(const std::string& file, unsigned line, unsigned column) {
  return make_finding(Code::E006, {file, line, column},
                      text("不允许使用 YAML 锚点或别名（`&`、`*`）", "YAML anchors and aliases (`&`, `*`) are not allowed"));
}

Finding too_large_finding(const std::string& file, std::uintmax_t size, std::uintmax_t limit) {
  return make_finding(Code::E006, {file, 1, 1},
                      text("文件大小 {} 字节超过上限 {} 字节", "the file is {} bytes, more than the limit of {} bytes",
                           size, limit));
}

}  // namespace

// Builds a Document from yaml-cpp's events, checking limits and keys as it goes.
class DocumentBuilder final : public YAML::EventHandler {
 public:
  DocumentBuilder(Document& doc, std::string_view source, Shift shift, const Limits& limits,
                  std::vector<Finding>& findings)
      : m_doc(doc), m_source(source), m_shift(shift), m_limits(limits), m_findings(findings) {}

  std::optional<size_t> second_document() const { return m_second_document; }
  const std::vector<std::pair<size_t, size_t>>& quoted() const { return m_quoted; }

  // The innermost `[` or `{` still open (for a syntax error's note).
  std::optional<OpenBracket> open_bracket() const {
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
      if (!it->flow) continue;
      const Document::Entry& e = m_doc.m_nodes[it->node];
      return OpenBracket{it->mapping ? '{' : '[', e.line, e.column};
    }
    return std::nullopt;
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++m_documents > 1) {
      // The finding is made by read_bytes, which knows why the first one ended.
      m_second_document = m_shift.to_source(mark.pos);
      throw StopParsing{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    const uint32_t index = add_node(mark, Type::Null, true, {});
    // An empty value's mark is where the next token starts, often on the next
    // line; point at its key instead.
    if (!m_frames.empty() && m_frames.back().mapping) {
      const size_t own = m_pending.size() - m_frames.back().start;
      if (own % 2 == 0) {
        Document::Entry& key = m_doc.m_nodes[m_pending[m_pending.size() - 2]];
        Document::Entry& value = m_doc.m_nodes[index];
        if (value.line != key.line) {
          value.line = key.line;
          value.column = key.column;
        }
      }
    }
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { reject_alias(mark); }
  void OnAnchor(const YAML::Mark& mark, const std::string&) override { reject_alias(mark); }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    // yaml-cpp's tag is "?" for a plain scalar, "!" for a quoted one and the
    // tag itself otherwise.
    const bool plain = tag == "?";
    if (!plain) check_closing_quote(mark);
    const uint32_t index = add_node(mark, plain ? resolve_plain(value) : Type::String, plain, value);
    m_doc.m_nodes[index].tagged = !plain && tag != "!";
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, anchor, Type::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, anchor, Type::Mapping, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override {
    check_duplicate_keys();
    close();
  }

 private:
  struct Frame {
    uint32_t node;
    uint32_t start;  // where this container's children begin in m_pending
    unsigned depth;  // nesting level in the source, 1 for the root
    bool mapping;
    bool flow;  // written with brackets
  };

  // The 1-based line and column (in code points) of a mark. yaml-cpp's column
  // counts bytes; code points are counted from the last mark on the same line
  // (marks come nearly in order), so a long line costs its length once, not
  // once per node on it.
  std::pair<unsigned, unsigned> position(const YAML::Mark& mark) {
    const auto line = static_cast<unsigned>(mark.line + 1);
    if (mark.column > mark.pos) return {line, 1};
    const size_t pos = m_shift.to_source(mark.pos);
    const size_t line_start = m_shift.to_source(mark.pos - std::max(mark.column, 0));
    if (pos > m_source.size()) return {line, 1};
    if (line_start != m_cache_line_start) {
      m_cache_line_start = line_start;
      m_cache_pos = line_start;
      m_cache_column = 0;
    }
    if (pos >= m_cache_pos)
      m_cache_column += count_code_points(m_source.substr(m_cache_pos, pos - m_cache_pos));
    else
      m_cache_column -= count_code_points(m_source.substr(pos, m_cache_pos - pos));
    m_cache_pos = pos;
    return {line, static_cast<unsigned>(m_cache_column + 1)};
  }

  uint32_t add_node(const YAML::Mark& mark, Type type, bool plain, std::string_view value) {
    const auto [line, column] = position(mark);
    const auto index = static_cast<uint32_t>(m_doc.m_nodes.size());
    const auto offset = static_cast<uint32_t>(m_doc.m_text.size());
    m_doc.m_text.append(value);
    m_doc.m_nodes.push_back({line, column, offset, static_cast<uint32_t>(value.size()), type, plain, false});
    if (!m_frames.empty()) m_pending.push_back(index);
    return index;
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Type type, bool flow) {
    check_anchor(mark, anchor);
    // For an unclosed `[` yaml-cpp opens a mapping (a possible key) and the
    // sequence at the same place: that is one level of the source, not two.
    const auto [line, column] = position(mark);
    const bool same_place = !m_frames.empty() && m_doc.m_nodes[m_frames.back().node].line == line &&
                            m_doc.m_nodes[m_frames.back().node].column == column;
    const unsigned depth = (m_frames.empty() ? 0 : m_frames.back().depth) + (same_place ? 0 : 1);
    if (depth > m_limits.max_depth) {
      const auto [line, column] = position(mark);
      m_findings.push_back(make_finding(Code::E006, {m_doc.file(), line, column},
                                        text("嵌套深度超过上限 {}", "nesting is deeper than the limit of {}",
                                             m_limits.max_depth)));
      throw StopParsing{};
    }
    const uint32_t index = add_node(mark, type, true, {});
    m_frames.push_back({index, static_cast<uint32_t>(m_pending.size()), depth, type == Type::Mapping, flow});
  }

  void close() {
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    Document::Entry& entry = m_doc.m_nodes[frame.node];
    entry.first = static_cast<uint32_t>(m_doc.m_children.size());
    entry.count = static_cast<uint32_t>(m_pending.size() - frame.start);
    m_doc.m_children.insert(m_doc.m_children.end(), m_pending.begin() + frame.start, m_pending.end());
    m_pending.resize(frame.start);
  }

  std::string_view key_text(uint32_t node) const {
    const Document::Entry& e = m_doc.m_nodes[node];
    return std::string_view(m_doc.m_text).substr(e.first, e.count);
  }

  void check_duplicate_keys() {
    const Frame& frame = m_frames.back();
    const size_t pairs = (m_pending.size() - frame.start) / 2;
    if (pairs < 2) return;
    std::vector<uint32_t> keys;  // scalar key nodes, in order of appearance
    keys.reserve(pairs);
    for (size_t i = 0; i < pairs; ++i) {
      const uint32_t key = m_pending[frame.start + 2 * i];
      if (m_doc.m_nodes[key].type <= Type::String) keys.push_back(key);
    }
    std::vector<std::pair<uint32_t, uint32_t>> duplicates;  // (first, repeat)
    if (keys.size() <= 16) {
      for (size_t i = 1; i < keys.size(); ++i)
        for (size_t j = 0; j < i; ++j)
          if (key_text(keys[i]) == key_text(keys[j])) {
            duplicates.push_back({keys[j], keys[i]});
            break;
          }
    } else {
      std::vector<uint32_t> sorted = keys;  // node indices grow with position
      std::stable_sort(sorted.begin(), sorted.end(),
                       [&](uint32_t a, uint32_t b) { return key_text(a) < key_text(b); });
      for (size_t i = 1; i < sorted.size(); ++i) {
        size_t first = i - 1;
        while (i < sorted.size() && key_text(sorted[i]) == key_text(sorted[first])) {
          duplicates.push_back({sorted[first], sorted[i]});
          ++i;
        }
      }
    }
    for (const auto& [first, repeat] : duplicates) {
      const Document::Entry& a = m_doc.m_nodes[first];
      const Document::Entry& b = m_doc.m_nodes[repeat];
      const Location first_at{m_doc.file(), a.line, a.column};
      m_findings.push_back(make_finding(Code::E003, {m_doc.file(), b.line, b.column},
                                        text("键 `{}` 重复", "duplicate key `{}`", key_text(repeat)))
                               .note(note_at(first_at, "首次出现于", "first defined at")));
    }
  }

  // yaml-cpp accepts a quoted scalar that runs to the end of the file; YAML
  // does not (the rest of the file would silently become its text).
  void check_closing_quote(const YAML::Mark& mark) {
    size_t start = m_shift.to_source(mark.pos);
    if (start < m_source.size() && m_source[start] == '!') {  // `!!str "…"`: the mark is at the tag
      while (start < m_source.size() && m_source[start] != ' ' && m_source[start] != '\t' && m_source[start] != '\n') ++start;
      while (start < m_source.size() && (m_source[start] == ' ' || m_source[start] == '\t')) ++start;
    }
    if (start >= m_source.size()) return;
    const char quote = m_source[start];
    if (quote != '"' && quote != '\'') return;
    bool lines = false;
    for (size_t i = start + 1; i < m_source.size(); ++i) {
      const char c = m_source[i];
      if (c == '\n') lines = true;
      if (quote == '"' && c == '\\') {
        ++i;
        if (i < m_source.size() && m_source[i] == '\n') lines = true;
      } else if (c == quote && !(quote == '\'' && i + 1 < m_source.size() && m_source[i + 1] == '\'')) {
        if (lines) m_quoted.push_back({start, i});
        return;
      } else if (quote == '\'' && c == '\'') {
        ++i;  // '' inside single quotes
      }
    }
    const auto [line, column] = position(mark);
    m_findings.push_back(make_finding(Code::E001, {m_doc.file(), line, column},
                                      text("YAML 语法错误：引号 `{}` 未闭合", "invalid YAML: the quote `{}` is not closed", quote)));
    throw StopParsing{};
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) reject_alias(mark);
  }

  [[noreturn]] void reject_alias(const YAML::Mark& mark) {
    const auto [line, column] = position(mark);
    m_findings.push_back(alias_finding(m_doc.file(), line, column));
    throw StopParsing{};
  }

  Document& m_doc;
  std::string_view m_source;
  Shift m_shift;
  const Limits& m_limits;
  std::vector<Finding>& m_findings;
  std::vector<Frame> m_frames;
  std::vector<uint32_t> m_pending;  // children of the open containers, innermost last
  int m_documents = 0;
  std::optional<size_t> m_second_document;          // where it starts
  std::vector<std::pair<size_t, size_t>> m_quoted;  // multi-line quoted scalars: quote to quote
  // position(): the code points of the current line before byte m_cache_pos.
  size_t m_cache_line_start = std::numeric_limits<size_t>::max();
  size_t m_cache_pos = 0;
  size_t m_cache_column = 0;
};

ReadResult read_bytes(const std::string& file, std::string_view bytes, const Limits& limits) {
  ReadResult result;
  // yaml-cpp keeps positions in `int`.
  if (bytes.size() > limits.max_file_size || bytes.size() > std::numeric_limits<int>::max()) {
    result.findings.push_back(too_large_finding(file, bytes.size(), limits.max_file_size));
    return result;
  }
  const std::string_view source = strip_bom(bytes);
  if (std::optional<Finding> finding = encoding_finding(file, bytes, source)) {
    result.findings.push_back(std::move(*finding));
    return result;
  }

  if (std::optional<Finding> finding = line_end_finding(file, source)) {
    result.findings.push_back(std::move(*finding));
    return result;
  }

  auto doc = std::make_shared<Document>(file);
  const Shift shift = shift_for(source);
  DocumentBuilder builder(*doc, source, shift, limits, result.findings);
  MemoryBuffer buffer(shift.size ? Shift::prefix : std::string_view(), source);
  std::istream in(&buffer);
  // Usable only when yaml-cpp read one document to the end of the bytes: a
  // file with any E001, E002 or E006 has no tree (tools.md: invalid input is
  // never used), so nothing downstream sees half a catalog.
  bool usable = false;
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
    usable = true;
  } catch (const StopParsing&) {
  } catch (const YAML::Exception& error) {
    const size_t offset = error.mark.is_null() ? 0 : std::min(shift.to_source(error.mark.pos), source.size());
    const auto [line, column] = position_of(source, offset);
    if (error.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {  // an alias to no anchor is still an alias
      result.findings.push_back(alias_finding(file, line, column));
    } else if (std::optional<Boundary> boundary =
                   boundary_finding(file, source, builder.quoted(), offset + 1)) {
      // A directive or a document marker on this line or an earlier one
      // ended the document, and what followed made no sense to yaml-cpp.
      result.findings.push_back(std::move(boundary->finding));
    } else {
      result.findings.push_back(syntax_finding(file, source, offset, error.msg, builder.open_bracket()));
    }
  } catch (const std::bad_alloc&) {
    result.findings.push_back(make_finding(Code::E006, {file, 1, 1},
                                           text("文件过大，内存不足", "the file needs more memory than is available")));
  }
  // yaml-cpp ends the document at a line starting with `%`, `---` or `...`,
  // wherever it is; the data after it would be lost without a word.
  if (usable || builder.second_document()) {
    if (std::optional<Boundary> boundary = boundary_finding(file, source, builder.quoted(), source.size())) {
      result.findings.push_back(std::move(boundary->finding));
      usable = false;
    } else if (const std::optional<size_t> second = builder.second_document()) {
      result.findings.push_back(content_after_document_finding(file, source, *second));
    }
  }
  if (usable) result.document = std::move(doc);
  return result;
}

ReadResult read_file(const std::string& path, const Limits& limits) {
  FileBytes file = encat::read_file(path, limits.max_file_size);
  if (file.status == FileBytes::Status::Unreadable) {
    ReadResult result;
    result.io_error = file.error;
    return result;
  }
  if (file.status == FileBytes::Status::TooLarge) {
    ReadResult result;
    result.findings.push_back(too_large_finding(path, file.size, limits.max_file_size));
    return result;
  }
  return read_bytes(path, file.bytes, limits);
}

}  // namespace encat::yaml
