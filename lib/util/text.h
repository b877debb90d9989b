// A message in two languages, as a plain value: what util returns when
// something fails (a path, a read, a write) and what diag's findings carry.
// Knows nothing of findings or codes; the renderer picks the language.
#pragma once

#include <fmt/format.h>

#include <string>

namespace encat {

enum class Lang : unsigned char { Zh, En };

// A message in Simplified Chinese and English.
struct Text {
  std::string zh;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::Zh ? zh : en; }
};

// Formats both templates with the same arguments (checked at compile time).
template <typename... Args>
Text text(fmt::format_string<const Args&...> zh, fmt::format_string<const Args&...> en,
          const Args&... args) {
  return {fmt::format(zh, args...), fmt::format(en, args...)};
}

}  // namespace encat
