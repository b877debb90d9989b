// JSON values and JSON equality over YAML nodes: the data model of `const`,
// `enum` and `uniqueItems` (1 == 1.0, key order irrelevant).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yaml/document.h"

namespace encat::schema {

// The JSON type of a node; integers and other numbers are one type.
enum class JsonType : std::uint8_t { Null, Bool, Number, String, Array, Object };

// A node as an instance: mapping keys are validated as the strings they name.
struct Instance {
  yaml::Node node;
  bool is_key = false;

  JsonType json_type() const;
  // The text of a scalar; a key's text (empty for a null key).
  std::string_view text() const { return node.text(); }
};

// The numeric value of an Integer or Number scalar, parsed without allocating.
std::optional<double> number_value(yaml::Node node);
// True for an Integer scalar, or a Number with an integral value (1.0).
bool is_integral(yaml::Node node);

// An owned copy of a JSON value (a `const` or `enum` member of a schema).
struct Value {
  JsonType type = JsonType::Null;
  bool boolean = false;
  double number = 0;
  std::string text;  // a string's value; a number's source text (for messages)
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;  // sorted by key

  static Value from(yaml::Node node);
  std::string to_json() const;  // compact, for messages
};

bool json_equal(const Instance& a, const Value& b);
bool json_equal(yaml::Node a, yaml::Node b);
// Equal nodes hash equally (for uniqueItems on long lists).
std::uint64_t json_hash(yaml::Node node);

}  // namespace encat::schema
