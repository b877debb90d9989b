#pragma once

#include <vector>

#include "util/embedded.h"

namespace encat::schema {

// schemas/<kind>.schema.json ("unified", …, and "config" for .encat.yaml).
const std::vector<EmbeddedFile>& embedded_schemas();

}  // namespace encat::schema
