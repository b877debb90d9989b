// A small streaming JSON writer: keys come out in the order they are written,
// numbers and strings always the same way, so the same values give the same
// bytes. Strings are escaped as RFC 8259 requires (control characters as
// \u00XX, or \n, \t, ... where JSON has a short form); valid UTF-8 is passed
// through and invalid bytes become U+FFFD, so the output is always valid.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace encat::render {

// `text` as a JSON string, quotes included.
std::string json_quote(std::string_view text);

class JsonWriter {
 public:
  // Pretty printed with `indent` spaces per level; 0 writes it all on one line
  // without spaces.
  explicit JsonWriter(unsigned indent = 2) : m_indent(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The next value is this key's (inside an object only).
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(double number);  // shortest form that reads back the same; NaN and ∞ as null
  template <typename Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  JsonWriter& value(Int number) {
    if constexpr (std::is_signed_v<Int>) return integer(static_cast<std::int64_t>(number));
    else return unsigned_integer(static_cast<std::uint64_t>(number));
  }
  JsonWriter& null();

  template <typename Value>
  JsonWriter& field(std::string_view name, const Value& v) {
    return key(name).value(v);
  }

  // The document so far, with a final newline once it is complete.
  std::string str() const;

 private:
  struct Level {
    bool object;
    size_t count;
  };
  JsonWriter& integer(std::int64_t number);
  JsonWriter& unsigned_integer(std::uint64_t number);
  JsonWriter& open(char bracket, bool object);
  JsonWriter& close(char bracket, bool object);
  void before_value();
  void new_line(size_t depth);

  unsigned m_indent;
  std::string m_out;
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

}  // namespace encat::render
