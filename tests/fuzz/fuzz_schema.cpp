// libFuzzer target: the schema engine on each kind. The first byte chooses the
// schema (SchemaSet::embedded().kinds(), sorted: the order of
// schemas/*.schema.json, which make_seeds.py mirrors); the rest is read as YAML,
// validated, checked with is_valid (which must agree with validate), and
// decoded as a catalog of that kind.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "model/decode.h"
#include "schema/schema.h"
#include "yaml/reader.h"

using namespace encat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const schema::SchemaSet& schemas = schema::SchemaSet::embedded();
  static const std::vector<std::string_view> kinds = schemas.kinds();
  if (size == 0 || kinds.empty()) return 0;
  const std::string_view kind = kinds[data[0] % kinds.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const yaml::ReadResult read = yaml::read_bytes("fuzz.yaml", bytes, yaml::Limits{});
  if (!read.document || !read.document->root()) return 0;

  const schema::Schema* schema = schemas.find(kind);
  std::vector<Finding> findings;
  schema::validate(*schema, read.document->root(), findings);
  const bool valid = schema::is_valid(*schema, read.document->root());
  if (valid != findings.empty()) {
    std::fprintf(stderr, "schema `%.*s`: is_valid says %s but validate gave %zu findings\n",
                 static_cast<int>(kind.size()), kind.data(), valid ? "valid" : "invalid", findings.size());
    std::abort();
  }
  for (const Finding& finding : findings)
    if (finding.code != Code::E004 || finding.location.file != "fuzz.yaml" || finding.message.zh.empty() ||
        finding.message.en.empty()) {
      std::fprintf(stderr, "schema `%.*s`: a finding that is not an E004 with a message at fuzz.yaml: %s\n",
                   static_cast<int>(kind.size()), kind.data(), finding.message.en.c_str());
      std::abort();
    }

  if (const std::optional<model::Kind> model_kind = model::parse_kind(kind)) {
    const model::Catalog catalog = model::decode(*read.document, *model_kind);
    (void)catalog;
  }
  return 0;
}
