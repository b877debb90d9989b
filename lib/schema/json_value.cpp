#include "schema/json_value.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace encat::schema {
namespace {

JsonType json_type_of(yaml::Type type) {
  switch (type) {
    case yaml::Type::Null:
      return JsonType::Null;
    case yaml::Type::Bool:
      return JsonType::Bool;
    case yaml::Type::Integer:
    case yaml::Type::Number:
      return JsonType::Number;
    case yaml::Type::String:
      return JsonType::String;
    case yaml::Type::Sequence:
      return JsonType::Array;
    case yaml::Type::Mapping:
      return JsonType::Object;
  }
  return JsonType::Null;
}

bool bool_value(yaml::Node node) {
  const std::string_view t = node.text();
  return !t.empty() && (t[0] == 't' || t[0] == 'T');
}

std::optional<unsigned long long> parse_radix(std::string_view digits, int base) {
  unsigned long long value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error == std::errc::result_out_of_range) return std::numeric_limits<unsigned long long>::max();
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

// The key text of a mapping pair's key node ("" for null and non-scalar keys).
std::string_view key_text(yaml::Node key) { return key.is_scalar() ? key.text() : std::string_view(); }

yaml::Node find_member(yaml::Node mapping, std::string_view name) {
  for (size_t i = 0, n = mapping.size(); i < n; ++i)
    if (key_text(mapping.key(i)) == name) return mapping.value(i);
  return {};
}

std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::uint64_t hash_text(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  out += '"';
}

void append_json(std::string& out, const Value& value) {
  switch (value.type) {
    case JsonType::Null:
      out += "null";
      break;
    case JsonType::Bool:
      out += value.boolean ? "true" : "false";
      break;
    case JsonType::Number:
      out += value.text;
      break;
    case JsonType::String:
      append_json_string(out, value.text);
      break;
    case JsonType::Array:
      out += '[';
      for (size_t i = 0; i < value.items.size(); ++i) {
        if (i) out += ", ";
        append_json(out, value.items[i]);
      }
      out += ']';
      break;
    case JsonType::Object:
      out += '{';
      for (size_t i = 0; i < value.members.size(); ++i) {
        if (i) out += ", ";
        append_json_string(out, value.members[i].first);
        out += ": ";
        append_json(out, value.members[i].second);
      }
      out += '}';
      break;
  }
}

}  // namespace

JsonType Instance::json_type() const { return is_key ? JsonType::String : json_type_of(node.type()); }

std::optional<double> number_value(yaml::Node node) {
  const yaml::Type type = node.type();
  if (type != yaml::Type::Integer && type != yaml::Type::Number) return std::nullopt;
  std::string_view t = node.text();
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'x')) {
    const auto value = parse_radix(t.substr(2), t[1] == 'o' ? 8 : 16);
    if (!value) return std::nullopt;
    return static_cast<double>(*value);
  }
  double sign = 1;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    sign = t[0] == '-' ? -1 : 1;
    t.remove_prefix(1);
  }
  if (t == ".inf" || t == ".Inf" || t == ".INF") return sign * std::numeric_limits<double>::infinity();
  if (t == ".nan" || t == ".NaN" || t == ".NAN") return std::numeric_limits<double>::quiet_NaN();
  double value = 0;
  const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (error == std::errc::result_out_of_range) {
    // Too large or too small for a double: ±inf or 0, as JSON parsers do.
    const bool tiny =
        t.find_first_of("eE") != std::string_view::npos && t.find('-', t.find_first_of("eE")) != std::string_view::npos;
    return sign * (tiny ? 0.0 : std::numeric_limits<double>::infinity());
  }
  if (error != std::errc()) return std::nullopt;
  (void)end;
  return sign * value;
}

bool is_integral(yaml::Node node) {
  const yaml::Type type = node.type();
  if (type == yaml::Type::Integer) return true;
  if (type != yaml::Type::Number) return false;
  const std::optional<double> value = number_value(node);
  return value && std::isfinite(*value) && std::floor(*value) == *value;
}

