#include "common/completion_values.h"

#include <fmt/format.h>

#include "diag/code.h"

namespace encat::tool {

std::optional<std::string> completion_values(std::string_view what) {
  std::string out;
  if (what == "codes") {
    for (const CodeInfo& info : all_codes()) out += fmt::format("{}\t{}\n", info.id, info.summary_zh);
    return out;
  }
  return std::nullopt;
}

}  // namespace encat::tool
