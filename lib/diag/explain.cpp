#include "diag/explain.h"

namespace encat {

namespace {

// `markdown` without its `<!-- … -->` comments; a line that held only a
// comment goes with it.
std::string without_comments(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  for (size_t i = 0; i < markdown.size();) {
    const size_t open = markdown.find("<!--", i);
    const size_t close = open == std::string_view::npos ? open : markdown.find("-->", open + 4);
    if (close == std::string_view::npos) {
      out.append(markdown.substr(i));
      break;
    }
    const size_t line_start = markdown.rfind('\n', open) == std::string_view::npos ? 0 : markdown.rfind('\n', open) + 1;
    size_t end = close + 3;
    const bool alone = open >= i && markdown.substr(line_start, open - line_start).find_first_not_of(" \t") == std::string_view::npos &&
                       (end == markdown.size() || markdown[end] == '\n');
    out.append(markdown.substr(i, (alone ? std::max(line_start, i) : open) - i));
    if (alone && end < markdown.size()) ++end;  // and its line break
    i = end;
  }
  return out;
}

}  // namespace

std::optional<std::string> explanation(Code code) {
  for (const EmbeddedFile& page : embedded_finding_docs())
    if (page.name == code_info(code).id) return without_comments(page.content);
  return std::nullopt;
}

}  // namespace encat
