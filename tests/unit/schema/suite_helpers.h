// Reading JSON test material with our YAML reader, for the schema tests.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/files.h"
#include "yaml/reader.h"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{\n";
    for (const std::string& line : lines) out += "  " + line + "\n";
    return (out + "}").c_str();
  }
};
}  // namespace doctest

namespace encat::schema::testing {

// yaml-cpp rejects JSON's surrogate-pair escapes ("\uD83D\uDCA9"; YAML would
// write "\U0001F4A9"), so each pair is rewritten as the UTF-8 it stands for.
inline std::string join_surrogate_pairs(std::string_view json) {
  const auto hex4 = [&](size_t at) -> long {
    if (at + 4 > json.size()) return -1;
    long value = 0;
    for (size_t i = at; i < at + 4; ++i) {
      const char c = json[i];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return -1;
      value = value * 16 + digit;
    }
    return value;
  };
  std::string out;
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] != '\\' || i + 1 >= json.size()) {
      out += json[i];
      continue;
    }
    const long high = json[i + 1] == 'u' ? hex4(i + 2) : -1;
    const long low = i + 8 <= json.size() && json.substr(i + 6, 2) == "\\u" ? hex4(i + 8) : -1;
    if (high >= 0xD800 && high <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF) {
      const unsigned long cp =
          0x10000 + ((static_cast<unsigned long>(high) - 0xD800) << 10) + (static_cast<unsigned long>(low) - 0xDC00);
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
      i += 11;
    } else {
      out += json[i];
      out += json[i + 1];
      ++i;
    }
  }
  return out;
}

// A JSON file read as YAML; fails the test if it cannot be read cleanly.
inline std::shared_ptr<const yaml::Document> read_json_file(const std::string& path) {
  const FileBytes file = encat::read_file(path, 64u << 20);
  INFO(path);
  REQUIRE(file.status == FileBytes::Status::Ok);
  yaml::Limits limits;
  limits.max_depth = 256;
  yaml::ReadResult read = yaml::read_bytes(path, join_surrogate_pairs(file.bytes), limits);
  std::string why;
  for (const Finding& f : read.findings) why += f.location.str() + " " + f.message.en + "\n";
  INFO(why);
  REQUIRE(read.findings.empty());
  REQUIRE(bool(read.document));
  return read.document;
}

inline std::shared_ptr<const yaml::Document> read_yaml_text(std::string_view text) {
  yaml::Limits limits;
  limits.max_depth = 256;
  yaml::ReadResult read = yaml::read_bytes("t.yaml", text, limits);
  REQUIRE(read.findings.empty());
  REQUIRE(bool(read.document));
  return read.document;
}

}  // namespace encat::schema::testing
