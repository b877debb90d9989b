// The lines of source files, for snippets under a finding: of the bytes that
// were parsed, handed over by the tool (tool::add_sources), never of a file
// read again (it may have changed, or be a git revision). A file not handed
// over simply has no lines.
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
  // The bytes `file` was read from.
  void add(const std::string& file, std::string_view bytes);

  // Line `number` (1-based) of `file` without its line ending (LF or CRLF) and
  // without a byte order mark, invalid UTF-8 replaced by U+FFFD. The line
  // after a final newline exists and is empty. Nothing when the file was not
  // handed over or has no such line. The view lives as long as this object.
  std::optional<std::string_view> line(const std::string& file, unsigned number);

 private:
  struct Source {
    std::string text;                  // cleaned: valid UTF-8, no BOM
    std::vector<size_t> line_starts;
  };
  static Source parse(std::string_view bytes);

  std::map<std::string, Source, std::less<>> m_sources;
};

}  // namespace encat::render
