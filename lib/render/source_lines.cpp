#include "render/source_lines.h"

#include "render/code_points.h"

namespace encat::render {

SourceLines::Source SourceLines::parse(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  Source source{valid_utf8(bytes), {0}};
  for (size_t i = 0; i < source.text.size(); ++i)
    if (source.text[i] == '\n') source.line_starts.push_back(i + 1);
  return source;
}

void SourceLines::add(const std::string& file, std::string_view bytes) { m_sources[file] = parse(bytes); }

std::optional<std::string_view> SourceLines::line(const std::string& file, unsigned number) {
  const auto it = m_sources.find(file);
  if (it == m_sources.end()) return std::nullopt;
  const Source& source = it->second;
  if (number == 0 || number > source.line_starts.size()) return std::nullopt;
  const size_t start = source.line_starts[number - 1];
  size_t end = number < source.line_starts.size() ? source.line_starts[number] - 1 : source.text.size();
  if (end > start && source.text[end - 1] == '\r') --end;
  return std::string_view(source.text).substr(start, end - start);
}

}  // namespace encat::render
