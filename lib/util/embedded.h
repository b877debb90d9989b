// Files compiled into the programs (cmake/embed_files.cmake): schemas and docs.
#pragma once

#include <string_view>

namespace encat {

struct EmbeddedFile {
  std::string_view name;     // the file name without its suffix: "unified", "E101"
  std::string_view content;
};

}  // namespace encat
