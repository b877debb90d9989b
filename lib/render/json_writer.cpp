#include "render/json_writer.h"

#include <fmt/format.h>

#include <cassert>
#include <cmath>

#include "util/char_width.h"
#include "render/code_points.h"

namespace encat::render {

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      case '\b': out += "\\b"; return;
      case '\f': out += "\\f"; return;
      case '\n': out += "\\n"; return;
      case '\r': out += "\\r"; return;
      case '\t': out += "\\t"; return;
      default: break;
    }
    // Also DEL, and U+2028/U+2029, which end a line in JavaScript: the JSON
    // may be embedded in a <script> (the audit's HTML report). And what a
    // terminal would act on or hide: C1 controls, bidi overrides and other
    // format characters (the string is the same once parsed).
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || is_format_char(cp)) {
      if (cp > 0xFFFF) {  // a surrogate pair
        const char32_t v = cp - 0x10000;
        out += fmt::format("\\u{:04x}\\u{:04x}", static_cast<unsigned>(0xD800 + (v >> 10)), static_cast<unsigned>(0xDC00 + (v & 0x3FF)));
      } else {
        out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
      }
    } else if (cp == kReplacement && bytes.size() == 1) {
      append_utf8(out, cp);  // an invalid byte
    } else {
      out += bytes;
    }
  });
  out += '"';
  return out;
}

void JsonWriter::new_line(size_t depth) {
  if (m_indent == 0) return;
  m_out += '\n';
  m_out.append(depth * m_indent, ' ');
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) {
    assert(m_out.empty() && "a JSON document has one value");
    return;
  }
  Level& level = m_levels.back();
  assert(!level.object && "a value inside an object needs a key");
  if (level.count++ > 0) m_out += ',';
  new_line(m_levels.size());
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!m_levels.empty() && m_levels.back().object && !m_after_key);
  Level& level = m_levels.back();
  if (level.count++ > 0) m_out += ',';
  new_line(m_levels.size());
  m_out += json_quote(name);
  m_out += m_indent == 0 ? ":" : ": ";
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::open(char bracket, bool object) {
  before_value();
  m_out += bracket;
  m_levels.push_back({object, 0});
  return *this;
}

JsonWriter& JsonWriter::close(char bracket, bool object) {
  assert(!m_levels.empty() && m_levels.back().object == object && !m_after_key);
  (void)object;
  const bool empty = m_levels.back().count == 0;
  m_levels.pop_back();
  if (!empty) new_line(m_levels.size());
  m_out += bracket;
  return *this;
}

JsonWriter& JsonWriter::begin_object() { return open('{', true); }
JsonWriter& JsonWriter::end_object() { return close('}', true); }
JsonWriter& JsonWriter::begin_array() { return open('[', false); }
JsonWriter& JsonWriter::end_array() { return close(']', false); }

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  m_out += json_quote(text);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  m_out += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) return null();
  before_value();
  m_out += fmt::format("{}", number);
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t number) {
  before_value();
  m_out += fmt::format("{}", number);
  return *this;
}

JsonWriter& JsonWriter::unsigned_integer(std::uint64_t number) {
  before_value();
  m_out += fmt::format("{}", number);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  m_out += "null";
  return *this;
}

std::string JsonWriter::str() const {
  if (m_levels.empty() && !m_out.empty()) return m_out + '\n';
  return m_out;
}

}  // namespace encat::render
