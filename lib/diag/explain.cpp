#include "diag/explain.h"

namespace encat {

std::optional<std::string_view> explanation(Code code) {
  for (const EmbeddedFile& page : embedded_finding_docs())
    if (page.name == code_info(code).id) return page.content;
  return std::nullopt;
}

}  // namespace encat
