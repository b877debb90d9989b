// Messages name things in backticks (`330881`, `boundary`): each format shows
// a complete pair its own way (a code span, <code>); a lone backtick is text.
#pragma once

#include <string_view>

namespace encat::render {

// Calls plain(text) for each run outside a complete pair (possibly empty)
// and quoted(name) for what each pair holds, in order.
template <typename Plain, typename Quoted>
void for_each_quoted(std::string_view text, Plain&& plain, Quoted&& quoted) {
  while (!text.empty()) {
    const size_t open = text.find('`');
    const size_t close = open == std::string_view::npos ? open : text.find('`', open + 1);
    if (close == std::string_view::npos) {
      plain(text);
      return;
    }
    plain(text.substr(0, open));
    quoted(text.substr(open + 1, close - open - 1));
    text.remove_prefix(close + 1);
  }
}

}  // namespace encat::render
