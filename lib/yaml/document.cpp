#include "yaml/document.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace encat::yaml {

std::string_view type_name(Type type) {
  switch (type) {
    case Type::Null: return "null";
    case Type::Bool: return "boolean";
    case Type::Integer: return "integer";
    case Type::Number: return "number";
    case Type::String: return "string";
    case Type::Sequence: return "array";
    case Type::Mapping: return "object";
  }
  return "null";
}

std::string_view style_name(ScalarStyle style) {
  switch (style) {
    case ScalarStyle::Plain: return "plain";
    case ScalarStyle::SingleQuoted: return "single-quoted";
    case ScalarStyle::DoubleQuoted: return "double-quoted";
    case ScalarStyle::Literal: return "literal";
    case ScalarStyle::Folded: return "folded";
  }
  return "plain";
}

Text type_phrase(Type type) {
  switch (type) {
    case Type::Null: return {"空值", "null"};
    case Type::Bool: return {"布尔值", "a boolean"};
    case Type::Integer: return {"整数", "an integer"};
    case Type::Number: return {"数字", "a number"};
    case Type::String: return {"字符串", "a string"};
    case Type::Sequence: return {"列表", "a list"};
    case Type::Mapping: return {"映射", "a mapping"};
  }
  return {"空值", "null"};
}