Value Value::from(yaml::Node node) {
  Value value;
  value.type = json_type_of(node.type());
  switch (value.type) {
    case JsonType::Null:
      break;
    case JsonType::Bool:
      value.boolean = bool_value(node);
      break;
    case JsonType::Number:
      value.number = number_value(node).value_or(0);
      value.text = std::string(node.text());
      break;
    case JsonType::String:
      value.text = std::string(node.text());
      break;
    case JsonType::Array:
      for (size_t i = 0, n = node.size(); i < n; ++i) value.items.push_back(from(node[i]));
      break;
    case JsonType::Object:
      for (size_t i = 0, n = node.size(); i < n; ++i)
        value.members.emplace_back(std::string(key_text(node.key(i))), from(node.value(i)));
      std::stable_sort(value.members.begin(), value.members.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      break;
  }
  return value;
}

std::string Value::to_json() const {
  std::string out;
  append_json(out, *this);
  return out;
}

bool json_equal(const Instance& a, const Value& b) {
  const JsonType type = a.json_type();
  if (type != b.type) return false;
  switch (type) {
    case JsonType::Null:
      return true;
    case JsonType::Bool:
      return bool_value(a.node) == b.boolean;
    case JsonType::Number:
      return number_value(a.node) == b.number;
    case JsonType::String:
      return a.text() == b.text;
    case JsonType::Array: {
      const size_t n = a.node.size();
      if (n != b.items.size()) return false;
      for (size_t i = 0; i < n; ++i)
        if (!json_equal(Instance{a.node[i]}, b.items[i])) return false;
      return true;
    }
    case JsonType::Object: {
      if (a.node.size() != b.members.size()) return false;
      for (const auto& [name, value] : b.members) {
        const yaml::Node member = find_member(a.node, name);
        if (!member || !json_equal(Instance{member}, value)) return false;
      }
      return true;
    }
  }
  return false;
}

bool json_equal(yaml::Node a, yaml::Node b) {
  const JsonType type = json_type_of(a.type());
  if (type != json_type_of(b.type())) return false;
  switch (type) {
    case JsonType::Null:
      return true;
    case JsonType::Bool:
      return bool_value(a) == bool_value(b);
    case JsonType::Number:
      return number_value(a) == number_value(b);
    case JsonType::String:
      return a.text() == b.text();
    case JsonType::Array: {
      const size_t n = a.size();
      if (n != b.size()) return false;
      for (size_t i = 0; i < n; ++i)
        if (!json_equal(a[i], b[i])) return false;
      return true;
    }
    case JsonType::Object: {
      const size_t n = a.size();
      if (n != b.size()) return false;
      for (size_t i = 0; i < n; ++i) {
        const yaml::Node other = find_member(b, key_text(a.key(i)));
        if (!other || !json_equal(a.value(i), other)) return false;
      }
      return true;
    }
  }
  return false;
}

std::uint64_t json_hash(yaml::Node node) {
  const JsonType type = json_type_of(node.type());
  std::uint64_t h = mix(static_cast<std::uint64_t>(type) + 1);
  switch (type) {
    case JsonType::Null:
      break;
    case JsonType::Bool:
      h ^= bool_value(node) ? 1 : 2;
      break;
    case JsonType::Number: {
      double value = number_value(node).value_or(0);
      if (value == 0) value = 0;  // -0 == 0
      std::uint64_t bits = 0;
      std::memcpy(&bits, &value, sizeof bits);
      h ^= mix(bits);
      break;
    }
    case JsonType::String:
      h ^= hash_text(node.text());
      break;
    case JsonType::Array:
      for (size_t i = 0, n = node.size(); i < n; ++i) h = mix(h * 31 + json_hash(node[i]));
      break;
    case JsonType::Object: {
      std::uint64_t sum = 0;  // order-independent
      for (size_t i = 0, n = node.size(); i < n; ++i)
        sum += mix(hash_text(key_text(node.key(i))) ^ (json_hash(node.value(i)) * 0x9e3779b97f4a7c15ULL));
      h ^= sum;
      break;
    }
  }
  return h;
}

}  // namespace encat::schema
