// The encat programs: the names and one-line summaries the tools' --help, the
// front door's `encat help` and the man pages share (one copy, no drift).
#pragma once

#include <string_view>
#include <vector>

namespace encat::tool {

struct Program {
  std::string_view name;     // "encat-validate"
  std::string_view command;  // "validate", as in `encat validate`
  std::string_view summary_zh;
  std::string_view summary_en;
};

// The seven tools in the order `encat help` lists them.
const std::vector<Program>& programs();
// The tool `encat-<command>` or named `name`; nullptr when there is none.
const Program* find_program(std::string_view name_or_command);

}  // namespace encat::tool
