// The explanation page of each finding code (docs/findings/<CODE>.md),
// compiled into the programs for `--explain CODE`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/code.h"
#include "util/embedded.h"

namespace encat {

const std::vector<EmbeddedFile>& embedded_finding_docs();

// The page of `code` as a person reads it (the HTML comments that mark its
// examples for the docs test removed, with the line they stand on), or
// nullopt when it has none.
std::optional<std::string> explanation(Code code);

}  // namespace encat
