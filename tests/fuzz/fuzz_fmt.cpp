// libFuzzer target: encat-fmt's promise. For any input that loads as one
// catalog file (model::load_catalog) without a single finding, its canonical
// form (write::to_yaml) must load again without findings, as a catalog equal
// to the first, and writing that one again must give the same bytes (the
// canonical form is a fixed point). Anything else aborts: a formatter that
// changes meaning, or that formats its own output differently, is a bug even
// when encat-fmt would catch it and write nothing.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "model/workspace.h"
#include "write/yaml_writer.h"

using namespace encat;

namespace {

[[noreturn]] void fail(const char* what, const std::string& canonical) {
  std::fprintf(stderr, "fuzz_fmt: %s\n--- canonical form ---\n%s--- end ---\n", what, canonical.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  model::LoadOptions options;
  options.jobs = 1;
  const model::LoadedCatalog first =
      model::load_catalog({"input.yaml", std::string(reinterpret_cast<const char*>(data), size)}, options);
  if (!first.catalog || !first.findings.empty()) return 0;  // encat-fmt never rewrites such a file

  const std::string canonical = write::to_yaml(*first.catalog);
  const model::LoadedCatalog again = model::load_catalog({"input.yaml", canonical}, options);
  if (!again.catalog) fail("the canonical form does not load as a catalog", canonical);
  if (!again.findings.empty()) {
    const Finding& f = again.findings.front();
    std::fprintf(stderr, "fuzz_fmt: first finding at %u:%u: %s\n", unsigned(f.location.line), unsigned(f.location.column),
                 f.message.en.c_str());
    fail("the canonical form loads with findings", canonical);
  }
  if (!(*again.catalog == *first.catalog)) fail("the canonical form reads back as a different catalog", canonical);
  if (write::to_yaml(*again.catalog) != canonical) fail("formatting the canonical form changes it", canonical);
  return 0;
}
