#include "write/body_layout.h"

#include <algorithm>

#include "model/fields.h"

namespace encat::write {
namespace {

template <typename Records>
std::vector<model::Pos> record_positions(const Records& records) {
  std::vector<model::Pos> at;
  at.reserve(records.size());
  for (const auto& record : records) at.push_back(record.at);
  return at;
}

std::vector<model::Pos> body_positions(const model::Catalog& catalog) {
  switch (catalog.kind) {
    case model::Kind::Unified:
    case model::Kind::Extension:
    case model::Kind::Department: return record_positions(catalog.matters);
    case model::Kind::Township: return record_positions(catalog.entries);
    case model::Kind::Supervision: return record_positions(catalog.supervision);
    case model::Kind::Targets: return record_positions(catalog.targets);
    case model::Kind::Laws: return record_positions(catalog.laws);
    case model::Kind::Lenient: return record_positions(catalog.lenient);
    case model::Kind::Staffing: return record_positions(catalog.staffing);
    case model::Kind::Cases:
    case model::Kind::Registry: break;
  }
  return {};
}

// The last line any header field was read on.
std::uint32_t last_header_line(const model::Catalog& catalog) {
  std::uint32_t last = catalog.pos.kind.line;
  model::header_fields([&](const model::FieldInfo&, auto, auto at, auto... items) {
    last = std::max({last, at(catalog).line, model::line_of_key(at(catalog))});
    (
        [&](const auto& more) {
          for (const model::Pos& p : more(catalog)) last = std::max(last, p.line);
        }(items),
        ...);
  });
  return last;
}

}  // namespace

BodyLayout body_layout(const model::Catalog& catalog, std::string_view bytes) {
  BodyLayout layout;
  const std::vector<model::Pos> at = body_positions(catalog);
  if (at.empty()) return layout;

  std::vector<size_t> line_start{0};  // line n (1-based) starts at line_start[n - 1]
  for (size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\n') line_start.push_back(i + 1);
  const std::uint32_t line_count = static_cast<std::uint32_t>(line_start.size());
  auto line_text = [&](std::uint32_t line) {
    const size_t begin = line_start[line - 1];
    const size_t end = line < line_count ? line_start[line] : bytes.size();
    return bytes.substr(begin, end - begin);
  };
  auto indentation = [](std::string_view line) {
    const size_t first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? line.size() : first;
  };
  auto blank = [](std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; };
  std::vector<char> comment_line(line_count + 2, 0);  // lines holding only a comment
  for (const model::Comment& comment : catalog.comments)
    if (!comment.trailing && comment.line >= 1 && comment.line <= line_count) comment_line[comment.line] = 1;

  // Every record starts its own line with `- ` at one column, in order, after the header.
  std::uint32_t previous = last_header_line(catalog);
  std::vector<std::uint32_t> dash_lines;
  dash_lines.reserve(at.size());
  for (size_t i = 0; i < at.size(); ++i) {
    const model::Pos p = at[i];
    if (p.line <= previous || p.line > line_count || p.column < 3) return layout;
    const std::string_view line = line_text(p.line);
    const size_t dash = indentation(line);
    const size_t value = p.column - 1;  // the prefix is ASCII: columns are bytes
    if (dash + 2 > value || value > line.size() || line[dash] != '-') return layout;
    for (size_t c = dash + 1; c < value; ++c)
      if (line[c] != ' ') return layout;
    if (i == 0) layout.dash_column = static_cast<unsigned>(dash);
    else if (dash != layout.dash_column) return layout;
    dash_lines.push_back(p.line);
    previous = p.line;
  }

  std::uint32_t floor = last_header_line(catalog);  // comments above a record are after this line
  for (std::uint32_t dash_line : dash_lines) {
    std::uint32_t first = dash_line;
    while (first - 1 > floor && comment_line[first - 1]) --first;
    layout.starts.push_back(line_start[first - 1]);
    floor = dash_line;
  }
  // The last record runs while lines are blank, comments or indented past its `-`.
  std::uint32_t line = dash_lines.back() + 1;
  for (; line <= line_count; ++line) {
    const std::string_view text = line_text(line);
    if (text.empty() && line == line_count) break;  // (after the final line break)
    if (blank(text) || comment_line[line] || indentation(text) > layout.dash_column) continue;
    break;
  }
  layout.suffix_begin = line <= line_count ? line_start[line - 1] : bytes.size();
  if (line == line_count && line_text(line).empty()) layout.suffix_begin = bytes.size();
  for (size_t i = 0; i < dash_lines.size(); ++i) {
    layout.content_begin.push_back(line_start[dash_lines[i] - 1]);
    const size_t end = i + 1 < dash_lines.size() ? layout.starts[i + 1] : layout.suffix_begin;
    // The last line of the record's text, then back over blank and comment lines.
    std::uint32_t last = static_cast<std::uint32_t>(std::upper_bound(line_start.begin(), line_start.end(), end - 1) -
                                                    line_start.begin());
    if (end == 0) last = dash_lines[i];
    while (last > dash_lines[i] && (blank(line_text(last)) || comment_line[last])) --last;
    layout.content_end.push_back(std::min(end, last < line_count ? line_start[last] : bytes.size()));
    layout.first_line.push_back(dash_lines[i]);
    layout.last_line.push_back(last);
  }
  layout.usable = true;
  return layout;
}

}  // namespace encat::write
