// libFuzzer target: the YAML reader on arbitrary bytes (encat::yaml::read_bytes),
// then every accessor of every node of the tree it builds, checking that
// extents lie within the bytes and that every comment is where it says.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "util/utf8.h"
#include "yaml/reader.h"

namespace {

volatile size_t g_sink;  // keeps the accessors' results alive

void require(bool ok) {
  if (!ok) std::abort();
}

// Every node's extent lies within the bytes; a scalar's span is no more
// code points than its extent has bytes (a tagged one, 1); a quoted scalar
// starts and ends with its quote.
void check_extent(encat::yaml::Node n, std::string_view bytes) {
  using encat::yaml::ScalarStyle;
  const encat::yaml::Extent e = n.extent();
  require(e.begin <= e.end && e.end <= bytes.size());
  if (!n.is_scalar()) {
    require(e.begin == e.end);
    return;
  }
  require(n.span() <= e.end - e.begin);
  require(n.location().span == n.span());
  const bool tag = e.end > e.begin && bytes[e.begin] == '!';  // `!!str "x"`, `! "x"`: the extent starts at the tag
  require(!n.is_tagged() || tag);
  require(!n.is_plain() || (!tag && n.style() == ScalarStyle::Plain));
  const ScalarStyle style = n.style();
  if (style == ScalarStyle::DoubleQuoted || style == ScalarStyle::SingleQuoted) {
    const char quote = style == ScalarStyle::DoubleQuoted ? '"' : '\'';
    require(e.end - e.begin >= 2 && (tag || bytes[e.begin] == quote) && bytes[e.end - 1] == quote);
  }
  if (!tag && (style == ScalarStyle::Literal || style == ScalarStyle::Folded))
    require(bytes[e.begin] == (style == ScalarStyle::Literal ? '|' : '>'));
}

// Comments come in order, each found at its line and column with its text.
void check_comments(const encat::yaml::Document& doc, std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::vector<size_t> line_starts{0};
  for (size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\n') line_starts.push_back(i + 1);
  unsigned line = 0, column = 0;
  for (const encat::yaml::Comment& c : doc.comments()) {
    require(c.line > line || (c.line == line && c.column > column));
    line = c.line;
    column = c.column;
    require(c.line >= 1 && c.line <= line_starts.size() && c.column >= 1);
    size_t at = line_starts[c.line - 1];
    for (unsigned k = 1; k < c.column; ++k) {
      require(at < bytes.size() && bytes[at] != '\n');
      size_t length = 0;
      encat::decode_code_point(bytes.substr(at), length);
      at += length;
    }
    require(!c.text.empty() && c.text[0] == '#' && bytes.substr(at, c.text.size()) == c.text);
    require(c.text.find('\n') == std::string_view::npos);
    require(c.text.back() != ' ' && c.text.back() != '\t' && c.text.back() != '\r');
    const std::string_view before = bytes.substr(line_starts[c.line - 1], at - line_starts[c.line - 1]);
    require(c.trailing == (before.find_first_not_of(" \t") != std::string_view::npos));
  }
}

void touch(encat::yaml::Node node, std::string_view bytes) {
  std::vector<encat::yaml::Node> stack{node};
  while (!stack.empty()) {
    const encat::yaml::Node n = stack.back();
    stack.pop_back();
    size_t h = static_cast<size_t>(n.type()) + n.line() + n.column() + n.is_plain();
    h += n.text().size() + encat::yaml::type_name(n.type()).size();
    if (const auto value = n.number()) h += static_cast<size_t>(*value != 0);
    if (const auto value = n.integer()) h += static_cast<size_t>(*value & 1);
    if (const auto value = n.string()) h += value->size();
    h += n.location().line + static_cast<size_t>(n.style()) + n.is_flow();
    check_extent(n, bytes);
    if (n.is_sequence()) {
      for (size_t i = 0; i < n.size(); ++i) stack.push_back(n[i]);
    } else if (n.is_mapping()) {
      for (size_t i = 0; i < n.size(); ++i) {
        const encat::yaml::Node key = n.key(i);
        stack.push_back(key);
        stack.push_back(n.value(i));
        if (key.is_scalar()) h += static_cast<size_t>(n.get(key.text()) == n.value(i)) + n.get_key(key.text()).line();
      }
      h += n.get("kind").size();
    }
    g_sink = g_sink + h;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const encat::yaml::ReadResult result = encat::yaml::read_bytes("fuzz.yaml", bytes, encat::yaml::Limits{});
  size_t h = result.findings.size();
  for (const encat::Finding& finding : result.findings)
    h += finding.message.zh.size() + finding.message.en.size() + finding.location.line;
  g_sink = g_sink + h;
  if (result.document) {
    touch(result.document->root(), bytes);
    check_comments(*result.document, bytes);
  }
  return 0;
}
