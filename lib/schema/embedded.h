#pragma once

#include <string_view>
#include <vector>

namespace encat::schema {

struct EmbeddedSchema {
  std::string_view kind;  // "unified", "township", …, and "config" for .encat.yaml
  std::string_view json;
};

// The schemas of schemas/, compiled into the programs.
const std::vector<EmbeddedSchema>& embedded_schemas();

}  // namespace encat::schema
