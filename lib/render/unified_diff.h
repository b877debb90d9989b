// A unified diff (`diff -u` style: `---`/`+++` headers, `@@ -a,b +c,d @@`
// hunks with three lines of context) of two texts, for `encat-fmt --diff`.
#pragma once

#include <string>
#include <string_view>

namespace encat::render {

// Empty when the texts are equal. With `color`, removed lines red, added green.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_name,
                         const std::string& after_name, bool color);

}  // namespace encat::render
