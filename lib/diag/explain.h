// The explanation page of each finding code (docs/findings/<CODE>.md),
// compiled into the programs for `--explain CODE`.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "diag/code.h"
#include "util/embedded.h"

namespace encat {

const std::vector<EmbeddedFile>& embedded_finding_docs();

// The page of `code`, or nullopt when it has none.
std::optional<std::string_view> explanation(Code code);

}  // namespace encat
