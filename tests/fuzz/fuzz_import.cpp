// libFuzzer target: encat-import's reader (lib/import) over CSV and XLSX
// bytes. The first byte chooses the kind of catalog (unified, extension,
// township, department, supervision); the rest is the table's file, read as
// XLSX when it is a zip and as CSV otherwise (import::read_table). For any
// input import_bytes must not crash, and:
// - every finding is about the table (its file), with a message in both languages;
// - an unreadable table writes nothing; so does any error-level finding;
// - what it writes reads back without a finding of error level, and is in
//   canonical form (to_yaml of what was read gives the same bytes; import
//   itself throws otherwise, which aborts here).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "import/import.h"
#include "model/workspace.h"
#include "write/yaml_writer.h"

using namespace encat;

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_import: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static const model::Kind kinds[] = {model::Kind::Unified, model::Kind::Extension, model::Kind::Township,
                                      model::Kind::Department, model::Kind::Supervision};
  import::Options options;
  options.kind = kinds[data[0] % 5];
  options.id = "fuzz-catalog";
  options.header.title = "模糊测试目录（2022年）";
  options.header.region = options.kind == model::Kind::Township ? "330881102" : "330881";
  options.header.effective = "2022-07-01";
  options.header.extends = "zj-unified-2022";
  options.header.department = "市场监督管理局";
  options.header.draws_from = {"zj-unified-2022"};
  options.encoding = (data[0] & 0x80) ? tabular::CsvEncoding::Gb18030 : tabular::CsvEncoding::Utf8;
  options.limits.max_cells = 1u << 16;
  options.limits.max_cell_bytes = 4096;
  options.limits.max_unpacked_bytes = 8u << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  model::LoadOptions load;
  load.jobs = 1;
  const import::Imported imported = import::import_bytes(bytes, "fuzz.csv", options, load);

  bool errors = false;
  for (const Finding& f : imported.findings) {
    if (f.location.file != "fuzz.csv") fail("a finding about another file");
    if (f.message.zh.empty() || f.message.en.empty()) fail("a finding without a message");
    errors = errors || f.severity == Severity::Error;
  }
  if (imported.unreadable && !imported.yaml.empty()) fail("an unreadable table wrote a catalog");
  if (errors && !imported.yaml.empty()) fail("a catalog written despite an error");
  if (imported.yaml.empty()) return 0;
  const model::LoadedCatalog again = model::load_catalog({"again.yaml", imported.yaml}, load);
  for (const Finding& f : again.findings)
    if (f.severity == Severity::Error) fail("the catalog written does not read back clean");
  if (!again.catalog) fail("the catalog written does not decode");
  if (write::to_yaml(*again.catalog) != imported.yaml) fail("the catalog written is not canonical");
  return 0;
}