namespace {

bool all_of(std::string_view text, bool (*pred)(char)) {
  if (text.empty()) return false;
  for (char c : text)
    if (!pred(c)) return false;
  return true;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_float(std::string_view t) {
  size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
  size_t digits = 0;
  while (i < t.size() && is_digit(t[i])) ++i, ++digits;
  if (i < t.size() && t[i] == '.') {
    ++i;
    while (i < t.size() && is_digit(t[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    if (i == t.size()) return false;
    while (i < t.size() && is_digit(t[i])) ++i;
  }
  return i == t.size();
}

}  // namespace

Type resolve_plain(std::string_view t) {
  if (t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL") return Type::Null;
  if (t == "true" || t == "True" || t == "TRUE" || t == "false" || t == "False" || t == "FALSE") return Type::Bool;
  const char first = t[0];
  if (!(is_digit(first) || first == '-' || first == '+' || first == '.')) return Type::String;
  std::string_view unsigned_part = (first == '-' || first == '+') ? t.substr(1) : t;
  if (all_of(unsigned_part, is_digit)) return Type::Integer;
  if (t.size() > 2 && t[0] == '0' && t[1] == 'o' && all_of(t.substr(2), is_octal)) return Type::Integer;
  if (t.size() > 2 && t[0] == '0' && t[1] == 'x' && all_of(t.substr(2), is_hex)) return Type::Integer;
  if (is_float(t)) return Type::Number;
  if (unsigned_part == ".inf" || unsigned_part == ".Inf" || unsigned_part == ".INF") return Type::Number;
  if (t == ".nan" || t == ".NaN" || t == ".NAN") return Type::Number;
  return Type::String;
}

// An empty Node reads as null: no text, no children, no position.
Type Node::type() const { return m_doc ? static_cast<Type>(m_doc->m_nodes[m_index].type) : Type::Null; }
ScalarStyle Node::style() const {
  return m_doc ? static_cast<ScalarStyle>(m_doc->m_nodes[m_index].style) : ScalarStyle::Plain;
}
bool Node::is_plain() const { return m_doc && m_doc->m_nodes[m_index].plain; }
bool Node::is_tagged() const { return m_doc && m_doc->m_nodes[m_index].tagged; }
bool Node::is_flow() const { return m_doc && m_doc->m_nodes[m_index].flow; }
Extent Node::extent() const {
  if (!m_doc) return {};
  const Document::Entry& e = m_doc->m_nodes[m_index];
  return {e.begin, e.end};
}
unsigned Node::span() const { return m_doc ? m_doc->m_nodes[m_index].span : 0; }
unsigned Node::line() const { return m_doc ? m_doc->m_nodes[m_index].line : 0; }
unsigned Node::column() const { return m_doc ? m_doc->m_nodes[m_index].column : 0; }
Location Node::location() const { return m_doc ? Location{m_doc->m_file, line(), column(), span()} : Location{}; }

std::string_view Node::text() const {
  if (!m_doc) return {};
  const Document::Entry& e = m_doc->m_nodes[m_index];
  const auto type = static_cast<Type>(e.type);
  if (type >= Type::Sequence || type == Type::Null) return {};
  return std::string_view(m_doc->m_text).substr(e.first, e.count);
}

std::optional<std::string_view> Node::string() const {
  if (type() != Type::String) return std::nullopt;
  return text();
}

std::optional<double> Node::number() const {
  const Type t = type();
  if (t != Type::Integer && t != Type::Number) return std::nullopt;
  if (t == Type::Integer) {
    if (auto value = integer()) return static_cast<double>(*value);
  }
  std::string s(text());
  if (s.size() > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
    return static_cast<double>(std::strtoull(s.c_str() + 2, nullptr, s[1] == 'o' ? 8 : 16));
  }
  const std::string_view body = (s[0] == '-' || s[0] == '+') ? std::string_view(s).substr(1) : std::string_view(s);
  const double sign = s[0] == '-' ? -1.0 : 1.0;
  if (body == ".inf" || body == ".Inf" || body == ".INF") return sign * std::numeric_limits<double>::infinity();
  if (body == ".nan" || body == ".NaN" || body == ".NAN") return std::numeric_limits<double>::quiet_NaN();
  return std::strtod(s.c_str(), nullptr);
}

std::optional<long long> Node::integer() const {
  if (type() != Type::Integer) {
    // 1.0 is an integer in JSON Schema's sense.
    if (type() == Type::Number) {
      const std::optional<double> value = number();
      if (value && std::isfinite(*value) && std::floor(*value) == *value && std::fabs(*value) < 9.2e18)
        return static_cast<long long>(*value);
    }
    return std::nullopt;
  }
  const std::string s(text());
  errno = 0;
  long long value;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x'))
    value = std::strtoll(s.c_str() + 2, nullptr, s[1] == 'o' ? 8 : 16);
  else
    value = std::strtoll(s.c_str(), nullptr, 10);
  if (errno == ERANGE) return std::nullopt;
  return value;
}

size_t Node::size() const {
  if (!m_doc) return 0;
  const Document::Entry& e = m_doc->m_nodes[m_index];
  if (static_cast<Type>(e.type) == Type::Sequence) return e.count;
  if (static_cast<Type>(e.type) == Type::Mapping) return e.count / 2;
  return 0;
}

Node Node::operator[](size_t index) const {
  const Document::Entry& e = m_doc->m_nodes[m_index];
  return Node(m_doc, m_doc->m_children[e.first + index]);
}

Node Node::key(size_t index) const {
  const Document::Entry& e = m_doc->m_nodes[m_index];
  return Node(m_doc, m_doc->m_children[e.first + 2 * index]);
}

Node Node::value(size_t index) const {
  const Document::Entry& e = m_doc->m_nodes[m_index];
  return Node(m_doc, m_doc->m_children[e.first + 2 * index + 1]);
}

Node Node::get_key(std::string_view name) const {
  if (!m_doc || type() != Type::Mapping) return {};
  const size_t pairs = size();
  for (size_t i = 0; i < pairs; ++i) {
    const Node k = key(i);
    if (k.is_scalar() && k.text() == name) return k;
  }
  return {};
}

Node Node::get(std::string_view name) const {
  if (!m_doc || type() != Type::Mapping) return {};
  const size_t pairs = size();
  for (size_t i = 0; i < pairs; ++i) {
    const Node k = key(i);
    if (k.is_scalar() && k.text() == name) return value(i);
  }
  return {};
}

}  // namespace encat::yaml
