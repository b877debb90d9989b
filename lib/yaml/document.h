// A compact, read-only YAML tree in which every node knows its line and column.
// Built once by the reader; afterwards `Node` handles are cheap to copy and the
// text they return stays valid as long as the Document lives.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"

namespace encat::yaml {

// The JSON view of a node. Plain scalars are resolved with the YAML 1.2 core
// schema (null, true/false, integers, floats); anything quoted, a block
// scalar or an unresolvable plain scalar is a String.
enum class Type : std::uint8_t { Null, Bool, Integer, Number, String, Sequence, Mapping };

// How a scalar is written. Containers, and nulls with nothing written, are Plain.
enum class ScalarStyle : std::uint8_t { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };
std::string_view style_name(ScalarStyle style);  // "plain", "single-quoted", "double-quoted", "literal", "folded"

// Bytes [begin, end) of the source (offsets into Source::bytes, a byte-order
// mark included).
struct Extent {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(Extent a, Extent b) { return a.begin == b.begin && a.end == b.end; }
};

std::string_view type_name(Type type);     // "null", "boolean", "integer", "number", "string", "array", "object"
// For messages: 整数 / "an integer", 列表 / "a list", …
Text type_phrase(Type type);

class Document;

// A comment of the source: `# …` to the end of its line (trailing spaces and
// CR removed). `trailing` when something other than blanks precedes it on
// its line. Recorded by the reader from the bytes (yaml-cpp's events carry
// no comments), in source order.
struct Comment {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  bool trailing = false;
  std::string_view text;  // starts with `#`; lives as long as the Document
};

// A handle to one node. An empty Node (absent field) reads as null: no text,
// no children, line 0.
class Node {
 public:
  Node() = default;

  explicit operator bool() const { return m_doc != nullptr; }
  Type type() const;
  bool is_null() const { return type() == Type::Null; }
  bool is_scalar() const { return type() <= Type::String; }
  bool is_string() const { return type() == Type::String; }
  bool is_sequence() const { return type() == Type::Sequence; }
  bool is_mapping() const { return type() == Type::Mapping; }
  // True for a scalar written without quotes (so `330275012000` and
  // `"330275012000"` can be told apart) and without a tag.
  bool is_plain() const;
  // How the scalar is written (Plain for containers and empty nodes).
  ScalarStyle style() const;
  // True for a sequence or mapping written in flow style (`[…]`, `{…}`).
  bool is_flow() const;
  // The bytes the node was read from. A scalar: all of it, from its tag if
  // it has one, quotes included; a block scalar from its `|` or `>` to the
  // end of its last line of content (the line break not included). A null
  // written as `~` or `null` covers that word; an empty node, and a
  // container, has begin == end (at the container's first byte).
  Extent extent() const;
  // The code points the node covers on its first line, for carets: a quoted
  // scalar with its quotes, a block scalar its indicators (`|`, `>-`, `|2`),
  // a multi-line scalar up to the last non-blank of its first line, a scalar
  // with a tag (`!!int 1`, `! x`) 1 (a caret under its tag), a block mapping its first key's (it
  // starts there). 0 for other containers and for empty nodes.
  unsigned span() const;
  // True for a scalar written with a tag (`!!str 12`, `!!float 1.5`). Tags are
  // not resolved: a tagged scalar is a String whatever its tag.
  bool is_tagged() const;

  // The scalar's text whatever its type (empty for null and containers).
  std::string_view text() const;
  // The value of an Integer or Number scalar.
  std::optional<double> number() const;
  std::optional<long long> integer() const;
  // The value of a String scalar, or nullopt for any other node.
  std::optional<std::string_view> string() const;

  unsigned line() const;
  unsigned column() const;
  Location location() const;  // file, line, column and span
  const Document& document() const { return *m_doc; }

  // Sequence: elements. Mapping: pairs.
  size_t size() const;
  Node operator[](size_t index) const;  // sequence element
  Node key(size_t index) const;         // mapping key of pair `index`
  Node value(size_t index) const;       // mapping value of pair `index`
  // The value of the first pair whose key is the scalar `key`, or an empty Node.
  Node get(std::string_view key) const;
  // The key node of that pair, or an empty Node.
  Node get_key(std::string_view key) const;

  friend bool operator==(Node a, Node b) { return a.m_doc == b.m_doc && a.m_index == b.m_index; }

 private:
  friend class Document;
  friend class DocumentBuilder;
  Node(const Document* doc, std::uint32_t index) : m_doc(doc), m_index(index) {}
  const Document* m_doc = nullptr;
  std::uint32_t m_index = 0;
};

class Document {
 public:
  explicit Document(std::string file) : m_file(std::move(file)) {}
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& file() const { return m_file; }
  // The root node; empty for a file without a document (empty, or only comments).
  Node root() const { return m_nodes.empty() ? Node() : Node(this, 0); }
  size_t node_count() const { return m_nodes.size(); }
  // Every comment of the source, in order.
  const std::vector<Comment>& comments() const { return m_comments; }

 private:
  friend class Node;
  friend class DocumentBuilder;
  // 28 bytes a node.
  struct Entry {
    std::uint32_t line;
    std::uint32_t column;
    std::uint32_t first;  // scalar: offset into m_text; container: index into m_children
    std::uint32_t count;  // scalar: length; sequence: elements; mapping: 2 × pairs
    std::uint32_t begin;  // extent in the source bytes
    std::uint32_t end;
    std::uint32_t span : 23;  // code points on the first line (saturated)
    std::uint32_t type : 3;   // Type
    std::uint32_t style : 3;  // ScalarStyle
    std::uint32_t plain : 1;  // a plain scalar without a tag (`! x` has the tag `!`), or not a scalar
    std::uint32_t tagged : 1;
    std::uint32_t flow : 1;
  };
  static_assert(sizeof(Entry) == 28, "a node is 28 bytes");
  static constexpr std::uint32_t kMaxSpan = (1u << 23) - 1;
  std::string m_file;
  std::vector<Entry> m_nodes;          // node 0 is the root
  std::vector<std::uint32_t> m_children;  // a container's children are contiguous
  std::string m_text;                  // all scalar text
  std::vector<Comment> m_comments;     // texts point into m_comment_text
  std::string m_comment_text;
};

// Resolves a plain scalar with the YAML 1.2 core schema.
Type resolve_plain(std::string_view text);

}  // namespace encat::yaml
