// The lines of source files, for snippets under a finding. Each file is read
// at most once (or handed over by a tool that already holds its bytes); a
// missing, unreadable or too large file simply has no lines.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace encat::render {

class SourceLines {
 public:
  explicit SourceLines(std::uintmax_t max_file_size = 64u << 20) : m_max_file_size(max_file_size) {}

  // Uses `bytes` as the content of `file` instead of reading it.
  void add(const std::string& file, std::string_view bytes);

  // Line `number` (1-based) of `file` without its line ending (LF or CRLF) and
  // without a byte order mark, invalid UTF-8 replaced by U+FFFD. The line
  // after a final newline exists and is empty. Nothing when the file cannot
  // be read or has no such line. The view lives as long as this object.
  std::optional<std::string_view> line(const std::string& file, unsigned number);

 private:
  struct Source {
    std::string text;                  // cleaned: valid UTF-8, no BOM
    std::vector<size_t> line_starts;   // empty when unreadable
  };
  static Source parse(std::string_view bytes);

  std::uintmax_t m_max_file_size;
  std::map<std::string, Source, std::less<>> m_sources;
};

}  // namespace encat::render
