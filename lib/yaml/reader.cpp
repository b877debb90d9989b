#include "yaml/reader.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstring>
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

Finding alias_finding(Location at) {
  return make_finding(Code::E006, std::move(at),
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
  // `source` is the bytes after a byte-order mark of `bom` bytes.
  DocumentBuilder(Document& doc, std::string_view source, size_t bom, Shift shift, const Limits& limits,
                  std::vector<Finding>& findings)
      : m_doc(doc), m_source(source), m_bom(bom), m_shift(shift), m_limits(limits), m_findings(findings) {}

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
    const bool is_key = !m_frames.empty() && m_frames.back().mapping &&
                        (m_pending.size() - m_frames.back().start) % 2 == 0;
    const uint32_t index = add_node(mark, Type::Null, {});
    // `~` or `null` written there, or an empty node whose mark is the next token's.
    if (const size_t end = null_literal_end(m_shift.to_source(mark.pos), is_key)) {
      const size_t begin = m_shift.to_source(mark.pos);
      set_extent(index, begin, end, ScalarStyle::Plain, end);
      note_extent(begin, end, begin, begin);
    }
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
    const uint32_t index = add_node(mark, plain ? resolve_plain(value) : Type::String, value);
    m_doc.m_nodes[index].plain = plain;
    m_doc.m_nodes[index].tagged = !plain && tag != "!";
    scalar_extent(index, m_shift.to_source(mark.pos), value);
    tag_span(index, m_shift.to_source(mark.pos));
  }

  // After the last event: the comments after the last scalar, and every
  // comment's text copied into the Document's one buffer.
  void finish() {
    scan_comments(m_source.size());
    size_t total = 0;
    for (const Comment& c : m_doc.m_comments) total += c.text.size();
    m_doc.m_comment_text.reserve(total);
    for (Comment& c : m_doc.m_comments) {
      const size_t offset = m_doc.m_comment_text.size();
      m_doc.m_comment_text.append(c.text);
      c.text = std::string_view(m_doc.m_comment_text).substr(offset, c.text.size());
    }
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

  // A finding's location at a mark, its carets over the token there.
  Location at(const YAML::Mark& mark) {
    const auto [line, column] = position(mark);
    return {m_doc.file(), line, column, token_span(m_source, m_shift.to_source(mark.pos))};
  }

  uint32_t add_node(const YAML::Mark& mark, Type type, std::string_view value) {
    const auto [line, column] = position(mark);
    const auto index = static_cast<uint32_t>(m_doc.m_nodes.size());
    const auto offset = static_cast<uint32_t>(m_doc.m_text.size());
    const auto at = static_cast<uint32_t>(m_bom + std::min(m_shift.to_source(mark.pos), m_source.size()));
    m_doc.m_text.append(value);
    Document::Entry entry{};
    entry.line = line;
    entry.column = column;
    entry.first = offset;
    entry.count = static_cast<uint32_t>(value.size());
    entry.begin = entry.end = at;
    entry.type = static_cast<uint32_t>(type);
    entry.plain = true;  // OnScalar says otherwise
    m_doc.m_nodes.push_back(entry);
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
      m_findings.push_back(make_finding(Code::E006, at(mark),
                                        text("嵌套深度超过上限 {}", "nesting is deeper than the limit of {}",
                                             m_limits.max_depth)));
      throw StopParsing{};
    }
    const uint32_t index = add_node(mark, type, {});
    m_doc.m_nodes[index].flow = flow;
    m_frames.push_back({index, static_cast<uint32_t>(m_pending.size()), depth, type == Type::Mapping, flow});
  }

  void close() {
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    Document::Entry& entry = m_doc.m_nodes[frame.node];
    entry.first = static_cast<uint32_t>(m_doc.m_children.size());
    entry.count = static_cast<uint32_t>(m_pending.size() - frame.start);
    // A block mapping starts at its first key: its caret is the key's.
    if (frame.mapping && !frame.flow && entry.count > 0) {
      const Document::Entry& key = m_doc.m_nodes[m_pending[frame.start]];
      if (key.line == entry.line && key.column == entry.column) entry.span = key.span;
    }
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
      if (static_cast<Type>(m_doc.m_nodes[key].type) <= Type::String) keys.push_back(key);
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
      const Location first_at{m_doc.file(), a.line, a.column, a.span};
      m_findings.push_back(make_finding(Code::E003, {m_doc.file(), b.line, b.column, b.span},
                                        text("键 `{}` 重复", "duplicate key `{}`", key_text(repeat)))
                               .note(note_at(first_at, "首次出现于", "first defined at")));
    }
  }


  // ---- Extents of scalars, and the comments between them ----
  //
  // yaml-cpp's marks give where each scalar starts; its extent is lexed from
  // the bytes there. Scalars come in source order, so the bytes between one
  // scalar's end and the next one's start are scanned for comments as the
  // events arrive: linear time, no list of extents kept.

  static bool is_blank(char c) { return c == ' ' || c == '\t'; }
  static bool is_space(char c) { return is_blank(c) || c == '\n' || c == '\r'; }
  // The length of the line break at `i` (LF or CRLF), or 0.
  size_t break_at(size_t i) const {
    if (i < m_source.size() && m_source[i] == '\n') return 1;
    if (i + 1 < m_source.size() && m_source[i] == '\r' && m_source[i + 1] == '\n') return 2;
    return 0;
  }
  size_t line_end(size_t i) const {
    const size_t end = m_source.find('\n', i);
    return end == std::string_view::npos ? m_source.size() : end;
  }

  // Just after the closing quote of the quoted scalar whose opening quote is
  // at `start`, or npos when it is not closed.
  size_t quoted_end(size_t start) const {
    const char quote = m_source[start];
    for (size_t i = start + 1; i < m_source.size(); ++i) {
      const char c = m_source[i];
      if (quote == '"' && c == '\\') {
        ++i;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < m_source.size() && m_source[i + 1] == '\'') ++i;  // '' inside single quotes
        else return i + 1;
      }
    }
    return std::string_view::npos;
  }

  // The end of a plain scalar of value `value` starting at `i`: the bytes
  // are matched against the value, each line break (with the blanks around
  // it) read as the space or the newlines it folds to.
  size_t plain_end(size_t i, std::string_view value) const {
    const size_t n = m_source.size();
    size_t k = 0;
    while (k < value.size() && i < n) {
      const char c = m_source[i];
      if (is_space(c)) {
        size_t r = i;
        while (r < n && is_blank(m_source[r])) ++r;
        const size_t brk = break_at(r);
        if (!brk) {
          if (r == i || r - i > value.size() - k || m_source.compare(i, r - i, value.substr(k, r - i)) != 0) return i;
          k += r - i;
          i = r;
          continue;
        }
        size_t p = r + brk;
        size_t empty_lines = 0;
        for (;;) {
          size_t q = p;
          while (q < n && is_blank(m_source[q])) ++q;
          const size_t b = break_at(q);
          if (!b) {
            p = q;
            break;
          }
          ++empty_lines;
          p = q + b;
        }
        if (empty_lines == 0) {
          if (value[k] != ' ') return i;
          ++k;
        } else {
          if (value.size() - k < empty_lines || value.find_first_not_of('\n', k) < k + empty_lines) return i;
          k += empty_lines;
        }
        i = p;
        continue;
      }
      if (c != value[k]) return i;
      ++i;
      ++k;
    }
    return i;
  }

  // The end of `~`, `null`, `Null` or `NULL` at `i`, or 0 when no null is
  // written there (an empty node: its mark is where the next token starts).
  // A null followed by `:` is a key, so it is this node's only if this node
  // is a key.
  size_t null_literal_end(size_t i, bool is_key) const {
    if (i < m_scan_pos || i >= m_source.size()) return 0;
    size_t length = 0;
    for (std::string_view word : {"~", "null", "Null", "NULL"})
      if (m_source.compare(i, word.size(), word) == 0) length = word.size();
    if (!length) return 0;
    const size_t end = i + length;
    const auto ends_token = [&](size_t j) {
      return j >= m_source.size() || is_space(m_source[j]) || std::string_view(",]}#").find(m_source[j]) != std::string_view::npos;
    };
    if (!(ends_token(end) || (m_source[end] == ':' && ends_token(end + 1)))) return 0;
    size_t j = end;
    while (j < m_source.size() && is_blank(m_source[j])) ++j;
    const bool followed_by_colon = j < m_source.size() && m_source[j] == ':' &&
                                   (j + 1 >= m_source.size() || is_space(m_source[j + 1]) ||
                                    std::string_view(",[]{}").find(m_source[j + 1]) != std::string_view::npos);
    if (followed_by_colon && !is_key) return 0;
    return end;
  }

  // The indentation (0-based column) of the innermost block collection, or
  // -1 at the root: a block scalar's content is indented more.
  int block_indent() const {
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it)
      if (!it->flow) return static_cast<int>(m_doc.m_nodes[it->node].column) - 1;
    return -1;
  }

  // Where the scalar whose mark is at byte `start` begins: after its tag,
  // the blanks, line breaks and comments that follow the tag.
  size_t after_tag(size_t start) const {
    const size_t n = m_source.size();
    if (start >= n || m_source[start] != '!') return start;
    size_t i = start;
    while (i < n && !is_space(m_source[i])) ++i;
    while (i < n) {
      if (is_space(m_source[i])) ++i;
      else if (m_source[i] == '#') i = line_end(i);
      else break;
    }
    return i;
  }

  // The extent of the scalar whose mark is at byte `start` (at its tag, if
  // it has one), and the comments before it.
  // Node `index` covers source bytes [begin, end), written in `style`; its
  // span runs from `begin` to `first_end` or the end of its first line.
  void set_extent(uint32_t index, size_t begin, size_t end, ScalarStyle style, size_t first_end) {
    Document::Entry& e = m_doc.m_nodes[index];
    e.begin = static_cast<uint32_t>(m_bom + begin);
    e.end = static_cast<uint32_t>(m_bom + end);
    e.style = static_cast<uint32_t>(style);
    // The first line break before `first_end`, looked for only up to there:
    // a search to the end of the line would make a one-line file quadratic.
    const size_t limit = std::max(begin, std::min(first_end, m_source.size()));
    const void* line_break = std::memchr(m_source.data() + begin, '\n', limit - begin);
    size_t stop = line_break ? static_cast<size_t>(static_cast<const char*>(line_break) - m_source.data()) : limit;
    if (stop < end)  // more lines follow: up to the last non-blank of the first
      while (stop > begin && is_space(m_source[stop - 1])) --stop;
    const size_t span = count_code_points(m_source.substr(begin, stop - begin));
    e.span = static_cast<uint32_t>(std::min<size_t>(span, Document::kMaxSpan));
  }

  // A tagged scalar's caret stays under its tag: the finding is about the
  // tag (`!!int 2022` is read as a string), not about the text after it.
  void tag_span(uint32_t index, size_t start) {
    Document::Entry& e = m_doc.m_nodes[index];
    if (start < m_source.size() && m_source[start] == '!' && e.span > 1) e.span = 1;
  }

  void scalar_extent(uint32_t index, size_t start, std::string_view value) {
    const size_t n = m_source.size();
    if (start >= n) return;
    size_t begin = after_tag(start);
    if (begin != start) {
      if (begin >= n || (value.empty() && m_source[begin] != '"' && m_source[begin] != '\'' &&
                         m_source[begin] != '|' && m_source[begin] != '>')) {
        begin = start;  // a tag alone: an empty string
        size_t end = start;
        while (end < n && !is_space(m_source[end])) ++end;
        set_extent(index, start, end, ScalarStyle::Plain, end);
        note_extent(start, end, start, start);
        return;
      }
      size_t tag_end = start;
      while (tag_end < n && !is_space(m_source[tag_end])) ++tag_end;
      note_extent(start, tag_end, start, start);  // comments between the tag and the value are scanned
    }
    const char c = m_source[begin];
    if (c == '"' || c == '\'') {
      const size_t end = quoted_end(begin);
      if (end == std::string_view::npos) return;
      set_extent(index, start, end, c == '"' ? ScalarStyle::DoubleQuoted : ScalarStyle::SingleQuoted, end);
      note_extent(begin, end, begin, begin);
    } else if (c == '|' || c == '>') {
      size_t i = begin + 1;
      int indicator = 0;
      while (i < n && (m_source[i] == '+' || m_source[i] == '-' || (m_source[i] >= '1' && m_source[i] <= '9'))) {
        if (m_source[i] != '+' && m_source[i] != '-') indicator = m_source[i] - '0';
        ++i;
      }
      const size_t header_end = i;
      size_t p = line_end(i);
      p = p < n ? p + 1 : n;
      const size_t content_begin = p;
      const int parent = block_indent();
      int indent = indicator ? std::max(parent, 0) + indicator : -1;
      size_t end = header_end;
      while (p < n) {
        size_t q = p;
        while (q < n && m_source[q] == ' ') ++q;
        const size_t eol = line_end(q);
        size_t content_eol = eol;
        if (content_eol > q && m_source[content_eol - 1] == '\r') --content_eol;
        const bool blank = m_source.find_first_not_of(" \t", q) >= content_eol;
        const int spaces = static_cast<int>(q - p);
        if (!blank) {
          if (indent < 0) indent = spaces > parent ? spaces : std::numeric_limits<int>::max();
          if (spaces < indent) break;
          end = content_eol;
        }
        p = eol < n ? eol + 1 : n;
      }
      set_extent(index, start, end, c == '|' ? ScalarStyle::Literal : ScalarStyle::Folded, header_end);
      note_extent(begin, end, header_end, end > header_end ? content_begin : end);
    } else {
      const size_t end = plain_end(begin, value);
      set_extent(index, start, end, ScalarStyle::Plain, end);
      note_extent(begin, end, begin, begin);
    }
  }

  // A scalar covers bytes [begin, end); in a block scalar the bytes between
  // the end of its indicators and the start of its content (`gap_begin`,
  // `gap_end`) are outside it for comments.
  void note_extent(size_t begin, size_t end, size_t gap_begin, size_t gap_end) {
    if (begin < m_scan_pos || end < begin) return;  // not in order: left to the scan
    scan_comments(begin);
    if (gap_end > gap_begin) {
      skip_to(gap_begin);
      scan_comments(gap_end);
    }
    skip_to(end);
  }

  // Moves the scan to `to` over bytes that hold no comment.
  void skip_to(size_t to) {
    if (to <= m_scan_pos) return;
    const char* data = m_source.data();
    for (const char* p = data + m_scan_pos; (p = static_cast<const char*>(std::memchr(p, '\n', data + to - p)));) {
      ++m_scan_line;
      m_scan_line_start = static_cast<size_t>(++p - data);
    }
    m_scan_pos = to;
  }

  // Records the comments in bytes [m_scan_pos, to).
  void scan_comments(size_t to) {
    const char* data = m_source.data();
    size_t i = m_scan_pos;
    while (i < to) {
      const void* hit = std::memchr(data + i, '#', to - i);
      if (!hit) break;
      const size_t h = static_cast<size_t>(static_cast<const char*>(hit) - data);
      skip_to(h);
      i = h + 1;
      if (h > 0 && !is_space(m_source[h - 1])) continue;
      size_t end = line_end(h);
      while (end > h && is_space(m_source[end - 1])) --end;
      size_t before = h;
      while (before > m_scan_line_start && is_blank(m_source[before - 1])) --before;
      Comment comment;
      comment.line = static_cast<std::uint32_t>(m_scan_line);
      comment.column = static_cast<std::uint32_t>(
          count_code_points(m_source.substr(m_scan_line_start, h - m_scan_line_start)) + 1);
      comment.trailing = before > m_scan_line_start;
      comment.text = m_source.substr(h, end - h);  // copied into the Document by finish()
      m_doc.m_comments.push_back(comment);
      i = line_end(h);
    }
    skip_to(std::max(to, i));
  }

  // yaml-cpp accepts a quoted scalar that runs to the end of the file; YAML
  // does not (the rest of the file would silently become its text).
  void check_closing_quote(const YAML::Mark& mark) {
    const size_t start = after_tag(m_shift.to_source(mark.pos));
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
    m_findings.push_back(make_finding(Code::E001, at(mark),
                                      text("YAML 语法错误：引号 `{}` 未闭合", "invalid YAML: the quote `{}` is not closed", quote)));
    throw StopParsing{};
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) reject_alias(mark);
  }

  [[noreturn]] void reject_alias(const YAML::Mark& mark) {
    m_findings.push_back(alias_finding(at(mark)));
    throw StopParsing{};
  }

  Document& m_doc;
  std::string_view m_source;
  size_t m_bom = 0;  // bytes of a byte-order mark before m_source
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
  // The comment scan: bytes before m_scan_pos are done; it is on line
  // m_scan_line (1-based), which starts at byte m_scan_line_start.
  size_t m_scan_pos = 0;
  size_t m_scan_line = 1;
  size_t m_scan_line_start = 0;
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

  // Markers of an unresolved merge break the YAML in ways that say nothing
  // of the cause: E008 at each of them instead of a syntax error.
  if (std::vector<Finding> markers = conflict_marker_findings(file, source); !markers.empty()) {
    for (Finding& finding : markers) result.findings.push_back(std::move(finding));
    return result;
  }
  if (std::optional<Finding> finding = line_end_finding(file, source)) {
    result.findings.push_back(std::move(*finding));
    return result;
  }

  auto doc = std::make_shared<Document>(file);
  const Shift shift = shift_for(source);
  DocumentBuilder builder(*doc, source, bytes.size() - source.size(), shift, limits, result.findings);
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
    builder.finish();
    usable = true;
  } catch (const StopParsing&) {
  } catch (const YAML::Exception& error) {
    const size_t offset = error.mark.is_null() ? 0 : std::min(shift.to_source(error.mark.pos), source.size());
    if (error.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {  // an alias to no anchor is still an alias
      result.findings.push_back(alias_finding(token_location(file, source, offset)));
    } else if (std::optional<Boundary> boundary =
                   boundary_finding(file, source, builder.quoted(), offset + 1)) {
      // A directive or a document marker on this line or an earlier one
      // ended the document, and what followed made no sense to yaml-cpp.
      result.findings.push_back(std::move(boundary->finding));
    } else {
      result.findings.push_back(syntax_finding(file, source, offset, error.msg, builder.open_bracket()));
    }
  } catch (const std::bad_alloc&) {
    result.findings.push_back(make_finding(Code::E006, token_location(file, source, 0),
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

ReadResult read_source(const Source& source, const Limits& limits) {
  return read_bytes(source.name, source.bytes, limits);
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
