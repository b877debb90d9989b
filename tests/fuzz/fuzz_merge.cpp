// libFuzzer target: the three-way merge (encat-merge three-way, the git merge
// driver). One input is split at NUL bytes into BASE, OURS and THEIRS (a part
// left out is a copy of BASE). For any input the merge must not crash, and:
// - merge(b, b, b) is b byte for byte, and merge(b, o, b) is o byte for byte
//   (nothing to take from THEIRS: OURS as it is), both clean;
// - a merge without conflicts that did not fall back to the line merge loads
//   without a reading finding (E0xx): the driver never writes a broken file
//   silently.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>
#include <algorithm>

#include "merge/merge.h"
#include "diag/code.h"
#include "model/workspace.h"

using namespace encat;

namespace {

[[noreturn]] void fail(const char* what, const std::string& text) {
  std::fprintf(stderr, "fuzz_merge: %s\n--- merged ---\n%s--- end ---\n", what, text.c_str());
  std::abort();
}

// Whether `bytes` is a catalog the semantic merge works on (loads without a
// reading finding, holds no conflict markers).
bool mergeable(const std::string& bytes, const model::LoadOptions& options) {
  if (yaml::has_conflict_markers(bytes)) return false;
  const model::LoadedCatalog loaded = model::load_catalog({"x.yaml", bytes}, options);
  if (!loaded.catalog || loaded.catalog->kind == model::Kind::Cases) return false;
  for (const Finding& f : loaded.findings)
    if (model::is_reading_code(f.code)) return false;
  return true;
}

void check_loads(const merge::ThreeWay& m, const model::LoadOptions& options) {
  if (!m.clean() || m.line_merge) return;
  const model::LoadedCatalog loaded = model::load_catalog({"merged.yaml", m.text}, options);
  if (!loaded.catalog) fail("a clean merge does not load as a catalog", m.text);
  for (const Finding& f : loaded.findings)
    if (model::is_reading_code(f.code)) {
      std::fprintf(stderr, "fuzz_merge: %s at %u:%u: %s\n", std::string(code_info(f.code).id).c_str(),
                   unsigned(f.location.line), unsigned(f.location.column), f.message.en.c_str());
      fail("a clean merge loads with a reading finding", m.text);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  size_t start = 0, count = 0;
  for (; count < 3; ++count) {
    size_t end = count == 2 ? std::string_view::npos : input.find('\0', start);
    if (end == std::string_view::npos) end = input.size();
    parts[count] = std::string(input.substr(start, end - start));
    if (end == input.size()) {
      ++count;
      break;
    }
    start = end + 1;
  }
  if (count == 1 && !parts[0].empty()) {
    // One file (a seed catalog as it is): OURS without one of its lines,
    // THEIRS with two neighbouring lines swapped, both picked from the size.
    std::vector<std::string> lines;
    for (size_t at = 0; at < parts[0].size();) {
      const size_t end = std::min(parts[0].find('\n', at), parts[0].size() - 1) + 1;
      lines.push_back(parts[0].substr(at, end - at));
      at = end;
    }
    std::vector<std::string> ours_lines = lines, theirs_lines = lines;
    ours_lines.erase(ours_lines.begin() + static_cast<long>(size % lines.size()));
    if (lines.size() > 1) {
      const size_t k = (size / 7) % (lines.size() - 1);
      std::swap(theirs_lines[k], theirs_lines[k + 1]);
    }
    for (const std::string& line : ours_lines) parts[1] += line;
    for (const std::string& line : theirs_lines) parts[2] += line;
    count = 3;
  }
  for (size_t i = count; i < 3; ++i) parts[i] = parts[0];
  const std::string& base = parts[0];
  const std::string& ours = parts[1];
  const std::string& theirs = parts[2];

  merge::ThreeWayOptions options;
  options.load.jobs = 1;
  options.name = "catalog.yaml";
  const merge::ThreeWay m = merge::three_way({"base.yaml", base}, {"ours.yaml", ours}, {"theirs.yaml", theirs}, options);
  check_loads(m, options.load);

  if (mergeable(base, options.load)) {
    const merge::ThreeWay same = merge::three_way({"b", base}, {"o", base}, {"t", base}, options);
    if (!same.clean() || same.line_merge || same.text != base) fail("merge(b, b, b) is not b", same.text);
    if (mergeable(ours, options.load)) {
      const merge::ThreeWay one_side = merge::three_way({"b", base}, {"o", ours}, {"t", base}, options);
      if (one_side.line_merge) return 0;  // the kinds differ
      if (!one_side.clean() || one_side.text != ours) fail("merge(b, o, b) is not o", one_side.text);
      const merge::ThreeWay other_side = merge::three_way({"b", base}, {"o", base}, {"t", ours}, options);
      check_loads(other_side, options.load);
      if (!other_side.line_merge && !other_side.clean()) fail("merge(b, b, t) has conflicts", other_side.text);
    }
  }
  return 0;
}
